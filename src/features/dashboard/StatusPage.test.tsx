import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { successEnvelope } from '../../api/envelope';
import { server } from '../../api/node';
import { logIn, renderConsole, setupConsoleDevice } from '../../test/console';

const device = setupConsoleDevice('telemetry-on');

/**
 * Answers FortiOS 6.0's `GET /api/v2/monitor/web-ui/state` from the device clock, as the REST door
 * is asked to (the System Time and Uptime rows need it).
 */
function answerWebUiState(): void {
  server.use(
    http.get('*/api/v2/monitor/web-ui/state', () => {
      const d = device.current.device;
      return HttpResponse.json(
        successEnvelope(
          d,
          { method: 'GET', path: 'web-ui', name: 'state', action: 'select' },
          {
            results: { snapshot_utc_time: d.clock.now(), utc_last_reboot: d.state.bootTime },
          },
        ),
      );
    }),
  );
}

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

  it('shows System Time and Uptime from the device clock when the device tells them', async () => {
    answerWebUiState();
    await logIn();
    renderConsole('/dashboard/status');
    expect(await rowValue('System Time')).toBe('2019/01/15 09:30:00');
    // The 60E scenarios boot 3 days, 4 hours and 12 minutes before the fixed clock.
    expect(await rowValue('Uptime')).toBe('3 day(s) 04:12:00');
  });
});
