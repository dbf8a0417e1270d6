/**
 * System › Feature Visibility: three sections of switches and Apply. Switching only changes the form;
 * Apply sends the changed keys (one PUT per table), then the device's new revision makes the menu
 * and this page re-read.
 */
import { useState } from 'react';
import { cmdb } from '../../client';
import { useResource } from '../../client/react';
import { ApplyFooter, Loading, Notice, PageHeader, showToast, ToggleSwitch } from '../../ui';
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

export function FeatureVisibilityPage() {
  const toggles = useResource(loadToggles, []);
  const values = useResource(loadValues, []);
  const [draft, setDraft] = useState<Record<string, boolean>>({});
  const [saving, setSaving] = useState(false);
  const [applyError, setApplyError] = useState<string | null>(null);

  const loadError = toggles.error ?? values.error;
  const fields = toggles.data;
  const current = values.data;
  const changes = fields && current ? pendingChanges(fields, current, draft) : {};
  const changedTables = HOME_TABLES.filter((t) => changes[t]);

  const apply = async (): Promise<void> => {
    setSaving(true);
    setApplyError(null);
    try {
      for (const table of changedTables) await cmdb.update(table, changes[table] ?? {});
      setDraft({});
      showToast('success', 'Configuration updated successfully');
    } catch (e) {
      const message = (e as Error).message;
      setApplyError(message);
      showToast('error', message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageHeader title="Feature Visibility" />
      <div className="fg-page-body">
        {loadError && <Notice kind="error">{loadError.message}</Notice>}
        {applyError && <Notice kind="error">{applyError}</Notice>}
        {!(fields && current) && !loadError && <Loading />}
        {fields && current && (
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
                  className="fg-feature-section"
                  aria-labelledby={`fg-fv-${section.title.replace(/\s+/g, '-')}`}
                >
                  <h2
                    id={`fg-fv-${section.title.replace(/\s+/g, '-')}`}
                    className="fg-feature-section__title"
                  >
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
        )}
      </div>
    </>
  );
}
