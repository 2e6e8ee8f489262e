/**
 * What a writer is offered to insert: approved prompts, and deprecated ones with a warning that
 * names the replacement; never drafts, prompts in review or retired ones. One model serves the
 * QuickPick of Insert Approved Prompt and the `/prompt` completions: rows per library (workspace
 * libraries first, then the starter library, as the caller orders them), found by the library
 * search (id, title, tags, description, best first) with the approved rows of a library before its
 * deprecated ones. A keystroke costs a substring test per prompt still matching and a string or two
 * per row shown (PromptPicker), so the list follows typing in a library of 10,000 prompts.
 */
import { promptHash } from "./hash.js";
import { CLI_STEPS, type NextSteps } from "./next-steps.js";
import type { ParsedPrompt } from "./prompt.js";
import type { PromptSummary } from "./scan.js";
import { fold, searchEntries, type SearchKeys } from "./search.js";

/** Statuses a writer is offered. */
export const OFFERED_STATUSES: readonly string[] = ["approved", "deprecated"];

/** Rows shown at most; the list says when more prompts match. */
export const MAX_ROWS = 200;

interface Offerable {
  readonly path: string;
  readonly summary: PromptSummary;
  readonly keys: SearchKeys;
}

export interface PickGroup<T extends Offerable> {
  /** The library's key (LibrarySource.key). */
  readonly key: string;
  /** Shown as the separator above its rows. */
  readonly label: string;
  readonly entries: readonly T[];
}

export interface PromptRow<T extends Offerable = Offerable> {
  readonly kind: "prompt";
  readonly group: string;
  readonly entry: T;
  readonly id: string;
  readonly deprecated: boolean;
  readonly replacedBy: string | undefined;
  /** The title (the id when there is none). */
  readonly label: string;
  /** `id@version · channel`. */
  readonly description: string;
  /** The prompt's description and tags; for a deprecated prompt, first which prompt to use instead. */
  readonly detail: string;
}

export type PickRow<T extends Offerable = Offerable> =
  | { readonly kind: "separator"; readonly group: string; readonly label: string }
  | PromptRow<T>
  | { readonly kind: "more"; readonly label: string; readonly detail: string };

export interface PickOptions {
  /** Rows at most (default MAX_ROWS); a "more" row follows when the limit cut the list. */
  readonly limit?: number;
  /** Separators between libraries (default true). */
  readonly separators?: boolean;
}

/** The rows for what the writer typed: per library, its approved matches, then its deprecated ones. */
export function pickRows<T extends Offerable>(groups: readonly PickGroup<T>[], query: string, options: PickOptions = {}): PickRow<T>[] {
  return new PromptPicker(groups, options).rows(query);
}

/**
 * The rows of one open picker, keystroke after keystroke. The prompts are split by library and
 * status once; each query keeps the prompts that match it, in library order, and a query that
 * extends the previous one (the writer typed on) searches only those, so the list narrows with
 * the typing at a cost that shrinks with it. The ranking is the library search's, as pickRows.
 */
export class PromptPicker<T extends Offerable> {
  private readonly lists: { readonly group: PickGroup<T>; readonly byStatus: readonly T[][] }[];
  private last: { readonly folded: string; readonly matched: readonly T[][][] } | undefined;

  constructor(groups: readonly PickGroup<T>[], private readonly options: PickOptions = {}) {
    this.lists = groups.map((group) => ({ group, byStatus: OFFERED_STATUSES.map((status) => group.entries.filter((e) => e.summary.id !== undefined && e.summary.status === status)) }));
  }

  rows(query: string): PickRow<T>[] {
    const folded = fold(query);
    const terms = folded.split(/[\s,]+/).filter(Boolean);
    const previous = this.last && folded.startsWith(this.last.folded) ? this.last.matched : undefined;
    const matched = this.lists.map((list, g) =>
      list.byStatus.map((all, s) => {
        const candidates = previous?.[g]?.[s] ?? all;
        return terms.length === 0 ? candidates : candidates.filter((e) => terms.every((t) => e.keys.all.includes(t)));
      }),
    );
    this.last = { folded, matched };
    const limit = this.options.limit ?? MAX_ROWS;
    const rows: PickRow<T>[] = [];
    let left = limit;
    let cut = false;
    for (const [g, list] of this.lists.entries()) {
      const start = rows.length;
      for (const found of matched[g]!) {
        if (found.length > left) cut = true;
        if (left <= 0 || found.length === 0) continue;
        // Ranked by the library search (every word must match, so it keeps all of `found`).
        const shown = terms.length === 0 ? found.slice(0, left) : searchEntries(found, query, { limit: left });
        for (const entry of shown) rows.push(promptRow(list.group.key, entry));
        left -= shown.length;
      }
      if (rows.length > start && this.options.separators !== false) rows.splice(start, 0, { kind: "separator", group: list.group.key, label: list.group.label });
    }
    if (cut) rows.push({ kind: "more", label: `More prompts match than the ${limit} shown`, detail: query.trim() ? "Type more of the title, a tag or the id to narrow the list." : "Type part of a title, a tag or the id to search." });
    return rows;
  }
}

