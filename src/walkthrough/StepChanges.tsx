/**
 * "What you changed" in the open step of the guide: the CLI diff since the step began, read again
 * whenever the device's revision changes (useResource), with the doors the changes came through. When
 * the GUI made some of them, the lines are "The same in the CLI": what to type or paste into the CLI
 * Console for the same change, with a Copy button. Only the first lines are drawn, in a scroll box;
 * Copy takes them all.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useResource } from '../client/react';
import { Button, Notice } from '../ui';
import { useGuide } from './guide-store';
import { changesSummary, deviceRevision, doorsOf, readStepChanges, shownLines } from './step-changes';
import type { StepId } from './steps';

/** How long "Copied" stays. */
const SAID_MS = 4000;

async function writeClipboard(text: string): Promise<void> {
  if (typeof navigator !== 'undefined' && navigator.clipboard) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // No Clipboard API (a page served over plain HTTP to another host): the older copy command.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'fg-visually-hidden';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  if (!copied) throw new Error('copy refused');
}

function CopyButton({ text }: { text: string }) {
  const [said, setSaid] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async (): Promise<void> => {
    clearTimeout(timer.current);
    setSaid('');
    try {
      await writeClipboard(text);
      setSaid('Copied');
    } catch {
      setSaid('The browser would not copy: select the lines and press Ctrl+C.');
    }
    timer.current = setTimeout(() => setSaid(''), SAID_MS);
  };
  return (
    <div className="fg-guide__copy">
      <Button onClick={() => void copy()}>Copy</Button>
      <span role="status" className="fg-guide__copied">
        {said}
      </span>
    </div>
  );
}

function Lines({ lines }: { lines: readonly string[] }) {
  const { shown, more } = shownLines(lines);
  return (
    <>
      {/* Focusable, so a keyboard can scroll it; a region, so that focus has a name. */}
      <pre className="fg-guide__lines" tabIndex={0} role="region" aria-label="CLI lines">
        <code>{shown.join('\n')}</code>
      </pre>
      {more > 0 && (
        <p className="fg-guide__more">
          …and {more.toLocaleString('en-US')} more {more === 1 ? 'line' : 'lines'} (Copy takes them all).
        </p>
      )}
    </>
  );
}

/** The step's start: recorded the first time the step is opened in this run of the guide. */
function useStepStart(id: StepId): { start: string | undefined; error: Error | null } {
  const start = useGuide((s) => s.starts[id]);
  const run = useGuide((s) => s.run);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    if (start !== undefined) return;
    let live = true;
    deviceRevision().then(
      (revision) => {
        if (revision) useGuide.getState().beginStep(id, revision, run);
      },
      (e: unknown) => {
        if (live) setError(e instanceof Error ? e : new Error(String(e)));
      },
    );
    return () => {
      live = false;
    };
  }, [id, start, run]);
  return { start, error };
}

export function StepChanges({ stepId }: { stepId: StepId }) {
  const id = useId();
  const { start, error: startError } = useStepStart(stepId);
  const { data, error: readError } = useResource(
    () => (start === undefined ? Promise.resolve(undefined) : readStepChanges(start)),
    [start],
  );
  const error = readError ?? startError;
  const gui = data ? doorsOf(data.records).includes('GUI') : false;
  const text = data ? `${data.lines.join('\n')}\n` : '';

  return (
    <section className="fg-guide__changes" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`} className="fg-guide__subtitle">
        What you changed
      </h4>
      {error && <Notice kind="error">Could not read the change log: {error.message}</Notice>}
      {!data ? (
        !error && <p className="fg-guide__muted">Reading the change log…</p>
      ) : (
        <>
          {!data.fromStart && (
            <p className="fg-guide__muted">
              The device’s change log no longer goes back to when this step began.
            </p>
          )}
          <p>{changesSummary(data)}</p>
          {data.lines.length > 0 &&
            (gui ? (
              <section className="fg-guide__same" aria-labelledby={`${id}-same`}>
                <h5 id={`${id}-same`} className="fg-guide__subtitle">
                  The same in the CLI
                </h5>
                <p>Type or paste these lines into the CLI Console for the same change.</p>
                <Lines lines={data.lines} />
                <CopyButton text={text} />
              </section>
            ) : (
              <>
                <Lines lines={data.lines} />
                <CopyButton text={text} />
              </>
            ))}
        </>
      )}
    </section>
  );
}
