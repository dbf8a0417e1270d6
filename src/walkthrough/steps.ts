/**
 * The procedure of the seed ("disable FortiTelemetry" on FortiOS 6.0) as data, defined once
 * (DESIGN.md rule 6). The same definitions drive:
 *
 * - the in-app guide: title, instructions, hint, "Show me" (`route` + `target`), and a tick from
 *   `doneWhen`, which reads the device's state — so a step done in the GUI, the CLI or the REST API
 *   is ticked alike;
 * - the Playwright journey (e2e/walkthrough.spec.ts): Show me, then `actions` performed one by one with
 *   `page.getByRole(target.role, { name, exact })`, then the tick;
 * - the documentation screenshots: `screenshots` says after how many actions to take each picture and
 *   which controls to box with which callout number.
 *
 * `actions` and `cli` are written for the device the procedure starts from (the `telemetry-on`
 * scenario): its interfaces and its one compliance profile are named in them. `doneWhen` holds on any
 * device.
 *
 * This module is plain data and pure functions with type-only imports, so Node (Playwright, the
 * screenshot script) can import it without a browser.
 */
import { readObject, readRows, subObject, type RestReads } from './rest-reads';
import { urls } from '../urls';
import type { Target } from './target';

export const GUIDE_ID = 'fortitelemetry';
export const GUIDE_TITLE = 'Disabling FortiTelemetry';
/** The scenario the procedure starts from; the guide's Reset goes back to it. */
export const START_SCENARIO = 'telemetry-on';

/**
 * One thing a person does — a click, ticking or clearing a box or switch, typing into a box, a key
 * (Playwright's key names: `Enter`, `y`) — or `see`: waits until the target shows `value`, as a person
 * reads the device's answer before replying to it.
 */
export type Action =
  | { do: 'click'; target: Target }
  | { do: 'check' | 'uncheck'; target: Target }
  | { do: 'fill'; target: Target; value: string }
  | { do: 'press'; target: Target; value: string }
  | { do: 'see'; target: Target; value: string };

/** A control boxed in a documentation screenshot, with its numbered callout. */
export interface Annotation {
  target: Target;
  callout: number;
}

export interface Screenshot {
  /** The image's file-name stem. */
  id: string;
  caption: string;
  /** How many of the step's `actions` are done (after Show me) before the picture is taken. */
  afterActions: number;
  boxes: Annotation[];
}

export type StepId = 'feature-visibility' | 'interfaces' | 'ssl-vpn' | 'compliance' | 'deregister';

export interface Step {
  id: StepId;
  title: string;
  /** What to do, in our words; one paragraph each. */
  instructions: string[];
  /** Where the step is done. */
  route: string;
  /** The control to use first there: what Show me highlights. */
  target: Target;
  /** Steps that must be done before `route` is in the menu (it is hidden until Endpoint Control is on). */
  needs?: StepId[];
  actions: Action[];
  /** The same change typed in the CLI console, one line each. */
  cli: string[];
  /** True when the device is in the state this step asks for, however it got there. */
  doneWhen: (read: RestReads) => Promise<boolean>;
  hint: string;
  /** What is true once the step is done, for the completion summary. */
  result: string;
  screenshots: Screenshot[];
}

/** What changed after 6.0, from the seed's notes; shown beside the steps it concerns. */
export interface VersionNote {
  version: string;
  text: string;
  /** The steps it matters to; none means it concerns the procedure as a whole. */
  steps: StepId[];
}

const button = (name: string): Target => ({ role: 'button', name, exact: true });
const switchNamed = (name: string): Target => ({ role: 'switch', name, exact: true });
const row = (name: string): Target => ({ role: 'row', name });

const APPLY = button('Apply');
const OK = button('OK');
const CLI_CONSOLE = button('CLI Console');
/** The CLI Console's command line and scrollback (their names are stable: src/features/cli-console). */
export const CONSOLE_INPUT: Target = { role: 'textbox', name: 'CLI Console input', exact: true };
const CONSOLE_OUTPUT: Target = { role: 'log', name: 'CLI Console output', exact: true };
/** What the device asks before it deregisters every FortiClient. */
export const DEREGISTER_WARNING = 'This operation will deregister all FortiClients!';

/** The interfaces of `telemetry-on` that offer FortiTelemetry, ssl.root aside (step 3). */
const TELEMETRY_INTERFACES = ['internal', 'dmz', 'HQ-to-Branch', 'FCT-Dialup', 'DC-Backup'];
/** The ports the IPsec tunnels are nested under in the interface list. */
const TUNNEL_PORTS = ['wan1', 'wan2'];
const SSL_ROOT = 'ssl.root';

const untickTelemetry = (name: string): Action[] => [
  { do: 'click', target: row(name) },
  { do: 'click', target: button('Edit') },
  { do: 'uncheck', target: { role: 'checkbox', name: 'FortiTelemetry', exact: true } },
  { do: 'click', target: OK },
];

export const DEREGISTER_ALL = 'diagnose endpoint registration deregister all';

