/**
 * A library index's snapshot: what it read from disk, per file, with the size and modification time
 * the file had when it was read, so that a later load (the next session) reads and parses only the
 * files whose size or time differ, as `eslint --cache` or TypeScript's build info do. A snapshot is
 * plain data, serialised as one JSON document; whoever keeps it (the extension, in its storage)
 * hands the text back to `readSnapshot`, which accepts it only when it is whole, of this format and
 * made for the same configuration and version of Copydesk (the fingerprint); anything else is
 * ignored with a reason, never trusted in part.
 */
import type { ResolvedConfig } from "../config/resolved.js";
import type { FileStat } from "../host.js";
import { canonicalJson } from "./hash.js";
import type { Problem } from "./prompt.js";
import { summaryFrom, type PromptSummary } from "./scan.js";
import { sha256Text } from "./sha256.js";

/** Bumped whenever the shape of a snapshot or what the index derives from a file changes. */
export const SNAPSHOT_FORMAT = "copydesk-library-index/1";

/**
 * How close to the time a file was read its modification time may be for the snapshot to vouch
 * for it (ms). A file changed again within the same tick of its file system's clock (2 s on FAT, 1 s
 * on HFS+ and many network shares) keeps its time, and often its size: such a file is re-read
 * rather than trusted (git's "racy clean" problem).
 */
export const RACY_MS = 3000;

/** What the index derived from a file: absent for a Markdown file that is not a prompt. */
export interface SnapshotEntry {
  readonly text: string;
  readonly summary: PromptSummary;
  readonly loadProblems: readonly Problem[];
}

export interface SnapshotFile extends FileStat {
  /** Absolute POSIX path. */
  readonly path: string;
  /** When the read began (ms since the epoch, the index's clock); the stat was taken before it. */
  readonly readAt: number;
  readonly entry?: SnapshotEntry;
}

export interface IndexSnapshot {
  readonly format: typeof SNAPSHOT_FORMAT;
  /** `snapshotFingerprint` of the index that wrote it. */
  readonly fingerprint: string;
  /** When the snapshot was taken (ms since the epoch). */
  readonly writtenAt: number;
  readonly files: readonly SnapshotFile[];
}

/**
 * What a snapshot depends on besides the files: the format, the version of Copydesk (whose scanner
 * made the summaries), the configuration root and library roots (which files are in, their
 * relative paths) and the configuration's library section. A snapshot made under another one is
 * ignored.
 */
export function snapshotFingerprint(config: ResolvedConfig, roots: readonly string[], version: string): string {
  return sha256Text(canonicalJson({ format: SNAPSHOT_FORMAT, version, root: config.root, roots, library: config.library })).slice(0, 32);
}

/**
 * Whether a snapshot's record of a file still describes it: the same size and modification time
 * now, and a time far enough before the read (`RACY_MS`) and the snapshot itself that a later
 * change could not have kept it.
 */
export function stillValid(file: SnapshotFile, now: FileStat, writtenAt: number): boolean {
  return file.size === now.size && file.mtimeMs === now.mtimeMs && file.mtimeMs < file.readAt - RACY_MS && file.mtimeMs < writtenAt - RACY_MS;
}

/** The snapshot as text: one JSON document, written one file per line so it can be built in slices. */
export function* snapshotText(snapshot: IndexSnapshot): Generator<string> {
  yield `{"format":${JSON.stringify(snapshot.format)},"fingerprint":${JSON.stringify(snapshot.fingerprint)},"writtenAt":${JSON.stringify(snapshot.writtenAt)},"files":[`;
  let first = true;
  for (const file of snapshot.files) {
    yield `${first ? "" : ","}\n${JSON.stringify(file)}`;
    first = false;
  }
  yield "\n]}\n";
}

export type SnapshotRead = { readonly snapshot: IndexSnapshot } | { readonly ignored: string };

/**
 * Reads a snapshot's text, for an index whose fingerprint is `fingerprint`. Truncated, corrupt or
 * foreign text (another format, configuration or version) gives the reason it is ignored; a
 * snapshot is used whole or not at all. Summaries are rebuilt field by field, so an entry restored
 * from a snapshot is the same value a fresh read would give.
 */
export function readSnapshot(text: string, fingerprint: string): SnapshotRead {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ignored: `it is not valid JSON (${(error as Error).message}); it may have been cut short` };
  }
  if (!isObject(data)) return { ignored: "it is not a JSON object" };
  if (data.format !== SNAPSHOT_FORMAT) return { ignored: `its format is ${JSON.stringify(data.format)}, not ${SNAPSHOT_FORMAT}` };
  if (data.fingerprint !== fingerprint) return { ignored: "it was made for another configuration or version of Copydesk" };
  if (!isTime(data.writtenAt)) return { ignored: "it has no valid writtenAt" };
  if (!Array.isArray(data.files)) return { ignored: "it has no list of files" };
  const files: SnapshotFile[] = [];
  for (const [i, file] of data.files.entries()) {
    const valid = snapshotFile(file);
    if (!valid) return { ignored: `its file record ${i + 1} is malformed` };
    files.push(valid);
  }
  return { snapshot: { format: SNAPSHOT_FORMAT, fingerprint, writtenAt: data.writtenAt, files } };
}

function snapshotFile(file: unknown): SnapshotFile | undefined {
  if (!isObject(file) || typeof file.path !== "string" || !file.path.startsWith("/") || !isSize(file.size) || !isTime(file.mtimeMs) || !isTime(file.readAt)) return undefined;
  const base = { path: file.path, size: file.size, mtimeMs: file.mtimeMs, readAt: file.readAt };
  if (file.entry === undefined) return base;
  const entry = file.entry;
  if (!isObject(entry) || typeof entry.text !== "string" || !isObject(entry.summary) || !Array.isArray(entry.loadProblems)) return undefined;
  const s = entry.summary;
  const strings = ["id", "title", "description", "version", "status", "owner", "channel", "risk", "replacedBy"] as const;
  if (strings.some((k) => s[k] !== undefined && typeof s[k] !== "string") || !Array.isArray(s.tags) || !s.tags.every((t) => typeof t === "string")) return undefined;
  const loadProblems: Problem[] = [];
  for (const p of entry.loadProblems) {
    if (!isObject(p) || typeof p.message !== "string" || !Array.isArray(p.range) || p.range.length !== 2 || !p.range.every(isSize)) return undefined;
    loadProblems.push({ range: [p.range[0], p.range[1]], message: p.message });
  }
  return { ...base, entry: { text: entry.text, summary: summaryFrom(s), loadProblems } };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function isSize(v: unknown): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 0;
}

function isTime(v: unknown): v is number {
  return typeof v === "number" && Number.isFinite(v);
}
