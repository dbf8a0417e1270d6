/**
 * Logging in as 6.0 does it, one implementation for the in-tab device and served mode.
 *
 * - Credentials are device state: the `system admin` row's `password`, kept as 6.0's one-way `SH2`
 *   hash and checked against it (src/device/admin-password.ts; the factory `admin` has an empty one) and its `trusthost1`..`trusthost10` and `ip6-trusthost1`..`ip6-trusthost10` (a login from outside them fails like a wrong
 *   password). API users' keys are `system api-user` rows' `api-key`, good only from the user's
 *   `config trusthost` rows (`apiUserTrusted`).
 * - Lockout (`system global` `admin-lockout-threshold`, default 3, and `admin-lockout-duration`,
 *   default 60 s): the threshold-th failed login from one address locks that address out for the
 *   duration; while locked out every login from it — even with the right password — answers `2`
 *   ("Admin is now locked out", FortiOS REST API Reference, "Setting Up an Authenticated Session").
 * - Sessions: several at once per admin (`admin-concurrent enable`, the 6.0 default: a new login
 *   never ends another); a session idle for longer than `admintimeout` minutes (default 5) is over.
 *
 * Time: the host's auth clock. Served mode injects a real clock (the device's own). The in-tab device
 * keeps its fixed clock for everything the screens show, and times sessions and lockouts by the wall
 * clock, so a lockout ends and an idle session expires there too (a fixed clock would lock an address
 * out forever and never expire a session). **Decision**: the scenarios keep 6.0's defaults
 * (`admintimeout 5`, threshold 3, duration 60).
 */
import { verifyAdminPassword, type Device, type Row } from '../device';
import { ipv6Groups } from '../device/ipv6';
import { CSRF_HEADER, PEER_HEADER } from './credentials';
import type { DeviceHost } from './host';
import { newToken, type LoginSession } from './login-sessions';

export type LoginOutcome =
  | { kind: 'ok'; session: LoginSession }
  | { kind: 'failed' }
  /** This address is locked out (the failure that reached the threshold, and every try until it ends). */
  | { kind: 'locked' };

/** Addresses whose failures are counted at most (oldest forgotten first), so no input grows memory. */
const MAX_ADDRESSES = 10_000;
/** A session's `seen` is stored again only when it moved by this much (the browser stores sessions). */
const TOUCH_MS = 5_000;

interface Failures {
  count: number;
  lockedUntil: number;
}

function globalNumber(device: Device, field: string, fallback: number): number {
  const v = device.single('system global')[field];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

function ipv4(text: string): number | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text.replace(/^::ffff:/, ''));
  if (!m) return null;
  const parts = m.slice(1).map(Number);
  if (parts.some((p) => p > 255)) return null;
  return ((parts[0]! << 24) | (parts[1]! << 16) | (parts[2]! << 8) | parts[3]!) >>> 0;
}

/**
 * The trusted hosts that restrict, by family: IPv4 `[network, mask]` pairs and IPv6 `[groups, length]`
 * prefixes. `0.0.0.0 0.0.0.0` and `::/0` (the defaults) restrict nothing, nor does a value that does not
 * parse; a family with none is open.
 */
interface TrustedHosts {
  v4: Array<[number, number]>;
  v6: Array<[number[], number]>;
}

function addIpv4(hosts: TrustedHosts, text: string): void {
  const [ip = '', mask = ''] = text.split(' ');
  const net = ipv4(ip);
  const bits = ipv4(mask);
  if (net === null || bits === null) return;
  if (bits === 0 && net === 0) return;
  hosts.v4.push([net, bits]);
}

function addIpv6(hosts: TrustedHosts, text: string): void {
  const [net = '', length = '0'] = text.split('/');
  const groups = ipv6Groups(net);
  if (!groups || Number(length) === 0) return;
  hosts.v6.push([groups, Number(length)]);
}

/** An admin's: `trusthost1`..`trusthost10` and `ip6-trusthost1`..`ip6-trusthost10`. */
function adminHosts(admin: Row): TrustedHosts {
  const hosts: TrustedHosts = { v4: [], v6: [] };
  for (let i = 1; i <= 10; i++) {
    addIpv4(hosts, String(admin[`trusthost${i}`] ?? '0.0.0.0 0.0.0.0'));
    addIpv6(hosts, String(admin[`ip6-trusthost${i}`] ?? '::/0'));
  }
  return hosts;
}

/**
 * An API user's: its `config trusthost` rows, each the address its `type` names (`ipv4-trusthost`, the
 * default, or `ipv6-trusthost`; the 6.0.0 CLI reference, docs/fortios-6.0.md §4.8).
 */
function apiUserHosts(user: Row): TrustedHosts {
  const hosts: TrustedHosts = { v4: [], v6: [] };
  const rows = Array.isArray(user['trusthost']) ? (user['trusthost'] as Row[]) : [];
  for (const row of rows) {
    if (row['type'] === 'ipv6-trusthost') addIpv6(hosts, String(row['ipv6-trusthost'] ?? '::/0'));
    else addIpv4(hosts, String(row['ipv4-trusthost'] ?? '0.0.0.0 0.0.0.0'));
  }
  return hosts;
}

