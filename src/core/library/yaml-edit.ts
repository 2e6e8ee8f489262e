/**
 * Byte-preserving edits to a prompt's front matter. Each edit replaces only a value (in its own
 * quoting style), inserts a new line, or removes one field, using the positions of the `yaml`
 * package's nodes; comments, key order, quoting and every other byte stay as they were.
 */
import { isMap, isPair, isScalar, isSeq, Scalar, type Node, type Pair } from "yaml";
import type { Fix } from "../findings/types.js";
import type { Range } from "../text/line-index.js";
import type { ParsedPrompt } from "./prompt.js";
import { isPlainString } from "./scan.js";

export type TextEdit = Fix;

interface Located {
  readonly pair: Pair;
  readonly key: Range;
  readonly value: Node | null;
}

export class EditError extends Error {}

function contents(prompt: ParsedPrompt) {
  const map = prompt.frontMatter?.yaml.contents;
  if (!prompt.frontMatter || !isMap(map)) throw new EditError("The front matter is not a readable YAML mapping; fix the `library/schema` errors first.");
  return { map, base: prompt.frontMatter.sourceStart, source: prompt.frontMatter.source };
}

function find(prompt: ParsedPrompt, key: string): Located | undefined {
  const { map, base } = contents(prompt);
  for (const pair of map.items) {
    if (!isPair(pair) || !isScalar(pair.key) || pair.key.value !== key) continue;
    const k = (pair.key as Node).range!;
    return { pair, key: [base + k[0], base + k[1]], value: (pair.value as Node | null) ?? null };
  }
  return undefined;
}

export function lineBreak(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

function lineEnd(text: string, offset: number): number {
  const i = text.indexOf("\n", offset);
  if (i < 0) return text.length;
  return text[i - 1] === "\r" ? i - 1 : i;
}

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Where a new top-level line goes: the start of the closing fence, and the mapping's indentation. */
export function endOfMapping(prompt: ParsedPrompt): { at: number; indent: string } {
  const { map, base, source } = contents(prompt);
  const first = map.items[0]?.key as Node | undefined;
  const start = first?.range ? base + first.range[0] : base;
  const indent = " ".repeat(start - lineStart(prompt.text, start));
  return { at: base + source.length, indent };
}

/** A scalar in the given YAML style, or plain when safe and double-quoted otherwise. */
export function formatScalar(value: string | null, style?: string, flow = false): string {
  if (value === null) return "null";
  if (style === Scalar.QUOTE_DOUBLE) return JSON.stringify(value);
  if (style === Scalar.QUOTE_SINGLE && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  const plain = isPlainString(value) && !(flow && /[,[\]{}]/.test(value));
  return plain ? value : JSON.stringify(value);
}

/** Sets a top-level scalar field: replaces its value in place, or adds `key: value` at the end. */
export function setField(prompt: ParsedPrompt, key: string, value: string | null): TextEdit[] {
  const text = prompt.text;
  const found = find(prompt, key);
  if (!found) {
    const { at, indent } = endOfMapping(prompt);
    return [{ range: [at, at], text: `${indent}${key}: ${formatScalar(value)}${lineBreak(text)}` }];
  }
  const { base } = contents(prompt);
  const node = found.value;
  if (node && !isScalar(node)) throw new EditError(`\`${key}\` holds a list or mapping, not a single value; fix it first.`);
  const r = node?.range;
  if (!node || !r || r[0] === r[1]) {
    const colon = text.indexOf(":", found.key[1]);
    return [{ range: [colon + 1, colon + 1], text: ` ${formatScalar(value)}` }];
  }
  const style = (node as Scalar).type;
  const keep = style === Scalar.QUOTE_DOUBLE || style === Scalar.QUOTE_SINGLE ? style : undefined;
  return [{ range: [base + r[0], base + r[1]], text: formatScalar(value, keep) }];
}

/** Removes a top-level field with its value (and the line break after it); comments on other lines stay. */
export function deleteField(prompt: ParsedPrompt, key: string): TextEdit[] {
  const found = find(prompt, key);
  if (!found) return [];
  const { base } = contents(prompt);
  const text = prompt.text;
  const start = lineStart(text, found.key[0]);
  const r = found.value?.range;
  let end = r && r[1] > r[0] ? base + r[1] : found.key[1];
  if (text[end - 1] !== "\n") {
    const nl = text.indexOf("\n", end);
    end = nl < 0 ? text.length : nl + 1;
  }
  return [{ range: [start, end], text: "" }];
}

/** Appends one entry to the `approvals:` list, in the list's own style (block or flow). */
export function appendListItem(prompt: ParsedPrompt, key: string, item: readonly (readonly [string, string])[]): TextEdit[] {
  const text = prompt.text;
  const nl = lineBreak(text);
  const found = find(prompt, key);
  const { base } = contents(prompt);
  const blockItem = (indent: string) =>
    item.map(([k, v], i) => `${indent}${i === 0 ? "- " : "  "}${k}: ${formatScalar(v)}`).join(nl);
  const flowItem = `{ ${item.map(([k, v]) => `${k}: ${formatScalar(v, undefined, true)}`).join(", ")} }`;
  if (!found) {
    const { at, indent } = endOfMapping(prompt);
    return [{ range: [at, at], text: `${indent}${key}:${nl}${blockItem(`${indent}  `)}${nl}` }];
  }
  const node = found.value;
  const keyIndent = " ".repeat(found.key[0] - lineStart(text, found.key[0]));
  if (!node || (isScalar(node) && node.value === null)) {
    const edits: TextEdit[] = [];
    const r = node?.range;
    if (r && r[1] > r[0]) edits.push({ range: [base + r[0], base + r[1]], text: "" });
    const at = lineEnd(text, found.key[1]);
    edits.push({ range: [at, at], text: `${nl}${blockItem(`${keyIndent}  `)}` });
    return edits;
  }
  if (!isSeq(node) || !node.range) throw new EditError(`\`${key}\` is not a list; fix it first.`);
  const r = node.range;
  if (node.flow) {
    const close = base + r[1] - 1;
    if (text[close] !== "]") throw new EditError(`\`${key}\` is a list that cannot be extended safely; fix it first.`);
    const inner = text.slice(base + r[0] + 1, close);
    const sep = inner.trim() === "" ? "" : inner.trimEnd().endsWith(",") ? " " : ", ";
    return [{ range: [close, close], text: `${sep}${flowItem}` }];
  }
  const last = node.items[node.items.length - 1] as Node | undefined;
  const dashColumn = base + r[0] - lineStart(text, base + r[0]);
  const indent = " ".repeat(dashColumn);
  let at = last?.range ? base + last.range[1] : base + r[1];
  if (text[at - 1] !== "\n") {
    const i = text.indexOf("\n", at);
    at = i < 0 ? text.length : i + 1;
  }
  const line = last && isMap(last) && last.flow ? `${indent}- ${flowItem}` : blockItem(indent);
  return [{ range: [at, at], text: `${line}${nl}` }];
}

/** Applies non-overlapping edits (insertions at one offset keep their order). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.range[0] - b.e.range[0] || a.e.range[1] - b.e.range[1] || a.i - b.i);
  let out = "";
  let pos = 0;
  for (const { e } of sorted) {
    if (e.range[0] < pos) throw new EditError("Two edits overlap.");
    out += text.slice(pos, e.range[0]) + e.text;
    pos = e.range[1];
  }
  return out + text.slice(pos);
}
