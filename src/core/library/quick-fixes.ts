/**
 * Quick fixes for governance findings on prompt files, as byte-preserving text edits (the editor
 * turns them into WorkspaceEdits): declare an undeclared variable, remove an unused declaration,
 * bump the version, name a replacement. Each fix touches only the lines it must, in the file's own
 * style (block or flow mappings, its indentation and line breaks).
 */
import { isMap, isPair, isScalar, type Node, type Pair, type YAMLMap } from "yaml";
import type { Finding } from "../findings/types.js";
import type { Range } from "../text/line-index.js";
import { bumpPrompt } from "./lifecycle.js";
import type { ParsedPrompt } from "./prompt.js";
import { declaredVariables } from "./rules/helpers.js";
import { VARIABLE_NAME } from "./schema.js";
import { bumpVersion } from "./semver.js";
import { EditError, endOfMapping, formatScalar, lineBreak, lineStart, setField, type TextEdit } from "./yaml-edit.js";

/** One way to clear a finding. */
export interface QuickFix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
  /** The obvious fix (VS Code's `isPreferred`). */
  readonly preferred: boolean;
}

/** A prompt that could replace a deprecated one (what `replacementCandidates` ranks). */
export interface CandidatePrompt {
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly status: string | undefined;
  readonly channel: string | undefined;
  readonly tags: readonly string[];
}

/** How many replacements a `library/replacement-missing` finding offers directly. */
export const MAX_REPLACEMENT_FIXES = 5;

/** The placeholder description of a variable declared by the quick fix; the librarian rewrites it. */
export function placeholderDescription(name: string): string {
  return `TODO describe ${name}`;
}

interface Located {
  readonly pair: Pair;
  readonly key: Range;
  readonly value: Node | null;
}

function mapping(prompt: ParsedPrompt): { map: YAMLMap; base: number } | undefined {
  const map = prompt.frontMatter?.yaml.contents;
  return prompt.frontMatter && isMap(map) ? { map, base: prompt.frontMatter.sourceStart } : undefined;
}

function pairsOf(map: YAMLMap, base: number): Located[] {
  const out: Located[] = [];
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key) || !(pair.key as Node).range) continue;
    const k = (pair.key as Node).range!;
    out.push({ pair, key: [base + k[0], base + k[1]], value: (pair.value as Node | null) ?? null });
  }
  return out;
}

function keyOf(located: Located): string {
  return String((located.pair.key as { value: unknown }).value);
}

/** The end of a pair's value (or of its key, when it has none), as an absolute offset. */
function pairEnd(located: Located, base: number): number {
  const r = located.value?.range;
  return r && r[1] > r[0] ? base + r[1] : located.key[1];
}

/** The start of the line after `offset` (or the end of the text). */
function nextLineStart(text: string, offset: number): number {
  if (text[offset - 1] === "\n") return offset;
  const i = text.indexOf("\n", offset);
  return i < 0 ? text.length : i + 1;
}

function isEmptyValue(node: Node | null): boolean {
  return !node || (isScalar(node) && node.value === null);
}

/**
 * Declares `name` under `variables:` as `name: { description: TODO describe name, required: true }`
 * (block-style entries get a block mapping), adding `variables:` when the prompt has none.
 */
export function declareVariable(prompt: ParsedPrompt, name: string): TextEdit[] {
  if (!VARIABLE_NAME.test(name)) return [];
  const fm = mapping(prompt);
  if (!fm) return [];
  const text = prompt.text;
  const nl = lineBreak(text);
  const description = placeholderDescription(name);
  const flowSpec = `{ description: ${formatScalar(description, undefined, true)}, required: true }`;
  const variables = pairsOf(fm.map, fm.base).find((p) => keyOf(p) === "variables");
  if (!variables) {
    const { at, indent } = endOfMapping(prompt);
    return [{ range: [at, at], text: `${indent}variables:${nl}${indent}  ${name}: ${flowSpec}${nl}` }];
  }
  const keyIndent = " ".repeat(variables.key[0] - lineStart(text, variables.key[0]));
  const node = variables.value;
  if (isEmptyValue(node)) {
    const edits: TextEdit[] = [];
    const r = node?.range;
    if (r && r[1] > r[0]) edits.push({ range: [text.indexOf(":", variables.key[1]) + 1, fm.base + r[1]], text: "" });
    const at = lineEndAt(text, variables.key[1]);
    edits.push({ range: [at, at], text: `${nl}${keyIndent}  ${name}: ${flowSpec}` });
    return edits;
  }
  if (!isMap(node) || !node.range) return [];
  if (node.flow) {
    const open = fm.base + node.range[0];
    const close = fm.base + node.range[1] - 1;
    if (text[open] !== "{" || text[close] !== "}") return [];
    const inner = text.slice(open + 1, close);
    if (inner.trim() === "") return [{ range: [open, close + 1], text: `{ ${name}: ${flowSpec} }` }];
    const lastChar = open + 1 + inner.trimEnd().length;
    const sep = inner.trimEnd().endsWith(",") ? " " : ", ";
    return [{ range: [lastChar, lastChar], text: `${sep}${name}: ${flowSpec}` }];
  }
  const items = pairsOf(node, fm.base);
  const last = items[items.length - 1];
  if (!last) return [];
  const indent = " ".repeat(last.key[0] - lineStart(text, last.key[0]));
  const at = nextLineStart(text, pairEnd(last, fm.base));
  const lastValue = last.value;
  if (isMap(lastValue) && !lastValue.flow) {
    const nested = pairsOf(lastValue, fm.base)[0];
    const inner = nested ? " ".repeat(Math.max(1, nested.key[0] - lineStart(text, nested.key[0]) - indent.length)) : "  ";
    const lines = [`${indent}${name}:`, `${indent}${inner}description: ${formatScalar(description)}`, `${indent}${inner}required: true`];
    return [{ range: [at, at], text: `${lines.join(nl)}${nl}` }];
  }
  return [{ range: [at, at], text: `${indent}${name}: ${flowSpec}${nl}` }];
}

