/**
 * The REST door's `vpn.ssl.web/portal` rows, key by key (names and order), and what it refuses
 * (issue 13; docs/fortios-6.0.md §4.6.4).
 *
 * No 6.0 unit's answer for a portal was found. The order is the device's own order of a later unit
 * (fortinetdev/terraform-provider-fortios `website/docs/r/fortios_vpnsslweb_portal.html.markdown`
 * lists the keys as the unit's schema does: `name, tunnel-mode, ip-mode, dhcp-ip-overlap,
 * auto-connect, …, hide-sso-credential, split-dns, landing-page`) less every key the 6.0.5 module
 * (ansible/ansible `lib/ansible/modules/network/fortios/fortios_vpn_ssl_web_portal.py`) lacks, and
 * the two sub-tables fgsim leaves out (`mac-addr-check-rule`, `os-check-list`).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from './node';
import { expectOk, expectRefused } from '../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const PORTAL = '/api/v2/cmdb/vpn.ssl.web/portal';
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('factory-default');
});

/** The later unit's order, 6.0's keys only (see above). */
const ORDER = [
  'q_origin_key',
  'name',
  'tunnel-mode',
  'ip-mode',
  'auto-connect',
  'keep-alive',
  'save-password',
  'ip-pools',
  'exclusive-routing',
  'service-restriction',
  'split-tunneling',
  'split-tunneling-routing-address',
  'dns-server1',
  'dns-server2',
  'dns-suffix',
  'wins-server1',
  'wins-server2',
  'ipv6-tunnel-mode',
  'ipv6-pools',
  'ipv6-exclusive-routing',
  'ipv6-service-restriction',
  'ipv6-split-tunneling',
  'ipv6-split-tunneling-routing-address',
  'ipv6-dns-server1',
  'ipv6-dns-server2',
  'ipv6-wins-server1',
  'ipv6-wins-server2',
  'web-mode',
  'display-bookmark',
  'user-bookmark',
  'allow-user-access',
  'user-group-bookmark',
  'bookmark-group',
  'display-connection-tools',
  'display-history',
  'display-status',
  'heading',
  'redir-url',
  'theme',
  'custom-lang',
  'smb-ntlmv1-auth',
  'smbv1',
  'host-check',
  'host-check-interval',
  'host-check-policy',
  'limit-user-logins',
  'mac-addr-check',
  'mac-addr-action',
  'os-check',
  'forticlient-download',
  'forticlient-download-method',
  'customize-forticlient-download-url',
  'windows-forticlient-download-url',
  'macos-forticlient-download-url',
  'skip-check-for-unsupported-os',
  // 6.0's name (the 6.0.5 module); the later unit's `skip-check-for-browser` stands here.
  'skip-check-for-unsupported-browser',
  'hide-sso-credential',
  'split-dns',
];

