import * as vscode from "vscode";
import { fetchStatus } from "../cli/node-fetch.js";
import type { LoadedConfig } from "../core/config/load.js";
import type { ConfigProblem } from "../core/config/problems.js";
import type { ResolvedConfig } from "../core/config/resolved.js";
import type { Host } from "../core/host.js";
import { dirname } from "../core/paths.js";
import { loadCore, type Core } from "./core.js";
import { workspaceHost } from "./host.js";
import { SETTINGS_SECTION } from "./ids.js";
import { Settings } from "./settings.js";

/** The settings in force for a resource (or the window), made safe; external checks only when trusted. */
export function settingsFor(scope?: vscode.Uri): Settings {
  return Settings.from(vscode.workspace.getConfiguration(SETTINGS_SECTION, scope), vscode.workspace.isTrusted);
}

export interface DocumentConfig {
  readonly core: Core;
  /** The configuration in force (the last good one while the files are broken). */
  readonly config: ResolvedConfig;
  /** The host rules read files (and, where allowed, URLs) through. */
  readonly host: Host;
  readonly loaded: LoadedConfig;
  /** Where the configuration was looked up from: a workspace folder, or the document's folder. */
  readonly base: vscode.Uri;
}

/** A configuration problem placed in its file, for the diagnostics in copydesk.yaml / claims.yaml. */
export interface PlacedProblem {
  readonly problem: ConfigProblem;
  readonly uri: vscode.Uri;
  readonly range: vscode.Range;
}

/** One load's outcome, for the configuration diagnostics and the status bar. */
export interface ConfigLoad {
  readonly base: vscode.Uri;
  readonly loaded: LoadedConfig;
  readonly problems: readonly PlacedProblem[];
}

const RELOAD_DELAY_MS = 100;

/**
 * Loads copydesk.yaml (and its claims register) lazily, once per folder, through the workspace
 * host, honouring `copydesk.configFile`. A broken configuration keeps the last good one in force
 * and reports its problems (`onDidLoad`). Saving, editing (the unsaved buffer counts), closing or
 * deleting a configuration file, or changing a setting that affects loading, reloads every folder
 * loaded so far at once and fires `onDidChange`, so open documents are linted again.
 */
