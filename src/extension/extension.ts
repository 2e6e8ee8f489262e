import * as vscode from "vscode";
import { CodeActionProvider } from "./code-actions.js";
import { registerCommands } from "./commands.js";
import { ConfigProblemsView } from "./config-problems.js";
import { ConfigStore } from "./config-store.js";
import { DiagnosticsController } from "./diagnostics.js";
import { HoverProvider } from "./hover.js";
import { registerLibrary } from "./library/index.js";
import { LibraryStore } from "./library/store.js";
import { libraryViewOf, type LibraryView } from "./library/view.js";
import { OUTPUT_CHANNEL } from "./ids.js";
import { RuleDocs } from "./rule-docs.js";
import { StatusBar, type StatusSnapshot } from "./status-bar.js";

/** What `activate` returns (`vscode.extensions.getExtension("copydesk.copydesk").exports`). */
export interface CopydeskApi {
  /** What the status bar item shows now. */
  status(): StatusSnapshot;
  /** The prompt libraries (workspace folders' and the starter library), loaded on first use. */
  readonly library: LibraryStore;
  /** The Prompt Library view's data (its tree, mode and filter). */
  readonly libraryView: LibraryView | undefined;
}

const COPY = [
  { language: "markdown", scheme: "file" },
  { language: "plaintext", scheme: "file" },
  { language: "markdown", scheme: "untitled" },
  { language: "plaintext", scheme: "untitled" },
  { language: "markdown", scheme: "vscode-remote" },
  { language: "plaintext", scheme: "vscode-remote" },
  { language: "markdown", scheme: "vscode-vfs" },
  { language: "plaintext", scheme: "vscode-vfs" },
];

/**
 * Wires the extension's parts; each is disposed with the extension. Nothing here loads the
 * configuration or the rules: that happens on first use (core.ts).
 */
export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const started = Date.now();
  const log = vscode.window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  const configs = new ConfigStore(log);
  const diagnostics = new DiagnosticsController(configs, log, context.extensionUri);
  const docs = new RuleDocs(context.extensionUri);
  const statusBar = new StatusBar(configs);
  const library = new LibraryStore(configs, context.extensionUri, log);
  const libraryParts = registerLibrary({ context, store: library, configs, diagnostics, log, docs });
  context.subscriptions.push(
    log,
    configs,
    diagnostics,
    new ConfigProblemsView(configs),
    statusBar,
    vscode.languages.registerCodeActionsProvider(COPY, new CodeActionProvider(diagnostics), {
      providedCodeActionKinds: CodeActionProvider.providedCodeActionKinds,
    }),
    vscode.languages.registerHoverProvider(COPY, new HoverProvider(diagnostics, docs)),
    ...registerCommands({ configs, diagnostics, log, docs }),
    library,
    ...libraryParts,
  );
  diagnostics.useLibrary(library);
  diagnostics.start();
  log.info(`Copydesk ${context.extension.packageJSON.version} activated in ${Date.now() - started} ms${vscode.workspace.isTrusted ? "" : " (untrusted workspace: external link checks are off)"}`);
  return { status: () => statusBar.status(), library, libraryView: libraryViewOf(libraryParts) };
}

export function deactivate(): void {}
