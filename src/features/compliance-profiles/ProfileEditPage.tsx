/**
 * Create or edit one FortiClient Compliance Profile (reference §7): Name, Comments, Assign Profile To,
 * and the three compliance categories. OK sends the changed keys in one request — for an existing
 * profile one PUT whose `forticlient-winmac-settings` holds only the changed keys inside it.
 */
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { cmdb, refusalOf, type CmdbRow, type CmdbValue } from '../../client';
import { useResource } from '../../client/react';
import { fieldLabels, labelOf } from '../../client/schema-answer';
import { FormRow, LoadingPage, Notice, OkCancelFooter, PageHeader, showToast } from '../../ui';
import { NameListPicker } from '../../ui/NameListPicker';
import { urls } from '../../urls';
import { CategorySection } from './CategorySection';
import {
  assignments,
  categories,
  changedBody,
  emptyDraft,
  MKEY,
  names,
  nameRefs,
  PROFILE_PATH,
  shownProfile,
  winmacOf,
  type ProfileDraft,
  type ProfileListState,
} from './model';
import './compliance-profiles.css';

const nameList = async (path: string): Promise<string[]> =>
  (await cmdb.list(path, { format: 'name' })).map((r) => String(r.name));

/** The profile (or, for Create New, the device's defaults for one), its labels and the names to pick from. */
async function loadProfile(name: string | undefined) {
  const [row, schema, userGroups, users, addresses] = await Promise.all([
    name === undefined ? cmdb.single(PROFILE_PATH, { action: 'default' }) : cmdb.get(PROFILE_PATH, name),
    cmdb.schema(PROFILE_PATH),
    nameList('user/group'),
    nameList('user/local'),
    nameList('firewall/address'),
  ]);
  return {
    row,
    labels: fieldLabels(schema),
    choices: { 'user-groups': userGroups, users, 'src-addr': addresses } as Record<
      string,
      string[] | undefined
    >,
  };
}

interface FieldError {
  field: string;
  message: string;
}

const COMMENT_MAX = 255;

/** Back to the list (OK or Cancel): the keyboard returns to the profile's link there. */
const backToProfile = (name: string | undefined): ProfileListState => ({ returnToProfile: name ?? '' });

export function ProfileEditPage() {
  const { name } = useParams<{ name: string }>();
  const creating = name === undefined;
  const navigate = useNavigate();
  const page = useResource(() => loadProfile(name), [name]);
  const [draft, setDraft] = useState<ProfileDraft>(emptyDraft);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<FieldError | null>(null);
  const title = creating ? 'New FortiClient Compliance Profile' : 'Edit FortiClient Compliance Profile';

  const data = page.data;
  if (!data) return <LoadingPage title={title} error={page.error} />;

  const { labels } = data;
  const label = (key: string, fallback: string): string => labelOf(labels, key, fallback);
  const view = shownProfile(data.row, draft);
  const setRow = (key: string, value: CmdbValue): void =>
    setDraft((d) => ({ ...d, row: { ...d.row, [key]: value } }));
  const setWinmac = (key: string, value: CmdbValue): void =>
    setDraft((d) => ({ ...d, winmac: { ...d.winmac, [key]: value } }));
  const errorFor = (field: string): string | undefined =>
    error && (error.field === field || error.field.endsWith(`.${field}`)) ? error.message : undefined;
  const placed = [MKEY, 'description', ...assignments.map((a) => a.key), ...categories.flatMap(fieldsOf)];
  const unplaced = error && !placed.some((f) => errorFor(f)) ? error.message : null;

  const ok = async (): Promise<void> => {
    setSaving(true);
    setError(null);
    try {
      const body: CmdbRow = changedBody(data.row, draft);
      if (creating) await cmdb.create(PROFILE_PATH, { [MKEY]: String(view[MKEY] ?? ''), ...body });
      else if (Object.keys(body).length > 0) await cmdb.update(PROFILE_PATH, body, name);
      if (creating || Object.keys(body).length > 0)
        showToast('success', 'Configuration updated successfully');
      void navigate(urls.complianceProfiles, { state: backToProfile(String(view[MKEY] ?? '')) });
    } catch (e) {
      const refusal = refusalOf(e);
      setError({ field: refusal.field ?? '', message: refusal.message });
      setSaving(false);
    }
  };

  const comment = String(view.description ?? '');
  return (
    <>
      <PageHeader title={title} />
      <div className="fg-page-body fg-compliance">
        {page.error && <Notice kind="error">{page.error.message}</Notice>}
        {unplaced && <Notice kind="error">{unplaced}</Notice>}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void ok();
          }}
        >
          <FormRow label={label(MKEY, 'Name')} error={errorFor(MKEY)}>
            {(id) => (
              <input
                id={id}
                value={String(view[MKEY] ?? '')}
                readOnly={!creating}
                disabled={saving}
                aria-invalid={Boolean(errorFor(MKEY)) || undefined}
                onChange={(e) => setRow(MKEY, e.target.value)}
              />
            )}
          </FormRow>
          <FormRow label={label('description', 'Comments')} error={errorFor('description')}>
            {(id) => (
              <>
                <textarea
                  id={id}
                  rows={3}
                  value={comment}
                  disabled={saving}
                  placeholder="Write a comment..."
                  aria-describedby={`${id}-count`}
                  onChange={(e) => setRow('description', e.target.value)}
                />
                <span id={`${id}-count`} className="fg-compliance__count">
                  {comment.length}/{COMMENT_MAX}
                </span>
              </>
            )}
          </FormRow>
          <h2 className="fg-compliance__heading">Assign Profile To</h2>
          {assignments.map((a) => (
            <FormRow key={a.key} label={label(a.key, a.fallback)} error={errorFor(a.key)}>
              {(id) => (
                <NameListPicker
                  id={id}
                  label={label(a.key, a.fallback)}
                  value={names(view[a.key])}
                  options={data.choices[a.key]}
                  disabled={saving}
                  invalid={Boolean(errorFor(a.key))}
                  onChange={(next) => setRow(a.key, nameRefs(next))}
                />
              )}
            </FormRow>
          ))}
          <h2 className="fg-compliance__heading">FortiClient Compliance</h2>
          {categories.map((c) => (
            <CategorySection
              key={c.key}
              category={c}
              winmac={winmacOf(view)}
              labels={labels}
              disabled={saving}
              errorFor={errorFor}
              onChange={setWinmac}
            />
          ))}
          <OkCancelFooter
            sticky
            saving={saving}
            onCancel={() => void navigate(urls.complianceProfiles, { state: backToProfile(name) })}
          />
        </form>
      </div>
    </>
  );
}

/** The fields of a category that show their own errors: the action and the version boxes. */
function fieldsOf(c: (typeof categories)[number]): string[] {
  return [c.action, ...c.options.flatMap((o) => (o.values ?? []).map((v) => v.key))];
}