/** Whether the first `length` bits of two addresses' groups agree. */
function samePrefix(a: readonly number[], b: readonly number[], length: number): boolean {
  for (let i = 0, left = length; left > 0; i++, left -= 16) {
    const bits = Math.min(16, left);
    const mask = (0xffff << (16 - bits)) & 0xffff;
    if (((a[i] ?? 0) & mask) !== ((b[i] ?? 0) & mask)) return false;
  }
  return true;
}

/**
 * Whether `address` is within `hosts`: an IPv4 client (an IPv4-mapped IPv6 one too) by the IPv4 hosts,
 * an IPv6 client by the IPv6 prefixes. Each family has its own list, so IPv4 hosts leave IPv6 open
 * while it has none (docs/fortios-6.0.md §4.6.3: "Default allows access from any IPv6 address"). The
 * in-tab device has no addresses (`null`): everything is trusted there.
 */
function within(hosts: TrustedHosts, address: string | null): boolean {
  if (address === null) return true;
  const mapped = address.replace(/^::ffff:/i, '');
  if (mapped.includes(':')) {
    if (hosts.v6.length === 0) return true;
    const at = ipv6Groups(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
    return at !== null && hosts.v6.some(([net, length]) => samePrefix(at, net, length));
  }
  if (hosts.v4.length === 0) return true;
  const at = ipv4(mapped);
  if (at === null) return false;
  return hosts.v4.some(([net, bits]) => (at & bits) >>> 0 === (net & bits) >>> 0);
}

/** Whether `address` may log in as `admin` by its trusted hosts (`within`). */
export function trusted(admin: Row, address: string | null): boolean {
  return within(hostsOf(admin, adminHosts), address);
}

/**
 * A row's trusted hosts, parsed once per row object: served mode asks every admin's on each
 * connection and request (`LoginGuard.admits`), and the device replaces a row's object on every change.
 */
const parsedHosts = new WeakMap<Row, TrustedHosts>();

function hostsOf(row: Row, parse: (row: Row) => TrustedHosts): TrustedHosts {
  let hosts = parsedHosts.get(row);
  if (!hosts) parsedHosts.set(row, (hosts = parse(row)));
  return hosts;
}

/**
 * Whether `address` may use `user`'s API key by the API user's trusted hosts (`within`). **Decision**
 * (docs/fortios-6.0.md §4.8): an API user with no trusted host row is open to every address, as an
 * admin at its defaults is; the REST API Reference's "At least one trusted host must be configured"
 * is the GUI's rule, and the CLI makes such a user.
 */
export function apiUserTrusted(user: Row, address: string | null): boolean {
  return within(hostsOf(user, apiUserHosts), address);
}

const KEY_ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** A 30-character API key like 6.0's (`fccys3cfbhyhqbqghkyzm1QGNnm31r`), from the platform's generator. */
export function newApiKey(): string {
  const out: string[] = [];
  while (out.length < 30) {
    for (const b of crypto.getRandomValues(new Uint8Array(32))) {
      // 248 = 4 × 62: rejecting the rest keeps every character equally likely.
      if (b < 248 && out.length < 30) out.push(KEY_ALPHABET[b % 62]!);
    }
  }
  return out.join('');
}

/** The session id inside an `APSCOOKIE_…` value (`"Era%3D0%26Payload%3D<id>%0A"`, or the bare id). */
export function sessionIdOf(cookieValue: string): string {
  const m = /Payload(?:=|%3D)([0-9a-f]{32})/i.exec(cookieValue);
  return (m?.[1] ?? cookieValue.replace(/^"|"$/g, '')).toLowerCase();
}

/** What a session opened now on `device` records of its boot. */
export function bootStamp(device: Device): Pick<LoginSession, 'boot' | 'opened'> {
  return { boot: device.state.bootTime, opened: device.clock.now() };
}

/**
 * Whether the device rebooted after the session was opened: its boot is another one, and it came up
 * no earlier than the session was opened. A real unit forgets every admin session when it reboots
 * (`execute reboot`, a factory reset, a configuration restore), so the GUI is back at its login page.
 * A device replaced by a scenario (the guide's Reset) booted before the session opened: the session
 * lives on, stamped with that device's boot.
 */
export function rebootedSince(session: Pick<LoginSession, 'boot' | 'opened'>, device: Device): boolean {
  const boot = device.state.bootTime;
  if (session.boot === undefined || session.opened === undefined) return false;
  return boot !== session.boot && boot >= session.opened;
}

/**
 * The key each API user's row last opened with: checking a key against its `SH2` hash costs about
 * 19 µs of SHA-256 in JavaScript per API user, on every request that carries one. The device replaces
 * a row's object whenever the row changes (a new key included), so an entry can never outlive the
 * hash it was checked against.
 */
const openedWith = new WeakMap<Row, string>();

function keyOpens(row: Row, key: string): boolean {
  if (openedWith.get(row) === key) return true;
  if (!verifyAdminPassword(String(row['api-key'] ?? ''), key)) return false;
  openedWith.set(row, key);
  return true;
}

export class LoginGuard {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly host: DeviceHost) {}

  /** The address a request comes from: the served mode's peer; the in-tab device has only one. */
  addressOf(request: Request): string | null {
    if (!this.host.options.served) return null;
    return request.headers.get(PEER_HEADER);
  }

  /**
   * Whether `address` may reach the device's admin services at all (HTTPS, and so REST with an API
   * key too, and SSH): the admins' trusted hosts are applied in the kernel's local-in policy, so an
   * address no admin trusts is dropped before any login or key is looked at, whatever an API user's
   * own trusted hosts say, and an admin with none opens every address (Technical Tip "System admin's
   * trusthost setting takes precedence over system API user's trusthost", docs/fortios-6.0.md §4.8).
   * The in-tab device has no addresses: everything is admitted there.
   */
  admits(address: string | null): boolean {
    if (address === null || address === '') return true;
    return this.host.device.rows('system admin').some((admin) => trusted(admin, address));
  }

  /** Checks a `/logincheck`; on success the new session is stored and returned. */
  attempt(username: string, password: string, address: string | null): LoginOutcome {
    const outcome = this.check(username, password, address);
    if (outcome !== 'ok') return { kind: outcome };
    const session: LoginSession = {
      id: newToken(),
      csrf: newToken().toUpperCase(),
      user: username,
      seen: this.host.now(),
      ...bootStamp(this.host.device),
    };
    this.host.loginSessions.add(session);
    return { kind: 'ok', session };
  }

  /**
   * Checks credentials against `system admin` and the lockout, counting a failure toward it — what
   * every door's login does (the SSH door's password prompt too), whatever session it then opens.
   */
  check(username: string, password: string, address: string | null): 'ok' | 'failed' | 'locked' {
    const device = this.host.device;
    const now = this.host.now();
    const key = address ?? 'local';
    const seen = this.failures.get(key);
    if (seen && seen.lockedUntil > now) return 'locked';

    const admin = username === '' ? undefined : device.find('system admin', username);
    const ok =
      !!admin && verifyAdminPassword(String(admin['password'] ?? ''), password) && trusted(admin, address);
    if (ok) {
      this.failures.delete(key);
      return 'ok';
    }

    const threshold = globalNumber(device, 'admin-lockout-threshold', 3);
    const duration = globalNumber(device, 'admin-lockout-duration', 60);
    const count = (seen && seen.lockedUntil <= now && seen.lockedUntil !== 0 ? 0 : (seen?.count ?? 0)) + 1;
    this.failures.delete(key);
    if (count >= threshold) {
      this.failures.set(key, { count: 0, lockedUntil: now + duration * 1000 });
    } else {
      this.failures.set(key, { count, lockedUntil: 0 });
    }
    for (const k of this.failures.keys()) {
      if (this.failures.size <= MAX_ADDRESSES) break;
      this.failures.delete(k);
    }
    return count >= threshold ? 'locked' : 'failed';
  }

  /**
   * The live session a request's `APSCOOKIE_…` cookies name, if any: not idle past `admintimeout`,
   * its admin still configured. A write prefers the session whose CSRF token the request carries.
   */
  sessionOf(request: Request, cookies: Record<string, string>): LoginSession | undefined {
    const device = this.host.device;
    const now = this.host.now();
    const idleMs = globalNumber(device, 'admintimeout', 5) * 60_000;
    const sent = request.headers.get(CSRF_HEADER)?.replace(/^"|"$/g, '');
    let first: LoginSession | undefined;
    for (const [name, value] of Object.entries(cookies)) {
      if (!name.startsWith('APSCOOKIE_')) continue;
      const id = sessionIdOf(value);
      const session = this.host.loginSessions.get(id);
      if (!session) continue;
      if (
        now - session.seen > idleMs ||
        !device.find('system admin', session.user) ||
        rebootedSince(session, device)
      ) {
        this.host.loginSessions.remove(id);
        continue;
      }
      const onBoot = session.boot === device.state.bootTime ? session : { ...session, ...bootStamp(device) };
      const live = now - onBoot.seen >= TOUCH_MS ? { ...onBoot, seen: now } : onBoot;
      if (live !== session) this.host.loginSessions.add(live);
      if (sent !== undefined && live.csrf === sent) return live;
      first ??= live;
    }
    return first;
  }

  /**
   * The API user whose key this is, if any (an empty key opens nothing). The device keeps only each
   * key's `SH2` hash, as 6.0.4 does (docs/fortios-6.0.md §4.8): the key given is checked against it.
   * A key from an address outside the user's trusted hosts opens nothing either, so it is answered
   * as a wrong key is (401): a 6.0 unit logs "Peer not trusted" and answers "401 Authorization
   * Required" (fortinetdev/terraform-provider-fortios issue #47, docs §4.8).
   */
  apiUserOf(key: string, address: string | null): string | undefined {
    if (key === '') return undefined;
    for (const row of this.host.device.rows('system api-user'))
      if (keyOpens(row, key)) return apiUserTrusted(row, address) ? String(row['name']) : undefined;
    return undefined;
  }
}
