/**
 * The CLI Console panel, docked at the bottom of the shell and opened with the header's `>_` button.
 * It lives in the layout, not in a route, so it stays open while navigating.
 *
 * Accessible names (stable: the walkthrough and the e2e journeys target them):
 *   region    "CLI Console"          the panel
 *   textbox   "CLI Console input"    the command line (focused when the panel opens)
 *   log       "CLI Console output"   the scrollback
 *   separator "Resize CLI Console"   the top edge (↑/↓ resize)
 *   buttons   "Copy", "Clear", "Close CLI Console"
 *
 * Escape anywhere in the panel closes it; focus goes back where it was when the panel opened (the
 * `>_` button).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Icon } from '../../ui';
import './cli-console.css';
import { connect } from './console-actions';
import { useCliTranscript } from './console-store';
import { ResizeHandle, usePanelHeight } from './ResizeHandle';
import { Terminal } from './Terminal';

export interface CliConsoleProps {
  /** Closes the panel (the layout store's `consoleOpen`). */
  onClose: () => void;
}

/** The scrollback and the prompt line, as the Copy button puts them on the clipboard. */
function transcriptText(): string {
  const { lines, prompt } = useCliTranscript.getState();
  return [...lines, prompt].join('\n');
}

export function CliConsole({ onClose }: CliConsoleProps) {
  const panel = useRef<HTMLElement>(null);
  const { height } = usePanelHeight();
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void connect();
    return () => useCliTranscript.getState().setStatus('closed');
  }, []);

  useEffect(() => {
    const element = panel.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element?.querySelector<HTMLInputElement>('.fg-cli__input')?.focus();
    return () => {
      const now = document.activeElement;
      const lost = !now || now === document.body || !now.isConnected || element?.contains(now);
      if (lost && before?.isConnected) before.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    onClose();
  };

  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(transcriptText());
      setNotice('Copied to the clipboard.');
    } catch {
      setNotice('The browser did not allow copying; select the text and copy it instead.');
    }
  };

  return (
    <section ref={panel} className="fg-cli" aria-label="CLI Console" style={{ height }} onKeyDown={onKeyDown}>
      <ResizeHandle />
      <div className="fg-cli__bar">
        <h2 className="fg-cli__title">
          <Icon name="console" size={14} /> CLI Console
        </h2>
        <span className="fg-cli__notice" role="status">
          {notice}
        </span>
        <button type="button" className="fg-cli__bar-button" onClick={() => void copy()}>
          Copy
        </button>
        <button
          type="button"
          className="fg-cli__bar-button"
          onClick={() => {
            useCliTranscript.getState().clear();
            setNotice('');
          }}
        >
          Clear
        </button>
        <button
          type="button"
          className="fg-cli__bar-button fg-cli__bar-button--icon"
          aria-label="Close CLI Console"
          title="Close"
          onClick={onClose}
        >
          <Icon name="close" size={14} />
        </button>
      </div>
      <Terminal />
    </section>
  );
}
