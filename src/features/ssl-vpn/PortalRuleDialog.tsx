import { useState } from 'react';
import { Dialog, FormRow, OkCancelButtons } from '../../ui';
import { NameListPicker } from '../../ui/NameListPicker';
import { withCurrent, type PortalRule } from './model';

export interface PortalRuleDialogProps {
  title: string;
  /** The rule being edited; `null` edits the "All Other Users/Groups" row (portal only). */
  rule: PortalRule | null;
  portal: string;
  portals: readonly string[];
  groups: readonly string[];
  users: readonly string[];
  labels: { users: string; groups: string; portal: string };
  onOk: (rule: { groups: string[]; users: string[]; portal: string }) => void;
  onClose: () => void;
}

/** Create or edit one Authentication/Portal Mapping row. Nothing reaches the device until Apply. */
export function PortalRuleDialog(props: PortalRuleDialogProps) {
  const { title, rule, portals, labels, onOk, onClose } = props;
  const [groups, setGroups] = useState<string[]>(rule?.groups ?? []);
  const [users, setUsers] = useState<string[]>(rule?.users ?? []);
  const [portal, setPortal] = useState(props.portal);
  const [problem, setProblem] = useState<string | null>(null);

  const ok = (): void => {
    if (rule && groups.length === 0 && users.length === 0) {
      setProblem('Select at least one user or group.');
      return;
    }
    if (portal === '') {
      setProblem('Select a portal.');
      return;
    }
    onOk({ groups, users, portal });
  };

  return (
    <Dialog title={title} onClose={onClose} actions={<OkCancelButtons onOk={ok} onCancel={onClose} />}>
      {rule && (
        <>
          <FormRow label={labels.groups}>
            {(id) => (
              <NameListPicker
                id={id}
                label={labels.groups}
                value={groups}
                options={props.groups}
                onChange={setGroups}
              />
            )}
          </FormRow>
          <FormRow label={labels.users}>
            {(id) => (
              <NameListPicker
                id={id}
                label={labels.users}
                value={users}
                options={props.users}
                onChange={setUsers}
              />
            )}
          </FormRow>
        </>
      )}
      <FormRow label={labels.portal}>
        {(id) => (
          <select id={id} value={portal} onChange={(e) => setPortal(e.target.value)}>
            <option value="">Select…</option>
            {withCurrent(portals, portal).map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        )}
      </FormRow>
      {problem && (
        <p className="fg-form-row__error" role="alert">
          {problem}
        </p>
      )}
    </Dialog>
  );
}
