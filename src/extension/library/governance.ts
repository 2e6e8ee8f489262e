/**
 * Governance in the editor: live `library/*` diagnostics on prompt files with their quick fixes,
 * and the hover on provenance stamps in copy.
 */
import * as vscode from "vscode";
import type { LibraryDeps } from "./deps.js";
import { GovernanceActions } from "./governance-actions.js";
import { GovernanceDiagnostics } from "./governance-diagnostics.js";
import { StampHoverProvider } from "./stamp-hover.js";

/** Prompt files are Markdown; copy is Markdown or plain text. */
const PROMPTS: vscode.DocumentSelector = [{ language: "markdown" }];
const COPY: vscode.DocumentSelector = [{ language: "markdown" }, { language: "plaintext" }];

export function registerPromptGovernance(deps: LibraryDeps): vscode.Disposable[] {
  const governance = new GovernanceDiagnostics(deps);
  governance.start();
  return [
    governance,
    vscode.languages.registerCodeActionsProvider(PROMPTS, new GovernanceActions(governance), { providedCodeActionKinds: GovernanceActions.providedCodeActionKinds }),
    vscode.languages.registerHoverProvider(COPY, new StampHoverProvider(deps.store, deps.diagnostics)),
  ];
}
