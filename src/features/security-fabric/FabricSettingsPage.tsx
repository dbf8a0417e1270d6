/**
 * Security Fabric › Settings (reference §8): FortiGate Telemetry, the fabric group, the upstream
 * FortiGate, and the FortiTelemetry enabled interfaces. Apply sends the `system csf` PUT first (a
 * refusal there stops everything: nothing changes), then one PUT per interface whose FortiTelemetry
 * changed; any of those the device refuses are listed by name, the others stay applied.
 */
import { useMemo, useState } from 'react';
import { cmdb, refusalOf, refusalText, type CmdbRow, type Refusal } from '../../client';
import { useResource } from '../../client/react';
import { fieldLabels, labelOf, type FieldLabels } from '../../client/schema-answer';
import { ApplyFooter, FormRow, LoadingPage, Notice, PageHeader, showToast, ToggleSwitch } from '../../ui';
import { NameListPicker } from '../../ui/NameListPicker';
import {
  applyPlan,
  CSF_PATH,
  deviceView,
  fabricInterfaces,
  hasChanges,
  INTERFACE_PATH,
  type FabricDraft,
  type FabricInterface,
} from './model';
import './security-fabric.css';

interface Loaded {
  csf: CmdbRow;
  labels: FieldLabels;
  interfaces: FabricInterface[];
}

async function load(): Promise<Loaded> {
  const [csf, schema, rows] = await Promise.all([
    cmdb.single(CSF_PATH),
    cmdb.schema(CSF_PATH),
    cmdb.list(INTERFACE_PATH, { format: 'name|alias|fortiheartbeat' }),
  ]);
  return { csf, labels: fieldLabels(schema), interfaces: fabricInterfaces(rows) };
}

const PLACED = ['status', 'group-name', 'group-password', 'upstream-ip'];

export function FabricSettingsPage() {
  const page = useResource(load, []);
  const [draft, setDraft] = useState<FabricDraft>({});
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Refusal | null>(null);
  const [failures, setFailures] = useState<string[]>([]);
  // After Apply the edits stay on screen until the device's new state has been read, so the page
  // never flashes back to the old values; then the device's state is what is shown.
  const [appliedOver, setAppliedOver] = useState<Loaded | null>(null);
  const data = page.data;
  if (appliedOver && data && data !== appliedOver) {
    setAppliedOver(null);
    setDraft({});
  }
  const device = useMemo(() => data && deviceView(data.csf, data.interfaces), [data]);
  const aliases = useMemo(() => new Map(data?.interfaces.map((i) => [i.name, i.alias])), [data]);

  if (!data || !device) return <LoadingPage title="Security Fabric Settings" error={page.error} />;

  const view = { ...device, ...draft };
  const plan = applyPlan(device, draft);
  const label = (field: string, fallback: string): string => labelOf(data.labels, field, fallback);
  const errorFor = (field: string): string | null => (error?.field === field ? error.message : null);
  const edit = (patch: FabricDraft): void => setDraft((d) => ({ ...d, ...patch }));
  const describe = (name: string): string => {
    const alias = aliases.get(name);
    return alias ? `${name} (${alias})` : name;
  };

  const apply = async (): Promise<void> => {
    setSaving(true);
    setError(null);
    setFailures([]);
    if (plan.csf) {
      try {
        await cmdb.update(CSF_PATH, plan.csf);
      } catch (e) {
        setError(refusalOf(e));
        setSaving(false);
        return;
      }
    }
    const failed: string[] = [];
    const changes: Array<[string, 'enable' | 'disable']> = [
      ...plan.enable.map((n): [string, 'enable'] => [n, 'enable']),
      ...plan.disable.map((n): [string, 'disable'] => [n, 'disable']),
    ];
    for (const [name, fortiheartbeat] of changes) {
      try {
        await cmdb.update(INTERFACE_PATH, { fortiheartbeat }, name);
      } catch (e) {
        failed.push(`${name}: ${refusalText(e)}`);
      }
    }
    const changedSomething = plan.csf !== null || failed.length < changes.length;
    if (changedSomething) setAppliedOver(data);
    else setDraft({});
    setFailures(failed);
    setSaving(false);
    if (failed.length) showToast('error', 'Some changes could not be applied');
    else showToast('success', 'Configuration updated successfully');
  };

  const unplaced = error && (!error.field || !PLACED.includes(error.field)) ? error.message : null;
  const passwordSet = typeof data.csf['group-password'] === 'string' && data.csf['group-password'] !== '';

  return (
    <>
      <PageHeader title="Security Fabric Settings" />
      <div className="fg-page-body">
        {page.error && <Notice kind="error">{page.error.message}</Notice>}
        {unplaced && <Notice kind="error">{unplaced}</Notice>}
        {failures.length > 0 && (
          <Notice kind="error">
            <p className="fg-fabric__failures-title">
              The other changes were applied; FortiTelemetry could not be changed on:
            </p>
            <ul className="fg-fabric__failures">
              {failures.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </Notice>
        )}
        <form
          className="fg-fabric"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void apply();
          }}
        >
          <ToggleSwitch
            label={label('status', 'FortiGate Telemetry')}
            checked={view.status}
            disabled={saving}
            onChange={(status) => edit({ status })}
          />
          {errorFor('status') && (
            <p className="fg-form-row__error" role="alert">
              {errorFor('status')}
            </p>
          )}
          {view.status && (
            <>
              <FormRow label={label('group-name', 'Group name')} error={errorFor('group-name')}>
                {(id) => (
                  <input
                    id={id}
                    value={view.groupName}
                    disabled={saving}
                    aria-invalid={errorFor('group-name') ? true : undefined}
                    onChange={(e) => edit({ groupName: e.target.value })}
                  />
                )}
              </FormRow>
              <FormRow label={label('group-password', 'Group password')} error={errorFor('group-password')}>
                {(id) => (
                  <input
                    id={id}
                    type="password"
                    autoComplete="new-password"
                    value={view.groupPassword}
                    placeholder={passwordSet ? '(unchanged)' : ''}
                    disabled={saving}
                    aria-invalid={errorFor('group-password') ? true : undefined}
                    onChange={(e) => edit({ groupPassword: e.target.value })}
                  />
                )}
              </FormRow>
            </>
          )}
          <FormRow label="FortiTelemetry enabled interfaces">
            {(id) => (
              <NameListPicker
                id={id}
                label="FortiTelemetry enabled interfaces"
                value={[...view.telemetry]}
                options={data.interfaces.map((i) => i.name)}
                describe={describe}
                disabled={saving}
                onChange={(telemetry) => edit({ telemetry })}
              />
            )}
          </FormRow>
          {view.status && (
            <>
              <ToggleSwitch
                label="Connect to upstream FortiGate"
                checked={view.upstream}
                disabled={saving}
                onChange={(upstream) => edit({ upstream })}
              />
              {view.upstream && (
                <FormRow label={label('upstream-ip', 'FortiGate IP')} error={errorFor('upstream-ip')}>
                  {(id) => (
                    <input
                      id={id}
                      value={view.upstreamIp}
                      placeholder="0.0.0.0"
                      disabled={saving}
                      aria-invalid={errorFor('upstream-ip') ? true : undefined}
                      onChange={(e) => edit({ upstreamIp: e.target.value })}
                    />
                  )}
                </FormRow>
              )}
            </>
          )}
          <ApplyFooter disabled={saving || !hasChanges(plan)} />
        </form>
      </div>
    </>
  );
}
