/**
 * Provenance stamps in copy (`<!-- copydesk prompt: id@version -->`, or front matter
 * `prompt: id@version`): where they stand, and what the library says about the prompt they name,
 * as the Markdown of the editor's hover.
 */
import { directives } from "../document/directives.js";
import type { CopyDocument } from "../document/model.js";
import { frontMatterEntry } from "../rules/disclosure/tag.js";
import type { Range } from "../text/line-index.js";
import type { Approval } from "./schema.js";
import { compareSemver, parseSemver } from "./semver.js";

export interface StampRef {
  readonly id: string;
  readonly version: string | undefined;
  /** The `id@version` text. */
  readonly range: Range;
  /** Where a hover answers: the whole comment, or the front-matter entry. */
  readonly area: Range;
}

/** The stamps of a copy document, in document order (the front matter's first). */
export function provenanceStamps(document: CopyDocument): StampRef[] {
  const out: StampRef[] = [];
  const entry = frontMatterEntry(document, "prompt");
  const named = entry ? promptReference(entry.value) : undefined;
  if (entry && named) out.push({ ...named, range: entry.valueRange, area: entry.range });
  for (const d of directives(document)) if (d.kind === "prompt") out.push({ id: d.id, version: d.version, range: d.refRange, area: d.comment.range });
  return out;
}

/** The stamp whose comment or entry holds `offset`. */
export function stampAt(document: CopyDocument, offset: number): StampRef | undefined {
  return provenanceStamps(document).find((s) => s.area[0] <= offset && offset <= s.area[1]);
}

/** What the hover shows of a prompt (from the library's parse of it). */
export interface StampedPrompt {
  readonly id: string;
  readonly title: string | undefined;
  readonly version: string | undefined;
  readonly status: string | undefined;
  readonly owner: string | undefined;
  readonly replacedBy: string | undefined | null;
  readonly approvals: readonly Approval[];
  /** The library it is in, when the workspace has several ("Starter library"). */
  readonly library?: string | undefined;
}

const escape = (text: string) => text.replace(/[\\`*_[\]<>#|~]/g, "\\$&");
const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;

/** The most recent approval (by date; the later record on the same day). */
export function lastApproval(approvals: readonly Approval[]): Approval | undefined {
  let last: Approval | undefined;
  for (const a of approvals) if (!last || a.date >= last.date) last = a;
  return last;
}

/**
 * The hover of a stamp: the prompt's title, version, status, owner and last approval, and a
 * warning first when the stamped prompt is deprecated (naming its replacement), retired, at another
 * version than the library's, or not in the library.
 */
export function stampHoverMarkdown(stamp: Pick<StampRef, "id" | "version">, prompt: StampedPrompt | undefined, replacement?: StampedPrompt): string {
  const ref = stamp.version ? `${stamp.id}@${stamp.version}` : stamp.id;
  if (!prompt) {
    return (
      `**Prompt ${code(ref)}: not in the prompt library.** No prompt with the id ${code(stamp.id)} is in this workspace's library ` +
      "(or the starter library), so nothing tells whether this copy came from an approved prompt. Check the stamp's id, or ask a librarian whether the prompt was renamed or deleted."
    );
  }
  const lines: string[] = [];
  lines.push(`**Prompt ${code(ref)}**${prompt.title ? ` — ${escape(prompt.title)}` : ""}`);
  const warnings: string[] = [];
  if (prompt.status === "deprecated") {
    const instead = replacement && replacement.status !== "retired"
      ? ` Use ${code(`${replacement.id}${replacement.version ? `@${replacement.version}` : ""}`)}${replacement.title ? ` (${escape(replacement.title)})` : ""} instead: regenerate or review this copy with it, then update the stamp.`
      : prompt.replacedBy
        ? ` Its replacement ${code(prompt.replacedBy)} is ${replacement ? "retired too" : "not in the library"}; review this copy against current guidance.`
        : " The library names no replacement; review this copy against current guidance.";
    warnings.push(`**Deprecated:** the library no longer recommends this prompt.${instead}`);
  } else if (prompt.status === "retired") {
    warnings.push("**Retired:** this prompt is no longer approved for use. Review this copy against current guidance, and rework it without the prompt or with an approved one.");
  }
  const mismatch = versionNote(stamp.version, prompt.version);
  if (mismatch) warnings.push(mismatch);
  if (prompt.status === "draft" || prompt.status === "review") {
    warnings.push(`**Not approved:** the prompt is ${prompt.status === "draft" ? "a draft" : "in review"}; copy should be made only with approved prompts.`);
  }
  lines.push(...warnings);
  const rows: string[] = [];
  rows.push(`- Status: ${escape(prompt.status ?? "unknown")}`);
  rows.push(`- Version in the library: ${prompt.version ? escape(prompt.version) : "unknown"}${stamp.version ? ` (this copy: ${escape(stamp.version)})` : ""}`);
  rows.push(`- Owner: ${prompt.owner ? escape(prompt.owner) : "none"}`);
  const last = lastApproval(prompt.approvals);
  rows.push(last ? `- Last approval: ${escape(last.by)} (${escape(last.role)}), ${escape(last.date)}, version ${escape(last.version)}` : "- Last approval: none");
  if (prompt.library) rows.push(`- Library: ${escape(prompt.library)}`);
  lines.push(rows.join("\n"));
  return lines.join("\n\n");
}

function versionNote(stamped: string | undefined, current: string | undefined): string | undefined {
  if (!stamped || !current || stamped === current) return undefined;
  const a = parseSemver(stamped);
  const b = parseSemver(current);
  const order = a && b ? compareSemver(a, b) : 0;
  const relation = order < 0 ? "an older version" : order > 0 ? "a version the library does not have (newer than its current one)" : "another version";
  return `**Version mismatch:** this copy was made with ${escape(stamped)}, ${relation}; the library's current version is ${escape(current)}. Check the copy against the current prompt.`;
}

/** `id@version` (or just `id`), or a `{id, version}` mapping. */
export function promptReference(value: unknown): { id: string; version: string | undefined } | undefined {
  if (typeof value === "string") {
    const m = /^\s*([^\s@]+)(?:@(\S+))?\s*$/.exec(value);
    return m ? { id: m[1]!, version: m[2] } : undefined;
  }
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const { id, version } = value as { id?: unknown; version?: unknown };
    if (typeof id === "string" && id.trim()) return { id: id.trim(), version: version === undefined || version === null ? undefined : String(version) };
  }
  return undefined;
}
