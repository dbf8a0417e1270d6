/**
 * "One state, every view current" (DESIGN.md rule 3): screens re-read when the device's revision
 * changes. The revision is learnt from every envelope the client sees, and from the device itself,
 * which announces commits on the `fgsim-revision` BroadcastChannel (changes made by the CLI, by a
 * page's own fetch, or in another tab).
 *
 * A 6.0 revision is dotted (`<changes>.0.0.<configuration id>.<load time>`, docs/fortios-6.0.md §5.3)
 * and revisions are compared by their order, never as text. Any revision other than the one known is
 * news, an earlier one too: a device can come back counting from fewer changes (a served state
 * started again, a new test device), and a missed change costs more than one more read. A revision
 * of another form (a newer FortiOS's hex) can only be told apart.
 */
import { compareRevisions, sameRevision } from '../revision-order';

type Listener = (revision: string) => void;

let current = '';
const listeners = new Set<Listener>();

export const REVISION_CHANNEL = 'fgsim-revision';

export { compareRevisions, sameRevision };

/** `changed`: a write is known to have changed the device, so screens re-read whatever the number. */
export function noteRevision(revision: string, opts: { changed?: boolean } = {}): void {
  if (!opts.changed && sameRevision(revision, current)) return;
  current = revision;
  for (const l of listeners) l(revision);
}

export function currentRevision(): string {
  return current;
}

export function onRevision(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof BroadcastChannel !== 'undefined') {
  const channel = new BroadcastChannel(REVISION_CHANNEL);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    if (typeof e.data === 'string') noteRevision(e.data);
  };
}
