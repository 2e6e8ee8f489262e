import * as vscode from "vscode";
import { ConfigStore } from "./config-store.js";
import { DiagnosticsController } from "./diagnostics.js";

/** Wires the extension's parts; each is disposed with the extension. */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel("Copydesk", { log: true });
  const configs = new ConfigStore(log);
  const diagnostics = new DiagnosticsController(configs, log);
  context.subscriptions.push(log, configs, diagnostics);
  diagnostics.start();
}

export function deactivate(): void {}
