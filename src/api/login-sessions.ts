/**
 * Login sessions (a `/logincheck` that succeeded): the value of the `APSCOOKIE_…` cookie → the CSRF
 * token writes must carry. Not the CLI's sessions (device/cli/cli-session.ts, api/handlers/cli.ts).
 * In Node they live in memory; in the browser in memory and localStorage, so a reload (or a second
 * tab) keeps the session its cookie names, as a real device does until the admin timeout.
 */
export interface LoginSession {
  id: string;
  csrf: string;
  user: string;
  /** When the session was last used (ms, by the host's auth clock): `admintimeout` counts from here. */
  seen: number;
  /**
   * The device's boot the session lives on (`bootTime`), and when it was opened by the device's
   * clock: a reboot after that ends it (api/login.ts `rebootedSince`). Absent in sessions stored by an
   * older fgsim: they are stamped on their next use.
   */
  boot?: number;
  opened?: number;
}

/** A stored value that is a whole session (storage may hold anything: older builds, other code). */
export function isLoginSession(s: unknown): s is LoginSession {
  if (typeof s !== 'object' || s === null) return false;
  const v = s as Record<string, unknown>;
  return (
    typeof v['id'] === 'string' &&
    typeof v['csrf'] === 'string' &&
    typeof v['user'] === 'string' &&
    typeof v['seen'] === 'number'
  );
}

/** Sessions kept at most; the least recently used go first (6.0 limits admin sessions too). */
export const MAX_LOGIN_SESSIONS = 256;

export interface LoginSessionStore {
  get(id: string): LoginSession | undefined;
  add(session: LoginSession): void;
  remove(id: string): void;
}

export class MemoryLoginSessions implements LoginSessionStore {
  private readonly sessions = new Map<string, LoginSession>();
  get(id: string): LoginSession | undefined {
    return this.sessions.get(id);
  }
  add(session: LoginSession): void {
    this.sessions.delete(session.id);
    this.sessions.set(session.id, session);
    for (const id of this.sessions.keys()) {
      if (this.sessions.size <= MAX_LOGIN_SESSIONS) break;
      this.sessions.delete(id);
    }
  }
  remove(id: string): void {
    this.sessions.delete(id);
  }
}

export const LOGIN_SESSIONS_KEY = 'fgsim.sessions';

/**
 * Sessions kept in memory and, where the browser lets it, in a Web Storage area too, read on every
 * request so other tabs' logins count. Storage is a convenience, never a condition: a full or
 * refusing storage area leaves a login in this page's memory, so the right password always logs in.
 */
export class StoredLoginSessions implements LoginSessionStore {
  private readonly memory = new MemoryLoginSessions();
  private readonly removed = new Set<string>();

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null,
    private readonly key = LOGIN_SESSIONS_KEY,
  ) {}

  private all(): Record<string, LoginSession> {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '{}');
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, LoginSession>)
        : {};
    } catch {
      return {};
    }
  }

  private write(sessions: Record<string, LoginSession>): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(sessions));
    } catch {
      // Full or refused: the session lives on in this page's memory.
    }
  }

  get(id: string): LoginSession | undefined {
    const own = this.memory.get(id);
    if (own) return own;
    if (this.removed.has(id)) return undefined;
    const stored = this.all();
    const s = Object.hasOwn(stored, id) ? stored[id] : undefined;
    return isLoginSession(s) && s.id === id ? s : undefined;
  }
  add(session: LoginSession): void {
    this.memory.add(session);
    this.removed.delete(session.id);
    const { [session.id]: _old, ...rest } = this.all();
    const kept = Object.values(rest)
      .filter(isLoginSession)
      .sort((a, b) => b.seen - a.seen)
      .slice(0, MAX_LOGIN_SESSIONS - 1);
    const next: Record<string, LoginSession> = Object.create(null) as Record<string, LoginSession>;
    for (const s of kept) next[s.id] = s;
    next[session.id] = session;
    this.write(next);
  }
  remove(id: string): void {
    this.memory.remove(id);
    this.removed.add(id);
    const { [id]: _gone, ...rest } = this.all();
    this.write(rest);
  }
}

/** 32 hex digits from the platform's generator. Sessions are not device state, so rule 2 does not apply. */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
