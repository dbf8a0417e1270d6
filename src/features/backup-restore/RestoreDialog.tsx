/**
 * Configuration › Restore: pick a configuration file (as Backup saves it) and upload it. The device
 * applies the whole file as one change or, when any line is refused, changes nothing and says which
 * line (`line 3: command parse error before 'nothing'`); that message is shown here. A restore reboots
 * the unit (unless `reboot-upon-config-restore` is off), which ends every admin session: the GUI is
 * then back at its login page. The dialog warns in 6.0's words for a restore (docs/fortios-6.0.md §3.2).
 */
import { useState } from 'react';
import { config, refusalText } from '../../client';
import { Button, Dialog, FormRow, Notice, showToast } from '../../ui';

export interface RestoreDialogProps {
  onClose: () => void;
}

export function RestoreDialog({ onClose }: RestoreDialogProps) {
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const restore = async (): Promise<void> => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      await config.restore(await file.text());
      showToast('success', `Configuration restored from ${file.name}.`);
      onClose();
    } catch (e) {
      setError(`The configuration was not restored: ${refusalText(e)}`);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title="Restore System Configuration"
      onClose={onClose}
      actions={
        <>
          <Button variant="primary" disabled={!file || busy} onClick={() => void restore()}>
            OK
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </>
      }
    >
      <p>Restore from: Local PC</p>
      <p>This operation will overwrite the current setting and could possibly reboot the system!</p>
      <FormRow label="Configuration file">
        {(id) => (
          <input
            id={id}
            type="file"
            accept=".conf,text/plain"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setError(null);
            }}
          />
        )}
      </FormRow>
      {error && <Notice kind="error">{error}</Notice>}
    </Dialog>
  );
}
