/**
 * Security Profiles › FortiClient Compliance as data (reference §7): the profile's fields, the three
 * compliance categories of `forticlient-winmac-settings` with their sub-options, and what OK sends.
 */
import type { CmdbRow, CmdbValue } from '../../client';

export const PROFILE_PATH = 'endpoint-control/profile';
export const MKEY = 'profile-name';
export const WINMAC = 'forticlient-winmac-settings';

/** One sub-option of a category: an enable/disable key, optionally with free-text values under it. */
export interface CategoryOption {
  key: string;
  fallback: string;
  /** Text fields shown while the option is on (the minimum Windows and Mac versions). */
  values?: ReadonlyArray<{ key: string; fallback: string }>;
}

export interface Category {
  /** The category's enable/disable key; the switch. */
  key: string;
  fallback: string;
  /** Its Non-compliance action key, `block|warning`. */
  action: string;
  options: readonly CategoryOption[];
}

/** The edit page's three categories, in the 6.0 GUI's order. Labels come from the schema when it has them. */
export const categories: readonly Category[] = [
  {
    key: 'forticlient-vuln-scan',
    fallback: 'Endpoint Vulnerability Scan on Client',
    action: 'forticlient-vuln-scan-compliance-action',
    options: [],
  },
  {
    key: 'forticlient-system-compliance',
    fallback: 'System Compliance',
    action: 'forticlient-system-compliance-action',
    options: [
      {
        key: 'forticlient-minimum-software-version',
        fallback: 'Minimum FortiClient version',
        values: [
          { key: 'forticlient-win-ver', fallback: 'Windows' },
          { key: 'forticlient-mac-ver', fallback: 'Mac' },
        ],
      },
      { key: 'forticlient-log-upload', fallback: 'Upload logs to FortiAnalyzer' },
    ],
  },
  {
    key: 'forticlient-security-posture',
    fallback: 'Security Posture Check',
    action: 'forticlient-security-posture-compliance-action',
    options: [
      { key: 'forticlient-av', fallback: 'Realtime AntiVirus protection' },
      { key: 'av-signature-up-to-date', fallback: 'Up-to-date signatures' },
      { key: 'forticlient-wf', fallback: 'Web Filter' },
      { key: 'forticlient-application-firewall', fallback: 'Application Firewall' },
    ],
  },
];

/** "Assign Profile To": the four lists of `[{ name }]`, in the GUI's order. */
export const assignments = [
  { key: 'device-groups', fallback: 'Device Groups' },
  { key: 'user-groups', fallback: 'User Groups' },
  { key: 'users', fallback: 'Users' },
  { key: 'src-addr', fallback: 'Source Addresses' },
] as const;
export type AssignmentKey = (typeof assignments)[number]['key'];

export function names(value: CmdbValue | undefined): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((v) => String((v as { name?: unknown }).name ?? ''));
}

export const nameRefs = (list: readonly string[]): Array<{ name: string }> => list.map((name) => ({ name }));

export const winmacOf = (row: CmdbRow): CmdbRow => {
  const v = row[WINMAC];
  return v && typeof v === 'object' && !Array.isArray(v) ? v : {};
};

/** What the user changed on the edit page and has not sent yet. */
export interface ProfileDraft {
  /** Changed top-level keys (name, comments, assignments). */
  row: CmdbRow;
  /** Changed keys inside `forticlient-winmac-settings`. */
  winmac: CmdbRow;
}

export const emptyDraft = (): ProfileDraft => ({ row: {}, winmac: {} });

const same = (a: CmdbValue | undefined, b: CmdbValue | undefined): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

function changed(current: CmdbRow, edits: CmdbRow): CmdbRow {
  const out: CmdbRow = {};
  for (const [k, v] of Object.entries(edits)) if (!same(v, current[k])) out[k] = v;
  return out;
}

/**
 * The body of OK: the changed top-level keys, and the changed keys of `forticlient-winmac-settings`
 * nested under it — one PUT. Empty when nothing changed.
 */
export function changedBody(current: CmdbRow, draft: ProfileDraft): CmdbRow {
  const body = changed(current, draft.row);
  const winmac = changed(winmacOf(current), draft.winmac);
  if (Object.keys(winmac).length > 0) body[WINMAC] = winmac;
  return body;
}

/** The profile as the edit page shows it: the device's row with the user's edits on top. */
export const shownProfile = (current: CmdbRow, draft: ProfileDraft): CmdbRow => ({
  ...current,
  ...draft.row,
  [WINMAC]: { ...winmacOf(current), ...draft.winmac },
});

/** "Assigned To" of the list: each non-empty assignment with its names. */
export function assignedTo(row: CmdbRow): Array<{ key: AssignmentKey; label: string; names: string[] }> {
  return assignments
    .map((a) => ({ key: a.key, label: a.fallback, names: names(row[a.key]) }))
    .filter((a) => a.names.length > 0);
}

/** `Ref.` from a `with_meta` answer, when the device sends it. */
export const refCount = (row: CmdbRow): number | undefined =>
  typeof row.q_ref === 'number' ? row.q_ref : undefined;

/** What an edit page says on its way back to the list: whose link takes the focus (OK or Cancel). */
export interface ProfileListState {
  returnToProfile: string;
}
