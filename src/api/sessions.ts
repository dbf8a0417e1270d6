/**
 * Logged-in GUI sessions: the value of the `APSCOOKIE_…` cookie → the CSRF token writes must carry.
 * In Node they live in memory; in the browser in memory and localStorage, so a reload (or a second
 * tab) keeps the session its cookie names, as a real device does until the admin timeout.
 */
export interface Session {
  id: string;
  csrf: string;
  user: string;
  /** When the session was last used (ms, by the host's auth clock): `admintimeout` counts from here. */
  seen: number;
}

/** A stored value that is a whole session (storage may hold anything: older builds, other code). */
export function isSession(s: unknown): s is Session {
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
export const MAX_SESSIONS = 256;

export interface SessionStore {
  get(id: string): Session | undefined;
  add(session: Session): void;
  remove(id: string): void;
}

export class MemorySessions implements SessionStore {
  private readonly sessions = new Map<string, Session>();
  get(id: string): Session | undefined {
    return this.sessions.get(id);
  }
  add(session: Session): void {
    this.sessions.delete(session.id);
    this.sessions.set(session.id, session);
    for (const id of this.sessions.keys()) {
      if (this.sessions.size <= MAX_SESSIONS) break;
      this.sessions.delete(id);
    }
  }
  remove(id: string): void {
    this.sessions.delete(id);
  }
}

export const SESSIONS_KEY = 'fgsim.sessions';

/**
 * Sessions kept in memory and, where the browser lets it, in a Web Storage area too, read on every
 * request so other tabs' logins count. Storage is a convenience, never a condition: a full or
 * refusing storage area leaves a login in this page's memory, so the right password always logs in.
 */
export class StoredSessions implements SessionStore {
  private readonly memory = new MemorySessions();
  private readonly removed = new Set<string>();

  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem'> | null,
    private readonly key = SESSIONS_KEY,
  ) {}

  private all(): Record<string, Session> {
    try {
      const parsed: unknown = JSON.parse(this.storage?.getItem(this.key) ?? '{}');
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
        ? (parsed as Record<string, Session>)
        : {};
    } catch {
      return {};
    }
  }

  private write(sessions: Record<string, Session>): void {
    try {
      this.storage?.setItem(this.key, JSON.stringify(sessions));
    } catch {
      // Full or refused: the session lives on in this page's memory.
    }
  }

  get(id: string): Session | undefined {
    const own = this.memory.get(id);
    if (own) return own;
    if (this.removed.has(id)) return undefined;
    const stored = this.all();
    const s = Object.hasOwn(stored, id) ? stored[id] : undefined;
    return isSession(s) && s.id === id ? s : undefined;
  }
  add(session: Session): void {
    this.memory.add(session);
    this.removed.delete(session.id);
    const { [session.id]: _old, ...rest } = this.all();
    const kept = Object.values(rest)
      .filter(isSession)
      .sort((a, b) => b.seen - a.seen)
      .slice(0, MAX_SESSIONS - 1);
    const next: Record<string, Session> = Object.create(null) as Record<string, Session>;
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