export const steps: readonly Step[] = [
  {
    id: 'feature-visibility',
    title: 'Show Endpoint Control',
    instructions: [
      'Go to System › Feature Visibility. In the Security Features column, turn Endpoint Control on and press Apply.',
      'This only shows the endpoint pages (FortiClient Compliance and the FortiClient Monitor) in the menu; the next steps need them.',
    ],
    route: urls.featureVisibility,
    target: switchNamed('Endpoint Control'),
    actions: [
      { do: 'check', target: switchNamed('Endpoint Control') },
      { do: 'click', target: APPLY },
    ],
    cli: ['config system settings', 'set gui-endpoint-control enable', 'end'],
    doneWhen: async (read) =>
      (await readObject(read, 'system/settings'))['gui-endpoint-control'] === 'enable',
    hint: 'Switches change nothing until Apply is pressed. Once applied, Security Profiles › FortiClient Compliance appears in the menu.',
    result: 'Endpoint Control is visible.',
    screenshots: [
      {
        id: 'feature-visibility',
        caption: 'System › Feature Visibility: Endpoint Control on, then Apply.',
        afterActions: 1,
        boxes: [
          { target: switchNamed('Endpoint Control'), callout: 1 },
          { target: APPLY, callout: 2 },
        ],
      },
    ],
  },
  {
    id: 'interfaces',
    title: 'Turn FortiTelemetry off on the interfaces',
    instructions: [
      'Go to Network › Interfaces. Every interface whose Access column lists FortiTelemetry must be changed: open it (double-click, or select it and press Edit), clear FortiTelemetry under Administrative Access, and press OK.',
      'IPsec tunnels are interfaces too, with FortiTelemetry on by default. They are listed under the port they use, collapsed: expand wan1 and wan2 to reach them.',
      'Leave ssl.root for the next step.',
    ],
    route: urls.interfaces,
    target: { role: 'treegrid', name: 'Interfaces', exact: true },
    actions: [
      ...TUNNEL_PORTS.map((port): Action => ({ do: 'click', target: button(`Expand ${port}`) })),
      ...TELEMETRY_INTERFACES.flatMap(untickTelemetry),
    ],
    cli: [
      'config system interface',
      ...TELEMETRY_INTERFACES.flatMap((name) => [`edit ${name}`, 'set fortiheartbeat disable', 'next']),
      'end',
    ],
    doneWhen: async (read) =>
      (await readRows(read, 'system/interface', { filter: 'fortiheartbeat==enable', format: 'name' })).every(
        (r) => r.name === SSL_ROOT,
      ),
    hint: 'The ▸ beside wan1 and wan2 shows their tunnels. The step is done when ssl.root is the only interface whose Access column still shows FortiTelemetry.',
    result: 'No interface but ssl.root offers FortiTelemetry; the IPsec tunnels neither.',
    screenshots: [
      {
        id: 'interfaces-list',
        caption:
          'Network › Interfaces with wan1 and wan2 expanded: the IPsec tunnels offer FortiTelemetry too.',
        afterActions: TUNNEL_PORTS.length,
        // In the list's order (wan1's tunnels by name, then wan2's): callouts are numbered as they read.
        boxes: ['FCT-Dialup', 'HQ-to-Branch', 'DC-Backup'].map((name, i) => ({
          target: row(name),
          callout: i + 1,
        })),
      },
      {
        id: 'interfaces-edit',
        caption: 'Edit Interface: clear FortiTelemetry, then OK.',
        afterActions: TUNNEL_PORTS.length + 2,
        boxes: [
          { target: { role: 'checkbox', name: 'FortiTelemetry', exact: true }, callout: 1 },
          { target: OK, callout: 2 },
        ],
      },
    ],
  },
  {
    id: 'ssl-vpn',
    title: 'Turn Allow Endpoint Registration off',
    instructions: [
      'SSL-VPN’s tunnel interface is ssl.root, the one step 2 left with FortiTelemetry. Go to VPN › SSL-VPN Settings; under Tunnel Mode Client Settings, turn Allow Endpoint Registration off and press Apply: that switch is FortiTelemetry on ssl.root.',
      'Clearing FortiTelemetry in Edit Interface for ssl.root in Network › Interfaces does the same; either way the step is ticked.',
    ],
    route: urls.sslVpnSettings,
    target: switchNamed('Allow Endpoint Registration'),
    actions: [
      { do: 'uncheck', target: switchNamed('Allow Endpoint Registration') },
      { do: 'click', target: APPLY },
    ],
    cli: ['config system interface', `edit ${SSL_ROOT}`, 'set fortiheartbeat disable', 'end'],
    doneWhen: async (read) =>
      (
        await readRows(read, 'system/interface', {
          filter: `name==${SSL_ROOT}`,
          format: 'name|fortiheartbeat',
        })
      ).every((r) => r.fortiheartbeat !== 'enable'),
    hint: 'The switch is FortiTelemetry on the ssl.root tunnel interface: once it is off, ssl.root no longer shows FortiTelemetry in Network › Interfaces.',
    result: 'FortiClients can no longer register over SSL-VPN.',
    screenshots: [
      {
        id: 'ssl-vpn',
        caption: 'VPN › SSL-VPN Settings: Allow Endpoint Registration off, then Apply.',
        afterActions: 0,
        boxes: [
          { target: switchNamed('Allow Endpoint Registration'), callout: 1 },
          { target: APPLY, callout: 2 },
        ],
      },
    ],
  },
  {
    id: 'compliance',
    title: 'Turn System Compliance off',
    instructions: [
      'Go to Security Profiles › FortiClient Compliance. Open each profile, turn System Compliance off and press OK.',
    ],
    route: urls.complianceProfiles,
    target: { role: 'link', name: 'default', exact: true },
    needs: ['feature-visibility'],
    actions: [
      { do: 'click', target: { role: 'link', name: 'default', exact: true } },
      { do: 'uncheck', target: switchNamed('System Compliance') },
      { do: 'click', target: OK },
    ],
    cli: [
      'config endpoint-control profile',
      'edit default',
      'config forticlient-winmac-settings',
      'set forticlient-system-compliance disable',
      'end',
      'end',
    ],
    doneWhen: async (read) =>
      (await readRows(read, 'endpoint-control/profile')).every(
        (p) => subObject(p, 'forticlient-winmac-settings')['forticlient-system-compliance'] === 'disable',
      ),
    hint: 'The page is in the menu only once Endpoint Control is shown (step 1). The device starts with one profile, default.',
    result: 'No compliance profile checks the system of a FortiClient.',
    screenshots: [
      {
        id: 'compliance-list',
        caption: 'Security Profiles › FortiClient Compliance Profiles: open each profile.',
        afterActions: 0,
        boxes: [{ target: { role: 'link', name: 'default', exact: true }, callout: 1 }],
      },
      {
        id: 'compliance-edit',
        caption: 'Edit FortiClient Compliance Profile: System Compliance off, then OK.',
        afterActions: 2,
        boxes: [
          { target: switchNamed('System Compliance'), callout: 1 },
          { target: OK, callout: 2 },
        ],
      },
    ],
  },
  {
    id: 'deregister',
    title: 'Deregister every FortiClient',
    instructions: [
      `Clients that registered already stay registered. Open the CLI Console with the >_ button in the header and type ${DEREGISTER_ALL}, then answer y to the question (the key alone, no Enter).`,
      'The FortiClient Monitor empties at once. Close the console when done.',
    ],
    route: urls.forticlientMonitor,
    target: CLI_CONSOLE,
    needs: ['feature-visibility'],
    actions: [
      { do: 'click', target: CLI_CONSOLE },
      { do: 'fill', target: CONSOLE_INPUT, value: DEREGISTER_ALL },
      { do: 'press', target: CONSOLE_INPUT, value: 'Enter' },
      { do: 'see', target: CONSOLE_OUTPUT, value: DEREGISTER_WARNING },
      // The device takes the answer to its y/n question as one keystroke, without Enter.
      { do: 'press', target: CONSOLE_INPUT, value: 'y' },
    ],
    cli: [DEREGISTER_ALL, 'y'],
    doneWhen: async (read) => {
      const summary = (await read.monitor('endpoint-control/registration/summary')) as { total?: unknown };
      return summary.total === 0;
    },
    hint: 'The CLI takes abbreviations: diag endpoint registration deregister all is the same command. Answering n changes nothing.',
    result: 'No FortiClient is registered to this FortiGate.',
    screenshots: [
      {
        id: 'cli-deregister',
        caption: 'The CLI Console asks before it deregisters every FortiClient: answer y.',
        afterActions: 4,
        // One box round the whole console: the warning, the question on the prompt line and the input
        // are three adjacent lines, and boxes round each of them would touch.
        boxes: [{ target: { role: 'region', name: 'CLI Console', exact: true }, callout: 1 }],
      },
    ],
  },
];

export const versionNotes: readonly VersionNote[] = [
  {
    version: 'FortiClient 6.2.0',
    text: 'FortiClient 6.2.0 and later cannot register to a FortiGate directly any more (the licensing changed); there are no compliance profiles or registrations to clear.',
    steps: ['compliance', 'deregister'],
  },
  {
    version: 'FortiOS 6.2.3',
    text: 'From FortiOS 6.2.3 (and 6.4.0) the FortiTelemetry and CAPWAP boxes of an interface are one option, Security Fabric Connection.',
    steps: ['interfaces', 'ssl-vpn'],
  },
  {
    version: 'FortiOS 7.4.2',
    text: 'From FortiOS 7.4.2, TCP port 8013 is used again: FortiClients registered to EMS update their Security Posture tags on the FortiGate through it.',
    steps: ['interfaces'],
  },
  {
    version: 'FortiOS 7.6.3',
    text: 'FortiOS 7.6.3 brings a new, unrelated protocol that reuses the name FortiTelemetry: probes that measure how SaaS applications perform. It has nothing to do with FortiClient or EMS.',
    steps: [],
  },
];

/** The notes that concern a step. */
export const notesFor = (id: StepId): VersionNote[] => versionNotes.filter((n) => n.steps.includes(id));