describe('GET vpn.ssl.web/portal', () => {
  it("answers every key of a web-only portal, in the device's order, whatever the mode", async () => {
    const env = await expectOk(() => fgt.api.get(`${PORTAL}/web-access`));
    const row = (env.results as Record<string, unknown>[])[0] ?? {};
    expect(Object.keys(row)).toEqual(ORDER);
    // The defaults of the schema answers (poroping/terraform-provider-fortios
    // `v2/codegen/apischema/auto-merge/vpn.ssl.web_portal.json`) and 6.0's Decisions (§4.6.4).
    expect(row).toMatchObject({
      'tunnel-mode': 'disable',
      'ip-mode': 'range',
      'ip-pools': [],
      'split-tunneling': 'enable',
      'dns-server1': '0.0.0.0',
      'ipv6-dns-server1': '::',
      'web-mode': 'enable',
      'allow-user-access': 'web ftp smb telnet ssh vnc rdp ping citrix portforward',
      'bookmark-group': [],
      heading: 'SSL-VPN Portal',
      theme: 'blue',
      'host-check-interval': 0,
      'host-check-policy': [],
      'forticlient-download-method': 'direct',
      'split-dns': [],
    });
  });

  it('nests bookmark groups, bookmarks and form data, each row with its q_origin_key', async () => {
    await expectOk(() =>
      fgt.api.put(`${PORTAL}/web-access`, {
        'bookmark-group': [
          {
            name: 'ops',
            bookmarks: [
              {
                name: 'jump',
                apptype: 'rdp',
                host: '10.0.0.10',
                port: 3389,
                'form-data': [{ name: 'domain', value: 'CORP' }],
              },
            ],
          },
        ],
        'split-dns': [{ id: 1, domains: 'corp.example.com', 'dns-server1': '10.0.0.53' }],
      }),
    );
    const env = await expectOk(() => fgt.api.get(`${PORTAL}/web-access`));
    const row = (env.results as Record<string, unknown>[])[0] ?? {};
    const groups = row['bookmark-group'] as Record<string, unknown>[];
    expect(Object.keys(groups[0] ?? {})).toEqual(['q_origin_key', 'name', 'bookmarks']);
    const bookmark = ((groups[0]?.bookmarks as Record<string, unknown>[]) ?? [])[0] ?? {};
    // The bookmark's keys in the later unit's order (the same terraform page's `bookmarks` block).
    expect(Object.keys(bookmark)).toEqual([
      'q_origin_key',
      'name',
      'apptype',
      'url',
      'host',
      'folder',
      'additional-params',
      'listening-port',
      'remote-port',
      'show-status-window',
      'description',
      'server-layout',
      'security',
      'preconnection-id',
      'preconnection-blob',
      'load-balancing-info',
      'port',
      'logon-user',
      'logon-password',
      'sso',
      'form-data',
      'sso-credential',
      'sso-username',
      'sso-password',
      'sso-credential-sent-once',
    ]);
    expect(bookmark).toMatchObject({ q_origin_key: 'jump', apptype: 'rdp', host: '10.0.0.10', port: 3389 });
    expect(bookmark['form-data']).toEqual([{ q_origin_key: 'domain', name: 'domain', value: 'CORP' }]);
    expect(row['split-dns']).toEqual([
      {
        q_origin_key: 1,
        id: 1,
        domains: 'corp.example.com',
        'dns-server1': '10.0.0.53',
        'dns-server2': '0.0.0.0',
        'ipv6-dns-server1': '::',
        'ipv6-dns-server2': '::',
      },
    ]);
  });

  it('refuses (-651) a value 6.0 refuses, and the device stays as it was', async () => {
    for (const body of [
      { theme: 'neutrino' },
      { 'allow-user-access': 'web sftp' },
      { 'host-check-interval': 60 },
      { heading: 'x'.repeat(32) },
      { 'bookmark-group': [{ name: 'g', bookmarks: [{ name: 'b', apptype: 'sftp' }] }] },
      { 'bookmark-group': [{ name: 'g', bookmarks: [{ name: 'b', port: 65536 }] }] },
      { 'split-dns': [{ id: 1, 'dns-server1': '10.0.0' }] },
    ])
      await expectRefused(fgt, () => fgt.api.put(`${PORTAL}/full-access`, body), 500, -651);
  });
});

describe('GET vpn.ssl.web/portal?action=schema', () => {
  it("nodes as the later units' answers have them, 6.0's options and ranges", async () => {
    const env = await expectOk(() => fgt.api.get(`${PORTAL}?action=schema`));
    const children = (env.results as { children: Record<string, Record<string, unknown>> }).children;
    // The answers' node for the key (poroping/terraform-provider-fortios
    // `v2/codegen/apischema/auto-merge/vpn.ssl.web_portal.json`): 120-259200, default 0.
    expect(children['host-check-interval']).toMatchObject({
      type: 'integer',
      'min-value': 120,
      'max-value': 259200,
      default: 0,
    });
    expect(children.heading).toMatchObject({ type: 'string', size: 31, default: 'SSL-VPN Portal' });
    const groups = children['bookmark-group'] as {
      category: string;
      mkey: string;
      children: Record<string, unknown>;
    };
    expect(groups).toMatchObject({ category: 'table', mkey: 'name' });
    const bookmarks = groups.children.bookmarks as {
      children: Record<string, { options?: { name: string }[] }>;
    };
    expect(bookmarks.children.apptype?.options?.map((o) => o.name)).toEqual([
      'citrix',
      'ftp',
      'portforward',
      'rdp',
      'smb',
      'ssh',
      'telnet',
      'vnc',
      'web',
    ]);
    expect(Object.keys(children)).toEqual(ORDER.slice(1));
  });
});
