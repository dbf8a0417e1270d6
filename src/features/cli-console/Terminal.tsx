/**
 * The terminal inside the CLI Console panel: the scrollback (plain text, selectable) and the input line
 * after the device's prompt. Keys as on the device: Enter runs the line, ↑/↓ recall earlier lines, Tab
 * completes, `?` asks for help at once (no Enter), Ctrl-C aborts the line or a pending y/n question
 * (with text selected it copies instead), and `y`/`n` answer a y/n question at a keystroke. A
 * multi-line paste runs line by line. Keys typed while a line is on its way wait in the input, as a
 * terminal holds them, and a y/n question that then comes reads its answer from them.
 */
import {
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type KeyboardEvent,
} from 'react';
import { complete, help, interrupt, submit } from './console-actions';
import { useCliHistory, useCliTranscript } from './console-store';
import { inOpenQuote, isQuestion, splitPaste } from './scrollback';

/** Where ↑/↓ are in the history, and the line that was being typed before the first ↑. */
interface Recall {
  index: number;
  draft: string;
}

const plainKey = (e: KeyboardEvent) => !e.ctrlKey && !e.metaKey && !e.altKey;

function hasSelection(input: HTMLInputElement): boolean {
  if (input.selectionStart !== input.selectionEnd) return true;
  return (window.getSelection()?.toString() ?? '') !== '';
}

export function Terminal() {
  const lines = useCliTranscript((s) => s.lines);
  const prompt = useCliTranscript((s) => s.prompt);
  const status = useCliTranscript((s) => s.status);
  const entries = useCliHistory((s) => s.entries);
  const [value, setValueState] = useState('');
  const valueRef = useRef('');
  const recall = useRef<Recall | null>(null);
  const screenRef = useRef<HTMLDivElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const promptId = useId();
  const keysId = useId();
  const text = useMemo(() => lines.join('\n'), [lines]);
  const question = isQuestion(prompt);

  const setValue = (next: string): void => {
    valueRef.current = next;
    setValueState(next);
  };

  /** Puts an answer (Tab, `?`) into the input unless the line was changed while it was on its way. */
  const replaceIfStill = (expected: string) => (next: string) => {
    if (valueRef.current === expected) setValue(next);
  };

  // The device reads a y/n answer as the next keystroke, typed ahead or not: a `y` or `n` typed while
  // the line that asks was still on its way answers the question when it comes.
  useEffect(() => {
    if (!question) return;
    const typed = valueRef.current;
    const key = typed.charAt(0);
    if (!/^[yn]$/i.test(key)) return;
    valueRef.current = typed.slice(1);
    setValueState(valueRef.current);
    void submit(key);
  }, [question]);

  useLayoutEffect(() => {
    const screen = screenRef.current;
    if (screen) screen.scrollTop = screen.scrollHeight;
  }, [text, prompt, status]);

  const run = (line: string): void => {
    recall.current = null;
    setValue('');
    void submit(line);
  };

  const move = (step: -1 | 1): void => {
    if (entries.length === 0) return;
    const at = recall.current;
    if (!at) {
      if (step === 1) return;
      recall.current = { index: entries.length - 1, draft: value };
    } else if (at.index + step >= entries.length) {
      recall.current = null;
      setValue(at.draft);
      return;
    } else recall.current = { index: Math.max(0, at.index + step), draft: at.draft };
    setValue(entries[recall.current.index] ?? '');
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'Enter' && plainKey(e)) {
      e.preventDefault();
      run(value);
    } else if (e.key === 'Tab' && plainKey(e) && !e.shiftKey) {
      e.preventDefault();
      if (!question) void complete(value).then(replaceIfStill(value));
    } else if ((e.key === 'ArrowUp' || e.key === 'ArrowDown') && plainKey(e)) {
      e.preventDefault();
      move(e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.ctrlKey && !e.metaKey && !e.altKey && e.key.toLowerCase() === 'c') {
      if (hasSelection(e.currentTarget)) return;
      e.preventDefault();
      recall.current = null;
      setValue('');
      void interrupt(value);
    } else if (e.key === '?' && !question && !inOpenQuote(value)) {
      e.preventDefault();
      setValue('');
      void help(value).then(replaceIfStill(''));
    } else if (question && value === '' && plainKey(e) && /^[yn]$/i.test(e.key)) {
      // The device reads the answer to a y/n question as one keystroke, without Enter.
      e.preventDefault();
      run(e.key);
    }
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>): void => {
    const pasted = e.clipboardData.getData('text/plain');
    if (!/[\r\n]/.test(pasted)) return;
    e.preventDefault();
    const input = e.currentTarget;
    const merged =
      value.slice(0, input.selectionStart ?? value.length) +
      pasted +
      value.slice(input.selectionEnd ?? value.length);
    const { run: ready, rest } = splitPaste(merged);
    recall.current = null;
    setValue(rest);
    for (const line of ready) void submit(line);
  };

  /** A click in the terminal types into it, unless it selected text to copy. */
  const onScreenClick = (): void => {
    if ((window.getSelection()?.toString() ?? '') === '') inputRef.current?.focus();
  };

  const waiting = status === 'connecting' || status === 'reconnecting';

  return (
    <div ref={screenRef} className="fg-cli__screen" onClick={onScreenClick}>
      <pre className="fg-cli__scrollback" role="log" aria-label="CLI Console output">
        {text}
      </pre>
      <div className="fg-cli__line">
        <span id={promptId} className={waiting ? 'fg-cli__prompt fg-cli__prompt--waiting' : 'fg-cli__prompt'}>
          {status === 'reconnecting' ? 'Reconnecting…' : waiting && !prompt ? 'Connecting…' : prompt}
        </span>
        <input
          ref={inputRef}
          className="fg-cli__input"
          type="text"
          aria-label="CLI Console input"
          aria-describedby={`${promptId} ${keysId}`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          onKeyDown={onKeyDown}
          onPaste={onPaste}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          autoCorrect="off"
        />
      </div>
      <p id={keysId} className="fg-visually-hidden">
        Enter runs the line, up and down arrows recall earlier lines, Tab completes, a question mark lists
        what may follow, Control+C aborts. Shift+Tab leaves the console, Escape closes it.
      </p>
    </div>
  );
}