export function promptRow<T extends Offerable>(group: string, entry: T): PromptRow<T> {
  const s = entry.summary;
  const id = s.id ?? "";
  const deprecated = s.status === "deprecated";
  const about = [s.description, s.tags.length ? `tags: ${s.tags.join(", ")}` : undefined].filter(Boolean).join(" · ");
  return {
    kind: "prompt",
    group,
    entry,
    id,
    deprecated,
    replacedBy: deprecated ? s.replacedBy : undefined,
    label: s.title ?? id,
    description: [`${id}@${s.version ?? "?"}`, s.channel].filter(Boolean).join(" · "),
    detail: deprecated ? [deprecationNote(s.replacedBy), about].filter(Boolean).join(" ") : about,
  };
}

/** `Deprecated: use welcome instead.` */
export function deprecationNote(replacedBy: string | undefined): string {
  return replacedBy ? `Deprecated: use ${replacedBy} instead.` : "Deprecated, with no replacement named.";
}

/** Why a prompt cannot be inserted (it is not approved or deprecated), or undefined when it can. */
export function notOfferedReason(summary: PromptSummary, steps: NextSteps = CLI_STEPS): string | undefined {
  const name = `${summary.title ?? summary.id} (${summary.id}@${summary.version ?? "?"})`;
  switch (summary.status) {
    case "approved":
    case "deprecated":
      return undefined;
    case "retired":
      return `${name} is retired and can no longer be inserted.${summary.replacedBy ? ` Use ${summary.replacedBy} instead.` : ""}`;
    case "draft":
    case "review":
      return `${name} is ${summary.status === "draft" ? "a draft" : "in review"}: only approved prompts can be inserted. A librarian approves it with ${steps.approve(summary.id ?? "ID")}.`;
    default:
      return `${name} has no valid status, so it cannot be inserted (see ${steps.check}).`;
  }
}

/**
 * Why an approved (or deprecated) prompt's text is not what was approved: no approval records its
 * current version, or the content changed after that approval (`library/approval-missing`,
 * `library/approval-stale`). Writers must not insert such a prompt as approved. Undefined: the
 * content is the approved content.
 */
export function approvalProblem(prompt: ParsedPrompt): string | undefined {
  const { id, version, approvals } = prompt.fields;
  const name = `${prompt.fields.title ?? id} (${id}@${version ?? "?"})`;
  const forVersion = (approvals ?? []).filter((a) => a.version === version);
  if (forVersion.length === 0) return `${name} has no approval for version ${version ?? "(none)"}, so it cannot be inserted as approved. A librarian approves it with Copydesk: Approve Prompt.`;
  const hash = promptHash(prompt);
  if (!forVersion.some((a) => a.hash === hash)) return `${name} changed after it was approved (its content no longer matches the approved version), so it cannot be inserted. A librarian reviews the change, bumps the version and approves it again.`;
  return undefined;
}

/**
 * The prompt to use instead of a deprecated one: its `replacedBy`, followed while that is
 * deprecated too, until an approved prompt. Undefined when the chain ends anywhere else.
 */
export function approvedReplacement<R extends { readonly summary: PromptSummary }>(replacedBy: string | undefined, find: (id: string) => R | undefined): R | undefined {
  const seen = new Set<string>();
  for (let id = replacedBy; id !== undefined && !seen.has(id); ) {
    seen.add(id);
    const found = find(id);
    if (!found) return undefined;
    if (found.summary.status === "approved") return found;
    if (found.summary.status !== "deprecated") return undefined;
    id = found.summary.replacedBy;
  }
  return undefined;
}

/**
 * The `/prompt` completion trigger in the text before the cursor on its line: a slash at the start
 * of the line (after indentation) and a word that begins "prompt" or is the start of it. `query`
 * is what follows `/prompt` (with an optional `-` or `:`), to search with.
 */
export function completionTrigger(linePrefix: string): { indent: number; text: string; query: string } | undefined {
  const m = /^([ \t]*)(\/([\w.:-]*))$/.exec(linePrefix);
  if (!m) return undefined;
  const word = m[3]!.toLowerCase();
  if (word.startsWith("prompt")) return { indent: m[1]!.length, text: m[2]!, query: m[3]!.slice(6).replace(/^[-:]/, "") };
  if ("prompt".startsWith(word)) return { indent: m[1]!.length, text: m[2]!, query: "" };
  return undefined;
}
