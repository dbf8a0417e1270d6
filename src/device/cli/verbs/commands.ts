/**
 * `diagnose …` and `execute …`: fixed trees of keywords ending in an action. The ones that change the
 * device a lot ask `Do you want to continue? (y/n)` first; the answer is the session's next line.
 */
import { Device, nextBootTime } from '../../config';
import { DeviceError } from '../../errors';
import { deregisterAll, endpointAction, endpointRecords } from '../../monitor/endpoints';
import {
  deleteRevisions,
  restoreRevision,
  revisionList,
  revisionListLines,
  saveRevision,
} from '../../revisions';
import { buildScenario } from '../../scenarios';
import type { CliContext } from '../context';
import type { Token } from '../lexer';
import { CliError, incomplete, missingEntry, parseError, takeWords } from '../messages';
import { followWords, resolveWord } from '../words';
import { keyword, name, placeholder, type Suggestion, type Verb } from './types';

/** One word of a command tree: more words below it, or an action taking the remaining words. */
export interface CommandNode {
  word: string;
  help: string;
  children?: readonly CommandNode[];
  run?(ctx: CliContext, rest: readonly Token[]): string[];
  suggest?(ctx: CliContext, rest: readonly Token[]): Suggestion[];
}

const walk = (node: CommandNode, words: readonly Token[]): { node: CommandNode; rest: Token[] } =>
  followWords(node, words, (at) => at.children, incomplete);

/** A verb made from a command tree. */
function treeVerb(root: CommandNode): Verb {
  return {
    name: root.word,
    help: root.help,
    levels: ['root'],
    suggest(ctx, args) {
      let at = root;
      for (const [i, w] of args.entries()) {
        if (!at.children) return at.suggest?.(ctx, args.slice(i)) ?? [];
        const r = resolveWord(
          w.text,
          at.children.map((c) => c.word),
        );
        if (r.kind !== 'match') return [];
        at = at.children.find((c) => c.word === r.word) as CommandNode;
      }
      return at.children ? at.children.map((c) => keyword(c.word, c.help)) : (at.suggest?.(ctx, []) ?? []);
    },
    run(ctx, args) {
      const { node, rest } = walk(root, args);
      return node.run ? node.run(ctx, rest) : [];
    },
  };
}

/** Asks the y/n question; `yes` runs on `y`. */
function confirm(ctx: CliContext, warning: string, yes: () => string[]): string[] {
  ctx.pending = { yes };
  return [warning];
}

function endpointStatus(r: ReturnType<typeof endpointRecords>[number]): string {
  return [r.compliance, r.online ? 'online' : 'offline', ...(r.blocked ? ['blocked'] : [])].join(', ');
}

const registrationList: CommandNode = {
  word: 'list',
  help: 'List registered FortiClient endpoints.',
  run(ctx, rest) {
    takeWords(rest, 0);
    const records = endpointRecords(ctx.device);
    const out: string[] = [];
    records.forEach((r, i) => {
      out.push(
        `Record #${i + 1}:`,
        `    uid: ${r.uid}`,
        `    host: ${r.host_name}`,
        `    ip: ${r.ip}`,
        `    mac: ${r.mac}`,
        `    user: ${r.user}`,
        `    os: ${r.os}`,
        `    version: ${r.fct_version}`,
        `    interface: ${r.intf_name}`,
        `    status: ${endpointStatus(r)}`,
      );
    });
    out.push(`Total: ${records.length}`);
    return out;
  },
};

const registrationDeregister: CommandNode = {
  word: 'deregister',
  help: 'Deregister FortiClient endpoints.',
  suggest: (ctx, rest) =>
    rest.length === 0
      ? [
          keyword('all', 'All registered FortiClients.'),
          ...endpointRecords(ctx.device).map((r) => name(r.uid, r.host_name)),
        ]
      : [],
  run(ctx, rest) {
    const target = rest[0];
    if (!target) throw new CliError(incomplete());
    takeWords(rest.slice(1), 0);
    if (target.text === 'all')
      return confirm(ctx, 'This operation will deregister all FortiClients!', () => {
        deregisterAll(ctx.device, ctx.origin);
        return [];
      });
    try {
      endpointAction(ctx.device, 'deregister', { uid: target.text }, ctx.origin);
    } catch (e) {
      if (e instanceof DeviceError) throw new CliError(missingEntry(target.text));
      throw e;
    }
    return [];
  },
};

export const diagnoseTree: CommandNode = {
  word: 'diagnose',
  help: 'Diagnose facility.',
  children: [
    {
      word: 'endpoint',
      help: 'Endpoint control.',
      children: [
        {
          word: 'registration',
          help: 'FortiClient registration.',
          children: [registrationDeregister, registrationList],
        },
      ],
    },
  ],
};

/** The device as it comes back up: the same state (or the factory one), booted just now. */
function restarted(ctx: CliContext, from: Device): Device {
  const bootTime = nextBootTime(ctx.device.state.bootTime, ctx.device.clock.now());
  return new Device({ ...from.state, bootTime }, ctx.device.clock);
}

const goingDown = ['', '', 'The system is going down NOW !!'];

/**
 * `execute api-user generate-key <name>`: a new key for a REST API user, printed once (only the
 * `ENC …` form is shown after). Output as the FortiOS REST API Reference, "Generate API token", prints it.
 */
