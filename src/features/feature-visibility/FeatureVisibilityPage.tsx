/**
 * System › Feature Visibility: three sections of switches and Apply. Switching only changes the form;
 * Apply sends the changed keys (one PUT per table), then the device's new revision makes the menu
 * and this page re-read.
 */
import { cmdb, refusalText } from '../../client';
import { useSettingsPage } from '../../client/settings-page';
import { ApplyFooter, SettingsPage, showToast, ToggleSwitch } from '../../ui';
import {
  groupIntoSections,
  HOME_TABLES,
  isEnabled,
  pendingChanges,
  togglesOf,
  type DeviceValues,
  type FeatureToggle,
} from './model';
import './feature-visibility.css';

async function loadToggles(): Promise<FeatureToggle[]> {
  const schemas = await Promise.all(HOME_TABLES.map((t) => cmdb.schema(t)));
  return HOME_TABLES.flatMap((t, i) => togglesOf(t, schemas[i]));
}

async function loadValues(): Promise<DeviceValues> {
  const [settings, global] = await Promise.all(HOME_TABLES.map((t) => cmdb.single(t)));
  return { 'system/settings': settings ?? {}, 'system/global': global ?? {} };
}

async function load(): Promise<{ fields: FeatureToggle[]; current: DeviceValues }> {
  const [fields, current] = await Promise.all([loadToggles(), loadValues()]);
  return { fields, current };
}

const noDraft = (): Record<string, boolean> => ({});

export function FeatureVisibilityPage() {
  const page = useSettingsPage(load, [], { draft: noDraft });
  const { draft, setDraft, saving } = page;

  return (
    <SettingsPage title="Feature Visibility" page={page} problems={page.refusals}>
      {({ fields, current }) => {
        const changes = pendingChanges(fields, current, draft);
        const changedTables = HOME_TABLES.filter((t) => changes[t]);
        const apply = (): Promise<boolean> =>
          page.save(async () => {
            try {
              for (const table of changedTables) await cmdb.update(table, changes[table] ?? {});
            } catch (e) {
              showToast('error', refusalText(e));
              throw e;
            }
            setDraft({});
            showToast('success', 'Configuration updated successfully');
          });
        return (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void apply();
            }}
          >
            <div className="fg-feature-sections">
              {groupIntoSections(fields).map((section) => (
                <section
                  key={section.title}
                  className="fg-section fg-feature-section"
                  aria-labelledby={`fg-fv-${section.title.replace(/\s+/g, '-')}`}
                >
                  <h2 id={`fg-fv-${section.title.replace(/\s+/g, '-')}`} className="fg-section__title">
                    {section.title}
                  </h2>
                  {section.toggles.map((t) => (
                    <ToggleSwitch
                      key={t.key}
                      label={t.label}
                      description={t.help}
                      checked={draft[t.key] ?? isEnabled(current, t)}
                      disabled={saving}
                      onChange={(on) => setDraft((d) => ({ ...d, [t.key]: on }))}
                    />
                  ))}
                </section>
              ))}
            </div>
            <ApplyFooter disabled={saving || changedTables.length === 0} />
          </form>
        );
      }}
    </SettingsPage>
  );
}
