/**
 * Configuration › Backup: the device's configuration file (`#config-version=…` and
 * `show full-configuration`, via the 6.0 monitor call `system/config/backup`), saved under the name the
 * device gives it (`FGT60E_20190115_0930.conf`, from its hostname and clock).
 */
import { config } from '../../client';
import { showToast } from '../../ui';
import { saveTextFile } from './save-file';

export async function backUpConfiguration(): Promise<void> {
  try {
    const { fileName, text } = await config.backupFile();
    saveTextFile(fileName, text);
    showToast('success', `Configuration backed up to ${fileName}.`);
  } catch (e) {
    showToast('error', `Backup failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}
