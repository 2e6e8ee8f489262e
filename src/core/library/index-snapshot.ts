/**
 * A library index's snapshot: what it read from disk, per file, with the size and modification time
 * the file had when it was read, so that a later load (the next session) reads and parses only the
 * files whose size or time differ, as `eslint --cache` or TypeScript's build info do. A snapshot is
 * plain data, serialised as text (`snapshotText`); whoever keeps it (the extension, in its storage)
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

/**
 * The snapshot as text: a first line of JSON with everything but the prompts' texts (each entry has
 * the length of its text instead), then the texts one after another. Reading it parses only the
 * first line as JSON and slices the texts out, which costs half of parsing them as JSON strings.
 * Yielded in parts (one file's record or text each), so a caller can build it in time slices.
 */
export function* snapshotText(snapshot: IndexSnapshot): Generator<string> {
  let textLength = 0;
  for (const file of snapshot.files) textLength += file.entry?.text.length ?? 0;
  yield `{"format":${JSON.stringify(snapshot.format)},"fingerprint":${JSON.stringify(snapshot.fingerprint)},"writtenAt":${JSON.stringify(snapshot.writtenAt)},"textLength":${textLength},"files":[`;
  let first = true;
  for (const { path, size, mtimeMs, readAt, entry } of snapshot.files) {
    const record = { path, size, mtimeMs, readAt, ...(entry && { entry: { textLength: entry.text.length, summary: entry.summary, loadProblems: entry.loadProblems } }) };
    yield `${first ? "" : ","}${JSON.stringify(record)}`;
    first = false;
  }
  yield "]}\n";
  for (const file of snapshot.files) if (file.entry) yield file.entry.text;
}

export type SnapshotRead = { readonly snapshot: IndexSnapshot } | { readonly ignored: string };

const SUMMARY_STRINGS = ["id", "title", "description", "version", "status", "owner", "channel", "risk", "replacedBy"] as const;

/**
 * Reads a snapshot's text, for an index whose fingerprint is `fingerprint`. Truncated, corrupt or
 * foreign text (another format, configuration or version) gives the reason it is ignored; a
 * snapshot is used whole or not at all. Summaries are rebuilt field by field, so an entry restored
 * from a snapshot is the same value a fresh read would give.
 */
export function readSnapshot(text: string, fingerprint: string): SnapshotRead {
  const newline = text.indexOf("\n");
  if (newline < 0) return { ignored: "it has no end of its header; it may have been cut short" };
  let data: unknown;
  try {
    data = JSON.parse(text.slice(0, newline));
  } catch (error) {
    return { ignored: `its header is not valid JSON (${(error as Error).message})` };
  }
  if (!isObject(data)) return { ignored: "its header is not a JSON object" };
  if (data.format !== SNAPSHOT_FORMAT) return { ignored: `its format is ${JSON.stringify(data.format)}, not ${SNAPSHOT_FORMAT}` };
  if (data.fingerprint !== fingerprint) return { ignored: "it was made for another configuration or version of Copydesk" };
  if (!isTime(data.writtenAt)) return { ignored: "it has no valid writtenAt" };
  if (!Array.isArray(data.files)) return { ignored: "it has no list of files" };
  const texts = newline + 1;
  if (data.textLength !== text.length - texts) return { ignored: `its texts are ${text.length - texts} characters long, not ${String(data.textLength)}; it may have been cut short` };
  const files: SnapshotFile[] = [];
  let at = texts;
  for (let i = 0; i < data.files.length; i++) {
    const file = snapshotFile(data.files[i], text, at);
    if (!file) return { ignored: `its file record ${i + 1} is malformed` };
    files.push(file);
    at += file.entry?.text.length ?? 0;
  }
  if (at !== text.length) return { ignored: "its texts do not add up to its length" };
  return { snapshot: { format: SNAPSHOT_FORMAT, fingerprint, writtenAt: data.writtenAt, files } };
}

/** A file record, its entry's text sliced from `text` at `at`; undefined when it is malformed. */
function snapshotFile(file: unknown, text: string, at: number): SnapshotFile | undefined {
  if (!isObject(file) || typeof file.path !== "string" || file.path[0] !== "/" || !isSize(file.size) || !isTime(file.mtimeMs) || !isTime(file.readAt)) return undefined;
  const entry = file.entry;
  if (entry === undefined) return { path: file.path, size: file.size, mtimeMs: file.mtimeMs, readAt: file.readAt };
  if (!isObject(entry) || !isSize(entry.textLength) || at + entry.textLength > text.length || !isObject(entry.summary) || !Array.isArray(entry.loadProblems)) return undefined;
  const s = entry.summary;
  for (const key of SUMMARY_STRINGS) if (s[key] !== undefined && typeof s[key] !== "string") return undefined;
  const tags = s.tags;
  if (!Array.isArray(tags)) return undefined;
  for (const tag of tags) if (typeof tag !== "string") return undefined;
  const loadProblems: Problem[] = [];
  for (const p of entry.loadProblems) {
    if (!isObject(p) || typeof p.message !== "string" || !Array.isArray(p.range) || p.range.length !== 2 || !isSize(p.range[0]) || !isSize(p.range[1])) return undefined;
    loadProblems.push({ range: [p.range[0], p.range[1]], message: p.message });
  }
  const summary = summaryFrom(s);
  return { path: file.path, size: file.size, mtimeMs: file.mtimeMs, readAt: file.readAt, entry: { text: text.slice(at, at + entry.textLength), summary, loadProblems } };
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
