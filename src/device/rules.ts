/**
 * What particular tables do beyond their schema — the device's own rules that a newcomer could not
 * guess from the field list. Each hook runs inside the transaction, so a refusal here undoes everything.
 */
import { clockText, type Clock } from './clock';
import { DeviceError, badValue, inUse } from './errors';
import { creatableInterfaceTypes, type Row } from './schema';
import type { HeldReference } from './rows';
import type { EndpointInfo } from './state';
import { NO_UUID, objectUuid } from './uuid';

/**
 * What a rule may do in the transaction it runs in: the part of config.ts's `Tx` the rules use,
 * declared here so that config.ts imports the rules and the rules do not import config.ts back.
 */
export interface Tx {
  /** The device clock, for what the device stamps (a user's `passwd-time`). */
  readonly clock: Clock;
  rows(path: string): readonly Row[];
  /** The keys of the rows of `path` this transaction created or changed (in that order, repeats kept). */
  changedKeys(path: string): string[];
  single(path: string): Row;
  find(path: string, key: string): Row | undefined;
  create(path: string, body: unknown, opts?: { internal?: boolean }): Row;
  update(path: string, key: string | null, patch: unknown, opts?: { internal?: boolean }): Row;
  remove(path: string, key: string, opts?: { internal?: boolean }): void;
  rename(path: string, from: string, to: string): void;
  endpoint(uid: string): EndpointInfo | undefined;
  setEndpoint(uid: string, info: EndpointInfo | undefined): void;
}

export interface TableRules {
  /** Runs before a user-requested create is applied (not for rows the device makes itself). */
  beforeCreate?(row: Row, tx: Tx): void;
  afterCreate?(row: Row, tx: Tx): void;
  /**
   * Runs before a user-requested change of a row is kept (not for the device's own changes, nor a
   * restore's, which writes a whole configuration at once): `after` is the row as the change makes it.
   */
  beforeUpdate?(before: Row, after: Row, tx: Tx): void;
  afterUpdate?(before: Row, after: Row, tx: Tx): void;
  beforeDelete?(row: Row, tx: Tx): void;
  afterDelete?(row: Row, tx: Tx): void;
  /** After `rename <from> to <to>` (the CLI's; REST cannot rename). */
  afterRename?(from: string, to: string, tx: Tx): void;
  /** References the schema cannot see (a tunnel interface is held by its phase1 of the same name). */
  extraReferences?(name: string, tx: Tx): Array<HeldReference & { from: string; key: string }>;
  /** Whole-table invariants checked once at commit. */
  check?(tx: Tx): void;
  /**
   * The row of another table that makes, keeps and removes this one (a tunnel interface's phase1), if
   * any, so a change written as CLI configures the owner first. `exists(path, key)` asks either side
   * of the change.
   */
  ownerOf?(row: Row, exists: (path: string, key: string) => boolean): { path: string; key: string } | null;
}

const IF = 'system interface';
const PHASE1 = 'vpn ipsec phase1-interface';

/** Highest SNMP index seen per rows array, so creating 5,000 tunnels does not rescan the table each time. */
const snmpMax = new WeakMap<readonly Row[], { length: number; max: number }>();

function nextSnmpIndex(tx: Tx): number {
  const rows = tx.rows(IF);
  const seen = snmpMax.get(rows);
  let max = seen?.max ?? 0;
  for (let i = seen ? seen.length : 0; i < rows.length; i++)
    max = Math.max(max, Number(rows[i]?.['snmp-index']) || 0);
  if (seen && seen.length > rows.length)
    max = rows.reduce((m, r) => Math.max(m, Number(r['snmp-index']) || 0), 0);
  snmpMax.set(rows, { length: rows.length, max });
  return max + 1;
}

