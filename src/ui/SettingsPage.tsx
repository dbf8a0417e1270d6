/**
 * The shell of a settings page: its title, `Loading…` (or why there is nothing to show) until the
 * first answer, then the body with a notice when a reload failed, the problems no row shows, and the
 * page's form (rendered with the data). Rows inside show their fields' problems (placed-fields.tsx).
 */
import type { ReactNode } from 'react';
import { Loading } from './Loading';
import { Notice } from './Notice';
import { PageHeader } from './PageHeader';
import { FieldProblems, UnplacedProblems, type FieldMatch, type FieldProblem } from './placed-fields';

export interface SettingsPageProps<T> {
  title: string;
  /** The page's data as loaded (useSettingsPage or useResource). */
  page: { data: T | undefined; error: Error | null };
  /** The device's refusals of the last save. */
  problems: readonly FieldProblem[];
  /** The form's own checks, shown beside their rows only. */
  checks?: readonly FieldProblem[] | undefined;
  match?: FieldMatch | undefined;
  /** Classes of the body beside `fg-page-body`. */
  className?: string | undefined;
  children: (data: T) => ReactNode;
}

export function SettingsPage<T>({
  title,
  page,
  problems,
  checks,
  match,
  className,
  children,
}: SettingsPageProps<T>) {
  const { data, error } = page;
  // One heading from `Loading…` to the form: the node stays, so the focus on it (Shell's focusMain)
  // and anything holding it (a screen reader, a test) is not dropped when the first answer arrives.
  return (
    <>
      <PageHeader title={title} />
      {data === undefined ? (
        <div className="fg-page-body">
          <Loading error={error} />
        </div>
      ) : (
        <div className={className ? `fg-page-body ${className}` : 'fg-page-body'}>
          {error && <Notice kind="error">{error.message}</Notice>}
          <FieldProblems problems={problems} checks={checks} match={match}>
            <UnplacedProblems />
            {children(data)}
          </FieldProblems>
        </div>
      )}
    </>
  );
}
