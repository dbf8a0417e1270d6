/**
 * The fields the procedure touches, read from a device: what must match the `telemetry-off` scenario
 * once every step is done (Feature Visibility's Endpoint Control, each interface's FortiTelemetry,
 * System Compliance in each profile, and how many FortiClients are registered).
 */
import { readObject, readRows, subObject, type RestReads } from './rest-reads';

export interface ProcedureFacts {
  'gui-endpoint-control': unknown;
  /** Interface name → `fortiheartbeat`. */
  fortiheartbeat: Record<string, unknown>;
  /** Profile name → `forticlient-system-compliance`. */
  'forticlient-system-compliance': Record<string, unknown>;
  registeredEndpoints: number;
}

export async function procedureFacts(read: RestReads): Promise<ProcedureFacts> {
  const [settings, interfaces, profiles, endpoints] = await Promise.all([
    readObject(read, 'system/settings'),
    readRows(read, 'system/interface', { format: 'name|fortiheartbeat' }),
    readRows(read, 'endpoint-control/profile'),
    readRows(read, 'endpoint-control/registered-forticlient'),
  ]);
  return {
    'gui-endpoint-control': settings['gui-endpoint-control'],
    fortiheartbeat: Object.fromEntries(interfaces.map((r) => [String(r.name), r.fortiheartbeat])),
    'forticlient-system-compliance': Object.fromEntries(
      profiles.map((p) => [
        String(p['profile-name']),
        subObject(p, 'forticlient-winmac-settings')['forticlient-system-compliance'],
      ]),
    ),
    registeredEndpoints: endpoints.length,
  };
}
