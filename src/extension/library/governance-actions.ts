import * as vscode from "vscode";
import type { Fix, Finding } from "../../core/findings/types.js";
import { fixTitle } from "../code-actions.js";
import { loadCore } from "../core.js";
import { COMMANDS, DIAGNOSTIC_SOURCE } from "../ids.js";
import type { GovernanceDiagnostics } from "./governance-diagnostics.js";

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === "object" ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Core's offset edits as one WorkspaceEdit on the document. */
export function workspaceEdit(document: vscode.TextDocument, edits: readonly Fix[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.range[0]), document.positionAt(e.range[1])), e.text);
  return edit;
}

/**
 * Quick fixes for governance diagnostics on prompt files: the finding's own fix, then core's
 * fixes for its rule (declare a variable, remove an unused one, bump the version, set
 * `replacedBy` to a likely replacement), then "Show documentation". Computed from the findings
 * kept for the document's current version, never from the Diagnostic alone.
 */
export class GovernanceActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly governance: GovernanceDiagnostics) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const checked = this.governance.checkedFor(document);
    if (!checked) return [];
    const core = await loadCore();
    const candidates = checked.source.index.list({ status: "approved" }).map((e) => e.summary);
    const fixes: vscode.CodeAction[] = [];
    const docs = new Map<string, vscode.CodeAction>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = findingOf(document, checked.findings, diagnostic);
      if (!finding) continue;
      if (finding.fix) {
        const action = new vscode.CodeAction(fixTitle(document, finding.fix), vscode.CodeActionKind.QuickFix);
        action.edit = workspaceEdit(document, [finding.fix]);
        action.diagnostics = [diagnostic];
        fixes.push(action);
      }
      for (const fix of core.governanceFixes(checked.prompt, finding, candidates)) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = workspaceEdit(document, fix.edits);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.preferred;
        fixes.push(action);
      }
      if (!docs.has(finding.rule)) {
        const action = new vscode.CodeAction(`Show documentation for ${finding.rule}`, vscode.CodeActionKind.QuickFix);
        action.command = { command: COMMANDS.showRuleDocumentation, title: action.title, arguments: [finding.rule] };
        docs.set(finding.rule, action);
      }
    }
    return [...fixes, ...docs.values()];
  }
}

function findingOf(document: vscode.TextDocument, findings: readonly Finding[], diagnostic: vscode.Diagnostic): Finding | undefined {
  const rule = ruleOf(diagnostic);
  const start = document.offsetAt(diagnostic.range.start);
  const end = document.offsetAt(diagnostic.range.end);
  return findings.find((f) => f.rule === rule && f.range[0] === start && f.range[1] === end && f.message === diagnostic.message);
}
