/**
 * The REST door's `vpn.ipsec/phase1-interface` rows, key by key (names and order), and its schema
 * answer for the keys 6.0.4 has (issue 13; docs/fortios-6.0.md §4.8).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from './node';
import { expectOk, expectRefused } from '../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const PHASE1 = '/api/v2/cmdb/vpn.ipsec/phase1-interface';
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

/*
 * The keys of a 6.0.4 row: the 6.0.2 module's (ansible/ansible lib/ansible/modules/network/fortios/
 * fortios_vpn_ipsec_phase1_interface.py), in the order real full-configuration output prints them (the
 * static "icms" tunnel and the FortiClient dial-up tunnel quoted in src/device/cli/fidelity-tables.test.ts;
 * fgsim's place for the keys neither prints is a Decision, docs §4.8). No captured 6.0 GET of this table
 * was found; **Decision**: a row answers its keys in that order, after `q_origin_key`, every key on
 * every row (the CLI's skip rules hide none of them: `skip=1` does).
 */
const KEYS_6_0_4 = [
  'q_origin_key',
  'name',
  'type',
  'interface',
  'ip-version',
  'ike-version',
  'local-gw',
  'local-gw6',
  'keylife',
  'authmethod',
  'authmethod-remote',
  'mode',
  'peertype',
  'net-device',
  'exchange-interface-ip',
  'mode-cfg',
  'ipv4-dns-server1',
  'ipv4-dns-server2',
  'ipv4-dns-server3',
  'ipv4-wins-server1',
  'ipv4-wins-server2',
  'ipv6-dns-server1',
  'ipv6-dns-server2',
  'ipv6-dns-server3',
  'proposal',
  'add-route',
  'localid',
  'localid-type',
  'negotiate-timeout',
  'fragmentation',
  'fragmentation-mtu',
  'dpd',
  'forticlient-enforcement',
  'comments',
  'npu-offload',
  'dhgrp',
  'suite-b',
  'eap',
  'eap-identity',
  'acct-verify',
  'wizard-type',
  'xauthtype',
  'reauth',
  'authusrgrp',
  'authusr',
  'authpasswd',
  'group-authentication',
  'group-authentication-secret',
  'idle-timeout',
  'idle-timeoutinterval',
  'ha-sync-esp-seqno',
  'auto-discovery-sender',
  'auto-discovery-receiver',
  'auto-discovery-forwarder',
  'auto-discovery-psk',
  'encapsulation',
  'encapsulation-address',
  'encap-local-gw4',
  'encap-local-gw6',
  'encap-remote-gw4',
  'encap-remote-gw6',
  'vni',
  'nattraversal',
  'rekey',
  'enforce-unique-id',
  'childless-ike',
  'digital-signature-auth',
  'signature-hash-alg',
  'rsa-signature-format',
  'cert-id-validation',
  'send-cert-chain',
  'ppk',
  'ppk-identity',
  'ppk-secret',
  'default-gw',
  'default-gw-priority',
  'assign-ip',
  'assign-ip-from',
  'ipv4-start-ip',
  'ipv4-end-ip',
  'ipv4-netmask',
  'ipv4-exclude-range',
  'ipv4-name',
  'dns-mode',
  'ipv4-split-include',
  'split-include-service',
  'ipv6-start-ip',
  'ipv6-end-ip',
  'ipv6-prefix',
  'ipv6-exclude-range',
  'ipv6-name',
  'ipv6-split-include',
  'unity-support',
  'domain',
  'banner',
  'backup-gateway',
  'include-local-lan',
  'ipv4-split-exclude',
  'ipv6-split-exclude',
  'save-password',
  'client-auto-negotiate',
  'client-keep-alive',
  'mesh-selector-type',
  'tunnel-search',
  'remote-gw',
  'remote-gw6',
  'remotegw-ddns',
  'certificate',
  'peer',
  'peergrp',
  'peerid',
  'usrgrp',
  'monitor',
  'monitor-hold-down-type',
  'monitor-hold-down-delay',
  'monitor-hold-down-time',
  'monitor-hold-down-weekday',
  'passive-mode',
  'add-gw-route',
  'psksecret',
  'psksecret-remote',
  'keepalive',
  'auto-negotiate',
  'distance',
  'priority',
  'dpd-retrycount',
  'dpd-retryinterval',
];

