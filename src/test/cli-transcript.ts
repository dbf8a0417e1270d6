/**
 * Replaying a console transcript against a session, for tests. A transcript is what the console
 * shows: each input line is the prompt followed by what was typed, then the lines the device printed;
 * it ends with the last prompt. `replay` types each input into the session and writes down what the
 * session really answers, so a test compares the two texts byte for byte.
 */
import type { CliSession } from '../device/cli/cli-session';

export function replay(session: CliSession, transcript: string): string {
  const expected = transcript.split('\n');
  const actual: string[] = [];
  let i = 0;
  while (i < expected.length) {
    const prompt = session.prompt();
    const line = expected[i] as string;
    if (!line.startsWith(prompt)) {
      actual.push(`${prompt}<the transcript expects another prompt here>`);
      break;
    }
    const input = line.slice(prompt.length);
    if (i === expected.length - 1 && input === '') {
      actual.push(prompt);
      break;
    }
    const { output } = session.run(input);
    const printed = output === '' ? [] : output.split('\n');
    actual.push(line, ...printed);
    i += 1 + printed.length;
  }
  return actual.join('\n');
}
