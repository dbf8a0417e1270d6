/**
 * Security Fabric › Settings (reference §8): FortiGate Telemetry, the fabric group, the upstream
 * FortiGate, and the FortiTelemetry enabled interfaces. Apply sends the `system csf` PUT first (a
 * refusal there stops everything: nothing changes), then one PUT per interface whose FortiTelemetry
 * changed; any of those the device refuses are listed by name, the others stay applied.
 */
import { useMemo, useState } from 'react';
import { cmdb, refusalText, type CmdbRow } from '../../client';
import { fieldLabels, labelOf, type FieldLabels } from '../../client/schema-answer';
import { useSettingsPage } from '../../client/settings-page';
import { ApplyFooter, FieldError, FormRow, Notice, SettingsPage, showToast, ToggleSwitch } from '../../ui';
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

const noDraft = (): FabricDraft => ({});

export function FabricSettingsPage() {
  const page = useSettingsPage(load, [], { draft: noDraft });
  const { draft, setDraft, edit, saving } = page;
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
  const describe = (name: string): string => {
    const alias = aliases.get(name);
    return alias ? `${name} (${alias})` : name;
  };

  const apply = (loaded: Loaded, plan: ReturnType<typeof applyPlan>): Promise<boolean> => {
    setFailures([]);
    return page.save(async () => {
      if (plan.csf) await cmdb.update(CSF_PATH, plan.csf);
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
      if (changedSomething) setAppliedOver(loaded);
      else setDraft({});
      setFailures(failed);
      if (failed.length) showToast('error', 'Some changes could not be applied');
      else showToast('success', 'Configuration updated successfully');
    });
  };

  return (
    <SettingsPage
      title="Security Fabric Settings"
      page={{ data: data && device ? { data, device } : undefined, error: page.error }}
      problems={page.refusals}
    >
      {({ data, device }) => {
        const view = { ...device, ...draft };
        const plan = applyPlan(device, draft);
        const label = (field: string, fallback: string): string => labelOf(data.labels, field, fallback);
        const passwordSet =
          typeof data.csf['group-password'] === 'string' && data.csf['group-password'] !== '';
        return (
          <>
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
              className="fg-fabric fg-aligned-switches"
              noValidate
              onSubmit={(e) => {
                e.preventDefault();
                void apply(data, plan);
              }}
            >
              <ToggleSwitch
                label={label('status', 'FortiGate Telemetry')}
                checked={view.status}
                disabled={saving}
                onChange={(status) => edit({ status })}
              />
              <FieldError field="status" />
              {view.status && (
                <>
                  <FormRow label={label('group-name', 'Group name')} field="group-name">
                    {(id, error) => (
                      <input
                        id={id}
                        value={view.groupName}
                        disabled={saving}
                        aria-invalid={error ? true : undefined}
                        onChange={(e) => edit({ groupName: e.target.value })}
                      />
                    )}
                  </FormRow>
                  <FormRow label={label('group-password', 'Group password')} field="group-password">
                    {(id, error) => (
                      <input
                        id={id}
                        type="password"
                        autoComplete="new-password"
                        value={view.groupPassword}
                        placeholder={passwordSet ? '(unchanged)' : ''}
                        disabled={saving}
                        aria-invalid={error ? true : undefined}
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
                    <FormRow label={label('upstream-ip', 'FortiGate IP')} field="upstream-ip">
                      {(id, error) => (
                        <input
                          id={id}
                          value={view.upstreamIp}
                          placeholder="0.0.0.0"
                          disabled={saving}
                          aria-invalid={error ? true : undefined}
                          onChange={(e) => edit({ upstreamIp: e.target.value })}
                        />
                      )}
                    </FormRow>
                  )}
                </>
              )}
              <ApplyFooter disabled={saving || !hasChanges(plan)} />
            </form>
          </>
        );
      }}
    </SettingsPage>
  );
}