export class ConfigStore implements vscode.Disposable {
  private readonly loads = new Map<string, Promise<DocumentConfig>>();
  /** The loads of `loads` that have finished, by the same key. */
  private readonly ready = new Map<string, DocumentConfig>();
  private readonly bases = new Map<string, vscode.Uri>();
  private readonly lastGood = new Map<string, ResolvedConfig>();
  private readonly latest = new Map<string, ConfigLoad>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly loadedEmitter = new vscode.EventEmitter<ConfigLoad>();
  private readonly disposables: vscode.Disposable[] = [this.changed, this.loadedEmitter];
  /** Configuration files read by the latest loads (URI strings): edits to these reload. */
  private sources = new Set<string>();
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly onDidChange = this.changed.event;
  readonly onDidLoad = this.loadedEmitter.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher("**/{copydesk,claims}.yaml");
    const ifSource = (uri: vscode.Uri) => this.sources.has(uri.toString()) && this.invalidate();
    this.disposables.push(
      watcher,
      watcher.onDidCreate(() => this.invalidate()),
      watcher.onDidChange(() => this.invalidate()),
      watcher.onDidDelete(() => this.invalidate()),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && ifSource(e.document.uri)),
      vscode.workspace.onDidSaveTextDocument((d) => ifSource(d.uri)),
      vscode.workspace.onDidCloseTextDocument((d) => ifSource(d.uri)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(`${SETTINGS_SECTION}.configFile`) || e.affectsConfiguration(`${SETTINGS_SECTION}.checkExternalLinks`)) this.invalidate();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.invalidate()),
    );
  }

  /** The configuration in force for a document: its workspace folder's, else its own folder's. */
  forDocument(uri: vscode.Uri): Promise<DocumentConfig> {
    return this.forBase(this.baseOf(uri));
  }

  private baseOf(uri: vscode.Uri): vscode.Uri {
    const untitled = uri.scheme === "untitled";
    const folder = vscode.workspace.getWorkspaceFolder(uri) ?? (untitled ? vscode.workspace.workspaceFolders?.[0] : undefined);
    return folder?.uri ?? (untitled ? vscode.Uri.file("/") : uri.with({ path: dirname(uri.path) }));
  }

  forBase(base: vscode.Uri): Promise<DocumentConfig> {
    const key = base.toString();
    let load = this.loads.get(key);
    if (!load) {
      load = this.load(base, key);
      this.loads.set(key, load);
      this.bases.set(key, base);
      const started = load;
      load.then(
        (loaded) => this.loads.get(key) === started && this.ready.set(key, loaded),
        () => {},
      );
    }
    return load;
  }

  /**
   * `forDocument`'s configuration when it is loaded already (and not being reloaded), without
   * waiting a turn: the editor lints a document in the event that opens it (diagnostics.ts).
   */
  loadedFor(uri: vscode.Uri): DocumentConfig | undefined {
    return this.ready.get(this.baseOf(uri).toString());
  }

  /** The latest loads that found problems. */
  broken(): ConfigLoad[] {
    return [...this.latest.values()].filter((l) => l.problems.length > 0);
  }

  /** Reloads every folder loaded so far, shortly (a burst of events reloads once), then fires onDidChange. */
  invalidate(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.reload(), RELOAD_DELAY_MS);
  }

  private async reload(): Promise<void> {
    this.generation++;
    this.loads.clear();
    this.ready.clear();
    // Eagerly, so problems appear (and clear) even when no copy is open.
    await Promise.allSettled([...this.bases.values()].map((base) => this.forBase(base)));
    this.changed.fire();
  }

  private async load(base: vscode.Uri, key: string): Promise<DocumentConfig> {
    const generation = this.generation;
    const core = await loadCore();
    const settings = settingsFor(base);
    const texts = new Map<string, string>();
    const started = Date.now();
    const configFile = settings.configFile ? core.resolve(base.path, settings.configFile) : undefined;
    const loaded = await core.loadConfig({
      host: workspaceHost(base, { onRead: (path, text) => texts.set(path, text) }),
      cwd: base.path,
      configFile,
      fallback: this.lastGood.get(key),
    });
    const host = workspaceHost(base, settings.checkExternalLinks ? { fetchStatus } : {});
    const config = settings.checkExternalLinks ? withExternalChecks(loaded.config) : loaded.config;
    if (generation === this.generation) this.record(core, base, key, loaded, texts, Date.now() - started);
    return { core, config, host, loaded, base };
  }

  private record(core: Core, base: vscode.Uri, key: string, loaded: LoadedConfig, texts: Map<string, string>, ms: number): void {
    if (loaded.problems.length === 0) this.lastGood.set(key, loaded.config);
    const uriOf = (path: string) => base.with({ path, query: "", fragment: "" });
    const problems = loaded.problems.map((problem) => {
      const text = texts.get(problem.file) ?? "";
      const lines = new core.LineIndex(text);
      const at = (offset: number) => {
        const p = lines.positionAt(Math.min(offset, text.length));
        return new vscode.Position(p.line, p.character);
      };
      return { problem, uri: uriOf(problem.file), range: new vscode.Range(at(problem.range[0]), at(problem.range[1])) };
    });
    const load: ConfigLoad = { base, loaded, problems };
    this.latest.set(key, load);
    this.sources = new Set([...this.latest.values()].flatMap((l) => [...l.loaded.sources, ...l.loaded.problems.map((p) => p.file)].map((p) => uriOf(p).toString())));
    for (const p of loaded.problems) this.log.error(`${p.file}:${p.line}:${p.column}: ${p.message}${p.hint ? ` ${p.hint}` : ""}`);
    const where = loaded.config.file ?? "built-in defaults";
    if (loaded.problems.length > 0) this.log.warn(`configuration for ${base.toString(true)} has ${loaded.problems.length} problem(s); linting with ${loaded.config.file ? `the last good ${where}` : "the defaults"} meanwhile`);
    else this.log.info(`configuration for ${base.toString(true)}: ${where} (${ms} ms)`);
    this.loadedEmitter.fire(load);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}

/** `copydesk.checkExternalLinks`: what `--check-external` does for the CLI. */
function withExternalChecks(config: ResolvedConfig): ResolvedConfig {
  const rules = new Map(config.rules);
  const own = rules.get("links/unreachable");
  rules.set("links/unreachable", { severity: own?.severity, options: { ...own?.options, checkExternal: true } });
  return { ...config, rules };
}
