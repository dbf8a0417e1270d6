/**
 * The rows of the Dashboard's System Information widget, computed from device answers only (the
 * device clock is fixed and simulated: the browser's clock is never read).
 */
export interface DeviceClock {
  /** The device's "now", ms since the epoch. */
  nowMs: number;
  /** When the device last booted, ms since the epoch. */
  bootMs: number;
}

export interface SystemInformationSource {
  hostname: string;
  serial: string;
  version: string;
  build: number;
  /** `system settings` › `opmode`: `nat` | `transparent`. */
  opmode: string;
  clock: DeviceClock | null;
}

export interface InfoRow {
  label: string;
  value: string;
}

/** `v6.0.4 build0231 (GA)` as the GUI shows it. */
export const formatFirmware = (version: string, build: number): string =>
  `${version} build${String(build).padStart(4, '0')} (GA)`;

const two = (n: number): string => String(n).padStart(2, '0');

/** `2019/01/15 09:30:00` — the device's time (UTC; the simulated device has no time-zone offset). */
export function formatSystemTime(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}/${two(d.getUTCMonth() + 1)}/${two(d.getUTCDate())} ` +
    `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`
  );
}

/** `3 day(s) 04:05:06`. */
export function formatUptime(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const days = Math.floor(s / 86400);
  const rest = s % 86400;
  return `${days} day(s) ${two(Math.floor(rest / 3600))}:${two(Math.floor((rest % 3600) / 60))}:${two(rest % 60)}`;
}

const MODES: Record<string, string> = { nat: 'NAT', transparent: 'Transparent' };

export function systemInformation(src: SystemInformationSource): InfoRow[] {
  const unknown = '—';
  return [
    { label: 'Hostname', value: src.hostname },
    { label: 'Serial Number', value: src.serial },
    { label: 'Firmware', value: formatFirmware(src.version, src.build) },
    { label: 'Mode', value: MODES[src.opmode] ?? src.opmode },
    { label: 'System Time', value: src.clock ? formatSystemTime(src.clock.nowMs) : unknown },
    {
      label: 'Uptime',
      value: src.clock ? formatUptime((src.clock.nowMs - src.clock.bootMs) / 1000) : unknown,
    },
  ];
}
