/**
 * The Prompt Library view's tree, computed once per change of the libraries, the mode or the
 * filter: prompts grouped by library (when more than one holds prompts), then channel, then tag.
 * A prompt with several tags stands under each; one without a channel or tag under "(no channel)"
 * or "(no tag)" (under a tag filter, only under the tags asked for). Writers see approved and deprecated prompts (a deprecated one names its
 * replacement); librarians see every status. One sort of each library's prompts, then one pass that
 * places them: O(n log n) in the number of prompts.
 */
import { isEmpty, matchesKeys, type LibraryFilter } from "./library-filter.js";
import type { PromptSummary } from "./scan.js";
import { fold, searchEntries, type SearchKeys } from "./search.js";

/** Writer: approved prompts (and deprecated ones, marked). Librarian: every status. */
export type LibraryMode = "writer" | "librarian";

/** The statuses the writer's view shows. Retired prompts are never offered to writers. */
export const WRITER_STATUSES: readonly string[] = ["approved", "deprecated"];

export interface TreeEntry {
  readonly path: string;
  readonly summary: PromptSummary;
  readonly keys: SearchKeys;
}

export interface TreeSource<E extends TreeEntry> {
  readonly key: string;
  readonly label: string;
  /** The library's prompts (entries with an id). */
  readonly prompts: readonly E[];
}

export const NO_CHANNEL = "(no channel)";
export const NO_TAG = "(no tag)";

interface NodeBase<E extends TreeEntry> {
  /** Unique in the tree and stable across rebuilds, so the view keeps what was expanded. */
  readonly id: string;
  readonly parent: GroupNode<E> | undefined;
}

export interface GroupNode<E extends TreeEntry = TreeEntry> extends NodeBase<E> {
  readonly kind: "source" | "channel" | "tag";
  readonly label: string;
  readonly sourceKey: string;
  /** Distinct prompts under the group. */
  readonly count: number;
  readonly children: readonly TreeNode<E>[];
}

export interface PromptNode<E extends TreeEntry = TreeEntry> extends NodeBase<E> {
  readonly kind: "prompt";
  readonly sourceKey: string;
  readonly entry: E;
}

export type TreeNode<E extends TreeEntry = TreeEntry> = GroupNode<E> | PromptNode<E>;

export interface LibraryTree<E extends TreeEntry = TreeEntry> {
  readonly roots: readonly TreeNode<E>[];
  /** Prompts of every library. */
  readonly total: number;
  /** Distinct prompts the mode lets through, before the filter. */
  readonly inMode: number;
  /** Distinct prompts shown. */
  readonly shown: number;
}

export interface TreeOptions {
  readonly mode: LibraryMode;
  readonly filter?: LibraryFilter | undefined;
}

interface MutableGroup {
  id: string;
  kind: "source" | "channel" | "tag";
  label: string;
  sourceKey: string;
  parent: MutableGroup | undefined;
  count: number;
  children: (MutableGroup | PromptNode)[];
  groups: Map<string, MutableGroup> | undefined;
}

export function buildLibraryTree<E extends TreeEntry>(sources: readonly TreeSource<E>[], options: TreeOptions): LibraryTree<E> {
  const filter = options.filter && !isEmpty(options.filter) ? options.filter : undefined;
  const withPrompts = sources.filter((s) => s.prompts.length > 0);
  const bySource = withPrompts.length > 1;
  const roots: MutableGroup[] = [];
  const top: MutableGroup = group("", "source", "", "", undefined);
  let total = 0;
  let inMode = 0;
  let shown = 0;
  for (const source of withPrompts) {
    total += source.prompts.length;
    const visible = source.prompts.filter((e) => options.mode === "librarian" || WRITER_STATUSES.includes(e.summary.status ?? ""));
    inMode += visible.length;
    let matching = filter ? visible.filter((e) => matchesKeys(filter, e.summary)) : visible;
    if (filter?.words) {
      const hits = new Set(searchEntries(matching, filter.words, { limit: Number.POSITIVE_INFINITY }));
      matching = matching.filter((e) => hits.has(e));
    }
    if (matching.length === 0) continue;
    shown += matching.length;
    const sourceGroup = bySource ? group(`s:${source.key}`, "source", source.label, source.key, undefined) : top;
    if (bySource) roots.push(sourceGroup);
    sourceGroup.count = matching.length;
    for (const { entry } of matching.map((entry) => ({ entry, key: sortKey(entry) })).sort(byKey)) {
      const channelKey = entry.summary.channel ?? "";
      const channel = child(sourceGroup, "channel", channelKey, channelKey || NO_CHANNEL, source.key);
      channel.count++;
      // Under a tag filter, a prompt stands under the tags asked for only.
      const own = filter?.tags.length ? entry.summary.tags.filter((t) => filter.tags.includes(fold(t))) : entry.summary.tags;
      const tags = own.length ? [...new Set(own)] : [""];
      for (const tagKey of tags) {
        const tag = child(channel, "tag", tagKey, tagKey || NO_TAG, source.key);
        tag.count++;
        tag.children.push({ kind: "prompt", id: `${tag.id}/p:${entry.path}`, parent: tag as GroupNode, sourceKey: source.key, entry });
      }
    }
    sortGroups(sourceGroup);
  }
  const list = bySource ? roots : top.children;
  return { roots: list as TreeNode<E>[], total, inMode, shown };
}

/** Every node's children, depth first (for tests and for `getParent`-free walks). */
export function* walkTree<E extends TreeEntry>(nodes: readonly TreeNode<E>[]): Generator<TreeNode<E>> {
  for (const node of nodes) {
    yield node;
    if (node.kind !== "prompt") yield* walkTree(node.children);
  }
}

function group(id: string, kind: MutableGroup["kind"], label: string, sourceKey: string, parent: MutableGroup | undefined): MutableGroup {
  return { id, kind, label, sourceKey, parent, count: 0, children: [], groups: undefined };
}

function child(parent: MutableGroup, kind: "channel" | "tag", key: string, label: string, sourceKey: string): MutableGroup {
  parent.groups ??= new Map();
  let found = parent.groups.get(key);
  if (!found) {
    // "\0" marks the "(no …)" group, so a channel literally named "(no channel)" stays apart.
    const id = `${parent.id}${parent.id ? "/" : ""}${kind === "channel" ? "c" : "t"}:${key || "\0"}`;
    found = group(id, kind, label, sourceKey, parent.id ? parent : undefined);
    parent.groups.set(key, found);
    parent.children.push(found);
  }
  return found;
}

/** Groups by name, "(no …)" last; prompts keep the order they were placed in (by title). */
function sortGroups(node: MutableGroup): void {
  if (!node.groups) return;
  const rank = (g: MutableGroup | PromptNode) => (g.kind === "prompt" ? "" : g.id.endsWith(":\0") ? "\uffff" : fold(g.label));
  node.children.sort((a, b) => compare(rank(a), rank(b)));
  for (const c of node.children) if (c.kind !== "prompt") sortGroups(c);
  node.groups = undefined;
}

function sortKey(entry: TreeEntry): string {
  return `${fold(entry.summary.title ?? entry.summary.id ?? "")}\u0000${entry.summary.id ?? ""}\u0000${entry.path}`;
}

function byKey(a: { key: string }, b: { key: string }): number {
  return compare(a.key, b.key);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
