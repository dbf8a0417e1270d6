/**
 * The words after `config`, `show` and `get`: the configuration tables as a tree of words
 * (`vpn` › `ssl` › `settings`), each word abbreviable, plus the status pages only `get` knows.
 */
import { tables, type TableSchema } from '../schema';
import type { Token } from './lexer';
import { incomplete, incompletePath } from './messages';
import { followWords } from './words';

export type StatusPage = 'system status' | 'system performance status';

export interface PathNode {
  word: string;
  help: string;
  children: PathNode[];
  schema?: TableSchema;
  status?: StatusPage;
}

function node(word: string, help: string): PathNode {
  return { word, help, children: [] };
}

function child(parent: PathNode, word: string): PathNode {
  let next = parent.children.find((c) => c.word === word);
  if (!next) {
    next = node(word, word);
    parent.children.push(next);
  }
  return next;
}

function buildTree(withStatus: boolean): PathNode {
  const root = node('', '');
  for (const schema of tables) {
    let at = root;
    for (const word of schema.path.split(' ')) at = child(at, word);
    at.schema = schema;
    at.help = schema.help;
  }
  if (withStatus) {
    const system = child(root, 'system');
    system.children.push({ ...node('status', 'System status.'), status: 'system status' });
    const performance = child(system, 'performance');
    performance.help = 'Display system performance information.';
    performance.children.push({
      ...node('status', 'System performance status.'),
      status: 'system performance status',
    });
  }
  // Plain code-point order: the words are lower-case ASCII, and localeCompare would load ICU's
  // collation data while the device boots (about 30 ms) for the same order.
  const sort = (n: PathNode): void => {
    n.children.sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
    n.children.forEach(sort);
  };
  sort(root);
  return root;
}

/** What `config` and `show` walk. */
export const configTree = buildTree(false);
/** What `get` walks: the tables and `system status`, `system performance status`. */
export const getTree = buildTree(true);

export interface Walked {
  node: PathNode;
  /** The words after the path (an entry's key). */
  rest: Token[];
}

/**
 * Follows the words down the tree as far as they go. A wrong word is a parse error; stopping short of
 * a table is `-160` (`incompletePath` for `get`/`show`, `incomplete` for `config`).
 */
export function walkPath(root: PathNode, words: readonly Token[], forShow: boolean): Walked {
  return followWords(
    root,
    words,
    (at) => (at.children.length > 0 && !at.schema && !at.status ? at.children : undefined),
    forShow ? incompletePath : incomplete,
  );
}

/** The children the next word may name, after following as many `words` as fit (for `?` and Tab). */
export function pathChoices(root: PathNode, words: readonly Token[]): PathNode[] | null {
  let at = root;
  for (const word of words) {
    if (at.schema || at.status) return null;
    const hit = at.children.find((c) => c.word === word.text) ?? uniquePrefix(at.children, word.text);
    if (!hit) return [];
    at = hit;
  }
  return at.schema || at.status ? null : at.children;
}

function uniquePrefix(children: PathNode[], prefix: string): PathNode | undefined {
  const hits = children.filter((c) => c.word.startsWith(prefix));
  return hits.length === 1 ? hits[0] : undefined;
}
