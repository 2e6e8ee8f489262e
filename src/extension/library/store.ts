import * as vscode from "vscode";
import type { ResolvedConfig } from "../../core/config/resolved.js";
import type { Host } from "../../core/host.js";
import type { LibraryEntry, LibraryIndex } from "../../core/library/library-index.js";
import type { LibraryLookup, PromptRef } from "../../core/library/lookup.js";
import { settingsFor, type ConfigStore } from "../config-store.js";
import { loadCore, type Core } from "../core.js";
import { workspaceHost } from "../host.js";
import { CONTEXT_KEYS } from "../ids.js";
import type { IndexCacheOptions } from "./index-cache.js";
import { LibrarySnapshots, type SourceLoad } from "./snapshots.js";

export type { SourceLoad } from "./snapshots.js";

/** One library the extension knows: a workspace folder's own (editable), or the bundled starter library (read-only). */
export interface LibrarySource {
  /** Stable key: the workspace folder's URI, or "starter". */
  readonly key: string;
  readonly kind: "workspace" | "starter";
  /** What the view shows for it: the folder's name, or "Starter library". */
  readonly label: string;
  /** The workspace folder (kind "workspace"). */
  readonly folder: vscode.WorkspaceFolder | undefined;
  /** Scheme and authority of the paths in `index` (core paths are absolute POSIX paths). */
  readonly base: vscode.Uri;
  readonly config: ResolvedConfig;
  readonly host: Host;
  readonly index: LibraryIndex;
  /** Whether prompts here may be changed (the starter library's may not). */
  readonly editable: boolean;
}

/** A prompt and the library it belongs to. */
export interface LocatedEntry {
  readonly source: LibrarySource;
  readonly entry: LibraryEntry;
}

export function uriOf(source: LibrarySource, path: string): vscode.Uri {
  return source.base.with({ path, query: "", fragment: "" });
}

const CHANGE_DELAY_MS = 50;
const MARKDOWN = /\.(?:md|markdown)$/i;
const STARTER_KEY = "starter";
/** How long after activation the libraries start loading in the background (see `preloadAfter`). */
export const PRELOAD_DELAY_MS = 2000;

/**
 * The prompt libraries of the workspace: one per workspace folder (the roots its copydesk.yaml
 * names under `library.roots`, default `prompts`), then the bundled starter library unless
 * `copydesk.library.includeStarter` is off. Loaded on first use, never during activation; when a
 * local workspace folder has a library root on disk they are also loaded in the background a
 * couple of seconds after it (`preloadAfter`), so the view and Insert Approved Prompt open warm.
 *
 * The indexes follow the files: a watcher re-reads prompts created, changed or deleted on disk (a
 * branch checkout is many such events, batched), and an open prompt's unsaved text counts as the
 * prompt until it is saved or closed. A configuration or setting change rebuilds the sources.
 * `onDidChange` fires (debounced) after any of these.
 *
 * With `cache` options, each library's index snapshot is kept in the extension's storage
 * (index-cache.ts, with the bookkeeping in snapshots.ts): a load reads only the prompts whose size
 * or modification time changed since the snapshot, and the snapshot is saved again (debounced)
 * after a load or a change on disk read anything. A rebuild after a configuration change starts
 * from the libraries in memory; Refresh reads every file.
 */
