import * as vscode from "vscode";
import { insertSuppression, type SuppressionTarget } from "./code-actions.js";
import type { ConfigStore } from "./config-store.js";
import { loadCore } from "./core.js";
import type { DiagnosticsController } from "./diagnostics.js";
import { COMMANDS } from "./ids.js";
import type { RuleDocs } from "./rule-docs.js";
import { lintWorkspace, type WorkspaceLint } from "./workspace-lint.js";

export interface CommandDeps {
  readonly configs: ConfigStore;
  readonly diagnostics: DiagnosticsController;
  readonly log: vscode.LogOutputChannel;
  readonly docs: RuleDocs;
}

/** What `copydesk.lintWorkspace` resolves to (tests and other extensions may use it). */
export interface LintWorkspaceSummary {
  readonly files: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly cancelled: boolean;
}

const PROBLEMS_PANEL = "workbench.actions.view.problems";

/** Options of `copydesk.lintWorkspace` for callers in the extension host (tests, other extensions). */
export interface LintWorkspaceOptions {
  /** Cancels the run as the notification's Cancel button does. */
  readonly token?: vscode.CancellationToken;
}

function withWorkspaceLint(deps: CommandDeps, title: string, options: LintWorkspaceOptions = {}): Thenable<WorkspaceLint> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, (progress, shown) => {
    if (!options.token) return lintWorkspace(deps, progress, shown);
    const both = new vscode.CancellationTokenSource();
    const subscriptions = [shown.onCancellationRequested(() => both.cancel()), options.token.onCancellationRequested(() => both.cancel())];
    if (options.token.isCancellationRequested) both.cancel();
    return lintWorkspace(deps, progress, both.token).finally(() => {
      subscriptions.forEach((s) => s.dispose());
      both.dispose();
    });
  });
}

function summarize(run: WorkspaceLint): LintWorkspaceSummary {
  const count = (s: string) => run.files.reduce((n, f) => n + f.report.findings.filter((x) => x.severity === s).length, 0);
  return { files: run.files.length, errors: count("error"), warnings: count("warning"), infos: count("info") + count("hint"), cancelled: run.cancelled };
}

/** `Copydesk: Lint Workspace`: every included file, with a cancellable progress notification; fills the Problems panel. */
async function lintWorkspaceCommand(deps: CommandDeps, options: LintWorkspaceOptions = {}): Promise<LintWorkspaceSummary> {
  const summary = summarize(await withWorkspaceLint(deps, "Copydesk: Lint Workspace", options));
  const what = `${summary.files} file${summary.files === 1 ? "" : "s"}: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.infos} infos`;
  const message = summary.cancelled ? `Copydesk: Lint Workspace was cancelled after ${what}.` : `Copydesk linted ${what}.`;
  void vscode.window.showInformationMessage(message, "Show Problems").then((choice) => choice && vscode.commands.executeCommand(PROBLEMS_PANEL));
  return summary;
}

/**
 * `Copydesk: Export QA Report`: lints the workspace and writes the QA report (totals by rule,
 * channel and severity, every finding, every suppression with its reason) as self-contained HTML,
 * or Markdown when the chosen file ends in .md. `target` skips the save dialog.
 */
async function exportReportCommand(deps: CommandDeps, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    void vscode.window.showWarningMessage("Copydesk: open a folder to export a QA report of it.");
    return undefined;
  }
  const uri =
    target ??
    (await vscode.window.showSaveDialog({
      title: "Export Copydesk QA report",
      saveLabel: "Export",
      defaultUri: vscode.Uri.joinPath(folder.uri, "copydesk-report.html"),
      filters: { "HTML report": ["html", "htm"], "Markdown report": ["md"] },
    }));
  if (!uri) return undefined;
  const run = await withWorkspaceLint(deps, "Copydesk: Export QA Report");
  if (run.cancelled) {
    void vscode.window.showInformationMessage("Copydesk: the QA report was not exported (cancelled).");
    return undefined;
  }
  const core = await loadCore();
  const report = core.buildReport(run.files.map((f) => f.report));
  const brand = run.files[0]?.context.config.brand ?? (await deps.configs.forBase(folder.uri)).config.brand;
  const options = { title: `Copydesk QA report${brand ? ` — ${brand}` : ""}`, generatedAt: new Date().toISOString(), docsUrl: core.docsUrl };
  const markdown = /\.(md|markdown)$/i.test(uri.path);
  const text = markdown ? core.formatMarkdownReport(report, options) : core.formatHtmlReport(report, options);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  deps.log.info(`QA report (${markdown ? "Markdown" : "HTML"}, ${report.files.length} files) written to ${uri.toString(true)}`);
  const name = uri.path.slice(uri.path.lastIndexOf("/") + 1);
  void vscode.window.showInformationMessage(`Copydesk: QA report saved as ${name}.`, "Open").then((choice) => {
    if (choice) void (markdown ? vscode.window.showTextDocument(uri) : vscode.env.openExternal(uri));
  });
  return uri;
}

/** Opens a rule's page: the copy shipped with the extension in the Markdown preview, else the web page. */
async function showRuleDocumentation(deps: CommandDeps, rule: string): Promise<void> {
  const local = deps.docs.uriOf(rule);
  try {
    await vscode.workspace.fs.stat(local);
    await vscode.commands.executeCommand("markdown.showPreview", local);
  } catch {
    const core = await loadCore();
    await vscode.env.openExternal(vscode.Uri.parse(core.docsUrl(rule)));
  }
}

function isLintOptions(value: unknown): value is LintWorkspaceOptions {
  const token = (value as LintWorkspaceOptions | undefined)?.token;
  return typeof token?.isCancellationRequested === "boolean" && typeof token.onCancellationRequested === "function";
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const run = <A extends unknown[]>(id: string, fn: (...args: A) => unknown) =>
    vscode.commands.registerCommand(id, async (...args: A) => {
      try {
        return await fn(...args);
      } catch (e) {
        deps.log.error(`${id} failed: ${(e as Error).stack ?? e}`);
        void vscode.window.showErrorMessage(`Copydesk: ${(e as Error).message}`, "Show Output").then((c) => c && deps.log.show());
        return undefined;
      }
    });
  return [
    // From a keybinding or the palette the argument is absent (or not ours): only an object with a token counts.
    run(COMMANDS.lintWorkspace, (options?: unknown) => lintWorkspaceCommand(deps, isLintOptions(options) ? options : {})),
    run(COMMANDS.exportReport, (target?: vscode.Uri) => exportReportCommand(deps, target instanceof vscode.Uri ? target : undefined)),
    run(COMMANDS.showOutput, () => deps.log.show()),
    run(COMMANDS.insertSuppression, (target: SuppressionTarget) => insertSuppression(target)),
    run(COMMANDS.showRuleDocumentation, (rule: string) => showRuleDocumentation(deps, rule)),
  ];
}
