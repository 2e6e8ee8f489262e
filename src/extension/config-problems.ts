import * as vscode from "vscode";
import type { ConfigLoad, ConfigStore } from "./config-store.js";
import { CONFIG_DIAGNOSTIC_CODE, DIAGNOSTIC_SOURCE } from "./ids.js";

/**
 * Shows configuration problems as error diagnostics in copydesk.yaml / claims.yaml, at the
 * offending key or value, and clears them when a later load of the same folder is clean.
 */
export class ConfigProblemsView implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(`${DIAGNOSTIC_SOURCE}-config`);
  /** URIs with problems, per folder. */
  private readonly shown = new Map<string, vscode.Uri[]>();
  private readonly subscription: vscode.Disposable;

  constructor(configs: ConfigStore) {
    this.subscription = configs.onDidLoad((load) => this.show(load));
  }

  private show(load: ConfigLoad): void {
    const key = load.base.toString();
    for (const uri of this.shown.get(key) ?? []) this.collection.delete(uri);
    const byUri = new Map<string, { uri: vscode.Uri; diagnostics: vscode.Diagnostic[] }>();
    for (const { problem, uri, range } of load.problems) {
      const message = problem.hint ? `${problem.message} ${problem.hint}` : problem.message;
      const diagnostic = new vscode.Diagnostic(range, message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = CONFIG_DIAGNOSTIC_CODE;
      const entry = byUri.get(uri.toString()) ?? { uri, diagnostics: [] };
      entry.diagnostics.push(diagnostic);
      byUri.set(uri.toString(), entry);
    }
    for (const { uri, diagnostics } of byUri.values()) this.collection.set(uri, diagnostics);
    this.shown.set(key, [...byUri.values()].map((e) => e.uri));
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}
