import type { CmdbRow, CmdbValue } from '../../client';
import type { PageData } from './load';
import type { SslVpnDraft } from './model';

/** What each section of the page gets from the page: the values shown, and ways to change them. */
export interface SectionProps {
  data: PageData;
  /** The device's settings with the user's pending edits on top. */
  view: CmdbRow;
  draft: SslVpnDraft;
  setSetting: (key: string, value: CmdbValue) => void;
  setDraft: (patch: Partial<Omit<SslVpnDraft, 'settings'>>) => void;
  disabled: boolean;
}
