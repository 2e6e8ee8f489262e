import type * as vscode from "vscode";
import type { ConfigStore } from "../config-store.js";
import type { DiagnosticsController } from "../diagnostics.js";
import type { RuleDocs } from "../rule-docs.js";
import type { LibraryStore } from "./store.js";

/** What the prompt-library parts of the extension share. */
export interface LibraryDeps {
  readonly context: vscode.ExtensionContext;
  readonly store: LibraryStore;
  readonly configs: ConfigStore;
  readonly diagnostics: DiagnosticsController;
  readonly log: vscode.LogOutputChannel;
  readonly docs: RuleDocs;
}
