/**
 * Full parse of one prompt file: front matter with positions, per-field validation, the template's
 * tags, and every problem `library/schema` reports. Never throws on bad input.
 */
import type { Document } from "yaml";
import type { z } from "zod";
import { scanFrontMatter } from "../document/front-matter.js";
import type { FrontMatter } from "../document/model.js";
import { LineIndex, type Range } from "../text/line-index.js";
import { describePath, locate } from "../config/problems.js";
import { PromptFrontMatterSchema, PROMPT_KEYS, type PromptFrontMatter } from "./schema.js";
import { parseTemplate, type TemplateParse } from "./template.js";

/** Prompts larger than this (in UTF-16 code units, about 1 MB) are indexed but not parsed. */
export const MAX_PROMPT_CHARS = 1_000_000;

export interface Problem {
  readonly range: Range;
  readonly message: string;
}

export interface ParsedPrompt {
  /** The path as the library knows it (absolute). */
  readonly path: string;
  readonly text: string;
  readonly lines: LineIndex;
  /** Whether the file is a prompt: front matter with an `id:` (a README is not). */
  readonly isPrompt: boolean;
  readonly frontMatter: FrontMatter | undefined;
  /** The front matter as JavaScript, when it is a readable mapping. */
  readonly raw: Readonly<Record<string, unknown>> | undefined;
  /** The front matter when all of it is valid. */
  readonly data: PromptFrontMatter | undefined;
  /** Each top-level field that is valid on its own. */
  readonly fields: Partial<PromptFrontMatter>;
  readonly bodyStart: number;
  readonly body: string;
  readonly template: TemplateParse;
  /** What `library/schema` reports: unreadable input, YAML errors, invalid fields, template errors. */
  readonly problems: readonly Problem[];
  /** Absolute range of the front-matter node at `path` (its key when `key`), or the nearest parent's. */
  locate(path: readonly PropertyKey[], key?: boolean): Range;
}

export interface ParseOptions {
  /** Problems found while reading the file (not UTF-8…), reported first. */
  readonly loadProblems?: readonly Problem[];
}

export function parsePrompt(path: string, text: string, options: ParseOptions = {}): ParsedPrompt {
  const problems: Problem[] = [...(options.loadProblems ?? [])];
  const lines = new LineIndex(text);
  const tooLarge = text.length > MAX_PROMPT_CHARS;
  if (tooLarge) {
    problems.push({
      range: [0, lines.lineEnd(0)],
      message: `This prompt is ${(text.length / 1e6).toFixed(1)} million characters long; prompts are limited to ${MAX_PROMPT_CHARS / 1e6} million, so it was not checked. Split it, or move reference material out of the prompt.`,
    });
  }
  const scan = scanFrontMatter(tooLarge ? text.slice(0, frontMatterEnd(text)) : text);
  const fm = scan.frontMatter;
  const bodyStart = scan.bodyStart;
  const body = tooLarge ? "" : text.slice(bodyStart);
  const shift = fm?.sourceStart ?? 0;
  const doc: Document | undefined = fm?.yaml;
  const at = (path: readonly PropertyKey[], key = false): Range => {
    if (!doc) return [0, Math.min(3, text.length)];
    const r = locate(doc, path, key);
    return [r[0] + shift, r[1] + shift];
  };

  let isPrompt = false;
  let raw: Record<string, unknown> | undefined;
  if (scan.problem) {
    isPrompt = /^id[ \t]*:/m.test(text.slice(0, 10_000));
    if (isPrompt) problems.push(scan.problem);
  } else if (fm) {
    if (fm.data) {
      raw = fm.data as Record<string, unknown>;
      isPrompt = Object.prototype.hasOwnProperty.call(raw, "id");
    } else isPrompt = /^id[ \t]*:/m.test(fm.source);
    if (isPrompt) for (const e of fm.errors) problems.push({ range: widen(text, e.range), message: `${sentence(e.message)} Until it is fixed, the library cannot read this prompt.` });
  }

  const fields: Partial<PromptFrontMatter> = {};
  let data: PromptFrontMatter | undefined;
  if (isPrompt && raw) {
    for (const key of PROMPT_KEYS) {
      if (raw[key] === undefined) continue;
      const one = PromptFrontMatterSchema.shape[key].safeParse(raw[key]);
      if (one.success) (fields as Record<string, unknown>)[key] = one.data;
    }
    const all = PromptFrontMatterSchema.safeParse(raw);
    if (all.success) data = all.data;
    else problems.push(...schemaProblems(all.error, raw, at, fm!.range, lines));
  }

  const template: TemplateParse = isPrompt && !tooLarge ? parseTemplate(body, bodyStart) : { tags: [], skipped: true };
  if (template.error) problems.push(template.error);
  for (const tag of template.tags) {
    if (tag.kind === "partial") problems.push({ range: tag.range, message: `Partials ({{> ${tag.name}}}) are not supported in prompts. Paste the text in, or make it a variable.` });
  }
  return { path, text, lines, isPrompt, frontMatter: fm, raw, data, fields, bodyStart, body, template, problems, locate: at };
}

