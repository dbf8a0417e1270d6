/** The monitor API (`/api/v2/monitor/...`): status, interfaces, registered FortiClient endpoints. */
import { request, type Envelope } from './http';

export interface SystemStatus {
  model_name: string;
  model_number: string;
  model: string;
  hostname: string;
  log_disk_status: string;
}

export interface InterfaceStatus {
  id: string;
  name: string;
  alias: string;
  mac: string;
  ip: string;
  mask: number;
  link: boolean;
  speed: number;
}

export type Compliance = 'compliant' | 'non-compliant' | 'exempt' | 'quarantined';

export interface EndpointRecord {
  uid: string;
  ip: string;
  mac: string;
  host_name: string;
  user: string;
  os: string;
  fct_version: string;
  intf_name: string;
  compliance: Compliance;
  blocked: boolean;
  online: boolean;
  /** Seconds since the epoch. */
  last_seen: number;
}

export interface RegistrationSummary {
  total: number;
  online: number;
  offline: number;
  compliant: number;
  non_compliant: number;
  exempt: number;
  quarantined: number;
}

export type EndpointAction = 'deregister' | 'quarantine' | 'unquarantine' | 'block' | 'unblock';

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
