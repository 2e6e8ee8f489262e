/**
 * What the Prompt Library view says about a prompt: the one-line description beside its title,
 * and the Markdown tooltip with the fields a writer or librarian decides by.
 */
import type { PromptSummary } from "./scan.js";
import type { Approval, VariableSpec } from "./schema.js";

/** `welcome@1.2.0 · email`, plus the status when not approved (`· draft`), and a deprecated prompt's replacement. */
export function promptDescription(summary: PromptSummary): string {
  const parts = [`${summary.id ?? "?"}@${summary.version ?? "?"}`];
  if (summary.channel) parts.push(summary.channel);
  const status = summary.status ?? "no status";
  if (status === "deprecated") parts.push(summary.replacedBy ? `deprecated → replaced by ${summary.replacedBy}` : "deprecated, no replacement named");
  else if (status !== "approved") parts.push(status);
  return parts.join(" · ");
}

export interface TooltipInput {
  readonly summary: PromptSummary;
  /** The file, relative to its configuration root. */
  readonly relativePath: string;
  /** The library it belongs to (the workspace folder's name, or "Starter library"). */
  readonly library: string;
  /** From the full parse; undefined when the field is not valid. */
  readonly variables: Readonly<Record<string, VariableSpec>> | undefined;
  readonly approvals: readonly Approval[] | undefined;
  readonly reviewBy: string | undefined;
}

/** The tooltip, as Markdown (every value from the file escaped). */
export function promptTooltip(input: TooltipInput): string {
  const s = input.summary;
  const lines: string[] = [`**${md(s.title ?? s.id ?? "Untitled prompt")}** \`${code(`${s.id ?? "?"}@${s.version ?? "?"}`)}\``, ""];
  if (s.description) lines.push(mdLine(s.description), "");
  if (s.status === "deprecated") lines.push(s.replacedBy ? `**Deprecated:** use \`${code(s.replacedBy)}\` instead.` : "**Deprecated,** and no replacement is named.", "");
  if (s.status === "retired") lines.push("**Retired:** no longer offered to writers.", "");
  const approval = lastApproval(input.approvals);
  const facts: [string, string | undefined][] = [
    ["Status", s.status ? md(s.status) : "none"],
    ["Owner", s.owner ? md(s.owner) : "none"],
    ["Channel", s.channel ? md(s.channel) : undefined],
    ["Tags", s.tags.length ? s.tags.map(md).join(", ") : undefined],
    ["Risk", md(s.risk ?? "low")],
    ["Last approval", approval ? `${md(approval.date)} by ${md(approval.by)} (${md(approval.role)}) for ${md(approval.version)}` : "none"],
    ["Review by", input.reviewBy ? md(input.reviewBy) : undefined],
    ["Variables", variablesLine(input.variables)],
    ["File", `${md(input.relativePath)} (${md(input.library)})`],
  ];
  for (const [name, value] of facts) if (value !== undefined) lines.push(`- ${name}: ${value}`);
  return lines.join("\n");
}

function lastApproval(approvals: readonly Approval[] | undefined): Approval | undefined {
  let last: Approval | undefined;
  for (const a of approvals ?? []) if (!last || a.date >= last.date) last = a;
  return last;
}

function variablesLine(variables: Readonly<Record<string, VariableSpec>> | undefined): string {
  const entries = Object.entries(variables ?? {});
  if (entries.length === 0) return "none";
  return entries
    .map(([name, spec]) => {
      const notes: string[] = [];
      if (spec.required) notes.push("required");
      if (spec.enum) notes.push(spec.enum.map((v) => md(String(v))).join(" | "));
      if (spec.default !== undefined) notes.push(`default ${md(JSON.stringify(String(spec.default)))}`);
      else if (spec.example !== undefined) notes.push(`e.g. ${md(JSON.stringify(String(spec.example)))}`);
      return `\`${code(name)}\`${notes.length ? ` (${notes.join(", ")})` : ""}`;
    })
    .join(", ");
}

/** Escapes Markdown's punctuation (and HTML's angle brackets) in text from a prompt file. */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, "\\$&").replace(/\r?\n/g, " ");
}

/** `md` for text that starts a line, where `#`, `-`, `+`, `=` and `1.` would start a block. */
export function mdLine(text: string): string {
  return md(text).replace(/^(\s*)([#+\-=>])/, "$1\\$2").replace(/^(\s*\d+)([.)])/, "$1\\$2");
}

/** Text inside a code span: backticks cannot be escaped there, so they become quotes. */
function code(text: string): string {
  return text.replace(/`/g, "'").replace(/\r?\n/g, " ");
}
