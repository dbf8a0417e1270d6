/**
 * Where a form shows the problems with its fields, without a hand-kept list of the fields it places:
 * every row that shows a field's problem registers that field while it is rendered (FormRow, GroupRow
 * and RadioRow with `field`, FieldError, useFieldError), and `UnplacedProblems` shows, above the form,
 * every problem no rendered row is showing — a refusal about a field the page does not place (or does
 * not show at the moment, behind a switch that is off) is never lost.
 *
 *   <FieldProblems problems={page.refusals} checks={formChecks}>
 *     <UnplacedProblems />
 *     <FormRow label="Port" field="port">{(id, error) => <input id={id} aria-invalid={!!error} />}</FormRow>
 *   </FieldProblems>
 */
import {
  createContext,
  useContext,
  useLayoutEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import { Notice } from './Notice';

/** A problem with the form: the text, and the field it is about when one is known. */
export interface FieldProblem {
  field?: string | undefined;
  message: string;
}

/** Whether a problem about `problem` (the device's field name) is shown by a row placing `placed`. */
export type FieldMatch = (problem: string, placed: string) => boolean;

/** The field itself or anything inside it (`authentication-rule.3.portal` is `authentication-rule`'s). */
export const fieldOrInside: FieldMatch = (problem, placed) =>
  problem === placed || problem.startsWith(`${placed}.`);

/** The fields rendered rows place, counted (two rows may place one field), with a change signal. */
class PlacedRegistry {
  private readonly counts = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private version = 0;

  add(field: string): void {
    this.counts.set(field, (this.counts.get(field) ?? 0) + 1);
    this.changed();
  }

  remove(field: string): void {
    const n = (this.counts.get(field) ?? 0) - 1;
    if (n > 0) this.counts.set(field, n);
    else this.counts.delete(field);
    this.changed();
  }

  placed(): IterableIterator<string> {
    return this.counts.keys();
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): number => this.version;

  private changed(): void {
    this.version += 1;
    for (const l of this.listeners) l();
  }
}

interface Placing {
  /** Problems that go above the form when no row shows them (the device's refusals). */
  problems: readonly FieldProblem[];
  /** The form's own checks: shown beside their rows only. */
  checks: readonly FieldProblem[];
  match: FieldMatch;
  registry: PlacedRegistry;
}

const PlacingContext = createContext<Placing | null>(null);

export interface FieldProblemsProps {
  problems: readonly FieldProblem[];
  checks?: readonly FieldProblem[] | undefined;
  match?: FieldMatch | undefined;
  children: ReactNode;
}

/** The problems of one form, for the rows inside to show beside their fields. */
export function FieldProblems({
  problems,
  checks = [],
  match = fieldOrInside,
  children,
}: FieldProblemsProps) {
  const [registry] = useState(() => new PlacedRegistry());
  return (
    <PlacingContext.Provider value={{ problems, checks, match, registry }}>
      {children}
    </PlacingContext.Provider>
  );
}

const NO_FIELDS: readonly string[] = [];

/**
 * The problem to show beside a row showing `fields` (the first one about any of them), and the row's
 * claim on those fields while it is rendered. Outside FieldProblems: nothing.
 */
export function useFieldError(...fields: string[]): string | undefined {
  const placing = useContext(PlacingContext);
  const key = fields.join('\n');
  useLayoutEffect(() => {
    if (!placing || key === '') return undefined;
    const claimed = key.split('\n');
    for (const f of claimed) placing.registry.add(f);
    return () => {
      for (const f of claimed) placing.registry.remove(f);
    };
  }, [placing?.registry, key]); // eslint-disable-line react-hooks/exhaustive-deps -- `key` is `fields`
  if (!placing || fields.length === 0) return undefined;
  const about = (p: FieldProblem): boolean =>
    p.field !== undefined && p.field !== '' && fields.some((f) => placing.match(p.field as string, f));
  return (placing.problems.find(about) ?? placing.checks.find(about))?.message;
}

/** `field` as a list for useFieldError: none, one, or several. */
export const fieldsOf = (field: string | readonly string[] | undefined): readonly string[] =>
  field === undefined ? NO_FIELDS : typeof field === 'string' ? [field] : field;

/** A field's problem under a control that is not a form row (a switch, a group of boxes). */
export function FieldError({ field }: { field: string | readonly string[] }) {
  const error = useFieldError(...fieldsOf(field));
  return error ? (
    <p className="fg-form-row__error" role="alert">
      {error}
    </p>
  ) : null;
}

/** Every problem no rendered row shows, as error notices (where a page shows its general errors). */
export function UnplacedProblems() {
  const placing = useContext(PlacingContext);
  const registry = placing?.registry;
  useSyncExternalStore(registry?.subscribe ?? noSubscribe, registry?.snapshot ?? noSnapshot);
  if (!placing || !registry) return null;
  const placed = [...registry.placed()];
  const unplaced = placing.problems.filter(
    (p) => !p.field || !placed.some((f) => placing.match(p.field as string, f)),
  );
  return (
    <>
      {unplaced.map((p) => (
        <Notice key={`${p.field ?? ''}\n${p.message}`} kind="error">
          {p.message}
        </Notice>
      ))}
    </>
  );
}

const noSubscribe = (): (() => void) => () => undefined;
const noSnapshot = (): number => 0;