describe('GET vpn.ipsec/phase1-interface: a 6.0.4 row', () => {
  it('has every key 6.0.4 has, in the device order, and none of the later ones', async () => {
    const env = await expectOk(() => fgt.api.get(`${PHASE1}/FCT-Dialup`));
    const row = (env.results as Record<string, unknown>[])[0] ?? {};
    expect(Object.keys(row)).toEqual(KEYS_6_0_4);
    // Keys the 6.2.7+ answer has and the 6.0.2 module does not: not a 6.0.4 unit's.
    for (const later of ['aggregate-member', 'ip-fragmentation', 'fec-egress', 'network-overlay', 'esn'])
      expect(row, later).not.toHaveProperty(later);
    // Values as the device stores them: numbers for integers, lists for the member tables.
    expect(row).toMatchObject({
      keylife: 86400,
      dhgrp: '14 5',
      'ipv4-exclude-range': [],
      'backup-gateway': [],
      certificate: [],
      'monitor-hold-down-time': '00:00',
      'dpd-retryinterval': 20,
    });
  });

  it('skip=1 leaves out what the CLI does not print for the row (a dial-up tunnel has no remote-gw)', async () => {
    const env = await expectOk(() => fgt.api.get(`${PHASE1}/FCT-Dialup`, { skip: '1' }));
    const row = (env.results as Record<string, unknown>[])[0] ?? {};
    expect(row).not.toHaveProperty('remote-gw');
    expect(row).not.toHaveProperty('auto-negotiate');
    expect(row).toHaveProperty('net-device', 'disable');
    expect(row).toHaveProperty('ipv4-start-ip', '0.0.0.0');
  });
});

describe('PUT vpn.ipsec/phase1-interface: the 6.0.4 keys', () => {
  it('stores the member tables and the new keys, and the CLI prints them', async () => {
    await expectOk(() =>
      fgt.api.put(`${PHASE1}/FCT-Dialup`, {
        'ipv4-start-ip': '10.212.134.200',
        'ipv4-end-ip': '10.212.134.210',
        'ipv4-exclude-range': [{ id: 1, 'start-ip': '10.212.134.205', 'end-ip': '10.212.134.206' }],
        'backup-gateway': [{ address: 'vpn2.example.com' }],
        xauthtype: 'auto',
        authusrgrp: 'SSLVPN-Users',
        'dpd-retryinterval': 60,
      }),
    );
    const env = await expectOk(() => fgt.api.get(`${PHASE1}/FCT-Dialup`));
    expect((env.results as Record<string, unknown>[])[0]).toMatchObject({
      'ipv4-exclude-range': [{ id: 1, 'start-ip': '10.212.134.205', 'end-ip': '10.212.134.206' }],
      'backup-gateway': [{ address: 'vpn2.example.com' }],
      authusrgrp: 'SSLVPN-Users',
    });
  });

  it('refuses a value out of 6.0\u2019s range, an option 6.0 lacks and an unknown group, changing nothing', async () => {
    // -651 for a bad value, -3 for a name no row has (the CLI's datasource error), as every table.
    await expectRefused(fgt, () => fgt.api.put(`${PHASE1}/HQ-to-Branch`, { keylife: 60 }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(`${PHASE1}/HQ-to-Branch`, { dhgrp: '32' }), 500, -651);
    await expectRefused(
      fgt,
      () => fgt.api.put(`${PHASE1}/HQ-to-Branch`, { authusrgrp: 'no-such-group' }),
      500,
      -3,
    );
  });
});

describe('?action=schema of vpn.ipsec/phase1-interface', () => {
  it('answers the 6.0.4 keys with their types and option words', async () => {
    const env = await expectOk(() => fgt.api.get(PHASE1, { action: 'schema' }));
    const children = (env.results as { children: Record<string, Record<string, unknown>> }).children;
    expect(Object.keys(children)).toEqual(KEYS_6_0_4.slice(1));
    // The 6.2.7+ answer's words (poroping/terraform-provider-fortios
    // v2/codegen/apischema/auto-merge/vpn.ipsec_phase1_interface.json).
    expect(children['dpd']?.options).toEqual([
      { name: 'disable', help: 'Disable Dead Peer Detection.' },
      { name: 'on-idle', help: 'Trigger Dead Peer Detection when IPsec is idle.' },
      {
        name: 'on-demand',
        help: 'Trigger Dead Peer Detection when IPsec traffic is sent but no reply is received from the peer.',
      },
    ]);
    expect(children['keylife']).toMatchObject({ type: 'integer', 'min-value': 120, 'max-value': 172800 });
    expect(children['ipv4-exclude-range']).toMatchObject({ category: 'table', mkey: 'id' });
  });
});
