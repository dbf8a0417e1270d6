/**
 * Holds the device the REST door answers for. The CLI's `execute factoryreset`, a scenario switch or
 * another tab's change swap in a new `Device`; listeners (persistence, the revision broadcast) hear of
 * every commit of whichever device is current.
 */
import type { Device } from '../device';
import type { SessionStore } from './sessions';

export type HostListener = (device: Device) => void;

export class DeviceHost {
  private current: Device;
  private unsubscribe: () => void;
  private readonly listeners = new Set<HostListener>();

  constructor(
    device: Device,
    readonly sessions: SessionStore,
  ) {
    this.current = device;
    this.unsubscribe = device.subscribe((d) => this.emit(d));
  }

  get device(): Device {
    return this.current;
  }

  /**
   * Makes `device` the current one. `announce: false` is for a device that already is what storage
   * holds (another tab wrote it, or a refused change is undone): taken as it is, and not announced.
   */
  swap(device: Device, { announce = true }: { announce?: boolean } = {}): void {
    // A new device continues the change counter, so its revision is one no client has seen yet.
    const floor = this.current.state.changes;
    if (announce && device.state.changes <= floor) device.adopt({ ...device.state, changes: floor + 1 });
    this.unsubscribe();
    this.current = device;
    this.unsubscribe = device.subscribe((d) => this.emit(d));
    if (announce) this.emit(device);
  }

  /** Called after every commit of the current device and after every announced swap. */
  onChange(listener: HostListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(device: Device): void {
    for (const l of this.listeners) l(device);
  }
}
