/**
 * The guide: a side panel (a complementary region, not a dialog — the console stays usable beside it)
 * with the procedure's checklist, ticked from the device's state, the progress, the current step's
 * instructions with Show me, a hint, what was changed since the step began (./StepChanges.tsx) and
 * Back/Next, Reset, and a summary once everything is done.
 * Loaded only when the guide is first opened (see ./GuideSlot.tsx).
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { scenario } from '../client';
import { Button, Dialog, Icon, Notice } from '../ui';
import { GUIDE_BUTTON_ID } from './GuideButton';
import { useGuide } from './guide-store';
import { Highlight } from './Highlight';
import { useStepProgress } from './progress';
import { StepChanges } from './StepChanges';
import { GUIDE_TITLE, notesFor, START_SCENARIO, steps, versionNotes, type Step } from './steps';
import { describeTarget } from './target';
import './guide.css';

function StepStatus({ done }: { done: boolean | undefined }) {
  const label = done === undefined ? 'checking' : done ? 'done' : 'to do';
  return (
    <span className="fg-guide__tick" role="img" aria-label={label} data-done={done || undefined}>
      {done ? '✓' : ''}
    </span>
  );
}

function Checklist({ done, current }: { done: boolean[] | undefined; current: number }) {
  const goTo = useGuide((s) => s.goTo);
  return (
    <ol className="fg-guide__checklist" aria-label="Steps">
      {steps.map((step, i) => (
        <li key={step.id}>
          <button
            type="button"
            className="fg-guide__checklist-item"
            aria-current={i === current ? 'step' : undefined}
            onClick={() => goTo(i)}
          >
            <StepStatus done={done?.[i]} />
            <span>
              {i + 1}. {step.title}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}

function whyMissing(step: Step, done: boolean[] | undefined): string {
  const waiting = (step.needs ?? [])
    .map((id) => steps.findIndex((s) => s.id === id))
    .filter((i) => !done?.[i]);
  const first = `Could not find ${describeTarget(step.target)} on this page.`;
  if (waiting.length === 0) return first;
  return `${first} The page is shown only once step ${waiting.map((i) => i + 1).join(' and ')} is done.`;
}

/** Set by Back/Next: the step detail drawn next takes focus to its heading. */
let focusNextTitle = false;

function StepDetail({ step, index, done }: { step: Step; index: number; done: boolean[] | undefined }) {
  const navigate = useNavigate();
  const showMe = useGuide((s) => s.showMe);
  const goTo = useGuide((s) => s.goTo);
  const highlight = useGuide((s) => s.highlight);
  const status = useGuide((s) => s.highlightStatus);
  const [hintFor, setHintFor] = useState<string | null>(null);
  const id = useId();
  const notes = notesFor(step.id);
  const hintOpen = hintFor === step.id;
  const missing = status === 'missing' && highlight?.stepIndex === index;
  // Back and Next take the keyboard to the heading of the step they open (each step's detail is
  // drawn afresh, and the button pressed may now be disabled).
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusNextTitle) return;
    focusNextTitle = false;
    title.current?.focus();
  }, []);
  const goToStep = (to: number) => {
    focusNextTitle = true;
    goTo(to);
  };

  return (
    <section className="fg-guide__step" aria-labelledby={`${id}-title`}>
      <p className="fg-guide__position">
        Step {index + 1} of {steps.length}
        {done?.[index] ? ' · done' : ''}
      </p>
      <h3 id={`${id}-title`} ref={title} tabIndex={-1} className="fg-guide__step-title">
        {step.title}
      </h3>
      {step.instructions.map((text) => (
        <p key={text}>{text}</p>
      ))}
      <div className="fg-guide__actions">
        <Button
          variant="primary"
          onClick={() => {
            showMe(index);
            void navigate(step.route);
          }}
        >
          Show me
        </Button>
        <Button
          aria-expanded={hintOpen}
          aria-controls={`${id}-hint`}
          onClick={() => setHintFor(hintOpen ? null : step.id)}
        >
          Hint
        </Button>
      </div>
      {missing && <Notice kind="warning">{whyMissing(step, done)}</Notice>}
      <p id={`${id}-hint`} className="fg-guide__hint" hidden={!hintOpen}>
        {step.hint}
      </p>
      <details className="fg-guide__cli">
        <summary>Do it in the CLI</summary>
        <pre>
          <code>{step.cli.join('\n')}</code>
        </pre>
      </details>
      {notes.map((n) => (
        <p key={n.version} className="fg-guide__note">
          <strong>{n.version}:</strong> {n.text}
        </p>
      ))}
      <StepChanges stepId={step.id} />
      <div className="fg-guide__nav">
        <Button disabled={index === 0} onClick={() => goToStep(index - 1)}>
          Back
        </Button>
        <Button disabled={index === steps.length - 1} onClick={() => goToStep(index + 1)}>
          Next
        </Button>
      </div>
    </section>
  );
}

