/**
 * The CLI Console's and Configuration › Backup/Restore's calls. `cli` sends console lines to the
 * device's CLI (fgsim's `/api/v2/fgsim/cli`); `config` downloads and uploads the configuration file
 * through the 6.0 monitor calls `system/config/backup` and `system/config/restore`.
 */
import { fetchFromDevice, fileText, request } from './http';

/** What the device answered to one console line. */
export interface CliAnswer {
  /** The printed text, lines joined by `\n` (empty when nothing was printed). */
  output: string;
  /** The next prompt: `FGT60E (port1) # `, or `Do you want to continue? (y/n)`. */
  prompt: string;
  /** After `?`: the line to put back in the input. */
  input?: string;
  /** The console closes (`exit`) or the device went down and the console reconnects. */
  event?: 'exit' | 'reboot' | 'factoryreset';
}

export interface CliCompletion {
  line: string;
  candidates: string[];
}

const CLI = '/api/v2/fgsim/cli';
const BACKUP = '/api/v2/monitor/system/config/backup';
const RESTORE = '/api/v2/monitor/system/config/restore';

async function post<T>(url: string, body: unknown): Promise<T> {
  return (await request<T>('POST', url, { body })).results as T;
}

export const cli = {
  /** Types `line` (and Enter) into the console named `session`. A line ending in `?` asks for help. */
  run(session: string, line: string): Promise<CliAnswer> {
    return post<CliAnswer>(CLI, { session, line });
  },
  /** Tab. */
  complete(session: string, line: string): Promise<CliCompletion> {
    return post<CliCompletion>(`${CLI}/complete`, { session, line });
  },
  /** Ctrl-C: answers a pending y/n question with no. */
  interrupt(session: string): Promise<CliAnswer> {
    return post<CliAnswer>(`${CLI}/interrupt`, { session });
  },
};

/** UTF-8 text as base64, in slices so a large file does not overflow the argument list. */
function toBase64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** A downloaded configuration file: the device's file name (`FGT60E_20190115_0930.conf`) and text. */
export interface ConfigFile {
  fileName: string;
  text: string;
}

/** The file name the device gives in `Content-Disposition: attachment; filename="…"`. */
function attachmentName(response: Response): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  return /filename="?([^";]+)"?/.exec(header)?.[1] ?? 'fortigate.conf';
}

export const config = {
  /** The configuration file (`#config-version=…` then `show full-configuration`). */
  async backup(): Promise<string> {
    return (await config.backupFile()).text;
  },
  /** The configuration file with the name the device gives it. */
  async backupFile(): Promise<ConfigFile> {
    const response = await fetchFromDevice(`${BACKUP}?scope=global`, { credentials: 'same-origin' });
    return { fileName: attachmentName(response), text: await fileText(response) };
  },
  /**
   * Whether a restore (an uploaded file or a revision) reboots the unit now: `system global`
   * `reboot-upon-config-restore`, as the device has it (docs/fortios-6.0.md §3.2).
   */
  async restoreReboots(): Promise<boolean> {
    const global = (
      await request<Record<string, unknown>>('GET', '/api/v2/cmdb/system/global', {
        query: { format: 'reboot-upon-config-restore' },
      })
    ).results;
    return global?.['reboot-upon-config-restore'] !== 'disable';
  },
  /** Applies a configuration file as one change; throws `ApiError` (nothing changed) when refused. */
  async restore(text: string): Promise<void> {
    await request('POST', RESTORE, {
      body: { source: 'upload', scope: 'global', file_content: toBase64(text) },
    });
  },
};
