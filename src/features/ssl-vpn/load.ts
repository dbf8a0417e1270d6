/** Everything the SSL-VPN Settings page reads, in one load (re-run on every device revision). */
import { ApiError, cmdb, type CmdbRow } from '../../client';
import { fieldLabels, type FieldLabels } from '../../client/schema-answer';
import { AUTO_POOL, INTERFACE_PATH, SETTINGS_PATH, SSL_INTERFACE } from './model';

export interface PageData {
  settings: CmdbRow;
  /** `fortiheartbeat` of `ssl.root`; undefined when the device has no `ssl.root`. */
  heartbeat: boolean | undefined;
  labels: FieldLabels;
  choices: {
    interfaces: string[];
    addresses: string[];
    certificates: string[];
    portals: string[];
    groups: string[];
    users: string[];
  };
  /** "start - end" of the range automatic assignment uses, when the device has it. */
  autoRange: string | undefined;
}

const nameList = async (path: string): Promise<string[]> =>
  (await cmdb.list(path, { format: 'name' })).map((r) => String(r.name));

async function sslRootHeartbeat(): Promise<boolean | undefined> {
  try {
    const row = await cmdb.get(INTERFACE_PATH, SSL_INTERFACE, { format: 'name|fortiheartbeat' });
    return row?.fortiheartbeat === 'enable';
  } catch (e) {
    if (e instanceof ApiError && e.httpStatus === 404) return undefined;
    throw e;
  }
}

export async function loadSslVpnPage(): Promise<PageData> {
  const [settings, heartbeat, schema, interfaces, addressRows, certificates, portals, groups, users] =
    await Promise.all([
      cmdb.single(SETTINGS_PATH),
      sslRootHeartbeat(),
      cmdb.schema(SETTINGS_PATH),
      nameList(INTERFACE_PATH),
      cmdb.list('firewall/address', { format: 'name|type|start-ip|end-ip' }),
      nameList('vpn.certificate/local'),
      nameList('vpn.ssl.web/portal'),
      nameList('user/group'),
      nameList('user/local'),
    ]);
  const auto = addressRows.find((r) => r.name === AUTO_POOL && r.type === 'iprange');
  return {
    settings,
    heartbeat,
    labels: fieldLabels(schema),
    choices: {
      interfaces,
      addresses: addressRows.map((r) => String(r.name)),
      certificates,
      portals,
      groups,
      users,
    },
    autoRange: auto ? `${String(auto['start-ip'])} - ${String(auto['end-ip'])}` : undefined,
  };
}
