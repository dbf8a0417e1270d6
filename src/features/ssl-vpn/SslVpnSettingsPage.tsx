/**
 * VPN › SSL-VPN Settings (reference §6). Editing only changes the form; Apply sends the changed keys
 * of `vpn ssl settings` in one PUT and, when "Allow Endpoint Registration" changed, `fortiheartbeat`
 * of `ssl.root` in a second. A refusal is shown beside the field it names and changes nothing.
 */
import { cmdb, type CmdbValue } from '../../client';
import { useSettingsPage } from '../../client/settings-page';
import { ApplyFooter, SettingsPage, showToast } from '../../ui';
import { ConnectionSettings } from './ConnectionSettings';
import { loadSslVpnPage, type PageData } from './load';
import {
  applyPlan,
  emptyDraft,
  hasChanges,
  INTERFACE_PATH,
  SETTINGS_PATH,
  shown,
  SSL_INTERFACE,
} from './model';
import { PortalMapping } from './PortalMapping';
import type { SectionProps } from './section-props';
import { TunnelModeSettings } from './TunnelModeSettings';
import './ssl-vpn.css';

export function SslVpnSettingsPage() {
  const page = useSettingsPage(loadSslVpnPage, [], { draft: emptyDraft });
  const { draft, setDraft, saving } = page;
  const plan = page.data && applyPlan(page.data.settings, page.data.heartbeat ?? false, draft);
  const checks = Object.entries(plan?.problems ?? {}).map(([field, message]) => ({ field, message }));

  const apply = (data: PageData): Promise<boolean> =>
    page.save(async (about) => {
      const { settings, heartbeat } = applyPlan(data.settings, data.heartbeat ?? false, draft);
      if (settings) {
        await cmdb.update(SETTINGS_PATH, settings);
        setDraft((d) => ({
          ...emptyDraft(),
          ...(d.heartbeat !== undefined ? { heartbeat: d.heartbeat } : {}),
        }));
      }
      about('fortiheartbeat');
      if (heartbeat) await cmdb.update(INTERFACE_PATH, { fortiheartbeat: heartbeat }, SSL_INTERFACE);
      setDraft(emptyDraft());
      showToast('success', 'Configuration updated successfully');
    });

  return (
    <SettingsPage
      title="SSL-VPN Settings"
      page={page}
      problems={page.refusals}
      checks={checks}
      className="fg-sslvpn fg-aligned-switches"
    >
      {(data) => {
        const props: SectionProps = {
          data,
          view: shown(data.settings, draft),
          draft,
          setSetting: (key: string, value: CmdbValue) =>
            setDraft((d) => ({ ...d, settings: { ...d.settings, [key]: value } })),
          setDraft: (patch) => setDraft((d) => ({ ...d, ...patch })),
          disabled: saving,
        };
        return (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              if (checks.length === 0) void apply(data);
            }}
          >
            <ConnectionSettings {...props} />
            <TunnelModeSettings {...props} />
            <PortalMapping {...props} />
            <ApplyFooter disabled={saving || !plan || !hasChanges(plan)} />
          </form>
        );
      }}
    </SettingsPage>
  );
}