/** The end of a front matter block (the closing fence's line), or 0; used to read huge files' metadata. */
function frontMatterEnd(text: string): number {
  const m = /\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text.slice(0, 200_000));
  return m ? m.index + m[0].length : 0;
}

type Issue = z.core.$ZodIssue;

function schemaProblems(error: z.ZodError, raw: Record<string, unknown>, at: (path: readonly PropertyKey[], key?: boolean) => Range, fence: Range, lines: LineIndex): Problem[] {
  const out: Problem[] = [];
  for (const issue of error.issues as Issue[]) {
    const path = issue.path;
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const where = path.length ? `in ${describePath(path)}` : "in a prompt's front matter";
        out.push({ range: at([...path, key], true), message: `Unknown field \`${key}\` ${where}. Check the spelling; see schemas/prompt.schema.json for the fields allowed here.` });
      }
      continue;
    }
    if (issue.code === "invalid_key") {
      const inner = issue.issues[0]?.message ?? "invalid name";
      out.push({ range: at(path, true), message: `${describePath(path)}: ${sentence(inner)}` });
      continue;
    }
    if (path.length > 0 && valueAt(raw, path) === undefined) {
      const parent = path.slice(0, -1);
      const range = parent.length === 0 ? [fence[0], fence[0] + 3] as Range : firstLine(at(parent, false), lines);
      const expected = issue.code === "invalid_type" ? ` (expected ${issue.expected})` : issue.code === "invalid_value" ? ` (one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")})` : "";
      out.push({ range, message: `${describePath(path)} is missing: ${parent.length === 0 ? "every prompt needs it" : "it is required here"}. Add it${expected}.` });
      continue;
    }
    out.push({ range: at(path), message: `${describePath(path)}: ${issueMessage(issue, valueAt(raw, path))}` });
  }
  return out;
}

function issueMessage(issue: Issue, value: unknown): string {
  if (issue.code === "invalid_type" && issue.expected === "string" && (typeof value === "number" || typeof value === "boolean")) {
    return `expected text, but YAML reads ${String(value)} as a ${typeof value}. Put the value in quotes.`;
  }
  if (issue.code === "invalid_type") return `expected ${issue.expected === "record" ? "a mapping" : issue.expected === "array" ? "a list" : issue.expected}.`;
  if (issue.code === "invalid_value") return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}.`;
  if (issue.code === "too_small") return issue.origin === "array" ? "the list is empty." : "the value is empty.";
  return sentence(issue.message);
}

function sentence(message: string): string {
  return message.endsWith(".") ? message : `${message}.`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const seg of path) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<PropertyKey, unknown>)[seg as string];
  }
  return node;
}

/** A one-character YAML error position, widened to the word it starts, so the squiggle is visible. */
function widen(text: string, range: Range): Range {
  if (range[1] - range[0] !== 1 || !/[\p{L}\p{N}_]/u.test(text[range[0]] ?? "")) return range;
  let end = range[1];
  while (end < text.length && /[\p{L}\p{N}_-]/u.test(text[end]!)) end++;
  return [range[0], end];
}

/** The first line of a range (a missing nested key is shown on its parent's first line). */
function firstLine(range: Range, lines: LineIndex): Range {
  return [range[0], Math.max(range[0], Math.min(range[1], lines.lineEnd(lines.lineAt(range[0]))))];
}
