/**
 * The library index: every prompt under the library roots, by path and by id, with list, get and
 * search. Loading reads only the metadata it lists (scan.ts); the full parse of a prompt happens on
 * demand and is kept until the file changes. Updates are per file and safe to run concurrently:
 * each path remembers the latest request, and an older read that finishes later is dropped. The
 * entries themselves and the lookups over them are kept by `LibraryEntries` (library-entries.ts).
 *
 * With the `stats` option and a host that can stat files (`statMany`), the index remembers each
 * file's size and modification time as they were before it read the file, and `snapshot()` hands out
 * what it read with them; a later `load({ snapshot })` stats the files and reads only the new ones
 * and those whose size or time differ (index-snapshot.ts), with the same result as reading them all.
 * `adopt(snapshot)` shows a snapshot before that check, for a view that must paint at once.
 */
import type { FileStat, Host } from "../host.js";
import type { ResolvedConfig } from "../config/resolved.js";
import { join, relative, resolve } from "../paths.js";
import { SNAPSHOT_FORMAT, stillValid, type IndexSnapshot, type SnapshotFile } from "./index-snapshot.js";
import type { LibraryLookup, PromptRef } from "./lookup.js";
import { compare, LibraryEntries, type LibraryEntry, type ListFilter } from "./library-entries.js";
import { classify, Entry, fromBytes, unreadable, type ReadResult } from "./library-entry.js";
import type { ParsedPrompt, Problem } from "./prompt.js";
import type { PromptSummary } from "./scan.js";
import { searchEntries, type SearchOptions } from "./search.js";

export type { LibraryEntry, ListFilter } from "./library-entries.js";

export interface LibraryIndexOptions {
  readonly host: Host;
  readonly config: ResolvedConfig;
  /** Absolute folders to index; defaults to `library.roots` resolved against the configuration root. */
  readonly roots?: readonly string[];
  /** The clock reads and snapshots are dated by (ms since the epoch); `Date.now` unless a test sets it. */
  readonly now?: () => number;
  /**
   * Stat each file before reading it (when the host can), so `snapshot()` can vouch for it. Off by
   * default: only a caller that keeps snapshots (the extension) needs it; a load from a snapshot
   * stats the files either way.
   */
  readonly stats?: boolean;
}

export interface LoadOptions {
  /** What an earlier load read (`snapshot()`, checked by `readSnapshot`): files it still describes are not read again. */
  readonly snapshot?: IndexSnapshot;
}

/** How a load went: files taken from the snapshot, and files read. */
export interface LoadReport {
  readonly reused: number;
  readonly read: number;
}

/** A file as the index last read it from disk: its stat before the read, and when the read began. */
interface OnDisk extends FileStat {
  readonly readAt: number;
}

const PROMPT_FILE = /\.(?:md|markdown)$/i;
const SKIPPED = /(?:^|\/)(?:node_modules|\.git)\//;
const READ_BATCH = 64;
/** Files per `readBytesMany` call: large enough to amortise the call, small enough to keep a change's ticket fresh. */
const MANY_BATCH = 256;
/** A relative path with an empty, `.` or `..` segment (not already normal). */
const NOT_NORMAL = /(?:^|\/)\.{0,2}(?:\/|$)/;

export class LibraryIndex implements LibraryLookup {
  readonly roots: readonly string[];
  private readonly host: Host;
  private readonly config: ResolvedConfig;
  private readonly store = new LibraryEntries();
  private readonly latest = new Map<string, number>();
  /** Files read from disk with a stat (prompts and Markdown files that are not prompts), for `snapshot()`. */
  private readonly onDisk = new Map<string, OnDisk>();
  /** Files as a snapshot's record has them, unchanged since (`adopt`, `load`): a later load from the same snapshot keeps them as they are. */
  private readonly fromSnapshot = new Map<string, SnapshotFile>();
  private readonly now: () => number;
  private readonly stats: boolean;
  private sequence = 0;
  /** The configuration root, normalised, with a trailing slash: paths under it are made relative by slicing. */
  private readonly rootPrefix: string;

  constructor(options: LibraryIndexOptions) {
    this.host = options.host;
    this.config = options.config;
    const roots = options.roots ?? options.config.library.roots.map((r) => resolve(options.config.root, r));
    this.roots = [...new Set(roots.map((r) => r.replace(/\/+$/, "") || "/"))];
    const root = resolve(options.config.root, ".");
    this.rootPrefix = root.endsWith("/") ? root : `${root}/`;
    this.now = options.now ?? Date.now;
    this.stats = options.stats ?? false;
  }

  /** Counts changes; views built from the index can key on it. */
  get generation(): number {
    return this.store.generation;
  }

