/**
 * The checklist's ticks: every step's `doneWhen`, read again whenever the device revision changes (a
 * change through the GUI, the CLI or the REST API; DESIGN.md rule 3), and a sentence to announce
 * when a step becomes done.
 */
import { useState } from 'react';
import { useResource } from '../client/react';
import { checkSteps } from './client-reads';
import { steps } from './steps';

export interface StepProgress {
  /** Per step, in order; undefined until the first reading. */
  done: boolean[] | undefined;
  error: Error | null;
  /** The latest tick to announce: a new object each time, null until a step is ticked while open. */
  announcement: { text: string } | null;
}

/** "Step 2 of 5 done: …", or the whole procedure once the last one is ticked. */
export function tickAnnouncement(before: readonly boolean[], after: readonly boolean[]): string {
  const ticked = after.flatMap((d, i) => (d && before[i] === false ? [i] : []));
  if (ticked.length === 0) return '';
  if (after.every(Boolean)) return `All ${steps.length} steps are done. FortiTelemetry is off.`;
  return ticked.map((i) => `Step ${i + 1} of ${steps.length} done: ${steps[i]?.title ?? ''}.`).join(' ');
}

export function useStepProgress(): StepProgress {
  const { data: done, error } = useResource(() => checkSteps(steps), []);
  const [seen, setSeen] = useState<boolean[] | undefined>(undefined);
  const [announcement, setAnnouncement] = useState<{ text: string } | null>(null);

  // Compared while rendering (React's "adjust state on a prop change"): the first reading is the state
  // the guide opened on, so nothing was just ticked.
  if (done && done !== seen) {
    const text = seen ? tickAnnouncement(seen, done) : '';
    if (text) setAnnouncement({ text });
    setSeen(done);
  }

  return { done, error, announcement };
}
