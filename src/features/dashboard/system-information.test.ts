import { describe, expect, it } from 'vitest';
import { formatFirmware, formatSystemTime, formatUptime, systemInformation } from './system-information';

describe('System Information', () => {
  it('shows the firmware as the 6.0 GUI does', () => {
    expect(formatFirmware('v6.0.4', 231)).toBe('v6.0.4 build0231 (GA)');
  });

  it('formats the device clock without the browser clock or time zone', () => {
    expect(formatSystemTime(Date.UTC(2019, 0, 15, 9, 30, 0))).toBe('2019/01/15 09:30:00');
    expect(formatUptime(3 * 86400 + 4 * 3600 + 5 * 60 + 6)).toBe('3 day(s) 04:05:06');
    expect(formatUptime(59)).toBe('0 day(s) 00:00:59');
  });

  it('lists the rows in the widget order, with a dash when the clock is unknown', () => {
    const rows = systemInformation({
      hostname: 'FGT60E',
      serial: 'FGT60E4Q17000000',
      version: 'v6.0.4',
      build: 231,
      opmode: 'nat',
      clock: null,
    });
    expect(rows).toEqual([
      { label: 'Hostname', value: 'FGT60E' },
      { label: 'Serial Number', value: 'FGT60E4Q17000000' },
      { label: 'Firmware', value: 'v6.0.4 build0231 (GA)' },
      { label: 'Mode', value: 'NAT' },
      { label: 'System Time', value: '—' },
      { label: 'Uptime', value: '—' },
    ]);
  });
});
