/**
 * The one React data hook over the client. `useResource(load, deps)` runs `load` when `deps` change
 * and again whenever the device revision changes (a change through any door: this tab, the CLI,
 * another tab — DESIGN.md rule 3). While a reload runs the previous data stays on screen.
 */
import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { currentRevision, onRevision } from './revision';

export interface Resource<T> {
  /** The last successful answer (kept while a reload runs). */
  data: T | undefined;
  /** The last failure, cleared by the next success. */
  error: Error | null;
  /** True until the first answer (or failure) arrives. */
  loading: boolean;
  /** Runs `load` again now. */
  reload: () => void;
}

interface State<T> {
  data: T | undefined;
  error: Error | null;
  loading: boolean;
}

export function useResource<T>(load: () => Promise<T>, deps: DependencyList): Resource<T> {
  const [state, setState] = useState<State<T>>({ data: undefined, error: null, loading: true });
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);

  useEffect(() => {
    let live = true;
    // A load started before any revision was known answers with the current state, so the
    // revision its own answer announces must not trigger a second, identical load.
    const startedAt = currentRevision();
    let settled = false;
    let staleWhileLoading = false;
    load().then(
      (data) => {
        settled = true;
        if (live) setState({ data, error: null, loading: false });
        if (live && staleWhileLoading) setGeneration((g) => g + 1);
      },
      (error: unknown) => {
        settled = true;
        if (live)
          setState((s) => ({
            data: s.data,
            error: error instanceof Error ? error : new Error(String(error)),
            loading: false,
          }));
      },
    );
    const off = onRevision(() => {
      if (!settled) {
        if (startedAt !== '') staleWhileLoading = true;
        return;
      }
      setGeneration((g) => g + 1);
    });
    return () => {
      live = false;
      off();
    };
    // `deps` is the caller's dependency list for `load`, as with useEffect; `load` itself is a new
    // closure on every render and must not be one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, generation]);

  return { ...state, reload };
}
