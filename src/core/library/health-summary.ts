/**
 * The library's health as GitHub-flavoured Markdown, for a pull-request comment
 * (`copydesk library check --format summary`): a status line, counts by status, what needs
 * attention (with file:line), the findings by rule and the first findings. Long lists fold into
 * `<details>`. Pure: `(health, options) → string`.
 */
import type { FindingSeverity } from "../config/schema.js";
import type { FindingItem, LibraryHealth, Place, PromptItem, ReviewItem, StampUse } from "./health.js";

export interface HealthSummaryOptions {
  readonly title?: string;
  /** How many findings to list (default 20); the rest are counted. */
  readonly limit?: number;
  /** Lists longer than this fold into `<details>` (default 5). */
  readonly fold?: number;
  /** Links each rule id to its documentation. */
  readonly docsUrl?: (rule: string) => string;
}

const ICONS: Record<FindingSeverity, string> = { error: "❌", warning: "⚠️", info: "ℹ️", hint: "💡" };

export function formatHealthSummary(health: LibraryHealth, options: HealthSummaryOptions = {}): string {
  const limit = options.limit ?? 20;
  const fold = options.fold ?? 5;
  const f = health.findings;
  const out: string[] = [`## ${prose(options.title ?? "Prompt library health")}`, "", statusLine(health), ""];

  out.push("| status | prompts |", "| --- | ---: |");
  for (const { status, count } of health.byStatus) if (count > 0 || status !== "invalid") out.push(`| ${status} | ${count} |`);
  out.push(`| **total** | **${health.prompts}** |`, "");

  const attention: [string, number][] = [
    ["reviews overdue", health.reviews.overdue.length],
    [`reviews due within ${health.dueWithinDays} days`, health.reviews.due.length],
    ["stale approvals", health.staleApprovals.length],
    ["approvals missing", health.approvalsMissing.length],
    ["prompts without an owner", health.withoutOwner.length],
    ["deprecated or retired prompts still used in copy", health.deprecatedInUse.length],
  ];
  out.push("| needs attention | count |", "| --- | ---: |", ...attention.map(([what, n]) => `| ${what} | ${n} |`), "");
  out.push(
    ...section("Reviews overdue", health.reviews.overdue.map(review), fold),
    ...section(`Reviews due within ${health.dueWithinDays} days`, health.reviews.due.map(review), fold),
    ...section("Stale approvals", health.staleApprovals.map(promptLine), fold),
    ...section("Approvals missing", health.approvalsMissing.map(promptLine), fold),
    ...section("Prompts without an owner", health.withoutOwner.map(promptLine), fold),
    ...section("Deprecated prompts still used in copy", health.deprecatedInUse.map(stampLine), fold),
  );

  if (f.byRule.length > 0) {
    out.push("### Findings by rule", "", "| rule | errors | warnings | infos | total |", "| --- | ---: | ---: | ---: | ---: |");
    for (const r of f.byRule) out.push(`| ${options.docsUrl ? `[${r.rule}](${options.docsUrl(r.rule)})` : r.rule} | ${r.errors} | ${r.warnings} | ${r.infos + r.hints} | ${r.total} |`);
    out.push("");
    const shown = f.list.slice(0, limit).map(findingLine);
    const rest = f.list.length - shown.length;
    const heading = rest > 0 ? `The first ${shown.length} of ${f.list.length} findings` : `${f.list.length} ${f.list.length === 1 ? "finding" : "findings"}`;
    out.push(...section("Findings", shown, fold, heading));
    if (rest > 0) out.push(`…and ${rest} more. Run \`copydesk library check\` to see them all.`, "");
  }
  return `${out.join("\n").replace(/\n+$/, "")}\n`;
}

function statusLine(health: LibraryHealth): string {
  const f = health.findings;
  const total = f.errors + f.warnings + f.infos + f.hints;
  const prompts = `${health.prompts} ${health.prompts === 1 ? "prompt" : "prompts"}`;
  const counts = [plural(f.errors, "error"), plural(f.warnings, "warning"), plural(f.infos, "info"), ...(f.hints ? [plural(f.hints, "hint")] : [])].join(", ");
  const used = health.deprecatedInUse.length;
  const stamps = used === 1 ? "1 provenance stamp in the copy names a deprecated or retired prompt." : `${used} provenance stamps in the copy name a deprecated or retired prompt.`;
  if (f.errors > 0 || f.warnings > 0) return `${f.errors > 0 ? "❌" : "⚠️"} **${plural(total, "problem")}** (${counts}) in ${prompts}.${used ? ` ${stamps}` : ""}`;
  const clean = `**No errors or warnings** in ${prompts}${total ? ` (${counts})` : ""}`;
  return used ? `⚠️ ${clean}, but ${stamps}` : `✅ ${clean}.`;
}

function section(title: string, items: readonly string[], fold: number, summary?: string): string[] {
  if (items.length === 0) return [];
  const label = summary ?? `${items.length} ${items.length === 1 ? "item" : "items"}`;
  if (items.length <= fold) return [`### ${title}`, "", ...items, ""];
  return [`### ${title}`, "", `<details><summary>${label}</summary>`, "", ...items, "", "</details>", ""];
}

function review(item: ReviewItem): string {
  const when = item.days < 0 ? `${plural(-item.days, "day")} ago` : item.days === 0 ? "today" : `in ${plural(item.days, "day")}`;
  const why = item.from === "reviewBy" ? "`reviewBy`" : "last approval + `library.reviewEveryDays`";
  return `- ${code(item.id)} ${place(item)}: due ${item.due} (${when}; ${why})`;
}

function promptLine(item: PromptItem): string {
  return `- ${code(item.id)} ${place(item)}${item.status ? ` (${item.status})` : ""}`;
}

function stampLine(use: StampUse): string {
  const instead = use.replacedBy ? `; use ${code(use.replacedBy)} instead` : "";
  return `- ${place(use)} names ${code(use.ref)} (${use.status}${instead})`;
}

function findingLine(item: FindingItem): string {
  return `- ${ICONS[item.severity]} ${code(`${item.shown}:${item.line}:${item.column}`)} **${item.rule}**: ${prose(item.message)}`;
}

function place(p: Place): string {
  return code(`${p.shown}:${p.line}`);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** A code span that holds any text (a fence longer than its longest backtick run). */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, " ");
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longest + 1);
  const pad = longest > 0 ? " " : "";
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Text for Markdown: on one line, with `<`, `>` and `&` escaped outside code spans (so no HTML gets through). */
export function prose(text: string): string {
  const flat = text.replace(/\r?\n/g, " ");
  let out = "";
  let last = 0;
  for (const m of flat.matchAll(/(`+)[^`][\s\S]*?\1(?!`)/g)) {
    out += escapeHtml(flat.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + escapeHtml(flat.slice(last));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
