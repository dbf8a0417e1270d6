/**
 * Create or edit one FortiClient Compliance Profile (reference §7): Name, Comments, Assign Profile To,
 * and the three compliance categories. OK sends the changed keys in one request — for an existing
 * profile one PUT whose `forticlient-winmac-settings` holds only the changed keys inside it.
 */
import { useNavigate, useParams } from 'react-router';
import { cmdb, type CmdbRow, type CmdbValue } from '../../client';
import { fieldLabels, labelOf } from '../../client/schema-answer';
import { useSettingsPage } from '../../client/settings-page';
import { FormRow, OkCancelFooter, SettingsPage, showToast, type FieldMatch } from '../../ui';
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

/** A refusal names a nested field by its dotted path (`forticlient-winmac-settings.forticlient-av`). */
const fieldOrPathEnd: FieldMatch = (problem, placed) => problem === placed || problem.endsWith(`.${placed}`);

const COMMENT_MAX = 255;

/** Back to the list (OK or Cancel): the keyboard returns to the profile's link there. */
const backToProfile = (name: string | undefined): ProfileListState => ({ returnToProfile: name ?? '' });

export function ProfileEditPage() {
  const { name } = useParams<{ name: string }>();
  const creating = name === undefined;
  const navigate = useNavigate();
  const page = useSettingsPage(() => loadProfile(name), [name], { draft: emptyDraft });
  const { draft, setDraft, saving } = page;
  const title = creating ? 'New FortiClient Compliance Profile' : 'Edit FortiClient Compliance Profile';

  return (
    <SettingsPage
      title={title}
      page={page}
      problems={page.refusals}
      match={fieldOrPathEnd}
      className="fg-compliance fg-aligned-switches"
    >
      {(data) => {
        const { labels } = data;
        const label = (key: string, fallback: string): string => labelOf(labels, key, fallback);
        const view = shownProfile(data.row, draft);
        const setRow = (key: string, value: CmdbValue): void =>
          setDraft((d) => ({ ...d, row: { ...d.row, [key]: value } }));
        const setWinmac = (key: string, value: CmdbValue): void =>
          setDraft((d) => ({ ...d, winmac: { ...d.winmac, [key]: value } }));

        const ok = (): Promise<boolean> =>
          page.save(async () => {
            const body: CmdbRow = changedBody(data.row, draft);
            if (creating) await cmdb.create(PROFILE_PATH, { [MKEY]: String(view[MKEY] ?? ''), ...body });
            else if (Object.keys(body).length > 0) await cmdb.update(PROFILE_PATH, body, name);
            if (creating || Object.keys(body).length > 0)
              showToast('success', 'Configuration updated successfully');
            void navigate(urls.complianceProfiles, { state: backToProfile(String(view[MKEY] ?? '')) });
          });

        const comment = String(view.description ?? '');
        return (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              void ok();
            }}
          >
            <FormRow label={label(MKEY, 'Name')} field={MKEY}>
              {(id, error) => (
                <input
                  id={id}
                  value={String(view[MKEY] ?? '')}
                  readOnly={!creating}
                  disabled={saving}
                  aria-invalid={Boolean(error) || undefined}
                  onChange={(e) => setRow(MKEY, e.target.value)}
                />
              )}
            </FormRow>
            <FormRow label={label('description', 'Comments')} field="description">
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
              <FormRow key={a.key} label={label(a.key, a.fallback)} field={a.key}>
                {(id, error) => (
                  <NameListPicker
                    id={id}
                    label={label(a.key, a.fallback)}
                    value={names(view[a.key])}
                    options={data.choices[a.key]}
                    disabled={saving}
                    invalid={Boolean(error)}
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
                onChange={setWinmac}
              />
            ))}
            <OkCancelFooter
              sticky
              saving={saving}
              onCancel={() => void navigate(urls.complianceProfiles, { state: backToProfile(name) })}
            />
          </form>
        );
      }}
    </SettingsPage>
  );
}
