/**
 * The library index's entries and the lookups over them: by path, by id, every entry sorted by
 * path, the prompts listed by id with a filter. The index (library-index.ts) decides what goes in,
 * from the files and snapshots it reads; this keeps the maps and the sorted views in step, and
 * counts the changes.
 */
import type { ParsedPrompt, Problem } from "./prompt.js";
import type { PromptSummary } from "./scan.js";
import type { SearchKeys } from "./search.js";

export interface LibraryEntry {
  /** Absolute POSIX path. */
  readonly path: string;
  /** Relative to the configuration root, as shown to users. */
  readonly relativePath: string;
  readonly text: string;
  readonly summary: PromptSummary;
  /** Problems reading the file (binary, not UTF-8), reported by `library/schema`. */
  readonly loadProblems: readonly Problem[];
  readonly keys: SearchKeys;
  /** The full parse, made on first use. */
  parsed(): ParsedPrompt;
}

export interface ListFilter {
  readonly status?: string;
  readonly channel?: string;
  readonly tag?: string;
}

export class LibraryEntries {
  private readonly byPath = new Map<string, LibraryEntry>();
  private readonly pathsById = new Map<string, Set<string>>();
  private sorted: LibraryEntry[] | undefined;
  private sortedById: LibraryEntry[] | undefined;
  private changes = 0;

  /** Counts changes (each entry set or deleted). */
  get generation(): number {
    return this.changes;
  }

  /** The paths of every entry, in no order. */
  paths(): string[] {
    return [...this.byPath.keys()];
  }

  get(path: string): LibraryEntry | undefined {
    return this.byPath.get(path);
  }

  /** Puts an entry in, in place of any other at its path. */
  set(entry: LibraryEntry): void {
    this.delete(entry.path);
    this.byPath.set(entry.path, entry);
    const id = entry.summary.id;
    if (id !== undefined) {
      let paths = this.pathsById.get(id);
      if (!paths) this.pathsById.set(id, (paths = new Set()));
      paths.add(entry.path);
    }
    this.changed();
  }

  delete(path: string): void {
    const old = this.byPath.get(path);
    if (!old) return;
    this.byPath.delete(path);
    const id = old.summary.id;
    if (id !== undefined) {
      const paths = this.pathsById.get(id);
      paths?.delete(path);
      if (paths?.size === 0) this.pathsById.delete(id);
    }
    this.changed();
  }

  /** Every entry, by path. */
  all(): readonly LibraryEntry[] {
    return (this.sorted ??= [...this.byPath.values()].sort((a, b) => compare(a.path, b.path)));
  }

  /** The paths of the entries under a folder, by path. */
  pathsUnder(folder: string): string[] {
    const prefix = `${folder.replace(/\/+$/, "")}/`;
    const entries = this.all();
    let lo = 0;
    let hi = entries.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (entries[mid]!.path < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < entries.length && entries[i]!.path.startsWith(prefix); i++) out.push(entries[i]!.path);
    return out;
  }

  /** Every entry with this id, by path. */
  withId(id: string): LibraryEntry[] {
    const paths = this.pathsById.get(id);
    return paths ? [...paths].sort().map((p) => this.byPath.get(p)!) : [];
  }

  /** Entries with an id, by id (then path), optionally filtered by status, channel and tag. */
  list(filter: ListFilter = {}): LibraryEntry[] {
    this.sortedById ??= this.all().filter((e) => e.summary.id !== undefined).sort((a, b) => compare(a.summary.id!, b.summary.id!) || compare(a.path, b.path));
    return this.sortedById
      .filter((e) => filter.status === undefined || e.summary.status === filter.status)
      .filter((e) => filter.channel === undefined || e.summary.channel === filter.channel)
      .filter((e) => filter.tag === undefined || e.summary.tags.includes(filter.tag));
  }

  private changed(): void {
    this.sorted = undefined;
    this.sortedById = undefined;
    this.changes++;
  }
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
