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
import type { PromptSummary } from "./scan.js";
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
 * The snapshot as text: a first line of JSON with everything but the prompts' texts, then the texts
 * one after another. The first line lists each file as an array, `[path, size, mtimeMs, readAt,
 * textLength, summary, problems]`: its path after the folder all paths share (`base`), its text's
 * length (-1 for a file that is not a prompt), its summary as an array of the fields in
 * `SUMMARY_FIELDS` order then the tags (0 when not a prompt), and its problems as `[start, end,
 * message]` (0 for none). Arrays without key names parse in a third less time than objects, and the
 * texts, sliced out rather than parsed as JSON strings, cost nothing to read; the 10,000-prompt
 * library's snapshot reads in about 30 ms. Yielded in parts (one file's record or text each), so a
 * caller can build it in time slices.
 */
export function* snapshotText(snapshot: IndexSnapshot): Generator<string> {
  let textLength = 0;
  for (const file of snapshot.files) textLength += file.entry?.text.length ?? 0;
  const base = commonFolder(snapshot.files);
  yield `{"format":${JSON.stringify(snapshot.format)},"fingerprint":${JSON.stringify(snapshot.fingerprint)},"writtenAt":${JSON.stringify(snapshot.writtenAt)},"textLength":${textLength},"base":${JSON.stringify(base)},"files":[`;
  let first = true;
  for (const { path, size, mtimeMs, readAt, entry } of snapshot.files) {
    const summary = entry ? [...SUMMARY_FIELDS.map((k) => entry.summary[k] ?? null), entry.summary.tags] : 0;
    const problems = entry?.loadProblems.length ? entry.loadProblems.map((p) => [p.range[0], p.range[1], p.message]) : 0;
    yield `${first ? "" : ","}${JSON.stringify([path.slice(base.length), size, mtimeMs, readAt, entry ? entry.text.length : -1, summary, problems])}`;
    first = false;
  }
  yield "]}\n";
  for (const file of snapshot.files) if (file.entry) yield file.entry.text;
}

export type SnapshotRead = { readonly snapshot: IndexSnapshot } | { readonly ignored: string };

/** The summary's single-valued fields, in the order a snapshot lists them. */
const SUMMARY_FIELDS = ["id", "title", "description", "version", "status", "owner", "channel", "risk", "replacedBy"] as const;

/**
 * Reads a snapshot's text, for an index whose fingerprint is `fingerprint`. Truncated, corrupt or
 * foreign text (another format, configuration or version) gives the reason it is ignored; a
 * snapshot is used whole or not at all. Every value is checked and summaries are rebuilt with every
 * field, so an entry restored from a snapshot is the same value a fresh read would give.
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
  if (typeof data.base !== "string" || data.base[0] !== "/") return { ignored: "it has no valid base folder" };
  if (!Array.isArray(data.files)) return { ignored: "it has no list of files" };
  const texts = newline + 1;
  if (data.textLength !== text.length - texts) return { ignored: `its texts are ${text.length - texts} characters long, not ${String(data.textLength)}; it may have been cut short` };
  const files: SnapshotFile[] = [];
  const base = data.base;
  let at = texts;
  for (let i = 0; i < data.files.length; i++) {
    const file = snapshotFile(data.files[i], base, text, at);
    if (!file) return { ignored: `its file record ${i + 1} is malformed` };
    files.push(file);
    at += file.entry?.text.length ?? 0;
  }
  if (at !== text.length) return { ignored: "its texts do not add up to its length" };
  return { snapshot: { format: SNAPSHOT_FORMAT, fingerprint, writtenAt: data.writtenAt, files } };
}

/** A file record (see `snapshotText`), its entry's text sliced from `text` at `at`; undefined when it is malformed. */
function snapshotFile(record: unknown, base: string, text: string, at: number): SnapshotFile | undefined {
  if (!Array.isArray(record) || record.length !== 7) return undefined;
  const [path, size, mtimeMs, readAt, textLength, s, problems] = record as unknown[];
  if (typeof path !== "string" || path === "" || !isSize(size) || !isTime(mtimeMs) || !isTime(readAt)) return undefined;
  if (textLength === -1) return s === 0 && problems === 0 ? { path: base + path, size, mtimeMs, readAt } : undefined;
  if (!isSize(textLength) || at + textLength > text.length || !Array.isArray(s) || s.length !== 10) return undefined;
  for (let k = 0; k < 9; k++) if (s[k] !== null && typeof s[k] !== "string") return undefined;
  const tags: unknown = s[9];
  if (!Array.isArray(tags)) return undefined;
  for (const tag of tags) if (typeof tag !== "string") return undefined;
  const loadProblems: Problem[] = [];
  if (problems !== 0) {
    if (!Array.isArray(problems)) return undefined;
    for (const p of problems) {
      if (!Array.isArray(p) || p.length !== 3 || !isSize(p[0]) || !isSize(p[1]) || typeof p[2] !== "string") return undefined;
      loadProblems.push({ range: [p[0], p[1]], message: p[2] });
    }
  }
  const field = (k: number): string | undefined => s[k] ?? undefined;
  const summary: PromptSummary = { id: field(0), title: field(1), description: field(2), version: field(3), status: field(4), owner: field(5), channel: field(6), risk: field(7), tags: tags as string[], replacedBy: field(8) };
  return { path: base + path, size, mtimeMs, readAt, entry: { text: text.slice(at, at + textLength), summary, loadProblems } };
}

/** The folder every file is in (with its trailing slash): paths are stored after it. */
function commonFolder(files: readonly SnapshotFile[]): string {
  if (files.length === 0) return "/";
  let prefix = files[0]!.path.slice(0, files[0]!.path.lastIndexOf("/") + 1);
  for (const { path } of files) while (!path.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf("/", prefix.length - 2) + 1);
  return prefix || "/";
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