const apiUserTree: CommandNode = {
  word: 'api-user',
  help: 'API user.',
  children: [
    {
      word: 'generate-key',
      help: 'Generate a new api-key for the specified api-key-auth admin.',
      suggest: (ctx, rest) =>
        rest.length === 0 ? ctx.device.rows('system api-user').map((r) => name(String(r['name']), '')) : [],
      run(ctx, rest) {
        const target = rest[0];
        if (!target) throw new CliError(incomplete());
        takeWords(rest.slice(1), 0);
        if (!ctx.device.find('system api-user', target.text)) throw new CliError(missingEntry(target.text));
        const key = ctx.newKey();
        ctx.device.transact((tx) => {
          tx.update('system api-user', target.text, { 'api-key': key });
        });
        return [
          `New API key: ${key}`,
          '',
          `The bearer of this API key will be granted all access privileges assigned to the api-user ${target.text}.`,
        ];
      },
    },
  ],
};

/** A revision id typed in the CLI: a whole number, or the CLI's value parse error. */
function revisionId(word: Token): number {
  if (!/^\d{1,9}$/.test(word.text)) throw new CliError(parseError(word.text));
  return Number(word.text);
}

const revisionIds = (ctx: CliContext): Suggestion[] =>
  revisionList(ctx.device).map((r) => name(String(r.id), r.comment));

/**
 * `execute backup config flash <comment>`: saves the running configuration as a revision
 * (docs/fortios-6.0.md "Saved revisions"); the comment is the rest of the line.
 */
const backupTree: CommandNode = {
  word: 'backup',
  help: 'Backup configuration or log to a server or flash.',
  children: [
    {
      word: 'config',
      help: 'Backup config.',
      children: [
        {
          word: 'flash',
          help: 'Backup config file to flash.',
          suggest: (_ctx, rest) => (rest.length === 0 ? [placeholder('<comment>', 'Comments.')] : []),
          run(ctx, rest) {
            saveRevision(ctx.device, rest.map((w) => w.text).join(' '), ctx.origin);
            return [];
          },
        },
      ],
    },
  ],
};

/** `execute revision list config` and `execute revision delete config <id…>`. */
const revisionTree: CommandNode = {
  word: 'revision',
  help: 'Manage revisions.',
  children: [
    {
      word: 'delete',
      help: 'Delete revisions.',
      children: [
        {
          word: 'config',
          help: 'Delete config revisions.',
          suggest: (ctx) => revisionIds(ctx),
          run(ctx, rest) {
            if (!rest[0]) throw new CliError(incomplete());
            const ids = rest.map(revisionId);
            for (const id of ids)
              if (!revisionList(ctx.device).some((r) => r.id === id))
                throw new CliError(missingEntry(String(id)));
            deleteRevisions(ctx.device, ids, ctx.origin);
            return [];
          },
        },
      ],
    },
    {
      word: 'list',
      help: 'List revisions.',
      children: [
        {
          word: 'config',
          help: 'List config revisions.',
          run(ctx, rest) {
            takeWords(rest, 0);
            return revisionListLines(ctx.device);
          },
        },
      ],
    },
  ],
};

/**
 * `execute restore config flash <id>`: puts a saved revision back and reboots, after the question
 * every `execute restore config` asks (the 6.0 CLI reference's `execute restore`; the reboot is
 * every restore's, device/cli/restore.ts `restoreParsed`).
 */
const restoreTree: CommandNode = {
  word: 'restore',
  help: 'Restore configuration from a server or flash.',
  children: [
    {
      word: 'config',
      help: 'Restore config.',
      children: [
        {
          word: 'flash',
          help: 'Restore config file from flash.',
          suggest: (ctx, rest) => (rest.length === 0 ? revisionIds(ctx) : []),
          run(ctx, rest) {
            const word = rest[0];
            if (!word) throw new CliError(incomplete());
            takeWords(rest.slice(1), 0);
            const id = revisionId(word);
            if (!revisionList(ctx.device).some((r) => r.id === id))
              throw new CliError(missingEntry(word.text));
            return confirm(
              ctx,
              'This operation will overwrite the current setting and could possibly reboot the system!',
              () => {
                // With `reboot-upon-config-restore disable` the unit stays up: back to the prompt.
                if (!restoreRevision(ctx.device, id, ctx.origin)) return [];
                ctx.reset();
                ctx.event = 'reboot';
                return goingDown;
              },
            );
          },
        },
      ],
    },
  ],
};

export const executeTree: CommandNode = {
  word: 'execute',
  help: 'Execute static commands.',
  children: [
    apiUserTree,
    backupTree,
    {
      word: 'factoryreset',
      help: 'Reset to factory default.',
      run(ctx, rest) {
        takeWords(rest, 0);
        return confirm(ctx, 'This operation will reset the system to factory default!', () => {
          ctx.replaceDevice(restarted(ctx, buildScenario('factory-default', ctx.device.clock)));
          ctx.reset();
          ctx.event = 'factoryreset';
          return ['', '', 'System is resetting to factory default...', ...goingDown];
        });
      },
    },
    {
      word: 'reboot',
      help: 'Reboot the FortiGate.',
      run(ctx, rest) {
        takeWords(rest, 0);
        return confirm(ctx, 'This operation will reboot the system !', () => {
          ctx.replaceDevice(restarted(ctx, ctx.device));
          ctx.reset();
          ctx.event = 'reboot';
          return goingDown;
        });
      },
    },
    restoreTree,
    revisionTree,
  ],
};

export const diagnose = treeVerb(diagnoseTree);
export const execute = treeVerb(executeTree);
