/**
 * The librarian's commands: New Prompt, Submit for Review, Approve, Deprecate, Retire, Bump
 * Version. Each lifecycle step applies core's edits to the prompt's document as ONE WorkspaceEdit
 * (one Undo), changing only the fields the step must. The document is left unsaved, like a
 * refactoring: the librarian sees the change in the editor, saves it and commits it (a buffer that
 * already had unsaved changes is not saved behind their back either). Each command returns its
 * outcome (for tests and other extensions) and says it in a message.
 */
import * as vscode from "vscode";
import type { StepResult } from "../../core/library/lifecycle.js";
import type { BumpLevel } from "../../core/library/semver.js";
import type { ParsedPrompt } from "../../core/library/prompt.js";
import { settingsFor } from "../config-store.js";
import { loadCore, type Core } from "../core.js";
import { COMMANDS } from "../ids.js";
import type { LibraryDeps } from "./deps.js";
import { workspaceEdit } from "./governance-actions.js";
import { gitIdentity } from "./librarian-git.js";
import { newPromptCommand, type NewPromptOptions } from "./librarian-new.js";
import { openTarget, promptUri, Refusal, type PromptTarget } from "./librarian-target.js";

/** What a librarian command did: changed a file, refused (saying why), or nothing (cancelled). */
export type LibrarianOutcome = { readonly ok: true; readonly message: string; readonly uri: vscode.Uri } | { readonly ok: false; readonly reason: string } | undefined;

/** Options a caller may give instead of answering the command's questions. */
export interface StepOptions {
  /** Deprecate: the replacement's id. */
  readonly replacedBy?: string;
  /** Bump: patch, minor or major. */
  readonly level?: BumpLevel;
  /** Approve: librarian (default) or legal. */
  readonly role?: "librarian" | "legal";
}

type Step = (core: Core, target: PromptTarget, options: StepOptions, deps: LibraryDeps) => Promise<StepResult | undefined>;

export function registerLibrarianCommands(deps: LibraryDeps): vscode.Disposable[] {
  const step = (command: string, action: string, run: Step) =>
    vscode.commands.registerCommand(command, (arg?: unknown, options?: StepOptions) => lifecycle(deps, arg, options ?? {}, action, run));
  return [
    vscode.commands.registerCommand(COMMANDS.newPrompt, (options?: NewPromptOptions) => report(newPromptCommand(deps, options ?? {}), deps)),
    step(COMMANDS.submitPrompt, "submit for review", submit),
    step(COMMANDS.approvePrompt, "approve", approve),
    step(COMMANDS.deprecatePrompt, "deprecate", deprecate),
    step(COMMANDS.retirePrompt, "retire", async (core, target) => core.retirePrompt(target.located.entry.parsed(), { steps: core.EDITOR_STEPS })),
    step(COMMANDS.bumpPromptVersion, "bump", bump),
  ];
}

async function lifecycle(deps: LibraryDeps, arg: unknown, options: StepOptions, action: string, run: Step): Promise<LibrarianOutcome> {
  return report(
    (async () => {
      const uri = await promptUri(deps.store, arg, action);
      if (!uri) return undefined;
      const core = await loadCore();
      const target = await openTarget(deps.store, uri);
      const result = await run(core, target, options, deps);
      if (!result) return undefined;
      if (!result.ok) return { ok: false, reason: result.reason } as const;
      const { document } = target;
      if (document.getText() !== target.located.entry.text) throw new Refusal(`${vscode.workspace.asRelativePath(uri)} changed while the command ran; run it again.`);
      if (!(await vscode.workspace.applyEdit(workspaceEdit(document, result.edits)))) throw new Refusal(`VS Code could not edit ${vscode.workspace.asRelativePath(uri)}.`);
      if (!vscode.window.visibleTextEditors.some((e) => e.document === document)) await vscode.window.showTextDocument(document, { preview: false });
      return { ok: true, message: result.message, uri } as const;
    })(),
    deps,
  );
}

/** Shows the outcome (information or error message) and returns it. */
async function report(work: Promise<LibrarianOutcome>, deps: LibraryDeps): Promise<LibrarianOutcome> {
  let outcome: LibrarianOutcome;
  try {
    outcome = await work;
  } catch (error) {
    if (!(error instanceof Refusal)) deps.log.error(`librarian command failed: ${(error as Error).stack ?? error}`);
    outcome = { ok: false, reason: error instanceof Refusal ? error.message : `Copydesk could not complete the command: ${(error as Error).message}` };
  }
  if (outcome?.ok) void vscode.window.showInformationMessage(outcome.message);
  else if (outcome) void vscode.window.showErrorMessage(outcome.reason);
  return outcome;
}

async function findingsOf(core: Core, target: PromptTarget) {
  const { source, entry } = target.located;
  return (await core.checkEntry(source.index, entry, { config: source.config, today: core.todayUtc() })).findings;
}

const submit: Step = async (core, target) => core.submitPrompt(target.located.entry.parsed(), { findings: await findingsOf(core, target), steps: core.EDITOR_STEPS });

