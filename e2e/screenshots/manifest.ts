/**
 * The documentation screenshots, one entry per PNG in docs/screenshots/: scenario × route × optional
 * element crop × viewport × scale. `npm run screenshots` takes them all (e2e/screenshots/docs.shots.ts)
 * and writes docs/screenshots/index.md from the captions (scripts/screenshots.ts).
 *
 * The procedure's pictures come from the walkthrough's own definitions (src/walkthrough/steps.ts):
 * each step's `screenshots` (after how many actions, which controls to box, the callout numbers) and
 * one more per step once all its actions are done. This file adds only what the step data does not
 * say — arrows, crops, scale — and the tech tip's figures (seed/tech-tip-disable-fortitelemetry.txt).
 */
import type { Page } from '@playwright/test';
import type { ScenarioName } from '../../src/device/scenarios';
import {
  START_SCENARIO,
  steps,
  type Action,
  type Annotation,
  type StepId,
} from '../../src/walkthrough/steps';
import type { Arrow, CalloutPlace, Redaction } from './annotate';

/** Where the pictures and their index go, from the repository's root. */
export const OUTPUT_DIR = 'docs/screenshots';

export type Scale = 1 | 2;

export interface Viewport {
  width: number;
  height: number;
}

/** Part of a page by role and (optional) name: what a picture is cropped to. */
export interface Region {
  role: Parameters<Page['getByRole']>[0];
  name?: string;
  exact?: boolean;
}

export type Section = 'The procedure, step by step' | "The tech tip's figures" | 'Details';

export interface Shot {
  /** The image's file name in docs/screenshots/. */
  file: string;
  caption: string;
  section: Section;
  scenario: ScenarioName;
  route: string;
  /**
   * A picture of a walkthrough step: the earlier steps are done first (their CLI lines, through the
   * REST door), then the first `afterActions` of this step's actions, as a person would.
   */
  step?: { id: StepId; afterActions: number };
  /** CLI lines before the screen is opened (for pictures that are not of a step). */
  cli?: readonly string[];
  /** What a person does on the screen before the picture (for pictures that are not of a step). */
  actions?: readonly Action[];
  /** The element the picture is cropped to (with a margin); the whole window without it. */
  crop?: Region;
  /**
   * The whole screen, however long, not only the window: the window is made as tall as the screen's
   * content first (capture.ts `growToContent`; the console scrolls inside its own containers).
   */
  fullPage?: boolean;
  viewport: Viewport;
  scale: Scale;
  boxes: readonly Annotation[];
  arrows: readonly Arrow[];
  redact: readonly Redaction[];
  /** Callouts placed other than the usual way, by number. */
  callouts?: Readonly<Record<number, CalloutPlace>>;
}

const WINDOW: Viewport = { width: 1280, height: 800 };

type Options = Partial<Omit<Shot, 'file' | 'caption' | 'section' | 'route' | 'scenario'>> & {
  scenario?: ScenarioName;
};

function shot(stem: string, section: Section, route: string, caption: string, options: Options = {}): Shot {
  const scale = options.scale ?? 1;
  return {
    file: `${stem}${scale === 2 ? '@2x' : ''}.png`,
    caption,
    section,
    route,
    scenario: options.scenario ?? START_SCENARIO,
    viewport: WINDOW,
    boxes: [],
    arrows: [],
    redact: [],
    ...options,
    scale,
  };
}

/** Arrows that help where a box alone is easy to miss, by the step screenshot's id. */
const arrowsFor: Record<string, readonly Arrow[]> = {
  'feature-visibility': [{ callout: 2, from: 'right' }],
};

/** Callouts that would cover text in their usual place, by the step screenshot's id. */
export const calloutsFor: Readonly<Record<string, Readonly<Record<number, CalloutPlace>>>> = {
  // Inside its top-right corner the callout would cover the console's Close button; above, it is over
  // the page, where nothing is boxed.
  'cli-deregister': { 1: 'above' },
};

const PROCEDURE: Section = 'The procedure, step by step';

const procedure: Shot[] = steps.flatMap((step, i) => {
  const n = i + 1;
  const during = step.screenshots.map((s) =>
    shot(`step${n}-${s.id}`, PROCEDURE, step.route, `Step ${n}. ${s.caption}`, {
      step: { id: step.id, afterActions: s.afterActions },
      boxes: s.boxes,
      arrows: arrowsFor[s.id] ?? [],
      callouts: calloutsFor[s.id] ?? {},
    }),
  );
  const done = shot(`step${n}-${step.id}-done`, PROCEDURE, step.route, `Step ${n} done. ${step.result}`, {
    step: { id: step.id, afterActions: step.actions.length },
  });
  return [...during, done];
});

