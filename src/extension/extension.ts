import * as vscode from "vscode";
import { CodeActionProvider } from "./code-actions.js";
import { registerCommands } from "./commands.js";
import { ConfigProblemsView } from "./config-problems.js";
import { ConfigStore } from "./config-store.js";
import { DiagnosticsController, threadCpuMs, type PublishedDiagnostics } from "./diagnostics.js";
import { HoverProvider } from "./hover.js";
import { LibraryHealthPanel, type LibraryHealthApi } from "./library/health.js";
import { registerLibrary } from "./library/index.js";
import { insertPrompt, type InsertOutcome, type InsertPromptOptions } from "./library/insert-flow.js";
import { LibraryStore, PRELOAD_DELAY_MS } from "./library/store.js";
import { libraryViewOf, type LibraryView } from "./library/view.js";
import { OUTPUT_CHANNEL } from "./ids.js";
import { useCodeCache } from "./core.js";
import { CorePreload, type PreloadReport } from "./preload.js";
import { RuleDocs } from "./rule-docs.js";
import { StatusBar, type StatusSnapshot } from "./status-bar.js";

/** Set by the bundle's first line (esbuild.js `banner`); absent when this module is loaded another way. */
declare const __copydeskLoadStart: number | undefined;
/** Set by the bundle's last line (esbuild.js `footer`), once every module of the bundle is evaluated. */
declare const __copydeskLoadEnd: number | undefined;
/** The thread's CPU time (ms) at the same two moments, where Node can tell (`process.threadCpuUsage`). */
declare const __copydeskLoadStartCpu: number | undefined;
declare const __copydeskLoadEndCpu: number | undefined;

/** How long activation took, for `npm run bench` (test/extension/bench/brand-qa.bench.ts). */
export interface ActivationTimings {
  /** From the first line of the bundle to its last (evaluating the modules). */
  readonly loadMs: number | undefined;
  /** From the end of loading to the call of `activate` (the extension host's own work in between). */
  readonly waitMs: number | undefined;
  /** `activate` itself. */
  readonly activateMs: number;
  /**
   * The extension host thread's CPU time for the same two parts (loading and activate), where Node
   * can tell: the wall-clock figures also count waiting for a core on a busy machine.
   */
  readonly cpuMs: number | undefined;
}

/** What `activate` returns (`vscode.extensions.getExtension("copydesk.copydesk").exports`). */
export interface CopydeskApi {
  /** What the status bar item shows now. */
  status(): StatusSnapshot;
  /** The prompt libraries (workspace folders' and the starter library), loaded on first use. */
  readonly library: LibraryStore;
  readonly timings: ActivationTimings;
  /** Fires after Copydesk publishes a document's diagnostics: its URI, the version linted, and the lint's duration. */
  readonly onDidPublishDiagnostics: vscode.Event<PublishedDiagnostics>;
  /** The Library Health panel (its last page and model, and its message handler). */
  readonly libraryHealth: LibraryHealthApi;
  /** Insert Approved Prompt with its questions scripted (`ui`) or for a given prompt: for tests. */
  insertPrompt(options?: InsertPromptOptions): Promise<InsertOutcome>;
  /** The Prompt Library view's data (its tree, mode and filter). */
  readonly libraryView: LibraryView | undefined;
  /** The background preload started after activation (preload.ts): settles when core, the configuration and a warm-up run are done. */
  readonly preloaded: Promise<PreloadReport | undefined>;
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
 * configuration or the rules: that happens on first use (core.ts), or in the background once
 * activate() has returned (preload.ts), whichever comes first.
 */
export function activate(context: vscode.ExtensionContext): CopydeskApi {
  const started = performance.now();
  const startedCpu = threadCpuMs?.();
  const bundled = typeof __copydeskLoadStart === "number" && typeof __copydeskLoadEnd === "number";
  const loadMs = bundled ? __copydeskLoadEnd! - __copydeskLoadStart! : undefined;
  const waitMs = bundled ? started - __copydeskLoadEnd! : undefined;
  const log = vscode.window.createOutputChannel(OUTPUT_CHANNEL, { log: true });
  useCodeCache(context.globalStorageUri.scheme === "file" ? context.globalStorageUri.fsPath : undefined);
  const configs = new ConfigStore(log);
  const diagnostics = new DiagnosticsController(configs, log, context.extensionUri);
  const docs = new RuleDocs(context.extensionUri);
  const statusBar = new StatusBar(configs);
  const library = new LibraryStore(configs, context.extensionUri, log, {
    workspaceDir: context.storageUri?.scheme === "file" ? context.storageUri.fsPath : undefined,
    globalDir: context.globalStorageUri.scheme === "file" ? context.globalStorageUri.fsPath : undefined,
    version: String(context.extension.packageJSON.version),
  });
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
  // Starts on a later turn of the event loop: activation itself loads nothing of core.
  const preload = new CorePreload(configs, log);
  context.subscriptions.push(preload);
  // In the background once the window has settled, so the Prompt Library view opens warm.
  void library.preloadAfter(PRELOAD_DELAY_MS);
  const activateMs = performance.now() - started;
  const loadCpu = bundled && typeof __copydeskLoadStartCpu === "number" && typeof __copydeskLoadEndCpu === "number" ? __copydeskLoadEndCpu - __copydeskLoadStartCpu : undefined;
  const cpuMs = startedCpu === undefined || (bundled && loadCpu === undefined) ? undefined : (loadCpu ?? 0) + threadCpuMs!() - startedCpu;
  log.info(`Copydesk ${context.extension.packageJSON.version} activated in ${activateMs.toFixed(1)} ms${vscode.workspace.isTrusted ? "" : " (untrusted workspace: external link checks are off)"}`);
  const libraryHealth = libraryParts.find((p): p is LibraryHealthPanel => p instanceof LibraryHealthPanel)!;
  return { status: () => statusBar.status(), library, timings: { loadMs, waitMs, activateMs, cpuMs }, onDidPublishDiagnostics: diagnostics.onDidPublish, libraryHealth, insertPrompt: (options) => insertPrompt(library, log, options), libraryView: libraryViewOf(libraryParts), preloaded: preload.done };
}

export function deactivate(): void {}
