/**
 * The library's health at a glance (the Library Health panel, `copydesk library check --format
 * summary`): prompts by status, reviews due and overdue, stale and missing approvals, prompts
 * without an owner, deprecated or retired prompts still named by provenance stamps in the copy, and
 * the governance findings by rule. Pure: the caller supplies the check results, the copy and today.
 */
import type { ResolvedConfig } from "../config/resolved.js";
import type { FindingSeverity } from "../config/schema.js";
import { parseDocument } from "../document/index.js";
import { provenanceStamps as stampsIn } from "./stamps.js";
import { relative } from "../paths.js";
import type { Range } from "../text/line-index.js";
import type { PromptCheck } from "./check.js";
import type { LibraryLookup } from "./lookup.js";
import { addDays, reviewDue } from "./rules/review-overdue.js";
import { STATUSES } from "./schema.js";

/** A copy file of the workspace, as the caller read it (the lint's `files.include`). */
export interface CopyFile {
  /** Absolute POSIX path (what links open). */
  readonly path: string;
  readonly text: string;
}

export interface HealthInput {
  /** The governance results of the prompts to summarise (`checkLibrary`). */
  readonly checks: readonly PromptCheck[];
  /** The library the stamps in the copy are looked up in. */
  readonly library: LibraryLookup;
  readonly config: ResolvedConfig;
  /** YYYY-MM-DD. */
  readonly today: string;
  readonly copy: readonly CopyFile[];
  /** How a path is shown (default: relative to the configuration's root). */
  readonly show?: (path: string) => string;
  /** Reviews due within this many days count as "due" (default 30). */
  readonly dueWithinDays?: number;
}

/** A place in a file: what the panel links to and the summary prints as `file:line`. */
export interface Place {
  /** Absolute POSIX path. */
  readonly path: string;
  readonly shown: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
}

export interface PromptItem extends Place {
  /** The prompt's id (its path when it has no valid id). */
  readonly id: string;
  readonly title: string | undefined;
  readonly status: string | undefined;
}

export interface ReviewItem extends PromptItem {
  /** The day the review is (or was) due. */
  readonly due: string;
  readonly from: "reviewBy" | "approval";
  /** Days from today to the due date (negative when overdue). */
  readonly days: number;
}

export interface FindingItem extends PromptItem {
  readonly rule: string;
  readonly severity: FindingSeverity;
  readonly message: string;
}

export interface StampUse extends Place {
  /** The stamp as written: `id@version` or `id`. */
  readonly ref: string;
  readonly id: string;
  readonly status: "deprecated" | "retired";
  readonly replacedBy: string | undefined;
  /** The prompt file the stamp names. */
  readonly prompt: { readonly path: string; readonly shown: string; readonly title: string | undefined };
}

export interface RuleCount {
  readonly rule: string;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly hints: number;
  readonly total: number;
}

export type StatusKey = (typeof STATUSES)[number] | "invalid";

export interface LibraryHealth {
  readonly today: string;
  readonly dueWithinDays: number;
  /** Prompt files summarised (including those whose status is not valid). */
  readonly prompts: number;
  /** Every status, in lifecycle order, then `invalid` (no valid `status:`). */
  readonly byStatus: readonly { readonly status: StatusKey; readonly count: number }[];
  readonly reviews: {
    /** Approved prompts past their review date, most overdue first. */
    readonly overdue: readonly ReviewItem[];
    /** Approved prompts due within `dueWithinDays`, soonest first. */
    readonly due: readonly ReviewItem[];
    /** Approved prompts whose review is further away. */
    readonly ok: number;
    /** Approved prompts with neither `reviewBy` nor a librarian approval. */
    readonly unscheduled: number;
  };
  /** `library/approval-stale` findings: the content changed after it was approved. */
  readonly staleApprovals: readonly FindingItem[];
  /** `library/approval-missing` findings: approved without an approval of the current version. */
  readonly approvalsMissing: readonly FindingItem[];
  readonly withoutOwner: readonly PromptItem[];
  /** Provenance stamps in the copy that name a deprecated or retired prompt, by file and line. */
  readonly deprecatedInUse: readonly StampUse[];
  /** Provenance stamps found in the copy (any prompt). */
  readonly stamps: number;
  readonly copyFiles: number;
  readonly findings: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
    readonly hints: number;
    /** By rule, most findings first. */
    readonly byRule: readonly RuleCount[];
    /** Every finding, by file then position. */
    readonly list: readonly FindingItem[];
  };
}

const DEFAULT_DUE_WITHIN_DAYS = 30;
/** Copy that may carry a provenance stamp; other files are not parsed. */
const MAY_NAME_PROMPT = /copydesk\s+prompt\s*:|^prompt\s*:/im;