  /**
   * (Re)reads every root. With a snapshot (and a host that can stat), a file whose size and
   * modification time are still those the snapshot has (`stillValid`) is taken from it; the others
   * are read, and files the snapshot has that are gone are left out. After `adopt` of the same
   * snapshot this verifies it: only what differs changes (and `generation` only if something does).
   */
  async load(options: LoadOptions = {}): Promise<LoadReport> {
    const snapshot = options.snapshot;
    const verify = snapshot !== undefined && this.host.statMany !== undefined;
    if (!verify) this.clear();
    const files = new Set<string>();
    for (const root of this.roots) for (const f of (await this.host.listFiles?.(root)) ?? []) if (this.contains(f)) files.add(f);
    const list = [...files].sort();
    if (!verify) {
      await this.readAll(list);
      return { reused: 0, read: list.length };
    }
    for (const path of [...this.store.paths(), ...this.onDisk.keys()]) if (!files.has(path)) this.remove(path);
    const tickets = list.map((p) => this.ticket(p));
    const stats = await this.statAll(list, true);
    const known = new Map(snapshot.files.map((f) => [f.path, f]));
    const unread: string[] = [];
    const unreadStats: (FileStat | undefined)[] = [];
    list.forEach((path, k) => {
      const file = known.get(path);
      const stat = stats[k];
      if (file && stat && stillValid(file, stat, snapshot.writtenAt)) {
        if (this.latest.get(path) === tickets[k] && this.fromSnapshot.get(path) !== file) this.restore(file);
      } else {
        unread.push(path);
        unreadStats.push(stat);
      }
    });
    await this.readAll(unread, unreadStats);
    return { reused: list.length - unread.length, read: unread.length };
  }

  /**
   * Takes a snapshot as the library, as it was, without looking at the files: for showing a library
   * at once. A `load({ snapshot })` with the same snapshot then checks it against the files.
   */
  adopt(snapshot: IndexSnapshot): void {
    this.clear();
    for (const file of snapshot.files) if (this.contains(file.path)) this.restore(file);
  }

  /** Forgets every file. */
  private clear(): void {
    for (const path of this.store.paths()) this.drop(path);
    this.onDisk.clear();
    this.fromSnapshot.clear();
  }

  /**
   * What the index read from disk, for a later `load({ snapshot })`: every file it read with a stat
   * and has not changed since (an unsaved buffer's text is not the file, so such a file is left out
   * and read again next time). `fingerprint` is `snapshotFingerprint` of this index.
   */
  snapshot(fingerprint: string): IndexSnapshot {
    const files: SnapshotFile[] = [];
    for (const [path, disk] of this.onDisk) {
      const entry = this.store.get(path);
      const base = { path, size: disk.size, mtimeMs: disk.mtimeMs, readAt: disk.readAt };
      files.push(entry ? { ...base, entry: { text: entry.text, summary: entry.summary, loadProblems: entry.loadProblems } } : base);
    }
    files.sort((a, b) => compare(a.path, b.path));
    return { format: SNAPSHOT_FORMAT, fingerprint, writtenAt: this.now(), files };
  }

  /** Whether a path belongs to the library: a Markdown file under a root. */
  contains(path: string): boolean {
    return PROMPT_FILE.test(path) && !SKIPPED.test(path) && this.roots.some((r) => path.startsWith(r === "/" ? r : `${r}/`));
  }

  /** Re-reads one file after it was created, changed or deleted. */
  async refresh(path: string): Promise<void> {
    if (!this.contains(path)) return;
    const ticket = this.ticket(path);
    const readAt = this.now();
    const [stat] = await this.statAll([path]);
    const read = await this.read(path);
    this.settle(path, ticket, read, stat && { ...stat, readAt });
  }

  /** Many changes at once (a branch checkout): every path re-read, in batches. */
  async refreshAll(paths: Iterable<string>): Promise<void> {
    await this.readAll([...new Set(paths)].filter((p) => this.contains(p)));
  }

  /**
   * Reads files of the library: through `readBytesMany` in batches when the host has it, else file
   * by file, 64 at a time. Each file is stat'ed before it is read (`stats` when the caller already
   * did), so a change during the read leaves a stat that no longer matches, never a stale text that does.
   */
  private async readAll(list: readonly string[], stats?: readonly (FileStat | undefined)[]): Promise<void> {
    const many = this.host.readBytesMany?.bind(this.host);
    if (!many) {
      for (let i = 0; i < list.length; i += READ_BATCH) await Promise.all(list.slice(i, i + READ_BATCH).map((p) => this.refresh(p)));
      return;
    }
    for (let i = 0; i < list.length; i += MANY_BATCH) {
      const batch = list.slice(i, i + MANY_BATCH);
      const tickets = batch.map((p) => this.ticket(p));
      const readAt = this.now();
      const batchStats = stats ? stats.slice(i, i + MANY_BATCH) : await this.statAll(batch);
      let reads: ReadResult[];
      try {
        reads = (await many(batch)).map((bytes) => (bytes === undefined ? undefined : fromBytes(bytes)));
      } catch (error) {
        reads = batch.map(() => unreadable(error));
      }
      batch.forEach((path, k) => {
        const stat = batchStats[k];
        this.settle(path, tickets[k]!, reads[k], stat && { ...stat, readAt });
      });
    }
  }

