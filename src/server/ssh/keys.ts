/**
 * Terminal input as keys. An SSH client in a terminal sends what the user types as bytes: printable
 * text, control characters (Ctrl-C is 0x03) and escape sequences for the arrow keys (`ESC [ A`). A
 * sequence may be split across two packets, so the reader keeps an unfinished one for the next chunk.
 */
export type Key =
  | { kind: 'text'; text: string }
  | {
      kind:
        | 'enter'
        | 'backspace'
        | 'delete'
        | 'tab'
        | 'up'
        | 'down'
        | 'left'
        | 'right'
        | 'home'
        | 'end'
        | 'interrupt'
        | 'kill-line'
        | 'eof';
    };

const CSI: Record<string, Key['kind']> = {
  A: 'up',
  B: 'down',
  C: 'right',
  D: 'left',
  H: 'home',
  F: 'end',
  '1~': 'home',
  '7~': 'home',
  '4~': 'end',
  '8~': 'end',
  '3~': 'delete',
};

/** Ctrl keys of the FortiOS CLI: Ctrl-A/E line ends, Ctrl-B/F move, Ctrl-P/N history, Ctrl-D delete. */
const CONTROL: Record<number, Key['kind']> = {
  0x01: 'home',
  0x02: 'left',
  0x03: 'interrupt',
  0x04: 'eof',
  0x05: 'end',
  0x06: 'right',
  0x08: 'backspace',
  0x09: 'tab',
  0x0a: 'enter',
  0x0d: 'enter',
  0x0e: 'down',
  0x10: 'up',
  0x15: 'kill-line',
  0x7f: 'backspace',
};

export class KeyReader {
  private pending = '';
  private lastWasCr = false;

  /** The keys in `chunk`, with a trailing unfinished escape sequence kept for the next call. */
  read(chunk: string): Key[] {
    const data = this.pending + chunk;
    this.pending = '';
    const keys: Key[] = [];
    let text = '';
    const flush = (): void => {
      if (text) keys.push({ kind: 'text', text });
      text = '';
    };
    let i = 0;
    while (i < data.length) {
      const ch = data[i] as string;
      const code = ch.charCodeAt(0);
      if (ch === '\x1b') {
        const rest = data.slice(i);
        // eslint-disable-next-line no-control-regex -- terminal escape sequences start with ESC
        const m = /^\x1b[[O]([0-9;]*)([A-Za-z~])/.exec(rest);
        if (!m) {
          // A lone ESC at the end may be the start of a sequence still on its way.
          // eslint-disable-next-line no-control-regex -- as above
          if (/^\x1b([[O][0-9;]*)?$/.test(rest)) {
            flush();
            this.pending = rest;
            return keys;
          }
          i += 1;
          continue;
        }
        flush();
        const [all, digits = '', final = ''] = m;
        const kind = CSI[final === '~' ? `${digits}~` : final];
        if (kind) keys.push({ kind } as Key);
        i += all.length;
        continue;
      }
      if (code === 0x0a && this.lastWasCr) {
        // CR LF from a client that sends both is one Enter.
        this.lastWasCr = false;
        i += 1;
        continue;
      }
      this.lastWasCr = code === 0x0d;
      const control = CONTROL[code];
      if (control) {
        flush();
        keys.push({ kind: control } as Key);
      } else if (code >= 0x20) {
        text += ch;
      }
      i += 1;
    }
    flush();
    return keys;
  }
}
