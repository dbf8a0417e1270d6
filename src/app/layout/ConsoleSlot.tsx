/**
 * Where the CLI Console panel goes (the console issue fills it): the header's `>_` button flips
 * `consoleOpen` in the layout store, and this slot is shown while it is set.
 */
import { useLayout } from '../../ui';

export function ConsoleSlot() {
  const open = useLayout((s) => s.consoleOpen);
  if (!open) return null;
  return <section id="fg-console-slot" className="fg-console-slot" aria-label="CLI Console" />;
}
