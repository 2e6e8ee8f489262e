import * as vscode from "vscode";
import { loadConfig, type LoadedConfig } from "../core/config/load.js";
import type { ResolvedConfig } from "../core/config/resolved.js";
import type { Host } from "../core/host.js";
import { dirname } from "../core/paths.js";
import { workspaceHost } from "./host.js";

export interface DocumentConfig {
  readonly config: ResolvedConfig;
  readonly host: Host;
  readonly loaded: LoadedConfig;
}

/**
 * Loads copydesk.yaml (and its claims register) lazily, once per folder, through the workspace
 * host. A broken configuration keeps the last good one in force. Any change to a configuration
 * file drops what is loaded and fires `onDidChange`, so open documents are linted again.
 */
export class ConfigStore implements vscode.Disposable {
  private readonly loads = new Map<string, Promise<DocumentConfig>>();
  private readonly lastGood = new Map<string, ResolvedConfig>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher("**/{copydesk,claims}.yaml");
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => this.invalidate()),
      watcher.onDidChange(() => this.invalidate()),
      watcher.onDidDelete(() => this.invalidate()),
    );
  }

  /** The configuration in force for a document: its workspace folder's, else its own folder's. */
  forDocument(uri: vscode.Uri): Promise<DocumentConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (uri.scheme === "untitled" ? vscode.workspace.workspaceFolders?.[0] : undefined);
    const base = folder?.uri ?? (uri.scheme === "untitled" ? vscode.Uri.file("/") : uri.with({ path: dirname(uri.path) }));
    const key = base.toString();
    let load = this.loads.get(key);
    if (!load) {
      load = this.load(base, key);
      this.loads.set(key, load);
    }
    return load;
  }

  invalidate(): void {
    this.loads.clear();
    this.changed.fire();
  }

  private async load(base: vscode.Uri, key: string): Promise<DocumentConfig> {
    const host = workspaceHost(base);
    const started = Date.now();
    const loaded = await loadConfig({ host, cwd: base.path, fallback: this.lastGood.get(key) });
    if (loaded.problems.length === 0) this.lastGood.set(key, loaded.config);
    for (const p of loaded.problems) this.log.error(`${p.file}:${p.line}:${p.column}: ${p.message}`);
    this.log.info(`configuration for ${base.toString(true)}: ${loaded.config.file ?? "built-in defaults"} (${Date.now() - started} ms)`);
    return { config: loaded.config, host, loaded };
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}
