/**
 * The prompt lifecycle, draft → review → approved → deprecated → retired, as pure functions: each
 * takes a parsed prompt and returns the text edits of one step, or the reason it cannot be taken.
 * Only the fields a step must change are touched (see yaml-edit.ts).
 */
import type { ResolvedConfig } from "../config/resolved.js";
import type { Finding } from "../findings/types.js";
import { promptHash } from "./hash.js";
import { findLibrarian, sameIdentity } from "./identity.js";
import type { LibraryLookup } from "./lookup.js";
import type { ParsedPrompt } from "./prompt.js";
import { addDays } from "./rules/review-overdue.js";
import { PROMPT_ID, ROLES, type ApprovalRole, type PromptStatus } from "./schema.js";
import { bumpVersion, type BumpLevel } from "./semver.js";
import { appendListItem, EditError, setField, type TextEdit } from "./yaml-edit.js";
import { CLI_STEPS, type NextSteps, type StepOptions } from "./next-steps.js";

export type StepResult = { readonly ok: true; readonly edits: readonly TextEdit[]; readonly message: string } | { readonly ok: false; readonly reason: string };

/** Findings that an approval or a submission itself resolves, or that do not concern the content. */
const NOT_BLOCKING = new Set(["library/approval-missing", "library/approval-stale", "library/legal-approval-missing", "library/review-overdue", "library/version-not-bumped"]);

function refuse(reason: string): StepResult {
  return { ok: false, reason };
}

function guarded(step: () => StepResult): StepResult {
  try {
    return step();
  } catch (error) {
    if (error instanceof EditError) return refuse(error.message);
    throw error;
  }
}

/** The id and status, when the front matter is readable enough to take a step. */
function basics(prompt: ParsedPrompt, steps: NextSteps): { id: string; status: PromptStatus } | string {
  if (!prompt.isPrompt) return "This file is not a prompt (its front matter has no `id:`).";
  const { id, status } = prompt.fields;
  if (!prompt.raw || id === undefined || status === undefined) return `The prompt's front matter is not valid (see ${steps.check}); fix the \`library/schema\` errors first.`;
  return { id, status };
}

function blockingErrors(findings: readonly Finding[], prompt: ParsedPrompt): string | undefined {
  const blocking = findings.filter((f) => f.severity === "error" && !NOT_BLOCKING.has(f.rule));
  if (blocking.length === 0) return undefined;
  const lines = blocking.slice(0, 5).map((f) => `  line ${prompt.lines.lineAt(f.range[0]) + 1}: ${f.rule}: ${f.message}`);
  const more = blocking.length > 5 ? `\n  …and ${blocking.length - 5} more` : "";
  return `it has governance errors:\n${lines.join("\n")}${more}`;
}

export function submitPrompt(prompt: ParsedPrompt, options: { findings: readonly Finding[] } & StepOptions): StepResult {
  const steps = options.steps ?? CLI_STEPS;
  return guarded(() => {
    const b = basics(prompt, steps);
    if (typeof b === "string") return refuse(b);
    if (b.status === "review") return refuse(`${b.id} is already in review. A librarian approves it with ${steps.approve(b.id)}.`);
    if (b.status === "deprecated" || b.status === "retired") return refuse(`${b.id} is ${b.status}; it cannot go back to review. Create a new prompt instead (${steps.newFrom(b.id)}).`);
    const errors = blockingErrors(options.findings, prompt);
    if (errors) return refuse(`${b.id} cannot be submitted: ${errors}`);
    return { ok: true, edits: setField(prompt, "status", "review"), message: `${b.id} ${prompt.fields.version ?? ""} is now in review.`.replace(/ +/g, " ") };
  });
}

export interface ApproveOptions extends StepOptions {
  /** Who approves, "Name <email>"; must be one of `library.librarians`. */
  readonly approver: string;
  readonly role: ApprovalRole;
  /** YYYY-MM-DD. */
  readonly today: string;
  readonly config: ResolvedConfig;
  /** The prompt's governance findings (from `checkEntry`). */
  readonly findings: readonly Finding[];
}

