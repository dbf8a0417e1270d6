/**
 * What the console does with a line, a Tab, a `?` or a Ctrl-C: it asks the CLI door through the client
 * (never the device itself) and writes the answer into the transcript store. Everything goes through
 * one queue, so a multi-line paste runs line by line in order and a Tab waits for the line before it.
 *
 * The echo follows the device: the prompt and the typed line (`FGT60E # show`, or
 * `Do you want to continue? (y/n)n` for an answer), then what the device printed.
 */
import { cli, type CliAnswer } from '../../client';
import { useCliHistory, useCliTranscript } from './console-store';
import { columns, isQuestion } from './scrollback';

/** How long the console stays disconnected after `execute reboot` / `factoryreset` before reconnecting. */
export const RECONNECT_DELAY_MS = 1200;

let queue: Promise<void> = Promise.resolve();
/** Bumped by Ctrl-C: lines queued before it (the rest of a paste) are dropped. */
let generation = 0;

function enqueue<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job);
  queue = run.then(
    () => undefined,
    () => undefined,
  );
  return run;
}

const transcript = () => useCliTranscript.getState();
const sessionId = () => useCliHistory.getState().sessionId;

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The device did not answer (logged out, unreachable): say so in the console and keep the prompt. */
function printFailure(e: unknown): void {
  const reason = e instanceof Error ? e.message : String(e);
  transcript().print(`Connection to the device failed: ${reason}`);
}

/**
 * Shows what the device answered to the console session `session`. A console ended meanwhile (the
 * login session ended: a reboot the answer reports ends it, and the GUI may learn that first) shows
 * nothing of it: the next login starts a clean console.
 */
async function show(answer: CliAnswer, session: string): Promise<void> {
  if (sessionId() !== session) return;
  if (answer.output !== '') transcript().print(answer.output);
  transcript().setPrompt(answer.prompt);
  if (answer.event) await reconnect();
}

/** Ctrl-C at the door: a fresh prompt, and "no" to a pending y/n question. */
async function freshPrompt(): Promise<void> {
  const session = sessionId();
  try {
    await show(await cli.interrupt(session), session);
    if (sessionId() === session) transcript().setStatus('ready');
  } catch (e) {
    if (sessionId() === session) printFailure(e);
  }
}

/** After the device went down (`execute reboot`, `factoryreset`) or `exit`: a clean screen, a new prompt. */
async function reconnect(): Promise<void> {
  const session = sessionId();
  transcript().setStatus('reconnecting');
  await wait(RECONNECT_DELAY_MS);
  // The reboot ended the login session too and the console with it (login-store `expired`): nothing
  // to reconnect to until the next login.
  if (sessionId() !== session) return;
  transcript().clear();
  await freshPrompt();
}

/**
 * Opens the console: learns the prompt (the transcript of an earlier opening stays). The job waits
 * its turn in the queue (behind a reconnect's pause after `execute factoryreset`, say); if the console
 * it was asked for has ended meanwhile (a logout, or a reboot the GUI learned of: a new session name),
 * it does nothing — asked for a session that is gone, the door would answer 401 and the console would
 * print that failure into the next login's fresh transcript. The next opening connects.
 */
export function connect(): Promise<void> {
  const asked = sessionId();
  return enqueue(async () => {
    if (sessionId() !== asked) return;
    if (transcript().status === 'ready') return;
    transcript().setStatus('connecting');
    await freshPrompt();
  });
}

/** Enter: runs `line` (or answers the pending y/n question with it). */
export function submit(line: string): Promise<void> {
  const mine = generation;
  return enqueue(async () => {
    if (mine !== generation) return;
    const { prompt, print } = transcript();
    print(prompt + line);
    if (!isQuestion(prompt)) useCliHistory.getState().remember(line);
    const session = sessionId();
    try {
      await show(await cli.run(session, line), session);
    } catch (e) {
      if (sessionId() === session) printFailure(e);
    }
  });
}

/** `?`: what may follow `line`; answers the line to put back in the input. */
export function help(line: string): Promise<string> {
  return enqueue(async () => {
    const { prompt, print } = transcript();
    print(prompt + line);
    const session = sessionId();
    try {
      const answer = await cli.run(session, `${line}?`);
      await show(answer, session);
      return answer.input ?? line;
    } catch (e) {
      if (sessionId() === session) printFailure(e);
      return line;
    }
  });
}

/** Tab: completes `line` as far as the device is sure; several candidates are listed. */
export function complete(line: string): Promise<string> {
  return enqueue(async () => {
    const session = sessionId();
    try {
      const answer = await cli.complete(session, line);
      if (answer.candidates.length > 1) {
        const { prompt, print } = transcript();
        print(prompt + line);
        print(columns(answer.candidates).join('\n'));
      }
      return answer.line;
    } catch (e) {
      if (sessionId() === session) printFailure(e);
      return line;
    }
  });
}

/**
 * Ctrl-C: drops `line` and any lines still queued, and aborts a pending y/n question. The dropped line
 * is echoed with `^C`, as a terminal shows it, so it does not read as a line that ran.
 */
export function interrupt(line: string): Promise<void> {
  generation++;
  return enqueue(async () => {
    transcript().print(`${transcript().prompt}${line}^C`);
    await freshPrompt();
  });
}
