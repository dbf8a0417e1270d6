/**
 * The fields of the Edit Interface and New Interface pages (reference §5), in the 6.0 order, with the
 * device's labels from the schema answer. The draft lives here until OK; what OK sends is the page's
 * business, and the device's refusal comes back as `errors` keyed by REST field name.
 */
import { useState } from 'react';
import { labelOf, type FieldLabels } from '../../client/schema-answer';
import {
  FieldError,
  FieldProblems,
  FormRow,
  OkCancelFooter,
  ReadOnlyRow,
  UnplacedProblems,
  type FieldProblem,
} from '../../ui';
import { RadioRow } from '../../ui/RadioRow';
import type { InterfaceDraft } from './form';
import { shownFor } from './form';
import { FORTITELEMETRY, MODE_LABELS, ROLE_LABELS, typeLabel, type AccessWords } from './labels';

export interface InterfaceFormProps {
  creating: boolean;
  initial: InterfaceDraft;
  labels: FieldLabels;
  /** The `allowaccess` keywords and their words, from the schema answer. */
  accessWords: AccessWords;
  roleOptions: readonly string[];
  /** Types a new interface may have (create only). */
  typeOptions?: readonly string[];
  /** Interfaces a new VLAN may sit on (create only). */
  parentOptions?: readonly string[];
  link?: boolean | undefined;
  /** The DHCP/PPPoE lease as `a.b.c.d/nn`. */
  lease?: string | undefined;
  /** The device's refusal of the last OK: beside the row showing its field, else above the form. */
  problems: readonly FieldProblem[];
  saving: boolean;
  onSubmit: (draft: InterfaceDraft) => void;
  onCancel: () => void;
}

