/**
 * The page-and-save hook every settings and edit page uses: the page's data (loaded, and reloaded on
 * every device change, as useResource), the user's draft over it, whether a save runs, and the
 * device's refusal of the last save in the one wording (refusal.ts). The page shell in src/ui
 * (SettingsPage, FieldProblems) shows the refusal beside the field that shows it, or above the form.
 *
 *   const page = useSettingsPage(load, [], { draft: emptyDraft });
 *   const apply = () => page.save(async () => { await cmdb.update(PATH, plan); page.setDraft(emptyDraft()); });
 */
import {
  useCallback,
  useRef,
  useState,
  type DependencyList,
  type Dispatch,
  type SetStateAction,
} from 'react';
import { useResource, type Resource } from './react';
import { refusalOf, type Refusal } from './refusal';

export interface SettingsPageOptions<D> {
  /** The draft with no edits in it. */
  draft?: () => D;
  /** How a failure of the save reads (default: refusalOf, with the field the answer names). */
  refusal?: (e: unknown) => Refusal;
}

/** What `save`'s work is given: `about(field)` says which field a failure from here on is about. */
export type SaveWork = (about: (field: string) => void) => Promise<void>;

/** The draft of a page whose form keeps its own (the interface forms). */
export type NoDraft = Record<string, never>;

export interface SettingsPage<T, D = NoDraft> extends Resource<T> {
  draft: D;
  setDraft: Dispatch<SetStateAction<D>>;
  /** Puts `patch` over the draft. */
  edit: (patch: Partial<D>) => void;
  /** True while a save runs: the page's controls and buttons wait. */
  saving: boolean;
  /** The device's refusal of the last save (none once a save starts or succeeds). */
  refusals: readonly Refusal[];
  /**
   * Runs `work` as the page's one save: `saving` while it runs, the last refusal cleared first and a
   * failure kept as the refusal. True when `work` finished; false when it failed or a save was running.
   */
  save: (work: SaveWork) => Promise<boolean>;
}

const noDraft = () => ({}) as never;

export function useSettingsPage<T, D = NoDraft>(
  load: () => Promise<T>,
  deps: DependencyList,
  options: SettingsPageOptions<D> = {},
): SettingsPage<T, D> {
  const resource = useResource(load, deps);
  const [draft, setDraft] = useState<D>(options.draft ?? noDraft);
  const [saving, setSaving] = useState(false);
  const [refusals, setRefusals] = useState<readonly Refusal[]>([]);
  const running = useRef(false);
  const refusal = options.refusal ?? refusalOf;
  const edit = useCallback((patch: Partial<D>) => setDraft((d) => ({ ...d, ...patch })), []);

  const save = async (work: SaveWork): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setSaving(true);
    setRefusals([]);
    let about: string | undefined;
    try {
      await work((field) => {
        about = field;
      });
      return true;
    } catch (e) {
      const r = refusal(e);
      setRefusals([about === undefined ? r : { ...r, field: about }]);
      return false;
    } finally {
      running.current = false;
      setSaving(false);
    }
  };

  return { ...resource, draft, setDraft, edit, saving, refusals, save };
}
