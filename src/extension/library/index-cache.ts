/**
 * Keeps each prompt library's index snapshot (core/library/index-snapshot.ts) in the extension's
 * storage, so a new window reads only the prompts that changed since the last one: a workspace
 * folder's library in the workspace's storage (`context.storageUri`), the starter library in the
 * global storage; never in the workspace folder itself. One file per library, named after the
 * library's key, written whole (a temporary file renamed into place), so a crash mid-write leaves
 * the previous snapshot or none. A snapshot that cannot be read, or was made by another version
 * or configuration, is ignored with a line in the log, and the library is read in full.
 */
import { readdir, readFile, rm } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import type * as vscode from "vscode";
import type { ResolvedConfig } from "../../core/config/resolved.js";
import type { IndexSnapshot } from "../../core/library/index-snapshot.js";
import type { LibraryIndex } from "../../core/library/library-index.js";
import { coreBundleLoad, type Core } from "../core.js";
import { writeFileAtomically } from "../atomic-write.js";
import { timeSlices } from "../time-slices.js";

/** Where the snapshots live (local folders; a library without one is not cached), and the version that writes them. */
export interface IndexCacheOptions {
  /** For workspace folders' libraries: the workspace's storage (`context.storageUri`), when it is local. */
  readonly workspaceDir: string | undefined;
  /** For the starter library: the global storage (`context.globalStorageUri`), when it is local. */
  readonly globalDir: string | undefined;
  /** The extension's version: a snapshot written by another one is ignored. */
  readonly version: string;
}

/** What the cache reads for one library: the snapshot, or why there is none to use. */
export type CachedSnapshot = { readonly snapshot: IndexSnapshot } | { readonly none: "absent" | "ignored" };

/** How `fileFor` names a snapshot. */
const SNAPSHOT_FILE = /^library-index-[0-9a-f]{16}\.json$/;

export class IndexCache {
  constructor(
    private readonly options: IndexCacheOptions,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** The snapshot file of a library (`key`: the store's source key), or undefined when its kind has no storage. */
  fileFor(key: string, kind: "workspace" | "starter"): string | undefined {
    const dir = kind === "starter" ? this.options.globalDir : this.options.workspaceDir;
    return dir && join(dir, `library-index-${createHash("sha256").update(key).digest("hex").slice(0, 16)}.json`);
  }

  /**
   * Removes the snapshots in the workspace's storage that belong to none of `current` (the snapshot
   * files of the workspace's libraries now): a folder removed from the workspace, or a library root
   * renamed, would otherwise leave its snapshot there for good. Only this workspace's storage: the
   * global storage is shared by every window. Files not named as snapshots are left alone.
   */
  async prune(current: readonly string[]): Promise<string[]> {
    const dir = this.options.workspaceDir;
    if (!dir) return [];
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return [];
    }
    const keep = new Set(current);
    const stale = names.filter((name) => SNAPSHOT_FILE.test(name) && !keep.has(join(dir, name))).map((name) => join(dir, name));
    for (const file of stale) {
      try {
        await rm(file, { force: true });
        this.log.info(`removed the index snapshot of a library no longer in the workspace (${file})`);
      } catch (error) {
        this.log.warn(`the stale index snapshot ${file} could not be removed: ${(error as Error).message}`);
      }
    }
    return stale;
  }

  /**
   * What a library's snapshot must have been made for: the configuration, roots, version, and the
   * build of core that scanned the prompts (a development build or a pre-release can change the
   * scanner under the same version).
   */
  fingerprint(core: Core, config: ResolvedConfig, index: LibraryIndex): string {
    const build = coreBundleLoad()?.build;
    return core.snapshotFingerprint(config, index.roots, build ? `${this.options.version}+${build}` : this.options.version);
  }

  /** The library's last snapshot, checked; a missing file is quietly absent, a bad one ignored with a log line. */
  async read(core: Core, file: string | undefined, fingerprint: string, label: string): Promise<CachedSnapshot> {
    if (!file) return { none: "absent" };
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") this.log.warn(`the index snapshot of ${label} could not be read (${(error as Error).message}); reading the library in full`);
      return { none: "absent" };
    }
    const read = core.readSnapshot(text, fingerprint);
    if ("snapshot" in read) return read;
    this.log.info(`ignoring the index snapshot of ${label} (${file}): ${read.ignored}; reading the library in full`);
    return { none: "ignored" };
  }

  /** Writes a snapshot: its text built in time slices, then a temporary file renamed over the old one. */
  async write(core: Core, file: string, snapshot: IndexSnapshot): Promise<void> {
    const parts: string[] = [];
    const pause = timeSlices();
    for (const part of core.snapshotText(snapshot)) {
      await pause();
      parts.push(part);
    }
    try {
      await writeFileAtomically(file, parts.join(""));
    } catch (error) {
      this.log.warn(`the index snapshot ${file} could not be written: ${(error as Error).message}`);
    }
  }
}
