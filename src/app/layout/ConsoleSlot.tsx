/**
 * Where the CLI Console panel goes: the header's `>_` button flips `consoleOpen` in the layout store,
 * and the panel (src/features/cli-console) is shown while it is set. It is loaded on first opening, so
 * it is not in the initial bundle; until it arrives the slot stands in, under the same name.
 */
import { lazy, Suspense } from 'react';
import { useLayout } from '../../ui';

const CliConsole = lazy(async () => ({ default: (await import('../../features/cli-console')).CliConsole }));

export function ConsoleSlot() {
  const open = useLayout((s) => s.consoleOpen);
  const setConsoleOpen = useLayout((s) => s.setConsoleOpen);
  if (!open) return null;
  return (
    <Suspense fallback={<section className="fg-console-slot" aria-label="CLI Console" aria-busy="true" />}>
      <CliConsole onClose={() => setConsoleOpen(false)} />
    </Suspense>
  );
}
