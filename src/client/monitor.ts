/** The monitor API (`/api/v2/monitor/...`): status, interfaces, registered FortiClient endpoints. */
import { request, type Envelope } from './http';
/*
 * The answers' shapes are the device's own types (type-only imports: nothing of the device is
 * bundled through here), so the client cannot drift from what the handlers send.
 */
import type {
  Compliance,
  EndpointAction,
  EndpointRecord,
  InterfaceMonitor,
  RegistrationSummary,
  SystemStatus,
} from '../device';

export type { Compliance, EndpointAction, EndpointRecord, RegistrationSummary, SystemStatus };
/** Link state and the address in use, per interface. */
export type InterfaceStatus = InterfaceMonitor;

/** `system/status` answers the device facts in `results` and the firmware in the envelope. */
export type StatusEnvelope = Envelope<SystemStatus> & { serial: string; version: string; build: number };

export const monitor = {
  async systemStatus(): Promise<StatusEnvelope> {
    return (await request<SystemStatus>('GET', '/api/v2/monitor/system/status')) as StatusEnvelope;
  },
  async interfaces(): Promise<Record<string, InterfaceStatus>> {
    return (
      (await request<Record<string, InterfaceStatus>>('GET', '/api/v2/monitor/system/interface')).results ??
      {}
    );
  },
  async registrationSummary(): Promise<RegistrationSummary> {
    return (
      await request<RegistrationSummary>('GET', '/api/v2/monitor/endpoint-control/registration/summary')
    ).results as RegistrationSummary;
  },
  async endpoints(intfName?: string): Promise<EndpointRecord[]> {
    const query = intfName ? { intf_name: intfName } : undefined;
    return (
      (await request<EndpointRecord[]>('GET', '/api/v2/monitor/endpoint-control/record-list', { query }))
        .results ?? []
    );
  },
  async endpointAction(
    action: EndpointAction,
    selector: { uid?: string | string[]; mac?: string | string[] },
  ): Promise<void> {
    await request('POST', `/api/v2/monitor/endpoint-control/registration/${action}`, { body: selector });
  },
};