/** Removes the declaration of `name` under `variables:`; the last one leaves `variables: {}`. */
export function removeVariable(prompt: ParsedPrompt, name: string): TextEdit[] {
  const fm = mapping(prompt);
  if (!fm) return [];
  const text = prompt.text;
  const variables = pairsOf(fm.map, fm.base).find((p) => keyOf(p) === "variables");
  const node = variables?.value;
  if (!variables || !isMap(node) || !node.range) return [];
  const items = pairsOf(node, fm.base);
  const i = items.findIndex((p) => keyOf(p) === name);
  const item = items[i];
  if (!item) return [];
  if (node.flow) {
    if (items.length === 1) return [{ range: [fm.base + node.range[0], fm.base + node.range[1]], text: "{}" }];
    const next = items[i + 1];
    if (next) return [{ range: [item.key[0], next.key[0]], text: "" }];
    return [{ range: [pairEnd(items[i - 1]!, fm.base), pairEnd(item, fm.base)], text: "" }];
  }
  const edits: TextEdit[] = [{ range: [lineStart(text, item.key[0]), nextLineStart(text, pairEnd(item, fm.base))], text: "" }];
  if (items.length === 1) {
    const colon = text.indexOf(":", variables.key[1]);
    edits.unshift({ range: [colon + 1, colon + 1], text: " {}" });
  }
  return edits;
}

function lineEndAt(text: string, offset: number): number {
  const i = text.indexOf("\n", offset);
  if (i < 0) return text.length;
  return text[i - 1] === "\r" ? i - 1 : i;
}

/** Approved prompts that could replace `prompt`, likeliest first: same channel, shared tags, a shared id stem. */
export function replacementCandidates(prompt: ParsedPrompt, prompts: readonly CandidatePrompt[]): CandidatePrompt[] {
  const id = prompt.fields.id ?? String(prompt.raw?.id ?? "");
  const channel = prompt.fields.channel;
  const tags = new Set(prompt.fields.tags ?? []);
  const stem = (s: string) => s.split(/[-_.]/)[0] ?? s;
  const score = (c: CandidatePrompt) =>
    (channel !== undefined && c.channel === channel ? 4 : 0) + c.tags.filter((t) => tags.has(t)).length * 2 + (c.id && stem(c.id) === stem(id) ? 3 : 0);
  const seen = new Set<string>();
  return prompts
    .filter((c): c is CandidatePrompt & { id: string } => c.status === "approved" && c.id !== undefined && c.id !== id && !seen.has(c.id) && (seen.add(c.id), true))
    .map((c) => ({ c, s: score(c) }))
    .sort((a, b) => b.s - a.s || (a.c.id < b.c.id ? -1 : a.c.id > b.c.id ? 1 : 0))
    .map(({ c }) => c);
}

const same = (a: Range, b: Range) => a[0] === b[0] && a[1] === b[1];

/**
 * The quick fixes for one governance finding on `prompt` (besides the finding's own `fix`, which
 * the editor offers as it is). `candidates` are the library's prompts, for `replacedBy`.
 */
export function governanceFixes(prompt: ParsedPrompt, finding: Finding, candidates: readonly CandidatePrompt[] = []): QuickFix[] {
  try {
    return fixesFor(prompt, finding, candidates);
  } catch (error) {
    if (error instanceof EditError) return [];
    throw error;
  }
}

function fixesFor(prompt: ParsedPrompt, finding: Finding, candidates: readonly CandidatePrompt[]): QuickFix[] {
  switch (finding.rule) {
    case "library/undeclared-variable": {
      const tag = prompt.template.tags.find((t) => same(t.range, finding.range));
      if (!tag) return [];
      const edits = declareVariable(prompt, tag.variable);
      return edits.length ? [{ title: `Declare the variable \`${tag.variable}\` under variables:`, edits, preferred: true }] : [];
    }
    case "library/unused-variable": {
      const name = declaredVariables(prompt).find((n) => same(prompt.locate(["variables", n], true), finding.range));
      if (name === undefined) return [];
      const edits = removeVariable(prompt, name);
      return edits.length ? [{ title: `Remove the unused variable \`${name}\``, edits, preferred: true }] : [];
    }
    case "library/approval-stale":
    case "library/version-not-bumped": {
      const bumped = bumpPrompt(prompt, "patch");
      if (!bumped.ok) return [];
      const to = bumpVersion(prompt.fields.version ?? "", "patch");
      return [{ title: `Bump the version to ${to} (patch)`, edits: bumped.edits, preferred: finding.rule === "library/version-not-bumped" }];
    }
    case "library/replacement-missing": {
      if (!prompt.frontMatter?.yaml || !isMap(prompt.frontMatter.yaml.contents)) return [];
      return replacementCandidates(prompt, candidates)
        .slice(0, MAX_REPLACEMENT_FIXES)
        .map((c, i) => ({
          title: `Set replacedBy: ${c.id}${c.title ? ` (${c.title})` : ""}`,
          edits: setField(prompt, "replacedBy", c.id!),
          preferred: i === 0,
        }));
    }
    default:
      return [];
  }
}
