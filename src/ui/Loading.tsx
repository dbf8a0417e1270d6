import { Notice } from './Notice';
import { PageHeader } from './PageHeader';

/** What a screen shows before its first answer: `Loading…`, or why there is nothing to show. */
export function Loading({ error, className }: { error?: Error | null | undefined; className?: string }) {
  return error ? <Notice kind="error">{error.message}</Notice> : <p className={className}>Loading…</p>;
}

/** A whole settings page before its first answer: its title, then Loading. */
export function LoadingPage({ title, error }: { title: string; error?: Error | null | undefined }) {
  return (
    <>
      <PageHeader title={title} />
      <div className="fg-page-body">
        <Loading error={error} />
      </div>
    </>
  );
}
