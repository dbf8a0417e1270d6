/**
 * Holds the device the REST door answers for. The CLI's `execute factoryreset`, a scenario switch or
 * another tab's change replace it with a new `Device`; listeners (persistence, the revision broadcast) hear of
 * every commit of whichever device is current. The host also keeps who is logged in (`loginSessions`) and
 * the failed-login counts (`logins`, ./login.ts), which are not device configuration.
 */
import type { Clock, Device } from '../device';
import { LoginGuard } from './login';
import type { LoginSessionStore } from './login-sessions';

export type HostListener = (device: Device) => void;

export interface HostOptions {
  /**
   * The clock sessions and lockouts are timed by. Served mode gives its real clock (the device's own);
   * the in-tab device gives the wall clock while the device keeps its fixed one (see ./login.ts).
   * Default: the device's clock.
   */
  authClock?: Clock;
  /** Whether the documented test token (credentials.ts) opens the API: the in-browser device and tests only. */
  testToken?: boolean;
  /** Served over real HTTP: cookies are `HttpOnly` (and `Secure` over HTTPS), as 6.0 sets them. */
  served?: boolean;
  /** Where `execute api-user generate-key` gets its randomness (a key must not be predictable). */
  newKey?: () => string;
  /**
   * The `<n>` of the `APSCOOKIE_<n>` and `ccsrftoken_<n>` cookies this device sets (default
   * credentials.ts `COOKIE_SUFFIX`). A browser sends a host's cookies to every port of it, so the
   * seats of a class (src/server/seats.ts) each set their own, and logging in to one seat does not
   * replace another seat's session cookie.
   */
  cookieSuffix?: string;
  /**
   * A key the process that holds the host reads the device with (the trainer's view reading each
   * seat, src/server/seats.ts): random per process, never shown, never a device's API user.
   */
  internalKey?: string;
}

export class DeviceHost {
  private current: Device;
  private unsubscribe: () => void;
  private readonly listeners = new Set<HostListener>();
  readonly logins: LoginGuard;

  constructor(
    device: Device,
    readonly loginSessions: LoginSessionStore,
    readonly options: HostOptions = {},
  ) {
    this.current = device;
    this.unsubscribe = device.subscribe((d) => this.emit(d));
    this.logins = new LoginGuard(this);
  }

  get device(): Device {
    return this.current;
  }

  /** Milliseconds, by the clock sessions and lockouts use. */
  now(): number {
    return (this.options.authClock ?? this.current.clock).now();
  }

  /**
   * Makes `device` the current one. `announce: false` is for a device that already is what storage
   * holds (another tab wrote it, or a refused change is undone): taken as it is, and not announced.
   */
  replace(device: Device, { announce = true }: { announce?: boolean } = {}): void {
    // A new device continues the change counter, so its revision is one no client has seen yet; its
    // change log starts again at that revision (the one every answer now carries), so `changes?since=`
    // of it answers and no revision the log names is one an earlier device also had.
    const floor = this.current.state.changes;
    if (announce && device.state.changes <= floor) device.replace({ ...device.state, changes: floor + 1 });
    this.unsubscribe();
    this.current = device;
    this.unsubscribe = device.subscribe((d) => this.emit(d));
    if (announce) this.emit(device);
  }

  /** Called after every commit of the current device and after every announced replace. */
  onChange(listener: HostListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(device: Device): void {
    for (const l of this.listeners) l(device);
  }
}