const FIGURE: Section = "The tech tip's figures";
const SHOW_ENDPOINT_CONTROL = steps[0]!.cli;
const expand = (port: string): Action => ({
  do: 'click',
  target: { role: 'button', name: `Expand ${port}`, exact: true },
});

/** The tip's figures, on the device it starts from (FortiTelemetry on everywhere). */
const figures: Shot[] = [
  shot(
    'figure-security-fabric',
    FIGURE,
    '/security-fabric/settings',
    'Security Fabric › Settings: FortiTelemetry is on, and the interfaces that offer it are listed.',
  ),
  shot(
    'figure-feature-visibility',
    FIGURE,
    '/system/feature-visibility',
    'System › Feature Visibility: Endpoint Control is under Security Features, off by default.',
  ),
  shot(
    'figure-interfaces',
    FIGURE,
    '/network/interfaces',
    'Network › Interfaces: the Access column shows FortiTelemetry, on the IPsec tunnels under wan1 and wan2 too.',
    { actions: [expand('wan1'), expand('wan2')] },
  ),
  shot(
    'figure-ssl-vpn',
    FIGURE,
    '/vpn/ssl-settings',
    'VPN › SSL-VPN Settings, the whole page: Allow Endpoint Registration, under Tunnel Mode Client Settings.',
    { fullPage: true },
  ),
  shot(
    'figure-compliance-profiles-list',
    FIGURE,
    '/security-profiles/forticlient-compliance',
    'Security Profiles › FortiClient Compliance Profiles (shown once Endpoint Control is visible).',
    { cli: SHOW_ENDPOINT_CONTROL },
  ),
  shot(
    'figure-compliance-profiles-edit',
    FIGURE,
    '/security-profiles/forticlient-compliance/edit/default',
    'Edit FortiClient Compliance Profile: System Compliance is on in the default profile.',
    { cli: SHOW_ENDPOINT_CONTROL },
  ),
];

const DETAIL: Section = 'Details';

/** Close-ups at twice the pixel density, and the console at a smaller window. */
const details: Shot[] = [
  shot(
    'detail-administrative-access',
    DETAIL,
    '/network/interfaces/edit/internal',
    'Close-up of Edit Interface › Administrative Access: the FortiTelemetry box.',
    {
      crop: { role: 'group', name: 'Administrative Access' },
      boxes: [{ target: { role: 'checkbox', name: 'FortiTelemetry', exact: true }, callout: 1 }],
      scale: 2,
    },
  ),
  shot(
    'detail-tunnel-mode-client-settings',
    DETAIL,
    '/vpn/ssl-settings',
    'Close-up of SSL-VPN Settings › Tunnel Mode Client Settings: Allow Endpoint Registration.',
    {
      crop: { role: 'region', name: 'Tunnel Mode Client Settings' },
      boxes: [{ target: { role: 'switch', name: 'Allow Endpoint Registration', exact: true }, callout: 1 }],
      arrows: [{ callout: 1, from: 'right' }],
      scale: 2,
    },
  ),
  shot(
    'detail-system-information',
    DETAIL,
    '/dashboard/status',
    'Dashboard › Status › System Information, with the serial number blurred.',
    {
      crop: { role: 'region', name: 'System Information' },
      redact: [{ target: { role: 'row', name: 'Serial Number' }, child: 'cell' }],
    },
  ),
  shot(
    'detail-forticlient-monitor-1024',
    DETAIL,
    '/monitor/forticlient-monitor',
    'Monitor › FortiClient Monitor in a 1024 × 768 window: the FortiClients registered before step 5.',
    { cli: SHOW_ENDPOINT_CONTROL, viewport: { width: 1024, height: 768 } },
  ),
  shot(
    'detail-revisions-diff',
    DETAIL,
    '/system/config/revisions',
    'admin › Configuration › Revisions: Diff of a revision saved before step 2 against the running configuration, as the CLI that makes the change.',
    {
      cli: [
        'execute backup config flash before step 2',
        'config system interface',
        'edit internal',
        'set fortiheartbeat disable',
        'next',
        'end',
      ],
      actions: [
        { do: 'check', target: { role: 'checkbox', name: 'Select revision 1' } },
        { do: 'click', target: { role: 'button', name: 'Diff', exact: true } },
        {
          do: 'see',
          target: { role: 'region', name: 'Diff: from revision 1 to the running configuration' },
          value: 'set fortiheartbeat disable',
        },
      ],
    },
  ),
];

export const manifest: readonly Shot[] = [...procedure, ...figures, ...details];

/** The sections in the order the index shows them. */
export const sections: readonly Section[] = [PROCEDURE, FIGURE, DETAIL];