export class LibraryStore implements vscode.Disposable {
  private loading: Promise<readonly LibrarySource[]> | undefined;
  /** `shown()`: the libraries painted from their snapshots, or loaded, whichever comes first. */
  private showing: Promise<readonly LibrarySource[]> | undefined;
  private current: readonly LibrarySource[] | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  private readonly pending = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private generation = 0;
  private preloadTimer: ReturnType<typeof setTimeout> | undefined;
  private preloadCancelled: (() => void) | undefined;
  private disposed = false;
  private readonly snapshots: LibrarySnapshots;
  /** How the last load went, per library (for the log, the tests and the benchmark). */
  lastLoad: readonly SourceLoad[] = [];
  /** The background load `preloadAfter` scheduled: resolves to whether the libraries were loaded by it (or already). */
  preloading: Promise<boolean> | undefined;
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly configs: ConfigStore,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
    cache?: IndexCacheOptions,
  ) {
    this.snapshots = new LibrarySnapshots(cache, log, () => this.current);
    const watcher = vscode.workspace.createFileSystemWatcher("**/*.{md,markdown,MD}");
    // A folder deleted as a whole is one event for the folder, not one per file: its prompts go with
    // it. A folder moved in from outside the workspace (a terminal's `mv`) is one create event: its
    // prompts come with it.
    const folders = vscode.workspace.createFileSystemWatcher("**/*", false, true, false);
    const onDisk = (uri: vscode.Uri) => this.queue(uri);
    this.disposables.push(
      watcher,
      watcher.onDidCreate(onDisk),
      watcher.onDidChange(onDisk),
      watcher.onDidDelete(onDisk),
      folders,
      folders.onDidCreate((uri) => !MARKDOWN.test(uri.path) && this.queue(uri)),
      folders.onDidDelete((uri) => !MARKDOWN.test(uri.path) && this.queue(uri)),
      vscode.workspace.onDidChangeTextDocument((e) => e.contentChanges.length > 0 && this.bufferChanged(e.document)),
      // Closing without saving: the file on disk is the prompt again.
      vscode.workspace.onDidCloseTextDocument((d) => this.queue(d.uri)),
      vscode.workspace.onDidRenameFiles((e) => e.files.forEach((f) => (this.queue(f.oldUri), this.queue(f.newUri)))),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.reset()),
      configs.onDidChange(() => this.reset()),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration("copydesk.library") && this.reset()),
    );
  }

  /** The libraries, loading them on first use: the workspace folders' in folder order, then the starter library. */
  sources(): Promise<readonly LibrarySource[]> {
    if (!this.loading) {
      let paint!: (sources: readonly LibrarySource[]) => void;
      const painted = new Promise<readonly LibrarySource[]>((resolve) => (paint = resolve));
      this.loading = this.load(this.generation, paint);
      this.showing = Promise.race([painted, this.loading]);
      this.showing.catch(() => undefined);
    }
    return this.loading;
  }

  /**
   * The libraries as soon as they can be shown: when every library has a snapshot, as the snapshots
   * have them, before the files are checked against them (`onDidChange` fires if the check changes
   * anything); otherwise when loaded, as `sources()`. For the view only: whatever changes files or
   * inserts a prompt uses `sources()`, which waits for the check.
   */
  shown(): Promise<readonly LibrarySource[]> {
    void this.sources();
    return this.showing!;
  }

  /** The sources already loaded, without loading them (undefined before the first load). */
  loaded(): readonly LibrarySource[] | undefined {
    return this.current;
  }

  /** The workspace's own libraries (the librarian's); empty when the workspace has none. */
  async workspaceSources(): Promise<readonly LibrarySource[]> {
    return (await this.sources()).filter((s) => s.kind === "workspace");
  }

  /** The library and entry of a prompt file, when the URI is one. */
  async entryFor(uri: vscode.Uri): Promise<LocatedEntry | undefined> {
    for (const source of await this.sources()) {
      if (!sameAuthority(source.base, uri)) continue;
      const entry = source.index.byPath(uri.path);
      if (entry) return { source, entry };
    }
    return undefined;
  }

  /** The library a path belongs to (a Markdown file under one of its roots), prompt or not yet. */
  async sourceFor(uri: vscode.Uri): Promise<LibrarySource | undefined> {
    return (await this.sources()).find((s) => sameAuthority(s.base, uri) && s.index.contains(uri.path));
  }

  /**
   * The prompt with this id: from the library of `near`'s workspace folder first, then the other
   * workspace libraries, then the starter library.
   */
  async find(id: string, near?: vscode.Uri): Promise<LocatedEntry | undefined> {
    for (const source of this.ordered(await this.sources(), near)) {
      const entry = source.index.get(id);
      if (entry) return { source, entry };
    }
    return undefined;
  }

  /** What Brand QA needs for `library/deprecated-prompt` in a document: the libraries, nearest first. */
  async lookupFor(uri: vscode.Uri): Promise<LibraryLookup> {
    const sources = this.ordered(await this.sources(), uri);
    return {
      prompt(id: string): PromptRef | undefined {
        for (const source of sources) {
          const found = source.index.prompt(id);
          if (found) return found;
        }
        return undefined;
      },
    };
  }

  /**
   * Loads the libraries in the background after `delayMs` (activation passes PRELOAD_DELAY_MS, so
   * the first diagnostics come first), when a local (`file:`) workspace folder has a library root
   * on disk. Virtual workspaces, where each read is a request, still load on first use.
   */
  preloadAfter(delayMs: number): Promise<boolean> {
    clearTimeout(this.preloadTimer);
    this.preloadCancelled?.();
    return (this.preloading = new Promise<boolean>((resolve) => {
      this.preloadCancelled = () => resolve(false);
      this.preloadTimer = setTimeout(() => {
        this.preloadCancelled = undefined;
        resolve(this.preload());
      }, delayMs);
    }));
  }

  private async preload(): Promise<boolean> {
    if (this.disposed) return false;
    if (this.loading) return this.loading.then(() => true, () => false);
    try {
      const core = await loadCore();
      let found = false;
      for (const folder of vscode.workspace.workspaceFolders ?? []) {
        if (folder.uri.scheme !== "file") continue;
        const { config, host } = await this.configs.forBase(folder.uri);
        for (const root of config.library.roots) found ||= await host.exists(core.resolve(config.root, root));
        if (found) break;
      }
      if (!found || this.disposed) return false;
      this.log.info("loading the prompt library in the background");
      await this.sources();
      return true;
    } catch (error) {
      this.log.warn(`the prompt library could not be loaded in the background: ${(error as Error).stack ?? error}`);
      return false;
    }
  }

  /**
   * Loads the libraries again: checking each file against the snapshot in memory (re-reading those
   * whose size or modification time changed), or, with `reread` (the Refresh command), reading every
   * file, snapshots ignored: the way out for a change that kept a file's size and time (`touch -r`).
   */
  async refresh(options: { reread?: boolean } = {}): Promise<void> {
    this.reset();
    if (options.reread) this.snapshots.rereadNext();
    await this.sources();
  }

  core(): Promise<Core> {
    return loadCore();
  }

  private ordered(sources: readonly LibrarySource[], near: vscode.Uri | undefined): LibrarySource[] {
    const folder = near && vscode.workspace.getWorkspaceFolder(near);
    const own = folder ? sources.filter((s) => s.folder?.uri.toString() === folder.uri.toString()) : [];
    return [...own, ...sources.filter((s) => !own.includes(s))];
  }

  private reset(): void {
    this.generation++;
    const had = this.loading !== undefined;
    this.snapshots.handOver(this.current);
    this.loading = undefined;
    this.showing = undefined;
    this.current = undefined;
    this.pending.clear();
    if (had) this.changed.fire();
  }

  /** Loads the libraries; `paint` gets them once they are shown from their snapshots (when all have one), before the check. */
  private async load(generation: number, paint: (sources: readonly LibrarySource[]) => void): Promise<readonly LibrarySource[]> {
    const started = Date.now();
    const core = await loadCore();
    const sources: LibrarySource[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const context = await this.configs.forBase(folder.uri);
      const index = new core.LibraryIndex({ host: context.host, config: context.config, stats: this.snapshots.enabled });
      sources.push({ key: folder.uri.toString(), kind: "workspace", label: folder.name, folder, base: folder.uri, config: context.config, host: context.host, index, editable: true });
    }
    if (settingsFor().includeStarterLibrary) {
      const base = this.extensionUri;
      const host = workspaceHost(base);
      const { config } = await core.loadConfig({ host, cwd: base.path, configFile: undefined });
      const index = new core.LibraryIndex({ host, config, roots: [core.resolve(base.path, "prompts")], stats: this.snapshots.enabled });
      sources.push({ key: STARTER_KEY, kind: "starter", label: "Starter library", folder: undefined, base, config, host, index, editable: false });
    }
    const stored = await this.snapshots.storedFor(core, sources);
    let painted: number[] | undefined;
    if (generation === this.generation && sources.length > 0 && stored.every((s) => s.snapshot)) {
      sources.forEach((s, i) => s.index.adopt(stored[i]!.snapshot!));
      withBuffers(sources);
      painted = sources.map((s) => s.index.generation);
      this.log.info(`prompt library shown from its snapshots in ${Date.now() - started} ms; checking the files`);
      paint(sources);
    }
    const loads = await Promise.all(sources.map((s, i) => this.snapshots.load(s, stored[i]!)));
    withBuffers(sources);
    if (generation === this.generation) {
      this.current = sources;
      const workspacePrompts = sources.filter((s) => s.kind === "workspace").reduce((n, s) => n + s.index.list().length, 0);
      void vscode.commands.executeCommand("setContext", CONTEXT_KEYS.noWorkspaceLibrary, workspacePrompts === 0);
      const counts = sources.map((s) => `${s.label}: ${s.index.list().length}`).join(", ");
      const reused = loads.reduce((n, l) => n + l.reused, 0);
      const cached = this.snapshots.enabled ? `; ${reused} files from snapshots, ${loads.reduce((n, l) => n + l.read, 0)} read` : "";
      this.log.info(`prompt library loaded in ${Date.now() - started} ms (${counts || "no libraries"}${cached})`);
      this.lastLoad = loads;
      this.snapshots.settled();
      // Shown from the snapshots, and the files differed: the view shows them as they are.
      if (painted && sources.some((s, i) => s.index.generation !== painted![i])) this.changed.fire();
    }
    return sources;
  }

  /** Saves now the snapshots of the loaded libraries that changed since their last save; resolves when they are written. */
  saveSnapshots(): Promise<void> {
    return this.snapshots.save();
  }

  private bufferChanged(document: vscode.TextDocument): void {
    const sources = this.current;
    if (!sources) return;
    const source = sources.find((s) => sameAuthority(s.base, document.uri) && s.index.contains(document.uri.path));
    if (!source) return;
    source.index.update(document.uri.path, document.getText());
    this.fireSoon();
  }

  private queue(uri: vscode.Uri): void {
    if (!this.current && !this.loading) return;
    this.pending.add(uri.toString());
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), CHANGE_DELAY_MS);
  }

  private flush(): Promise<void> {
    this.flushing = this.flushing.then(async () => {
      const sources = await this.loading;
      if (!sources || this.pending.size === 0) return;
      const uris = [...this.pending].map((u) => vscode.Uri.parse(u));
      this.pending.clear();
      let touched = false;
      const dirty = dirtyOpen();
      for (const source of sources) {
        const paths = new Set<string>();
        for (const u of uris) {
          if (!sameAuthority(source.base, u) || dirty.has(u.toString())) continue;
          if (source.index.contains(u.path)) paths.add(u.path);
          else if (!MARKDOWN.test(u.path) && source.index.roots.some((r) => u.path === r || u.path.startsWith(`${r}/`) || r.startsWith(`${u.path}/`))) {
            // A folder deleted, created, or renamed or moved (its old and new names): the prompts indexed under it, and the files under it now.
            for (const path of source.index.pathsUnder(u.path)) paths.add(path);
            for (const path of (await source.host.listFiles?.(u.path)) ?? []) if (source.index.contains(path)) paths.add(path);
          }
        }
        if (paths.size === 0) continue;
        touched = true;
        await source.index.refreshAll(paths);
      }
      if (touched) {
        this.snapshots.saveSoon();
        const workspacePrompts = sources.filter((s) => s.kind === "workspace").reduce((n, s) => n + s.index.list().length, 0);
        void vscode.commands.executeCommand("setContext", CONTEXT_KEYS.noWorkspaceLibrary, workspacePrompts === 0);
        this.changed.fire();
      }
    });
    return this.flushing;
  }

  private fireSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.pending.size ? void this.flush() : this.changed.fire()), CHANGE_DELAY_MS);
  }

  dispose(): void {
    this.snapshots.dispose();
    this.disposed = true;
    clearTimeout(this.timer);
    clearTimeout(this.preloadTimer);
    this.preloadCancelled?.();
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The unsaved text of open prompts is the prompt, as the user sees it. */
function withBuffers(sources: readonly LibrarySource[]): void {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    const source = sources.find((s) => sameAuthority(s.base, document.uri) && s.index.contains(document.uri.path));
    source?.index.update(document.uri.path, document.getText());
  }
}

function sameAuthority(a: vscode.Uri, b: vscode.Uri): boolean {
  return a.scheme === b.scheme && a.authority === b.authority;
}

/** The URIs of open documents with unsaved changes: their buffers, not the files on disk, are the prompts. */
function dirtyOpen(): Set<string> {
  return new Set(vscode.workspace.textDocuments.filter((d) => d.isDirty).map((d) => d.uri.toString()));
}
