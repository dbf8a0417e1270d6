/**
 * The admin menu's Configuration › Backup and Restore in the whole app, against the real handlers:
 * the downloaded file is the device's configuration file under the device's name for it, and a
 * restore applies a file as one change or reports the device's refusal and changes nothing.
 */
import { configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cli } from '../../client';
import { logIn, renderConsole, setupConsoleDevice } from '../../test/console';

configure({ asyncUtilTimeout: 5_000 });
const fgt = setupConsoleDevice('telemetry-on');

// jsdom's Blob has no text() (every browser has); read it as browsers do, with a FileReader.
if (!('text' in Blob.prototype))
  Object.defineProperty(Blob.prototype, 'text', {
    value(this: Blob): Promise<string> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.onerror = () => reject(reader.error);
        reader.readAsText(this);
      });
    },
  });

/** What the browser was asked to download: file name and contents. */
let downloads: Array<{ name: string; blob: Blob }> = [];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:fgsim/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = blobs.get(this.href);
    if (blob) downloads.push({ name: this.download, blob });
  });
});
afterEach(() => vi.restoreAllMocks());

const deviceBackup = async (): Promise<string> =>
  (await fgt.current.api.get('/api/v2/monitor/system/config/backup', { scope: 'global' })).text;

async function openAdminItem(user: ReturnType<typeof renderConsole>['user'], item: string): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'admin' }));
  await user.click(screen.getByRole('button', { name: item }));
}

describe('Configuration › Backup / Restore', { timeout: 30_000 }, () => {
  it('Backup downloads the configuration file under the name the device gives it', async () => {
    await logIn();
    const { user } = renderConsole('/dashboard/status');
    await openAdminItem(user, 'Backup');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Configuration backed up to FGT60E_20190115_0930.conf.',
    );
    expect(downloads.map((d) => d.name)).toEqual(['FGT60E_20190115_0930.conf']);
    const text = await downloads[0]?.blob.text();
    expect(text?.startsWith('#config-version=FGT60E-6.0.4-FW-build0231-190107:')).toBe(true);
    expect(text).toBe(await deviceBackup());
  });

  it('Restore of a backup after a factory reset gives back the same configuration, and the unit reboots', async () => {
    await logIn();
    const before = await deviceBackup();
    await cli.run('t', 'execute factoryreset');
    await cli.run('t', 'y');
    expect(await deviceBackup()).not.toBe(before);
    await logIn(); // the factory reset rebooted the unit, which ended the session

    const { user } = renderConsole('/dashboard/status');
    await openAdminItem(user, 'Restore');
    const dialog = screen.getByRole('dialog', { name: 'Restore System Configuration' });
    // 6.0's words for every restore (the 6.0 CLI reference, `execute restore config`).
    expect(dialog).toHaveTextContent(
      'This operation will overwrite the current setting and could possibly reboot the system!',
    );
    const ok = within(dialog).getByRole('button', { name: 'OK' });
    expect(ok).toBeDisabled();
    const bootBefore = fgt.current.device.state.bootTime;
    await user.upload(
      within(dialog).getByLabelText('Configuration file'),
      new File([before], 'FGT60E_20190115_0930.conf', { type: 'text/plain' }),
    );
    await user.click(ok);
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Configuration restored from FGT60E_20190115_0930.conf.',
    );
    // The reboot ended every admin session: the GUI is back at its login page.
    expect(await screen.findByRole('button', { name: 'Login' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(fgt.current.device.state.bootTime).toBeGreaterThan(bootBefore);
    expect(await deviceBackup()).toBe(before);
  });

  it('a refused file changes nothing and the dialog shows the device error', async () => {
    await logIn();
    const before = await deviceBackup();
    const { user } = renderConsole('/dashboard/status');
    await openAdminItem(user, 'Restore');
    const dialog = screen.getByRole('dialog', { name: 'Restore System Configuration' });
    await user.upload(
      within(dialog).getByLabelText('Configuration file'),
      new File(['config system nothing\nend\n'], 'broken.conf', { type: 'text/plain' }),
    );
    const boot = fgt.current.device.state.bootTime;
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    const alert = await within(dialog).findByRole('alert');
    expect(fgt.current.device.state.bootTime).toBe(boot);
    expect(alert).toHaveTextContent(
      "The configuration was not restored: line 1: command parse error before 'system' Command fail. Return code -61",
    );
    expect(await deviceBackup()).toBe(before);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
