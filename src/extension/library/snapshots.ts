/**
 * The library store's bookkeeping of index snapshots (see index-cache.ts for where they are kept):
 * which snapshot each load starts from (the libraries in memory that a reset dropped, or the one in
 * storage, or none when a Refresh asks to read everything), how each load went, and saving the
 * snapshots of the libraries that changed, after a few quiet seconds.
 */
import type * as vscode from "vscode";
import type { IndexSnapshot } from "../../core/library/index-snapshot.js";
import type { LibraryIndex } from "../../core/library/library-index.js";
import { loadCore, type Core } from "../core.js";
import { IndexCache, type IndexCacheOptions } from "./index-cache.js";
import type { LibrarySource } from "./store.js";

/** How long the libraries stay unchanged before their snapshots are saved (ms): a branch checkout is saved once, at the end. */
const SAVE_DELAY_MS = 5000;

/** How a library's last load went: where its snapshot came from (or why there was none), files taken from it, files read. */
export interface SourceLoad {
  readonly key: string;
  readonly snapshot: "disk" | "memory" | "absent" | "ignored" | "reread";
  readonly reused: number;
  readonly read: number;
}

/** A library's snapshot for a load, where it came from, and whether storage has the same one. */
export interface StoredSnapshot {
  readonly snapshot: IndexSnapshot | undefined;
  readonly from: SourceLoad["snapshot"];
  readonly saved: boolean;
}

export class LibrarySnapshots {
  private readonly cache: IndexCache | undefined;
  /** The snapshots of the libraries a reset dropped, by key, for the load that follows (`saved`: the one in storage is the same). */
  private handover = new Map<string, { snapshot: IndexSnapshot; saved: boolean }>();
  /** The fingerprint each loaded library's snapshot is made under. */
  private readonly fingerprints = new WeakMap<LibraryIndex, string>();
  /** Each index's generation when its snapshot was last saved (or loaded unchanged). */
  private readonly savedAt = new WeakMap<LibraryIndex, number>();
  /** The next load reads every file, snapshots ignored (`rereadNext`). */
  private reread = false;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saving: Promise<void> = Promise.resolve();
  private disposed = false;

  /** `loaded`: the store's libraries as they are now, the ones a save writes. */
  constructor(
    options: IndexCacheOptions | undefined,
    private readonly log: vscode.LogOutputChannel,
    private readonly loaded: () => readonly LibrarySource[] | undefined,
  ) {
    this.cache = options && new IndexCache(options, log);
  }

  /** Whether snapshots are kept at all (the indexes then stat their files, for the snapshot's sizes and times). */
  get enabled(): boolean {
    return this.cache !== undefined;
  }

  /** Before a reload: what the libraries in memory read is the best snapshot the next load can have. */
  handOver(sources: readonly LibrarySource[] | undefined): void {
    this.handover = new Map();
    for (const source of sources ?? []) {
      const fingerprint = this.fingerprints.get(source.index);
      if (fingerprint) this.handover.set(source.key, { snapshot: source.index.snapshot(fingerprint), saved: this.savedAt.get(source.index) === source.index.generation });
    }
  }

  /** The next load reads every file: no snapshot, in memory or in storage (Refresh). */
  rereadNext(): void {
    this.handover = new Map();
    this.reread = true;
  }

  /** Each library's snapshot for the load starting now: the one handed over, or the one in storage. */
  async storedFor(core: Core, sources: readonly LibrarySource[]): Promise<StoredSnapshot[]> {
    const reread = this.reread;
    this.reread = false;
    return Promise.all(sources.map((s) => this.snapshotFor(core, s, reread)));
  }

  private async snapshotFor(core: Core, source: LibrarySource, reread: boolean): Promise<StoredSnapshot> {
    const cache = this.cache;
    if (!cache) return { snapshot: undefined, from: "absent", saved: false };
    const fingerprint = cache.fingerprint(core, source.config, source.index);
    this.fingerprints.set(source.index, fingerprint);
    if (reread) return { snapshot: undefined, from: "reread", saved: false };
    const inMemory = this.handover.get(source.key);
    if (inMemory?.snapshot.fingerprint === fingerprint) return { snapshot: inMemory.snapshot, from: "memory", saved: inMemory.saved };
    const stored = await cache.read(core, cache.fileFor(source.key, source.kind), fingerprint, source.label);
    return "snapshot" in stored ? { snapshot: stored.snapshot, from: "disk", saved: true } : { snapshot: undefined, from: stored.none, saved: false };
  }

  /** Loads one library, from its snapshot when it has one (checking the one it was shown from, if it was). */
  async load(source: LibrarySource, stored: StoredSnapshot): Promise<SourceLoad> {
    const { snapshot, from } = stored;
    const report = await source.index.load({ snapshot });
    // Unchanged since the snapshot in storage (every file in it still valid, none read): nothing to save.
    if (stored.saved && report.read === 0 && report.reused === snapshot!.files.length) this.savedAt.set(source.index, source.index.generation);
    return { key: source.key, snapshot: from, ...report };
  }

  /** After a load of the current libraries: the handed-over snapshots are spent; the changed ones are saved soon. */
  settled(): void {
    this.handover = new Map();
    this.saveSoon();
  }

  /** Saves the snapshots of the libraries that changed since their last save, after SAVE_DELAY_MS of quiet. */
  saveSoon(): void {
    if (!this.cache || this.disposed) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DELAY_MS);
  }

  /**
   * Saves now the snapshots of the loaded libraries that changed since their last save, and removes
   * the workspace's snapshots of libraries it no longer has; resolves when that is done.
   */
  save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const cache = this.cache;
    const sources = this.loaded();
    if (!cache || !sources) return this.saving;
    this.saving = this.saving.then(async () => {
      try {
        const core = await loadCore();
        for (const source of sources) {
          const { index } = source;
          const fingerprint = this.fingerprints.get(index);
          const file = cache.fileFor(source.key, source.kind);
          if (!fingerprint || !file || this.savedAt.get(index) === index.generation) continue;
          this.savedAt.set(index, index.generation);
          await cache.write(core, file, index.snapshot(fingerprint));
        }
        await cache.prune(sources.filter((s) => s.kind === "workspace").flatMap((s) => cache.fileFor(s.key, s.kind) ?? []));
      } catch (error) {
        this.log.warn(`the prompt library's index snapshots could not be saved: ${(error as Error).stack ?? error}`);
      }
    });
    return this.saving;
  }

  /** A save still waiting is made now (its write finishes on its own); then no more are scheduled. */
  dispose(): void {
    if (this.saveTimer !== undefined) void this.save();
    this.disposed = true;
  }
}