  /** The files' stats when the host has `statMany` (undefined each otherwise, or when it fails); `always` even without the `stats` option. */
  private async statAll(paths: readonly string[], always = false): Promise<(FileStat | undefined)[]> {
    try {
      return ((this.stats || always) && (await this.host.statMany?.(paths))) || paths.map(() => undefined);
    } catch {
      return paths.map(() => undefined);
    }
  }

  /**
   * Applies a read, unless a later request for the path (a change, an edit) superseded it. The
   * stat is kept for `snapshot()` when the read gave the file's own content (not an error that may pass).
   */
  private settle(path: string, ticket: number, read: ReadResult, disk?: OnDisk): void {
    if (this.latest.get(path) !== ticket) return;
    this.fromSnapshot.delete(path);
    if (read && disk && !read.transient) this.onDisk.set(path, disk);
    else this.onDisk.delete(path);
    if (read) this.put(path, read.text, read.problems);
    else this.drop(path);
  }

  /** Takes a file as a snapshot has it. */
  private restore(file: SnapshotFile): void {
    this.fromSnapshot.set(file.path, file);
    this.onDisk.set(file.path, { size: file.size, mtimeMs: file.mtimeMs, readAt: file.readAt });
    if (file.entry) this.insert(file.path, file.entry.text, file.entry.summary, file.entry.loadProblems, undefined);
    else this.drop(file.path);
  }

  async rename(from: string, to: string): Promise<void> {
    this.remove(from);
    await this.refresh(to);
  }

  remove(path: string): void {
    this.ticket(path);
    this.onDisk.delete(path);
    this.fromSnapshot.delete(path);
    this.drop(path);
  }

  /** Indexes a text that is not (or not yet) on disk, such as an unsaved editor buffer. */
  update(path: string, text: string): void {
    if (!this.contains(path)) return;
    this.ticket(path);
    this.onDisk.delete(path);
    this.fromSnapshot.delete(path);
    this.put(path, text, []);
  }

  /** Every indexed file (prompts, and files that could not be read), by path. */
  entries(): readonly LibraryEntry[] {
    return this.store.all();
  }

  /** The indexed files under a folder (one deleted or moved away as a whole), by path. */
  pathsUnder(folder: string): string[] {
    return this.store.pathsUnder(folder);
  }

  byPath(path: string): LibraryEntry | undefined {
    return this.store.get(path);
  }

  /** Every prompt with this id (more than one is `library/duplicate-id`), by path. */
  withId(id: string): LibraryEntry[] {
    return this.store.withId(id);
  }

  /** The prompt with this id (the first by path when the id is duplicated). */
  get(id: string): LibraryEntry | undefined {
    return this.withId(id)[0];
  }

  prompt(id: string): PromptRef | undefined {
    const entry = this.get(id);
    if (!entry) return undefined;
    const s = entry.summary;
    return { id, title: s.title, version: s.version, status: s.status, replacedBy: s.replacedBy, path: entry.path };
  }

  /** Prompts with an id, by id, optionally filtered by status, channel and tag. */
  list(filter: ListFilter = {}): LibraryEntry[] {
    return this.store.list(filter);
  }

  /** Prompts matching every word of the query in the id, title, description or tags, best first. */
  search(query: string, options: SearchOptions = {}): LibraryEntry[] {
    return searchEntries(this.entries(), query, options);
  }

  private ticket(path: string): number {
    const ticket = ++this.sequence;
    this.latest.set(path, ticket);
    return ticket;
  }

  private async read(path: string): Promise<ReadResult> {
    try {
      if (this.host.readBytes) {
        const bytes = await this.host.readBytes(path);
        return bytes === undefined ? undefined : fromBytes(bytes);
      }
      const text = await this.host.readFile(path);
      return text === undefined ? undefined : { text, problems: [] };
    } catch (error) {
      return unreadable(error);
    }
  }

  private relativeOf(path: string): string {
    // Paths from the host's listing are normal: slicing off the root gives what relative() would.
    if (path.startsWith(this.rootPrefix)) {
      const rest = path.slice(this.rootPrefix.length);
      if (!NOT_NORMAL.test(rest)) return rest;
    }
    return relative(this.config.root, path);
  }

  private put(path: string, text: string, loadProblems: readonly Problem[]): void {
    const found = classify(path, text, loadProblems);
    if (found) this.insert(path, text, found.summary, loadProblems, found.parsed);
    else this.drop(path);
  }

  private insert(path: string, text: string, summary: PromptSummary, loadProblems: readonly Problem[], parsedOnce: ParsedPrompt | undefined): void {
    this.store.set(new Entry(path, this.relativeOf(path), text, summary, loadProblems, parsedOnce));
  }

  private drop(path: string): void {
    this.store.delete(path);
  }
}

/** The absolute folders of the library for a configuration, plus any extra folders (`library check DIR`). */
export function libraryRoots(config: ResolvedConfig, extra: readonly string[] = []): string[] {
  return [...new Set([...config.library.roots.map((r) => resolve(config.root, r)), ...extra.map((r) => join(r))])];
}
