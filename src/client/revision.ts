/**
 * "One state, every view current" (DESIGN.md rule 3): screens re-read when the device's revision
 * changes. The revision is learnt from every envelope the client sees, and from the device itself,
 * which announces commits on the `fgsim-revision` BroadcastChannel (changes made by the CLI, by a
 * page's own fetch, or in another tab).
 */
type Listener = (revision: string) => void;

let current = '';
const listeners = new Set<Listener>();

export const REVISION_CHANNEL = 'fgsim-revision';

/** `changed`: a write is known to have changed the device, so screens re-read whatever the number. */
export function noteRevision(revision: string, opts: { changed?: boolean } = {}): void {
  if (revision === current && !opts.changed) return;
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
