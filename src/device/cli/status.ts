/**
 * `get system status` and `get system performance status`, from the device's identity, configuration
 * and clock. Signature databases and hardware numbers are the fixed values of an unlicensed 6.0.4 unit.
 */
import type { Device } from '../config';
import { systemStatus } from '../monitor/system';
import { BUILD_DATE, opmodeNumber } from './backup';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number): string => String(n).padStart(2, '0');

/** `Tue Jan 15 09:30:00 2019` — C's ctime, day of month padded with a blank (UTC). */
export function ctime(ms: number): string {
  const d = new Date(ms);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} ${d.getUTCFullYear()}`;
}

export function systemStatusLines(device: Device): string[] {
  const { identity } = device.state;
  const status = systemStatus(device);
  const build = String(identity.build).padStart(4, '0');
  const transparent = opmodeNumber(device) === 1;
  return [
    `Version: ${identity.model_name}-${identity.model_number} ${identity.version},build${build},${BUILD_DATE} (GA)`,
    'Virus-DB: 1.00000(2018-04-09 18:07)',
    'Extended DB: 1.00000(2018-04-09 18:07)',
    'IPS-DB: 6.00741(2015-12-01 02:30)',
    'IPS-ETDB: 0.00000(2001-01-01 00:00)',
    'APP-DB: 6.00741(2015-12-01 02:30)',
    'INDUSTRIAL-DB: 6.00741(2015-12-01 02:30)',
    `Serial-Number: ${identity.serial}`,
    'IPS Malicious URL Database: 1.00001(2015-01-01 01:01)',
    'Botnet DB: 1.00000(2012-05-28 22:51)',
    'BIOS version: 05000018',
    'System Part-Number: P18852-04',
    `Log hard disk: ${status.log_disk_status === 'available' ? 'Available' : 'Not available'}`,
    `Hostname: ${status.hostname}`,
    `Operation Mode: ${transparent ? 'Transparent' : 'NAT'}`,
    'Current virtual domain: root',
    'Max number of virtual domains: 10',
    `Virtual domains status: ${transparent ? '0 in NAT mode, 1 in TP mode' : '1 in NAT mode, 0 in TP mode'}`,
    'Virtual domain configuration: disable',
    'FIPS-CC mode: disable',
    'Current HA mode: standalone',
    `Branch point: ${build}`,
    'Release Version Information: GA',
    `System time: ${ctime(device.clock.now())}`,
  ];
}

/** `3 days,  4 hours,  12 minutes`, as the device words its uptime. */
export function uptimeText(seconds: number): string {
  const days = Math.floor(seconds / 86400);
  const hours = Math.floor((seconds % 86400) / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${days} days,  ${hours} hours,  ${minutes} minutes`;
}

export function performanceStatusLines(device: Device): string[] {
  return [
    'CPU states: 0% user 0% system 0% nice 100% idle 0% iowait 0% irq 0% softirq',
    'CPU0 states: 0% user 0% system 0% nice 100% idle 0% iowait 0% irq 0% softirq',
    'Memory: 1963276k total, 907672k used (46.2%), 1055604k free (53.8%)',
    'Average network usage: 12 / 5 kbps in 1 minute, 12 / 5 kbps in 10 minutes, 11 / 4 kbps in 30 minutes',
    'Average sessions: 24 sessions in 1 minute, 23 sessions in 10 minutes, 23 sessions in 30 minutes',
    'Average session setup rate: 0 sessions per second in last 1 minute, 0 sessions per second in last 10 minutes, 0 sessions per second in last 30 minutes',
    'Virus caught: 0 total in 1 minute',
    'IPS attacks blocked: 0 total in 1 minute',
    `Uptime: ${uptimeText(device.uptimeSeconds())}`,
  ];
}
