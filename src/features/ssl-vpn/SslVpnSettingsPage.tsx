/**
 * VPN › SSL-VPN Settings (reference §6). Editing only changes the form; Apply sends the changed keys
 * of `vpn ssl settings` in one PUT and, when "Allow Endpoint Registration" changed, `fortiheartbeat`
 * of `ssl.root` in a second. A refusal is shown beside the field it names and changes nothing.
 */
import { useState } from 'react';
import { cmdb, refusalOf, type CmdbValue } from '../../client';
import { useResource } from '../../client/react';
import { ApplyFooter, LoadingPage, Notice, PageHeader, showToast } from '../../ui';
import { ConnectionSettings } from './ConnectionSettings';
import { loadSslVpnPage } from './load';
import {
  applyPlan,
  emptyDraft,
  hasChanges,
  INTERFACE_PATH,
  SETTINGS_PATH,
  shown,
  SSL_INTERFACE,
  type SslVpnDraft,
} from './model';
import { PortalMapping } from './PortalMapping';
import type { SectionProps } from './section-props';
import { TunnelModeSettings } from './TunnelModeSettings';
import './ssl-vpn.css';

interface FieldError {
  field: string;
  message: string;
}

const matches = (field: string, wanted: string): boolean =>
  field === wanted || field.startsWith(`${wanted}.`);

/** Fields the page shows errors beside; anything else is shown at the top. */
const PLACED = [
  'source-interface',
  'port',
  'source-address',
  'idle-timeout',
  'servercert',
  'tunnel-ip-pools',
  'dns-server1',
  'dns-server2',
  'fortiheartbeat',
  'default-portal',
  'authentication-rule',
  'portal',
  'groups',
  'users',
];

export function SslVpnSettingsPage() {
  const page = useResource(loadSslVpnPage, []);
  const [draft, setDraft] = useState<SslVpnDraft>(emptyDraft);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FieldError[]>([]);

  const data = page.data;
  if (!data) return <LoadingPage title="SSL-VPN Settings" error={page.error} />;

  const plan = applyPlan(data.settings, data.heartbeat ?? false, draft);
  const problems = Object.entries(plan.problems).map(([field, message]) => ({ field, message }));
  const shownErrors = [...errors, ...problems];
  const errorFor = (...fields: string[]): string | undefined =>
    shownErrors.find((e) => fields.some((f) => matches(e.field, f)))?.message;
  const unplaced = errors.filter((e) => !PLACED.some((f) => matches(e.field, f)));

  const apply = async (): Promise<void> => {
    if (problems.length > 0) return;
    setSaving(true);
    setErrors([]);
    let stage: 'settings' | 'heartbeat' = 'settings';
    try {
      if (plan.settings) {
        await cmdb.update(SETTINGS_PATH, plan.settings);
        setDraft((d) => ({
          ...emptyDraft(),
          ...(d.heartbeat !== undefined ? { heartbeat: d.heartbeat } : {}),
        }));
      }
      stage = 'heartbeat';
      if (plan.heartbeat)
        await cmdb.update(INTERFACE_PATH, { fortiheartbeat: plan.heartbeat }, SSL_INTERFACE);
      setDraft(emptyDraft());
      showToast('success', 'Configuration updated successfully');
    } catch (e) {
      const refusal = stage === 'heartbeat' ? { ...refusalOf(e), field: 'fortiheartbeat' } : refusalOf(e);
      setErrors([{ field: refusal.field ?? '', message: refusal.message }]);
    } finally {
      setSaving(false);
    }
  };

  const props: SectionProps = {
    data,
    view: shown(data.settings, draft),
    draft,
    setSetting: (key: string, value: CmdbValue) =>
      setDraft((d) => ({ ...d, settings: { ...d.settings, [key]: value } })),
    setDraft: (patch) => setDraft((d) => ({ ...d, ...patch })),
    errorFor,
    disabled: saving,
  };

  return (
    <>
      <PageHeader title="SSL-VPN Settings" />
      <div className="fg-page-body fg-sslvpn">
        {page.error && <Notice kind="error">{page.error.message}</Notice>}
        {unplaced.map((e) => (
          <Notice key={e.message} kind="error">
            {e.message}
          </Notice>
        ))}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void apply();
          }}
        >
          <ConnectionSettings {...props} />
          <TunnelModeSettings {...props} />
          <PortalMapping {...props} />
          <ApplyFooter disabled={saving || !hasChanges(plan)} />
        </form>
      </div>
    </>
  );
}
