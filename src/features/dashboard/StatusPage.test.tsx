import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { logIn, renderConsole, setupConsoleDevice } from '../../test/console';

setupConsoleDevice('telemetry-on');

async function rowValue(label: string): Promise<string | null | undefined> {
  const widget = screen.getByRole('region', { name: 'System Information' });
  return (await within(widget).findByRole('rowheader', { name: label })).nextElementSibling?.textContent;
}

describe('Dashboard › Status', { timeout: 20_000 }, () => {
  it('shows the System Information widget from the device', async () => {
    await logIn();
    renderConsole('/dashboard/status');
    expect(await rowValue('Hostname')).toBe('FGT60E');
    expect(await rowValue('Serial Number')).toBe('FGT60E4Q17000000');
    expect(await rowValue('Firmware')).toBe('v6.0.4 build0231 (GA)');
    expect(await rowValue('Mode')).toBe('NAT');
  });

  it('shows System Time and Uptime from the device clock (monitor/web-ui/state)', async () => {
    await logIn();
    renderConsole('/dashboard/status');
    expect(await rowValue('System Time')).toBe('2019/01/15 09:30:00');
    // The 60E scenarios boot 3 days, 4 hours and 12 minutes before the fixed clock.
    expect(await rowValue('Uptime')).toBe('3 day(s) 04:12:00');
  });
});
