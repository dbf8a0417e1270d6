/**
 * admin › Configuration › Revisions: the saved revisions (ID, Date/Time, Administrator, Firmware
 * Version, Comments), Save with a comment, Diff, Revert and Delete.
 *
 * Diff shows the minimal FortiOS CLI that turns one configuration into the other (a revision, or the
 * running configuration), not the two files side by side: a trainee learns the commands, and these
 * are exactly the lines they would type to make the change (the two files of the `large` device are
 * 3 MB each, in which a side-by-side view finds a one-line change only by scrolling). Diff compares
 * the two revisions selected, or the one selected with the running configuration.
 *
 * Revert asks first; the device puts the revision back as one change and reboots, as after
 * `execute restore config flash` in the console — unless `system global` `reboot-upon-config-restore`
 * is `disable` (docs/fortios-6.0.md §3.2): the question says which, from the device's setting.
 */
import { useState } from 'react';
import { config, firmwareLabel, refusalText, revisions, type DiffSide } from '../../client';
import { useResource } from '../../client/react';
import {
  Button,
  ConfirmDialog,
  Dialog,
  FormRow,
  ListTable,
  Loading,
  Notice,
  PageHeader,
  showToast,
  useChosen,
} from '../../ui';
import './revisions.css';

const loadRevisions = () => revisions.list();
const loadRestoreReboots = () => config.restoreReboots();

/** The revisions the list answers, with the Date/Time column as the device clock gives it (UTC). */
const dateTime = (seconds: number): string =>
  new Date(seconds * 1000).toISOString().replace('T', ' ').slice(0, 19);

const sideName = (side: DiffSide): string =>
  side === 'running' ? 'the running configuration' : `revision ${side}`;

interface DiffResult {
  from: DiffSide;
  to: DiffSide;
  lines: string[];
}

export function RevisionsPage() {
  const list = useResource(loadRevisions, []);
  // Until the setting is read, the words are those of the default (`enable`: the unit reboots).
  const reboots = useResource(loadRestoreReboots, []).data ?? true;
  const [dialog, setDialog] = useState<'save' | 'revert' | 'delete' | null>(null);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [diff, setDiff] = useState<DiffResult | null>(null);

  const rows = list.data?.revisions ?? [];
  const { chosen, toggle, clear } = useChosen(
    rows.map((r) => r.id),
    (a, b) => a - b,
  );

  /** Runs one change; a refusal is shown as the device gives it. */
  const act = async (work: () => Promise<void>): Promise<void> => {
    setDialog(null);
    setBusy(true);
    setFailure(null);
    try {
      await work();
    } catch (e) {
      setFailure(refusalText(e));
    } finally {
      setBusy(false);
    }
  };

  const save = () =>
    act(async () => {
      const id = await revisions.save(comment);
      setComment('');
      showToast('success', `Revision ${id} saved.`);
    });

  const remove = () =>
    act(async () => {
      await revisions.remove(chosen);
      clear();
      setDiff(null);
      showToast('success', 'Deleted successfully');
    });

  const revert = () =>
    act(async () => {
      const id = chosen[0] as number;
      await revisions.revert(id);
      setDiff(null);
      showToast('success', `Configuration reverted to revision ${id}.`);
    });

  const showDiff = () =>
    act(async () => {
      const from: DiffSide = chosen[0] as number;
      const to: DiffSide = chosen.length === 2 ? (chosen[1] as number) : 'running';
      setDiff({ from, to, lines: await revisions.diff(from, to) });
    });

  return (
    <>
      <PageHeader title="Revisions" />
      <div className="fg-page-body">
        {list.error && <Notice kind="error">{list.error.message}</Notice>}
        {failure && <Notice kind="error">{failure}</Notice>}
        <div className="fg-list-toolbar" role="toolbar" aria-label="Revisions">
          <Button disabled={busy} onClick={() => setDialog('save')}>
            Save
          </Button>
          <Button disabled={busy || chosen.length < 1 || chosen.length > 2} onClick={() => void showDiff()}>
            Diff
          </Button>
          <Button disabled={busy || chosen.length !== 1} onClick={() => setDialog('revert')}>
            Revert
          </Button>
          <Button disabled={busy || chosen.length === 0} onClick={() => setDialog('delete')}>
            Delete
          </Button>
        </div>
        {list.loading && !list.data ? (
          <Loading />
        ) : (
          <ListTable
            rows={rows}
            rowKey={(r) => r.id}
            chosen={chosen}
            onToggle={toggle}
            selectLabel={(r) => `Select revision ${r.id}`}
            empty="No revisions saved"
            columns={[
              { header: 'ID', cell: (r) => r.id },
              { header: 'Date/Time', cell: (r) => dateTime(r.time) },
              { header: 'Administrator', cell: (r) => r.admin },
              { header: 'Firmware Version', cell: (r) => (list.data ? firmwareLabel(list.data, r) : '') },
              { header: 'Comments', cell: (r) => r.comment },
            ]}
          />
        )}
        {diff && (
          <section className="fg-revisions__diff" aria-labelledby="fg-revisions-diff-title">
            <h2 id="fg-revisions-diff-title">
              Diff: from {sideName(diff.from)} to {sideName(diff.to)}
            </h2>
            {diff.lines.length === 0 ? (
              <p>No differences: the two configurations are the same.</p>
            ) : (
              <>
                <p>
                  The CLI that turns {sideName(diff.from)} into {sideName(diff.to)}:
                </p>
                <pre aria-label="CLI diff" tabIndex={0}>
                  {diff.lines.join('\n')}
                </pre>
              </>
            )}
          </section>
        )}
      </div>
      {dialog === 'save' && (
        <Dialog
          title="Save Configuration Revision"
          onClose={() => setDialog(null)}
          actions={
            <>
              <Button variant="primary" onClick={() => void save()}>
                OK
              </Button>
              <Button onClick={() => setDialog(null)}>Cancel</Button>
            </>
          }
        >
          <FormRow label="Comments">
            {(id) => (
              <input
                id={id}
                type="text"
                maxLength={255}
                value={comment}
                onChange={(e) => setComment(e.target.value)}
              />
            )}
          </FormRow>
        </Dialog>
      )}
      {dialog === 'revert' && (
        <ConfirmDialog title="Revert" onConfirm={() => void revert()} onCancel={() => setDialog(null)}>
          Revert to revision {chosen[0]}?{' '}
          {reboots
            ? 'The current configuration is replaced and the FortiGate reboots.'
            : 'The current configuration is replaced; the FortiGate does not reboot (reboot-upon-config-restore is disabled).'}
        </ConfirmDialog>
      )}
      {dialog === 'delete' && (
        <ConfirmDialog onConfirm={() => void remove()} onCancel={() => setDialog(null)}>
          Are you sure you want to delete{' '}
          {chosen.length === 1 ? `revision ${chosen[0]}` : `${chosen.length} revisions`}?
        </ConfirmDialog>
      )}
    </>
  );
}