function Check({
  label,
  checked,
  onChange,
  disabled,
}: {
  label: string;
  checked: boolean;
  onChange: (on: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <label className="fg-check">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
      />
      {label}
    </label>
  );
}

export function InterfaceForm({
  creating,
  initial,
  labels,
  accessWords,
  roleOptions,
  typeOptions = [],
  parentOptions = [],
  link,
  lease,
  problems,
  saving,
  onSubmit,
  onCancel,
}: InterfaceFormProps) {
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof InterfaceDraft>(key: K, value: InterfaceDraft[K]): void =>
    setDraft((d) => ({ ...d, [key]: value }));
  const label = (field: string, fallback: string): string => labelOf(labels, field, fallback);
  const invalid = (error: string | undefined): true | undefined => (error ? true : undefined);
  const shown = shownFor(draft.type);
  const access = new Set(draft.access);
  const toggleAccess = (keyword: string, on: boolean): void =>
    set('access', on ? [...draft.access, keyword] : draft.access.filter((k) => k !== keyword));

  return (
    <form
      className="fg-page-body fg-interface-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit(draft);
      }}
    >
      <FieldProblems problems={problems}>
        <UnplacedProblems />
        <FormRow label={label('name', 'Interface Name')} field="name">
          {(id, error) => (
            <input
              id={id}
              value={draft.name}
              readOnly={!creating}
              className={creating ? undefined : 'fg-read-only'}
              aria-invalid={invalid(error)}
              onChange={(e) => set('name', e.target.value)}
            />
          )}
        </FormRow>
        <FormRow label={label('alias', 'Alias')} field="alias">
          {(id, error) => (
            <input
              id={id}
              value={draft.alias}
              aria-invalid={invalid(error)}
              onChange={(e) => set('alias', e.target.value)}
            />
          )}
        </FormRow>
        {!creating && (
          <ReadOnlyRow label="Link Status">
            {link === undefined ? 'Unknown' : link ? 'Up' : 'Down'}
          </ReadOnlyRow>
        )}
        <FormRow label={label('type', 'Type')} field="type">
          {(id) =>
            creating ? (
              <select id={id} value={draft.type} onChange={(e) => set('type', e.target.value)}>
                {typeOptions.map((t) => (
                  <option key={t} value={t}>
                    {typeLabel(t)}
                  </option>
                ))}
              </select>
            ) : (
              <input id={id} value={typeLabel(draft.type)} readOnly className="fg-read-only" />
            )
          }
        </FormRow>
        {(shown.vlan || (!creating && draft.parent !== '')) && (
          <FormRow label={label('interface', 'Interface')} field="interface">
            {(id, error) =>
              creating ? (
                <select
                  id={id}
                  value={draft.parent}
                  aria-invalid={invalid(error)}
                  onChange={(e) => set('parent', e.target.value)}
                >
                  {parentOptions.map((p) => (
                    <option key={p} value={p}>
                      {p}
                    </option>
                  ))}
                </select>
              ) : (
                <input id={id} value={draft.parent} readOnly className="fg-read-only" />
              )
            }
          </FormRow>
        )}
        {shown.vlan && (
          <FormRow label={label('vlanid', 'VLAN ID')} field="vlanid">
            {(id, error) => (
              <input
                id={id}
                inputMode="numeric"
                value={draft.vlanid}
                readOnly={!creating}
                className={creating ? undefined : 'fg-read-only'}
                aria-invalid={invalid(error)}
                onChange={(e) => set('vlanid', e.target.value)}
              />
            )}
          </FormRow>
        )}
        <FormRow label={label('role', 'Role')} field="role">
          {(id) => (
            <select id={id} value={draft.role} onChange={(e) => set('role', e.target.value)}>
              {roleOptions.map((r) => (
                <option key={r} value={r}>
                  {ROLE_LABELS[r] ?? r}
                </option>
              ))}
            </select>
          )}
        </FormRow>
        {shown.mode && (
          <RadioRow
            label={label('mode', 'Addressing mode')}
            value={draft.mode}
            choices={Object.entries(MODE_LABELS).map(([value, l]) => ({ value, label: l }))}
            onChange={(v) => set('mode', v)}
            field="mode"
          />
        )}
        {!shown.mode || draft.mode === 'static' ? (
          <FormRow label={label('ip', 'IP/Network Mask')} field="ip">
            {(id, error) => (
              <input
                id={id}
                value={draft.ip}
                placeholder="0.0.0.0/0"
                aria-invalid={invalid(error)}
                onChange={(e) => set('ip', e.target.value)}
              />
            )}
          </FormRow>
        ) : (
          <ReadOnlyRow label="Obtained IP/Network Mask">{lease ?? '0.0.0.0/0'}</ReadOnlyRow>
        )}
        {shown.remoteIp && (
          <FormRow label={label('remote-ip', 'Remote IP/Network Mask')} field="remote-ip">
            {(id, error) => (
              <input
                id={id}
                value={draft.remoteIp}
                placeholder="0.0.0.0/0"
                aria-invalid={invalid(error)}
                onChange={(e) => set('remoteIp', e.target.value)}
              />
            )}
          </FormRow>
        )}
        <div className="fg-form-row" role="group" aria-labelledby="fg-if-access-label">
          <span id="fg-if-access-label" className="fg-form-row__label">
            {label('allowaccess', 'Administrative Access')}
          </span>
          <div className="fg-form-row__control">
            <div className="fg-check-grid">
              {accessWords.order.map((k) => (
                <Check
                  key={k}
                  label={accessWords.label(k)}
                  checked={access.has(k)}
                  onChange={(on) => toggleAccess(k, on)}
                />
              ))}
              <Check
                label={label('fortiheartbeat', FORTITELEMETRY)}
                checked={draft.fortiheartbeat}
                onChange={(on) => set('fortiheartbeat', on)}
              />
            </div>
            {draft.fortiheartbeat && (
              <div className="fg-check-sub">
                <Check
                  label={label('endpoint-compliance', 'Enforce FortiClient compliance')}
                  checked={draft.endpointCompliance}
                  onChange={(on) => set('endpointCompliance', on)}
                />
              </div>
            )}
            {['allowaccess', 'fortiheartbeat', 'endpoint-compliance'].map((f) => (
              <FieldError key={f} field={f} />
            ))}
          </div>
        </div>
        <FormRow label={label('device-identification', 'Device Detection')} field="device-identification">
          {(id) => (
            <input
              id={id}
              type="checkbox"
              checked={draft.deviceIdentification}
              onChange={(e) => set('deviceIdentification', e.target.checked)}
            />
          )}
        </FormRow>
        <FormRow label={label('description', 'Comments')} field="description">
          {(id, error) => (
            <textarea
              id={id}
              rows={3}
              value={draft.description}
              aria-invalid={invalid(error)}
              onChange={(e) => set('description', e.target.value)}
            />
          )}
        </FormRow>
        <RadioRow
          label={label('status', 'Interface State')}
          value={draft.status}
          choices={[
            { value: 'up', label: 'Enabled' },
            { value: 'down', label: 'Disabled' },
          ]}
          onChange={(v) => set('status', v)}
          field="status"
        />
        <OkCancelFooter saving={saving} onCancel={onCancel} />
      </FieldProblems>
    </form>
  );
}
