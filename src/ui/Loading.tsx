import { Notice } from './Notice';

/** What a screen shows before its first answer: `Loading…`, or why there is nothing to show. */
export function Loading({ error, className }: { error?: Error | null | undefined; className?: string }) {
  return error ? <Notice kind="error">{error.message}</Notice> : <p className={className}>Loading…</p>;
}