const systemInterface: TableRules = {
  beforeCreate(row) {
    const type = String(row.type);
    if (!(creatableInterfaceTypes as readonly string[]).includes(type))
      throw badValue('type', type, `interface type ${type} cannot be created here`);
    if (type === 'vlan') {
      if (row.interface === '') throw badValue('interface', '', 'VLAN interface requires a parent interface');
      const id = Number(row.vlanid);
      if (id < 1 || id > 4094) throw badValue('vlanid', String(id), 'VLAN ID must be between 1 and 4094');
    }
  },
  afterCreate(row, tx) {
    if (!row['snmp-index']) tx.update(IF, String(row.name), { 'snmp-index': nextSnmpIndex(tx) });
  },
  beforeDelete(row, tx) {
    const type = String(row.type);
    if (type === 'physical' || type === 'hard-switch') throw inUse(String(row.name));
    // A tunnel without a phase1 is the device's own (ssl.root): it goes only with the feature.
    if (type === 'tunnel' && !tx.find(PHASE1, String(row.name))) throw inUse(String(row.name));
  },
  extraReferences(name, tx) {
    return tx.find(PHASE1, name) ? [{ field: 'name', table: IF, name, from: PHASE1, key: name }] : [];
  },
  ownerOf(row, exists) {
    const name = String(row.name);
    return row.type === 'tunnel' && exists(PHASE1, name) ? { path: PHASE1, key: name } : null;
  },
  check(tx) {
    // Only the rows this commit made or changed: every other row passed this check when it was made,
    // and a parent's type never changes (`type` is set at creation; a parent in use cannot go). On
    // `large` (5,441 rows of ~200 keys) a scan of the whole table at each commit was most of a PUT.
    for (const key of new Set(tx.changedKeys(IF))) {
      const row = tx.find(IF, key);
      if (row && row.type === 'vlan' && row.interface !== '') {
        const parent = tx.find(IF, String(row.interface));
        if (parent && (parent.type === 'vlan' || parent.type === 'tunnel'))
          throw badValue(
            'interface',
            String(row.interface),
            'VLAN parent must be a physical, aggregate or redundant interface',
          );
      }
    }
  },
};

const phase1: TableRules = {
  beforeCreate(row, tx) {
    if (tx.find(IF, String(row.name)))
      throw new DeviceError(-5, `A duplicate entry already exists: ${String(row.name)}`);
  },
  afterCreate(row, tx) {
    // The tunnel interface the GUI nests under its physical interface; FortiTelemetry is on by default.
    tx.create(
      IF,
      {
        name: row.name,
        type: 'tunnel',
        interface: row.interface,
        fortiheartbeat: 'enable',
        'snmp-index': nextSnmpIndex(tx),
      },
      { internal: true },
    );
  },
  afterUpdate(before, after, tx) {
    if (before.interface !== after.interface) {
      const name = String(after.name);
      if (tx.find(IF, name)) tx.update(IF, name, { interface: after.interface }, { internal: true });
    }
  },
  afterDelete(row, tx) {
    if (tx.find(IF, String(row.name))) tx.remove(IF, String(row.name), { internal: true });
  },
  afterRename(from, to, tx) {
    if (tx.find(IF, from)) tx.rename(IF, from, to);
  },
};

/**
 * A firewall address (IPv4 or IPv6) gets its UUID when it is made: the one it was given (a backup's
 * line), else a fresh one — also when it was cloned from an address whose UUID it would otherwise share.
 */
const withUuid = (path: string): TableRules => ({
  afterCreate(row, tx) {
    const name = String(row.name);
    const taken = (uuid: string) => tx.rows(path).some((r) => r !== row && r.uuid === uuid);
    if (row.uuid !== NO_UUID && !taken(String(row.uuid))) return;
    let salt = 0;
    let uuid = objectUuid(path, name);
    while (taken(uuid)) uuid = objectUuid(path, name, ++salt);
    tx.update(path, name, { uuid }, { internal: true });
  },
});

const endpointProfile: TableRules = {
  beforeDelete(row, tx) {
    // Decision: `default` is the profile that "Enforce FortiClient compliance" falls back on, so it is
    // in use while any interface enforces compliance.
    if (row['profile-name'] === 'default' && tx.rows(IF).some((r) => r['endpoint-compliance'] === 'enable'))
      throw inUse('default');
  },
  extraReferences(name, tx) {
    if (name !== 'default') return [];
    return tx
      .rows(IF)
      .filter((r) => r['endpoint-compliance'] === 'enable')
      .map((r) => ({
        field: 'endpoint-compliance',
        table: 'endpoint-control profile',
        name,
        from: IF,
        key: String(r.name),
      }));
  },
};