function Summary({ onStartOver }: { onStartOver: () => void }) {
  return (
    <section className="fg-guide__summary" aria-label="Summary">
      <p className="fg-guide__summary-title">All steps are done: FortiTelemetry is off on this FortiGate.</p>
      <ul>
        {steps.map((s) => (
          <li key={s.id}>{s.result}</li>
        ))}
      </ul>
      <Button onClick={onStartOver}>Start over</Button>
    </section>
  );
}

function useResetDevice() {
  const goTo = useGuide((s) => s.goTo);
  const clearHighlight = useGuide((s) => s.clearHighlight);
  const startOver = useGuide((s) => s.startOver);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState<{ text: string } | null>(null);

  const reset = async (): Promise<void> => {
    setConfirming(false);
    setBusy(true);
    setFailure(null);
    try {
      await scenario.open(START_SCENARIO);
      // A new run: each step begins at the reset device's revision when it is next opened.
      startOver();
      clearHighlight();
      goTo(0);
      setAnnouncement({ text: `The device is back where the procedure starts. Step 1 of ${steps.length}.` });
    } catch (e) {
      setFailure((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return { confirming, setConfirming, busy, failure, announcement, reset };
}

/** The text of whichever of the two announcements changed last. */
function useLatest(a: { text: string } | null, b: { text: string } | null): string {
  const [seen, setSeen] = useState({ a, b, text: '' });
  if (seen.a !== a || seen.b !== b) {
    const changed = seen.b !== b ? b : a;
    setSeen({ a, b, text: changed?.text ?? seen.text });
  }
  return seen.text;
}

export function GuidePanel() {
  const current = useGuide((s) => s.current);
  const setOpen = useGuide((s) => s.setOpen);
  const { done, error, announcement: tick } = useStepProgress();
  const reset = useResetDevice();
  const announcement = useLatest(tick, reset.announcement);
  const panel = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const step = steps[current] ?? steps[0]!;
  const count = done?.filter(Boolean).length ?? 0;
  const allDone = done !== undefined && count === steps.length;

  useEffect(() => {
    // Opened by the header button (focus goes back there on close): take the person to the panel. Opened by a reload or a link: leave
    // focus where the page puts it.
    if (document.activeElement?.id === GUIDE_BUTTON_ID) heading.current?.focus();
  }, []);

  const close = (): void => {
    setOpen(false);
    document.getElementById(GUIDE_BUTTON_ID)?.focus();
  };

  return (
    <aside
      ref={panel}
      className="fg-guide"
      aria-labelledby={`${id}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !reset.confirming) close();
      }}
    >
      <div className="fg-guide__head">
        <h2 id={`${id}-title`} ref={heading} tabIndex={-1} className="fg-guide__title">
          Guide: {GUIDE_TITLE}
        </h2>
        <button type="button" className="fg-guide__close" aria-label="Close guide" onClick={close}>
          <Icon name="close" size={12} />
        </button>
      </div>
      <div className="fg-guide__body">
        <p id={`${id}-progress`} className="fg-guide__progress-text">
          {done ? `${count} of ${steps.length} steps done` : 'Reading the device…'}
        </p>
        <progress
          className="fg-guide__progress"
          aria-labelledby={`${id}-progress`}
          max={steps.length}
          value={count}
        />
        {error && <Notice kind="error">{error.message}</Notice>}
        <Checklist done={done} current={current} />
        {allDone && <Summary onStartOver={() => reset.setConfirming(true)} />}
        <StepDetail key={step.id} step={step} index={current} done={done} />
      </div>
      <div className="fg-guide__foot">
        {reset.failure && <Notice kind="error">{reset.failure}</Notice>}
        <Button disabled={reset.busy} onClick={() => reset.setConfirming(true)}>
          Reset
        </Button>
        <details className="fg-guide__versions">
          <summary>After FortiOS 6.0</summary>
          {versionNotes.map((n) => (
            <p key={n.version}>
              <strong>{n.version}:</strong> {n.text}
            </p>
          ))}
        </details>
      </div>
      <div className="fg-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {reset.confirming && (
        <Dialog
          title="Reset the guide"
          onClose={() => reset.setConfirming(false)}
          actions={
            <>
              <Button variant="primary" onClick={() => void reset.reset()}>
                OK
              </Button>
              <Button onClick={() => reset.setConfirming(false)}>Cancel</Button>
            </>
          }
        >
          <p>
            The device goes back to where the procedure starts (the {START_SCENARIO} scenario) and the guide
            to step 1. Every change made since is lost.
          </p>
        </Dialog>
      )}
      <Highlight skip={panel} />
    </aside>
  );
}
