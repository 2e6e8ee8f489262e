import * as vscode from "vscode";
import { settingsFor, type ConfigStore } from "./config-store.js";
import { isCopyDocument } from "./diagnostics.js";
import { DIAGNOSTIC_SOURCE, STATUS_BAR_ID } from "./ids.js";

/** What the status bar item shows (for tests and other extensions). */
export interface StatusSnapshot {
  readonly visible: boolean;
  readonly text: string;
  readonly tooltip: string;
}

/**
 * The Copydesk status bar item: the active document's errors and warnings, or a warning sign when a
 * configuration file is broken (the last good configuration stays in force). Clicking it opens
 * the Problems panel.
 */
export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(STATUS_BAR_ID, vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private snapshot: StatusSnapshot = { visible: false, text: "", tooltip: "" };

  constructor(private readonly configs: ConfigStore) {
    this.item.name = "Copydesk";
    this.item.command = { command: "workbench.actions.view.problems", title: "Show Problems" };
    const update = () => this.update();
    this.disposables.push(
      vscode.languages.onDidChangeDiagnostics(update),
      vscode.window.onDidChangeActiveTextEditor(update),
      vscode.workspace.onDidChangeConfiguration(update),
      configs.onDidLoad(update),
    );
    this.update();
  }

  status(): StatusSnapshot {
    return this.snapshot;
  }

  private update(): void {
    const broken = this.configs.broken();
    if (broken.length > 0) {
      const problems = broken.flatMap((l) => l.problems);
      const lines = problems.slice(0, 5).map(({ problem, uri }) => `- ${vscode.workspace.asRelativePath(uri)}:${problem.line}:${problem.column}: ${problem.message}`);
      const more = problems.length > 5 ? `\n- …and ${problems.length - 5} more` : "";
      this.show(
        "$(warning) Copydesk",
        `Copydesk: the configuration has ${problems.length} problem${problems.length === 1 ? "" : "s"}; the last good configuration (or the defaults) stays in force until it is fixed.\n\n${lines.join("\n")}${more}\n\nClick to open the Problems panel.`,
        new vscode.ThemeColor("statusBarItem.warningBackground"),
      );
      return;
    }
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isCopyDocument(document) || !settingsFor(document.uri).enable) {
      this.hide();
      return;
    }
    const ours = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const count = (s: vscode.DiagnosticSeverity) => ours.filter((d) => d.severity === s).length;
    const errors = count(vscode.DiagnosticSeverity.Error);
    const warnings = count(vscode.DiagnosticSeverity.Warning);
    const infos = ours.length - errors - warnings;
    const text = ours.length === 0 ? "$(check) Copydesk" : `$(error) ${errors} $(warning) ${warnings} Copydesk`;
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
    this.show(text, `Copydesk: ${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(infos, "info")} in this document. Click to open the Problems panel.`);
  }

  private show(text: string, tooltip: string, background?: vscode.ThemeColor): void {
    this.item.text = text;
    this.item.tooltip = new vscode.MarkdownString(tooltip);
    this.item.backgroundColor = background;
    this.item.show();
    this.snapshot = { visible: true, text, tooltip };
  }

  private hide(): void {
    this.item.hide();
    this.snapshot = { visible: false, text: "", tooltip: "" };
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
