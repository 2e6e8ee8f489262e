import * as vscode from "vscode";
import type { Fix, Finding } from "../core/findings/types.js";
import type { DiagnosticsController, DocumentFindings } from "./diagnostics.js";
import { COMMANDS, DIAGNOSTIC_SOURCE, FIX_ALL_KIND } from "./ids.js";

/** Arguments of `copydesk.insertSuppression`. */
export interface SuppressionTarget {
  readonly uri: string;
  readonly line: number;
  readonly rule: string;
}

const MAX_SHOWN = 40;

/** `"AcmeCloud"`, shortened, with line breaks shown, for an action title. */
function quote(text: string): string {
  const flat = text.replace(/\r?\n/g, "⏎");
  return `"${flat.length > MAX_SHOWN ? `${flat.slice(0, MAX_SHOWN - 1)}…` : flat}"`;
}

/** The title of a finding's fix: what it does to the text. */
export function fixTitle(document: vscode.TextDocument, fix: Fix): string {
  const old = document.getText(new vscode.Range(document.positionAt(fix.range[0]), document.positionAt(fix.range[1])));
  const text = fix.text.trim() === "" ? fix.text : fix.text.trim();
  if (old === "") return `Fix: add ${quote(text)}`;
  if (fix.text === "") return `Fix: remove ${quote(old)}`;
  return `Fix: replace ${quote(old)} with ${quote(text)}`;
}

function edit(document: vscode.TextDocument, fixes: readonly Fix[]): vscode.WorkspaceEdit {
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const fix of fixes) {
    workspaceEdit.replace(document.uri, new vscode.Range(document.positionAt(fix.range[0]), document.positionAt(fix.range[1])), fix.text);
  }
  return workspaceEdit;
}

function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === "object" ? String(code.value) : code === undefined ? undefined : String(code);
}

/**
 * Quick fixes for Copydesk diagnostics, in this order: the finding's fix ("Fix: …", preferred when
 * it is safe to apply unseen), "Disable <rule> for this line" (a suppression comment with the reason
 * selected for typing), "Show documentation for <rule>", and "Fix all <rule> problems". The source
 * action `source.fixAll.copydesk` applies every safe fix in the document (editor.codeActionsOnSave).
 * Fixes come from the findings kept for the document's current version, never from the Diagnostic.
 */
export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly fixAllKind = vscode.CodeActionKind.Empty.append(FIX_ALL_KIND);
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix, CodeActionProvider.fixAllKind];

  constructor(private readonly diagnostics: DiagnosticsController) {}

  async provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): Promise<vscode.CodeAction[]> {
    const only = context.only;
    if (only?.contains(CodeActionProvider.fixAllKind)) {
      const entry = await this.diagnostics.freshFindings(document);
      return entry ? this.fixAll(document, entry) : [];
    }
    if (only && !only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const entry = this.diagnostics.findingsFor(document);
    if (!entry) return [];
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const fixes: vscode.CodeAction[] = [];
    const disables = new Map<string, vscode.CodeAction>();
    const docs = new Map<string, vscode.CodeAction>();
    const fixAlls = new Map<string, vscode.CodeAction>();
    for (const diagnostic of ours) {
      const finding = this.findingOf(document, entry, diagnostic);
      if (!finding) continue;
      const { rule } = finding;
      if (finding.fix) {
        const action = new vscode.CodeAction(fixTitle(document, finding.fix), vscode.CodeActionKind.QuickFix);
        action.edit = edit(document, [finding.fix]);
        action.diagnostics = [diagnostic];
        action.isPreferred = entry.context.core.isSafeFix(rule);
        fixes.push(action);
      }
      const line = diagnostic.range.start.line;
      if (!rule.startsWith("suppression/") && !disables.has(`${rule}:${line}`)) {
        const action = new vscode.CodeAction(`Disable ${rule} for this line`, vscode.CodeActionKind.QuickFix);
        const target: SuppressionTarget = { uri: document.uri.toString(), line, rule };
        action.command = { command: COMMANDS.insertSuppression, title: action.title, arguments: [target] };
        action.diagnostics = [diagnostic];
        disables.set(`${rule}:${line}`, action);
      }
      if (!docs.has(rule)) {
        const action = new vscode.CodeAction(`Show documentation for ${rule}`, vscode.CodeActionKind.QuickFix);
        action.command = { command: COMMANDS.showRuleDocumentation, title: action.title, arguments: [rule] };
        docs.set(rule, action);
      }
      const sameRule = entry.findings.filter((f) => f.rule === rule && f.fix);
      if (sameRule.length > 1 && !fixAlls.has(rule)) {
        const action = new vscode.CodeAction(`Fix all ${rule} problems`, vscode.CodeActionKind.QuickFix);
        action.edit = edit(document, entry.context.core.applicableFixes(sameRule.map((f) => f.fix!)));
        fixAlls.set(rule, action);
      }
    }
    return [...fixes, ...disables.values(), ...docs.values(), ...fixAlls.values()];
  }

  /** Every safe fix in the document, overlapping ones dropped. */
  private fixAll(document: vscode.TextDocument, entry: DocumentFindings): vscode.CodeAction[] {
    const { core } = entry.context;
    const fixes = core.applicableFixes(entry.findings.filter((f) => f.fix && core.isSafeFix(f.rule)).map((f) => f.fix!));
    if (fixes.length === 0) return [];
    const action = new vscode.CodeAction("Fix all safe Copydesk problems", CodeActionProvider.fixAllKind);
    action.edit = edit(document, fixes);
    return [action];
  }

  private findingOf(document: vscode.TextDocument, entry: DocumentFindings, diagnostic: vscode.Diagnostic): Finding | undefined {
    const rule = ruleOf(diagnostic);
    const start = document.offsetAt(diagnostic.range.start);
    const end = document.offsetAt(diagnostic.range.end);
    return entry.findings.find((f) => f.rule === rule && f.range[0] === start && f.range[1] === end && f.message === diagnostic.message);
  }
}

/** `copydesk.insertSuppression`: the suppression comment above the line, the reason selected (a snippet). */
export async function insertSuppression(target: SuppressionTarget): Promise<boolean> {
  const uri = vscode.Uri.parse(target.uri);
  const editor =
    vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString()) ??
    (await vscode.window.showTextDocument(uri));
  const line = editor.document.lineAt(Math.min(target.line, editor.document.lineCount - 1));
  const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
  const snippet = new vscode.SnippetString(indent)
    .appendText(`<!-- copydesk-disable-next-line ${target.rule} -- `)
    .appendPlaceholder("reason")
    .appendText(" -->\n");
  return editor.insertSnippet(snippet, line.range.start);
}
