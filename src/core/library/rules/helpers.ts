/** What several governance rules read from a prompt: its approvals and variables, with positions. */
import type { Range } from "../../text/line-index.js";
import type { Approval } from "../schema.js";
import type { ParsedPrompt } from "../prompt.js";

export interface PositionedApproval {
  readonly index: number;
  readonly approval: Approval;
  /** The approval item's first line. */
  readonly range: Range;
}

/** The recorded approvals (only when the `approvals:` list is valid). */
export function approvals(prompt: ParsedPrompt): PositionedApproval[] {
  return (prompt.fields.approvals ?? []).map((approval, index) => ({ index, approval, range: firstLine(prompt, prompt.locate(["approvals", index])) }));
}

/** The approvals recorded for the prompt's current version. */
export function currentApprovals(prompt: ParsedPrompt): PositionedApproval[] {
  const version = prompt.fields.version;
  return version === undefined ? [] : approvals(prompt).filter((a) => a.approval.version === version);
}

/** The declared variable names (from `variables:` as written, even when a declaration is invalid). */
export function declaredVariables(prompt: ParsedPrompt): string[] {
  const vars = prompt.raw?.variables;
  return vars && typeof vars === "object" && !Array.isArray(vars) ? Object.keys(vars) : [];
}

export function firstLine(prompt: ParsedPrompt, range: Range): Range {
  const end = prompt.lines.lineEnd(prompt.lines.lineAt(range[0]));
  return [range[0], Math.max(range[0], Math.min(range[1], end))];
}

/** How a prompt id is shown in messages. */
export function idOf(prompt: ParsedPrompt): string {
  return prompt.fields.id ?? "this prompt";
}
