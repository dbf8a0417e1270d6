import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { logIn, renderConsole, setupConsoleDevice } from '../../test/console';

setupConsoleDevice('telemetry-on');

describe('Dashboard › Status', { timeout: 20_000 }, () => {
  it('shows the System Information widget from the device', async () => {
    await logIn();
    renderConsole('/dashboard/status');
    const widget = screen.getByRole('region', { name: 'System Information' });
    const value = async (label: string) =>
      (await within(widget).findByRole('rowheader', { name: label })).nextElementSibling?.textContent;
    expect(await value('Hostname')).toBe('FGT60E');
    expect(await value('Serial Number')).toBe('FGT60E4Q17000000');
    expect(await value('Firmware')).toBe('v6.0.4 build0231 (GA)');
    expect(await value('Mode')).toBe('NAT');
  });
});