export function approvePrompt(prompt: ParsedPrompt, options: ApproveOptions): StepResult {
  const steps = options.steps ?? CLI_STEPS;
  return guarded(() => {
    const b = basics(prompt, steps);
    if (typeof b === "string") return refuse(b);
    const { id, status } = b;
    if (!ROLES.includes(options.role)) return refuse(`The role must be one of ${ROLES.join(", ")}.`);
    const librarians = options.config.library.librarians;
    const librarian = findLibrarian(librarians, options.approver);
    if (!librarian) {
      return refuse(
        librarians.length
          ? `${options.approver} is not a librarian. Only the people in \`library.librarians\` in copydesk.yaml may approve prompts: ${librarians.join("; ")}.`
          : "`library.librarians` in copydesk.yaml is empty, so nobody may approve prompts. Add the librarians as \"Name <email>\".",
      );
    }
    if (status === "draft") return refuse(`${id} is a draft. Submit it for review first: ${steps.submit(id)}.`);
    if (status === "deprecated" || status === "retired") return refuse(`${id} is ${status}; only prompts in review (or approved, to renew or add a legal approval) can be approved.`);
    const errors = blockingErrors(options.findings, prompt);
    if (errors) return refuse(`${id} cannot be approved: ${errors}`);
    const version = prompt.fields.version;
    const hash = promptHash(prompt);
    if (version === undefined || hash === undefined) return refuse(`${id} cannot be approved: its version or content cannot be read (see ${steps.check}).`);
    const recorded = prompt.fields.approvals ?? [];
    if (recorded.some((a) => a.version === version && a.hash !== hash)) {
      return refuse(`${id} ${version} was approved with other content; a version's content cannot change after approval. Bump the version first (${steps.bump(id)}), then approve the new version.`);
    }
    const current = recorded.filter((a) => a.version === version && a.hash === hash);
    if (current.some((a) => a.role === options.role && sameIdentity(a.by, librarian) && a.date === options.today)) {
      return refuse(`${librarian} already approved ${id} ${version} as ${options.role} today.`);
    }
    const high = prompt.fields.risk === "high";
    const hasLegal = current.some((a) => a.role === "legal") || options.role === "legal";
    if (options.role === "librarian" && high && !hasLegal) {
      return refuse(`${id} is \`risk: high\`: legal must approve ${version} first (${steps.approveLegal(id)}), then a librarian.`);
    }
    const hasLibrarian = current.some((a) => a.role === "librarian") || options.role === "librarian";
    const nowApproved = hasLibrarian && (!high || hasLegal);
    const edits: TextEdit[] = [
      ...appendListItem(prompt, "approvals", [["by", librarian], ["role", options.role], ["date", options.today], ["version", version], ["hash", hash]]),
    ];
    if (nowApproved && status !== "approved") edits.push(...setField(prompt, "status", "approved"));
    if (nowApproved && prompt.raw?.reviewBy !== undefined) edits.push(...setField(prompt, "reviewBy", addDays(options.today, options.config.library.reviewEveryDays)));
    const outcome = nowApproved ? (status === "approved" ? "stays approved" : "is now approved") : `stays in review (it still needs ${hasLibrarian ? "a legal" : "a librarian"} approval)`;
    return { ok: true, edits, message: `${librarian} approved ${id} ${version} as ${options.role}; it ${outcome}.` };
  });
}

export function deprecatePrompt(prompt: ParsedPrompt, options: { replacedBy: string; library: LibraryLookup } & StepOptions): StepResult {
  return guarded(() => {
    const b = basics(prompt, options.steps ?? CLI_STEPS);
    if (typeof b === "string") return refuse(b);
    const { id, status } = b;
    const target = options.replacedBy;
    if (status !== "approved") return refuse(`${id} is ${status}; only approved prompts are deprecated${status === "draft" || status === "review" ? " (a draft or a prompt in review can simply be deleted)" : ""}.`);
    if (!PROMPT_ID.test(target)) return refuse(`"${target}" is not a prompt id.`);
    if (target === id) return refuse(`${id} cannot replace itself.`);
    const replacement = options.library.prompt(target);
    if (!replacement) return refuse(`The library has no prompt "${target}". Create the replacement first.`);
    if (replacement.status === "retired") return refuse(`${target} is retired; choose a replacement writers can use.`);
    const chain = [id, target];
    for (let next = replacement; next.status === "deprecated" && next.replacedBy; ) {
      if (chain.includes(next.replacedBy)) return refuse(`That would make a cycle of replacements: ${[...chain, next.replacedBy].join(" → ")}.`);
      chain.push(next.replacedBy);
      const after = options.library.prompt(next.replacedBy);
      if (!after) break;
      next = after;
    }
    return { ok: true, edits: [...setField(prompt, "status", "deprecated"), ...setField(prompt, "replacedBy", target)], message: `${id} is now deprecated; writers are pointed to ${target}.` };
  });
}

export function retirePrompt(prompt: ParsedPrompt, options: StepOptions = {}): StepResult {
  return guarded(() => {
    const b = basics(prompt, options.steps ?? CLI_STEPS);
    if (typeof b === "string") return refuse(b);
    const { id, status } = b;
    if (status === "retired") return refuse(`${id} is already retired.`);
    if (status === "draft" || status === "review") return refuse(`${id} is ${status} and was never offered to writers; delete the file instead of retiring it.`);
    return { ok: true, edits: setField(prompt, "status", "retired"), message: `${id} is now retired; writers no longer see it.` };
  });
}

export function bumpPrompt(prompt: ParsedPrompt, level: BumpLevel, options: StepOptions = {}): StepResult {
  const steps = options.steps ?? CLI_STEPS;
  return guarded(() => {
    const b = basics(prompt, steps);
    if (typeof b === "string") return refuse(b);
    const { id, status } = b;
    if (status === "retired") return refuse(`${id} is retired; it gets no new versions.`);
    const version = prompt.fields.version;
    const next = version === undefined ? undefined : bumpVersion(version, level);
    if (!version || !next) return refuse(`${id} has no valid version to bump; fix \`version:\` first.`);
    const hint = status === "approved" || status === "deprecated" ? ` Version ${next} needs its own approval: ${steps.submit(id)}.` : "";
    return { ok: true, edits: setField(prompt, "version", next), message: `${id}: ${version} → ${next}.${hint}` };
  });
}