const approve: Step = async (core, target, options) => {
  const who = await approverOf(target.uri);
  if (!who.identity) {
    const git = vscode.workspace.isTrusted ? ", or set git's user.name and user.email" : " (in an untrusted workspace Copydesk does not ask git)";
    throw new Refusal(`Copydesk does not know who you are, so it cannot record an approval. Set \`copydesk.librarian\` to "Name <email>" in your settings${git}.`);
  }
  const { source, entry } = target.located;
  // Someone who may not approve is told so at once, without a question first.
  const mayApprove = core.findLibrarian(source.config.library.librarians, who.identity) !== undefined;
  const role = options.role ?? (mayApprove ? await approvalRole(entry.parsed()) : "librarian");
  if (!role) return undefined;
  const result = core.approvePrompt(entry.parsed(), {
    approver: who.identity,
    role,
    today: core.todayUtc(),
    config: source.config,
    findings: await findingsOf(core, target),
    steps: core.EDITOR_STEPS,
  });
  if (!result.ok && !core.findLibrarian(source.config.library.librarians, who.identity)) {
    return { ok: false, reason: `${result.reason} (Your identity, ${who.identity}, comes from ${who.from}.)` };
  }
  return result;
};

/**
 * The role of an approval: a `risk: high` prompt needs a legal approval as well as a librarian's,
 * so for one the librarian says which they are recording (legal first, when it has none yet);
 * any other prompt takes the librarian's. Undefined: cancelled.
 */
async function approvalRole(prompt: ParsedPrompt): Promise<"librarian" | "legal" | undefined> {
  if (prompt.fields.risk !== "high") return "librarian";
  const version = prompt.fields.version;
  const legalDone = (prompt.fields.approvals ?? []).some((a) => a.role === "legal" && a.version === version);
  const items = [
    { label: "Legal", role: "legal" as const, description: legalDone ? `already recorded for ${version}` : "needed first: the prompt is risk: high", detail: "Record Legal's approval of this version, given to you (in review, or in writing)." },
    { label: "Librarian", role: "librarian" as const, description: legalDone ? "completes the approval" : "after legal", detail: "Record your approval as a librarian; the prompt becomes approved once legal has approved too." },
  ];
  if (legalDone) items.reverse();
  const picked = await vscode.window.showQuickPick(items, { title: `Approve ${prompt.fields.id ?? "prompt"} ${version ?? ""}: risk: high needs legal and librarian approvals`, placeHolder: "Which approval are you recording?" });
  return picked?.role;
}

/** The approver: the `copydesk.librarian` setting, else git's user (trusted workspaces only). */
async function approverOf(uri: vscode.Uri): Promise<{ identity: string | undefined; from: string }> {
  const setting = settingsFor(uri).librarian;
  if (setting) return { identity: setting, from: "the copydesk.librarian setting" };
  return { identity: await gitIdentity(uri), from: "git's user.name and user.email; set copydesk.librarian to use another" };
}

const deprecate: Step = async (core, target, options) => {
  const { source, entry } = target.located;
  let replacedBy = options.replacedBy;
  if (replacedBy === undefined) {
    const prompt = entry.parsed();
    const candidates = core.replacementCandidates(prompt, source.index.list({ status: "approved" }).map((e) => e.summary));
    if (prompt.fields.status !== "approved") return core.deprecatePrompt(prompt, { replacedBy: "", library: source.index, steps: core.EDITOR_STEPS });
    if (candidates.length === 0) throw new Refusal(`The library has no other approved prompt to replace ${entry.summary.id}. Create and approve the replacement first, or retire ${entry.summary.id}.`);
    const picked = await vscode.window.showQuickPick(
      candidates.map((c) => ({ label: c.id!, description: c.channel, detail: c.title })),
      { title: `Deprecate ${entry.summary.id}: which prompt replaces it?`, placeHolder: "Writers who meet the deprecated prompt are pointed to this one", matchOnDetail: true },
    );
    if (!picked) return undefined;
    replacedBy = picked.label;
  }
  return core.deprecatePrompt(entry.parsed(), { replacedBy, library: source.index, steps: core.EDITOR_STEPS });
};

const bump: Step = async (core, target, options) => {
  const prompt = target.located.entry.parsed();
  let level = options.level;
  if (level === undefined) {
    const version = prompt.fields.version;
    if (!version) return core.bumpPrompt(prompt, "patch", { steps: core.EDITOR_STEPS });
    const picked = await vscode.window.showQuickPick(
      core.BUMP_LEVELS.map((l) => ({ label: l, description: `${version} → ${core.bumpVersion(version, l) ?? "?"}`, level: l })),
      { title: `Bump ${prompt.fields.id} ${version}`, placeHolder: "patch: wording; minor: new variables or behaviour; major: a different prompt" },
    );
    if (!picked) return undefined;
    level = picked.level;
  }
  if (!core.BUMP_LEVELS.includes(level)) throw new Refusal(`"${String(level)}" is not a bump level; use patch, minor or major.`);
  return core.bumpPrompt(prompt, level, { steps: core.EDITOR_STEPS });
};
