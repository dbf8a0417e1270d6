/**
 * Fidelity of the REST door to 6.0 (issue 13): envelopes compared key by key, names and order, with
 * the answers 6.0 devices give (FortiOS 6.0.4 REST API Reference; answers captured from 6.0.x units,
 * as the audit of issue 13 quotes them), and the documented query features. docs/fortios-6.0.md §5.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { server, useDevice, type NodeDevice } from './node';
import { expectMonitorOk, expectOk, expectRefused } from '../test/rest';

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const CMDB = '/api/v2/cmdb';
let fgt: NodeDevice;
beforeEach(() => {
  fgt = useDevice('telemetry-on');
});

describe('envelopes, key by key', () => {
  it('a CMDB read of a single object', async () => {
    const env = await expectOk(() => fgt.api.get(`${CMDB}/system/csf`));
    expect(Object.keys(env)).toEqual([
      'http_method',
      'revision',
      'results',
      'vdom',
      'path',
      'name',
      'status',
      'http_status',
      'serial',
      'version',
      'build',
    ]);
  });

  it('a monitor read: no revision, no http_status, no action unless the URL names one', async () => {
    const env = await expectMonitorOk(() => fgt.api.get('/api/v2/monitor/system/status'));
    expect(Object.keys(env)).toEqual([
      'http_method',
      'results',
      'vdom',
      'path',
      'name',
      'status',
      'serial',
      'version',
      'build',
    ]);
    const named = await expectMonitorOk(() => fgt.api.get('/api/v2/monitor/system/status/select'));
    expect(Object.keys(named)).toEqual([
      'http_method',
      'results',
      'vdom',
      'path',
      'name',
      'action',
      'status',
      'serial',
      'version',
      'build',
    ]);
  });

  it('an error: the number only, no message or field keys', async () => {
    const answer = await expectRefused(
      fgt,
      () => fgt.api.put(`${CMDB}/system/interface/dmz`, { ip: '300.1.1.1/24' }),
      500,
      -651,
    );
    expect(Object.keys(answer.body)).toEqual([
      'http_method',
      'revision',
      'vdom',
      'path',
      'name',
      'mkey',
      'status',
      'http_status',
      'error',
      'serial',
      'version',
      'build',
    ]);
    // fgsim's own explanation travels beside the envelope, for the GUI.
    expect(answer.field).toBe('ip');
  });
});

describe('rows start with q_origin_key', () => {
  it('table rows, {name} list items and nested rows', async () => {
    const [row] = (await expectOk(() => fgt.api.get(`${CMDB}/system/virtual-switch/internal`))).results;
    expect(Object.keys(row)[0]).toBe('q_origin_key');
    expect(row.q_origin_key).toBe('internal');
    expect(row.port[0]).toEqual({
      q_origin_key: 'internal1',
      name: 'internal1',
      speed: 'auto',
      status: 'up',
      alias: '',
    });
    expect(Object.keys(row.port[0])).toEqual(['q_origin_key', 'name', 'speed', 'status', 'alias']);
    const ssl = (await expectOk(() => fgt.api.get(`${CMDB}/vpn.ssl/settings`))).results;
    expect(ssl).not.toHaveProperty('q_origin_key');
    expect(ssl['source-interface']).toEqual([{ q_origin_key: 'wan1', name: 'wan1' }]);
    expect(Object.keys(ssl['authentication-rule'][0])[0]).toBe('q_origin_key');
  });

  it('a row read back with its q_origin_keys writes back unchanged', async () => {
    const ssl = (await expectOk(() => fgt.api.get(`${CMDB}/vpn.ssl/settings`))).results;
    await expectOk(() => fgt.api.put(`${CMDB}/vpn.ssl/settings`, ssl));
    expect((await expectOk(() => fgt.api.get(`${CMDB}/vpn.ssl/settings`))).results).toEqual(ssl);
  });
});

describe('system admin rows (docs/fortios-6.0.md §4.6.3)', () => {
  it("list every 6.0 key in the device's order, the secrets as 6.0 hides them", async () => {
    // The 6.2.3 CLI reference's listing (docs.fortinet.com/document/fortigate/6.2.3/cli-reference/15620)
    // and the collection's per-version data (fortios_system_admin.py) give this order; a REST row
    // lists a table's keys in it (as the 6.0.1 captures of §4.6.1 do).
    const [row] = (await expectOk(() => fgt.api.get(`${CMDB}/system/admin/admin`))).results;
    const keys = Object.keys(row);
    expect(keys.slice(0, 8)).toEqual([
      'q_origin_key',
      'name',
      'wildcard',
      'remote-auth',
      'remote-group',
      'password',
      'peer-auth',
      'peer-group',
    ]);
    expect(keys.indexOf('ip6-trusthost1')).toBe(keys.indexOf('trusthost10') + 1);
    expect(keys.indexOf('accprofile')).toBe(keys.indexOf('ip6-trusthost10') + 1);
    expect(keys.slice(keys.indexOf('guest-auth'))).toEqual([
      'guest-auth',
      'guest-usergroups',
      'guest-lang',
      'history0',
      'history1',
      'hidden',
      'gui-dashboard',
      'login-time',
      'gui-global-menu-favorites',
      'gui-vdom-menu-favorites',
    ]);
    expect(row['ip6-trusthost1']).toBe('::/0');
    expect(row['vdom']).toEqual([{ q_origin_key: 'root', name: 'root' }]);
    expect(row['password-expire']).toBe('0000-00-00 00:00:00');
    // A history entry is a hash, read back as ENC like the password, never the secret.
    await expectOk(() => fgt.api.put(`${CMDB}/system/admin/admin`, { history0: 'Old-pass-1' }));
    const [after] = (await expectOk(() => fgt.api.get(`${CMDB}/system/admin/admin`))).results;
    expect(after.history0).toMatch(/^ENC SH2[A-Za-z0-9+/]{59}=$/);
    await expectRefused(
      fgt,
      () => fgt.api.put(`${CMDB}/system/admin/admin`, { 'two-factor': 'fortitoken-cloud' }),
      500,
      -651,
    );
  });
});

describe('system settings (docs/fortios-6.0.md §4.4)', () => {
  const SETTINGS = `${CMDB}/system/settings`;
  // Every 6.0.4 key in the device's order: terraform's `fortios_system_settings` argument list
  // (fortinetdev/terraform-provider-fortios website/docs/r/fortios_system_settings.html.markdown, a
  // listing whose order is the device's), less the keys 6.0 lacks; written from that listing, the
  // `gui-*` block as §4.8 has it. A REST object lists its keys in the table's order.
  const ORDER = `comments opmode inspection-mode ngfw-mode implicit-allow-dns ssl-ssh-profile
    http-external-dest firewall-session-dirty manageip gateway ip manageip6 gateway6 ip6 device bfd
    bfd-desired-min-tx bfd-required-min-rx bfd-detect-mult bfd-dont-enforce-src-port utf8-spam-tagging
    wccp-cache-engine vpn-stats-log vpn-stats-period v4-ecmp-mode mac-ttl fw-session-hairpin
    prp-trailer-action snat-hairpin-traffic dhcp-proxy dhcp-server-ip dhcp6-server-ip central-nat
    gui-default-policy-columns lldp-transmission link-down-access asymroute asymroute-icmp
    tcp-session-without-syn ses-denied-traffic strict-src-check allow-linkdown-path asymroute6
    asymroute6-icmp sip-helper sip-nat-trace status sip-tcp-port sip-udp-port sip-ssl-port sccp-port
    multicast-forward multicast-ttl-notchange multicast-skip-policy allow-subnet-overlap
    deny-tcp-with-icmp ecmp-max-paths discovered-device-timeout email-portal-check-dns
    default-voip-alg-mode gui-icap gui-nat46-64 gui-implicit-policy gui-dns-database gui-load-balance
    gui-multicast-policy gui-dos-policy gui-object-colors gui-replacement-message-groups gui-voip-profile
    gui-ap-profile gui-dynamic-profile-display gui-local-in-policy gui-local-reports gui-wanopt-cache
    gui-explicit-proxy gui-dynamic-routing gui-dlp gui-sslvpn-personal-bookmarks gui-sslvpn-realms
    gui-policy-based-ipsec gui-threat-weight gui-multiple-utm-profiles gui-spamfilter
    gui-application-control gui-ips gui-endpoint-control gui-endpoint-control-advanced gui-dhcp-advanced
    gui-vpn gui-wireless-controller gui-switch-controller gui-fortiap-split-tunneling
    gui-webfilter-advanced gui-traffic-shaping gui-wan-load-balancing gui-antivirus gui-webfilter
    gui-dnsfilter gui-waf-profile gui-fortiextender-controller gui-advanced-policy gui-allow-unnamed-policy
    gui-email-collection gui-domain-ip-reputation gui-multiple-interface-policy gui-policy-learning
    compliance-check ike-session-resume ike-quick-crash-detect ike-dn-format block-land-attack`
    .split(/\s+/)
    .filter(Boolean);

  it("answers every 6.0.4 key in the device's order, names and order", async () => {
    const env = await expectOk(() => fgt.api.get(SETTINGS));
    expect(ORDER).toHaveLength(112);
    expect(Object.keys(env.results)).toEqual(ORDER);
    expect(env.results).toMatchObject({
      'vpn-stats-log': 'ipsec pptp l2tp ssl',
      manageip: '0.0.0.0 0.0.0.0',
      gateway6: '::',
      device: '',
      'ssl-ssh-profile': 'certificate-inspection',
    });
  });

  it('skip=1 leaves out the keys that do not apply in NAT mode with proxy inspection', async () => {
    const env = await expectOk(() => fgt.api.get(SETTINGS, { skip: '1' }));
    const hidden = ORDER.filter((k) => !(k in env.results));
    expect(hidden).toEqual([
      'ngfw-mode',
      'ssl-ssh-profile',
      'manageip',
      'gateway',
      'ip',
      'manageip6',
      'gateway6',
      'ip6',
      'device',
      'bfd-desired-min-tx',
      'bfd-required-min-rx',
      'bfd-detect-mult',
      'bfd-dont-enforce-src-port',
      'dhcp-server-ip',
      'dhcp6-server-ip',
    ]);
  });

  it('a PUT of a new key is stored; a bad one answers -651 (-3 for a missing interface) and changes nothing', async () => {
    await expectOk(() => fgt.api.put(SETTINGS, { 'ecmp-max-paths': 4, 'v4-ecmp-mode': 'weight-based' }));
    const before = (await expectOk(() => fgt.api.get(SETTINGS))).results;
    expect(before).toMatchObject({ 'ecmp-max-paths': 4, 'v4-ecmp-mode': 'weight-based' });
    await expectRefused(
      fgt,
      () => fgt.api.put(SETTINGS, { 'ecmp-max-paths': 101, status: 'disable' }),
      500,
      -651,
    );
    await expectRefused(fgt, () => fgt.api.put(SETTINGS, { 'mac-ttl': 299 }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(SETTINGS, { 'lldp-transmission': 'auto' }), 500, -651);
    await expectRefused(fgt, () => fgt.api.put(SETTINGS, { device: 'wan9' }), 500, -3);
    expect((await expectOk(() => fgt.api.get(SETTINGS))).results).toEqual(before);
  });

  it('?action=schema carries the new keys with their options and option help', async () => {
    const env = await expectOk(() => fgt.api.get(SETTINGS, { action: 'schema' }));
    const children = env.results.children as Record<
      string,
      { options?: Array<{ name: string; help: string }> }
    >;
    expect(Object.keys(children)).toEqual(ORDER);
    // SCHEMA62 (poroping/terraform-provider-fortios v2/codegen/apischema/auto-merge/system_settings.json).
    expect(children['v4-ecmp-mode']?.options).toEqual([
      { name: 'source-ip-based', help: 'Select next hop based on source IP.' },
      { name: 'weight-based', help: 'Select next hop based on weight.' },
      { name: 'usage-based', help: 'Select next hop based on usage.' },
      { name: 'source-dest-ip-based', help: 'Select next hop based on both source and destination IPs.' },
    ]);
  });
});

describe('query features of the 6.0.4 REST reference', () => {
  const IF = `${CMDB}/system/interface`;
  const names = (env: { results: Array<{ name: string }> }) => env.results.map((r) => r.name);

  it('action=select is the plain read', async () => {
    const plain = await expectOk(() => fgt.api.get(IF));
    const select = await expectOk(() => fgt.api.get(IF, { action: 'select' }));
    expect(select.results).toEqual(plain.results);
  });

  it('vdom=* answers one envelope per VDOM', async () => {
    const answer = await fgt.api.get(`${IF}/dmz`, { vdom: '*' });
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(1);
    expect(answer.body[0]).toMatchObject({ vdom: 'root', status: 'success', results: [{ name: 'dmz' }] });
  });

  it('key and pattern pick the rows with that value', async () => {
    expect(names(await expectOk(() => fgt.api.get(IF, { key: 'role', pattern: 'wan' })))).toEqual([
      'wan1',
      'wan2',
    ]);
  });

  it('skip=1 leaves out what does not apply to the row type', async () => {
    const [port] = (await expectOk(() => fgt.api.get(`${IF}/dmz`, { skip: '1' }))).results;
    expect(port).not.toHaveProperty('vlanid');
    expect(port).not.toHaveProperty('interface');
    expect(port).not.toHaveProperty('member');
    const [full] = (await expectOk(() => fgt.api.get(`${IF}/dmz`))).results;
    expect(full).toHaveProperty('vlanid', 0);
  });

  it('POST ?action=clone&nkey= copies a row; PUT ?action=move&before= reorders', async () => {
    const ADDR = `${CMDB}/firewall/address`;
    await expectOk(() => fgt.api.post(`${ADDR}/SSLVPN_TUNNEL_ADDR1?action=clone&nkey=pool2`, {}));
    expect((await expectOk(() => fgt.api.get(`${ADDR}/pool2`))).results[0]).toMatchObject({
      type: 'iprange',
      'start-ip': '10.212.134.200',
    });
    // A clone is a new object: it gets its own UUID (docs/fortios-6.0.md §3.1).
    const uuidOf = async (name: string) =>
      (await expectOk(() => fgt.api.get(`${ADDR}/${name}`))).results[0].uuid as string;
    expect(await uuidOf('pool2')).not.toBe(await uuidOf('SSLVPN_TUNNEL_ADDR1'));
    await expectOk(() => fgt.api.put(`${ADDR}/pool2?action=move&before=all`, {}));
    expect(names(await expectOk(() => fgt.api.get(ADDR)))).toEqual([
      'SSLVPN_TUNNEL_ADDR1',
      'pool2',
      'all',
      'none',
    ]);
    await expectRefused(fgt, () => fgt.api.put(`${ADDR}/pool2?action=move&after=nowhere`, {}), 404);
    await expectRefused(fgt, () => fgt.api.post(`${ADDR}/all?action=clone&nkey=none`, {}), 500, -5);
  });

  it('ETag and If-None-Match: 304 until the configuration changes', async () => {
    const first = await fgt.api.get(`${IF}/dmz`);
    const tag = first.headers.get('ETag');
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    const again = await fgt.api.send('GET', `${IF}/dmz`, { headers: { 'If-None-Match': tag ?? '' } });
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
    await expectOk(() => fgt.api.put(`${IF}/dmz`, { alias: 'lab' }));
    const changed = await fgt.api.send('GET', `${IF}/dmz`, { headers: { 'If-None-Match': tag ?? '' } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('ETag')).not.toBe(tag);
  });
});