const registeredForticlient: TableRules = {
  afterDelete(row, tx) {
    tx.setEndpoint(String(row.uid), undefined);
  },
  afterRename(from, to, tx) {
    // What the monitor knows of the endpoint follows its registration to the new uid.
    const info = tx.endpoint(from);
    tx.setEndpoint(from, undefined);
    if (info) tx.setEndpoint(to, info);
  },
};

const sslSettings: TableRules = {
  check(tx) {
    const port = Number(tx.single('vpn ssl settings').port);
    const adminPort = Number(tx.single('system global')['admin-sport']);
    if (port === adminPort)
      throw badValue(
        'port',
        String(port),
        `SSL-VPN port ${port} conflicts with the administrative HTTPS port`,
      );
  },
};

/**
 * The keys a change of `opmode` needs, by the mode it goes to, with the value each has while unset:
 * the 6.0.0 CLI reference's `system settings` (docs.fortinet.com/document/fortigate/6.0.0/cli-reference/726496,
 * "Field associated with each opmode": to Transparent `gateway` and `manageip`, to NAT `device`,
 * `gateway` and `ip`; "If you do not set these fields, the opmode change will fail").
 */
const OPMODE_NEEDS: Record<string, ReadonlyArray<readonly [string, string]>> = {
  transparent: [
    ['manageip', '0.0.0.0 0.0.0.0'],
    ['gateway', '0.0.0.0'],
  ],
  nat: [
    ['device', ''],
    ['ip', '0.0.0.0 0.0.0.0'],
    ['gateway', '0.0.0.0'],
  ],
};

const systemSettings: TableRules = {
  beforeUpdate(before, after) {
    const mode = String(after.opmode);
    if (mode === before.opmode) return;
    const unset = (OPMODE_NEEDS[mode] ?? []).filter(([key, none]) => String(after[key]) === none);
    if (unset.length > 0)
      throw new DeviceError(
        -7610,
        `Cannot change to ${mode === 'nat' ? 'NAT' : 'Transparent'} mode: set ${unset.map(([k]) => k).join(', ')}`,
        { field: 'opmode', value: mode },
      );
  },
};

/**
 * The first id 6.0 gives a local user: a 6.0.1 unit's only user reads back `"id": 2164260865`
 * (0x81000001; fortiosapi example script, 2018, docs/fortios-6.0.md §4.6.1). **Decision**: each new
 * user gets one more than the highest id in use (at least this one).
 */
export const FIRST_USER_ID = 0x81000001;

function nextUserId(tx: Tx): number {
  let max = FIRST_USER_ID - 1;
  for (const r of tx.rows('user local')) max = Math.max(max, Number(r.id) || 0);
  return max + 1;
}

/** `passwd-time`: when the password was last set, by the device clock (`2018-08-31 06:19:37`). */
const stampPassword = (row: Row, tx: Tx): void => {
  row['passwd-time'] = clockText(tx.clock.now());
};

const userLocal: TableRules = {
  /** A password set by a user (not a restored or factory row, which bring their own time or none). */
  beforeCreate(row, tx) {
    if (row.passwd !== '' && row['passwd-time'] === '') stampPassword(row, tx);
  },
  /** Every new row, a restored one too (a backup prints no `set id`), gets its id. */
  afterCreate(row, tx) {
    if (row.id === 0) row.id = nextUserId(tx);
  },
  afterUpdate(before, after, tx) {
    // Any change of the password, to none too (**Decision**, docs/fortios-6.0.md §4.6.1), unless the
    // same change sets the time (a diff or a restore replaying one).
    if (after.passwd !== before.passwd && after['passwd-time'] === before['passwd-time'])
      stampPassword(after, tx);
  },
};

export const tableRules: Record<string, TableRules | undefined> = {
  'user local': userLocal,
  [IF]: systemInterface,
  [PHASE1]: phase1,
  'endpoint-control profile': endpointProfile,
  'firewall address': withUuid('firewall address'),
  'firewall address6': withUuid('firewall address6'),
  'endpoint-control registered-forticlient': registeredForticlient,
  'vpn ssl settings': sslSettings,
  'system global': sslSettings,
  'system settings': systemSettings,
};