export function libraryHealth(input: HealthInput): LibraryHealth {
  const show = input.show ?? ((path: string) => relative(input.config.root, path));
  const dueWithinDays = input.dueWithinDays ?? DEFAULT_DUE_WITHIN_DAYS;
  const horizon = addDays(input.today, dueWithinDays);
  const checks = input.checks.filter((c) => c.prompt.isPrompt || c.entry.loadProblems.length > 0);
  const statusCounts = new Map<StatusKey, number>([...STATUSES, "invalid" as const].map((s) => [s, 0]));
  const overdue: ReviewItem[] = [];
  const due: ReviewItem[] = [];
  let ok = 0;
  let unscheduled = 0;
  const withoutOwner: PromptItem[] = [];
  const list: FindingItem[] = [];

  for (const check of checks) {
    const prompt = check.prompt;
    const status = prompt.fields.status;
    statusCounts.set(status ?? "invalid", (statusCounts.get(status ?? "invalid") ?? 0) + 1);
    const item = (range: Range): PromptItem => {
      const at = prompt.lines.positionAt(range[0]);
      return { id: prompt.fields.id ?? check.entry.relativePath, title: prompt.fields.title, status, path: check.entry.path, shown: show(check.entry.path), line: at.line + 1, column: at.character + 1 };
    };
    if (prompt.isPrompt && prompt.fields.owner === undefined) withoutOwner.push(item(prompt.raw && "owner" in prompt.raw ? prompt.locate(["owner"]) : prompt.locate(["id"], true)));
    if (status === "approved") {
      const review = reviewDue(prompt, input.config.library.reviewEveryDays);
      if (!review) unscheduled++;
      else if (review.date > horizon) ok++;
      else (review.date < input.today ? overdue : due).push({ ...item(review.range), due: review.date, from: review.from, days: daysBetween(input.today, review.date) });
    }
    for (const f of check.findings) list.push({ ...item(f.range), rule: f.rule, severity: f.severity, message: f.message });
  }

  const deprecatedInUse: StampUse[] = [];
  let stamps = 0;
  for (const file of input.copy) {
    if (!MAY_NAME_PROMPT.test(file.text)) continue;
    for (const stamp of provenanceStamps(file)) {
      stamps++;
      const prompt = input.library.prompt(stamp.id);
      if (!prompt || (prompt.status !== "deprecated" && prompt.status !== "retired")) continue;
      deprecatedInUse.push({
        path: file.path, shown: show(file.path), line: stamp.line, column: stamp.column, ref: stamp.ref, id: stamp.id,
        status: prompt.status, replacedBy: prompt.replacedBy,
        prompt: { path: prompt.path, shown: show(prompt.path), title: prompt.title },
      });
    }
  }

  const byRule = new Map<string, { errors: number; warnings: number; infos: number; hints: number }>();
  for (const f of list) {
    const counts = byRule.get(f.rule) ?? { errors: 0, warnings: 0, infos: 0, hints: 0 };
    counts[PLURAL[f.severity]]++;
    byRule.set(f.rule, counts);
  }
  const count = (severity: FindingSeverity) => list.filter((f) => f.severity === severity).length;
  return {
    today: input.today,
    dueWithinDays,
    prompts: checks.length,
    byStatus: [...statusCounts].map(([s, n]) => ({ status: s, count: n })),
    reviews: { overdue: overdue.sort((a, b) => a.days - b.days || compare(a.id, b.id)), due: due.sort((a, b) => a.days - b.days || compare(a.id, b.id)), ok, unscheduled },
    staleApprovals: list.filter((f) => f.rule === "library/approval-stale"),
    approvalsMissing: list.filter((f) => f.rule === "library/approval-missing"),
    withoutOwner,
    deprecatedInUse,
    stamps,
    copyFiles: input.copy.length,
    findings: {
      errors: count("error"), warnings: count("warning"), infos: count("info"), hints: count("hint"),
      byRule: [...byRule]
        .map(([rule, c]) => ({ rule, ...c, total: c.errors + c.warnings + c.infos + c.hints }))
        .sort((a, b) => b.errors - a.errors || b.total - a.total || compare(a.rule, b.rule)),
      list,
    },
  };
}

const PLURAL = { error: "errors", warning: "warnings", info: "infos", hint: "hints" } as const;

export interface ProvenanceStamp {
  readonly id: string;
  readonly version: string | undefined;
  readonly ref: string;
  /** 1-based. */
  readonly line: number;
  readonly column: number;
}

/** The provenance stamps of a copy file: `<!-- copydesk prompt: id@version -->` comments and a front matter `prompt:`. */
export function provenanceStamps(file: CopyFile): ProvenanceStamp[] {
  const document = parseDocument(file.text, { path: file.path });
  return stampsIn(document)
    .map((s) => {
      const at = document.lines.positionAt(s.range[0]);
      return { id: s.id, version: s.version, ref: s.version ? `${s.id}@${s.version}` : s.id, line: at.line + 1, column: at.character + 1 };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/** Whole days from `from` to `to` (YYYY-MM-DD), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
