/** Reading the AI-disclosure metadata (`ai:`, `reviewedBy:`, `prompt:`) from a document's front matter. */
import { isMap, isScalar, type Node } from "yaml";
import type { CopyDocument } from "../../document/index.js";
import type { Range } from "../../text/line-index.js";
import type { ResolvedConfig, ResolvedChannel } from "../../config/resolved.js";

/** The vocabulary of the `ai:` tag. */
export const AI_VALUES = ["none", "assisted", "generated"] as const;
export type AiValue = (typeof AI_VALUES)[number];

export interface FrontMatterEntry {
  readonly key: string;
  /** The value as JavaScript (`null` for an empty value). */
  readonly value: unknown;
  readonly keyRange: Range;
  /** The value as written; empty at the end of the key when the value is empty. */
  readonly valueRange: Range;
  /** From the key through the value. */
  readonly range: Range;
}

/**
 * A top-level front-matter entry with its offsets in the document, or undefined when the key is
 * absent or the front matter is missing or unreadable (that is `document/front-matter`'s finding).
 */
export function frontMatterEntry(document: CopyDocument, key: string): FrontMatterEntry | undefined {
  const fm = document.frontMatter;
  if (!fm?.data || !Object.prototype.hasOwnProperty.call(fm.data, key)) return undefined;
  const contents = fm.yaml.contents;
  if (!isMap(contents)) return undefined;
  for (const pair of contents.items) {
    const name = isScalar(pair.key) ? pair.key.value : pair.key;
    if (name !== key) continue;
    const keyNode = pair.key as Node;
    const valueNode = pair.value as Node | null;
    const base = fm.sourceStart;
    const keyRange: Range = keyNode.range ? [base + keyNode.range[0], base + keyNode.range[1]] : [base, base];
    let valueRange: Range = [keyRange[1], keyRange[1]];
    if (valueNode?.range && valueNode.range[1] > valueNode.range[0]) valueRange = [base + valueNode.range[0], base + valueNode.range[1]];
    return { key, value: fm.data[key], keyRange, valueRange, range: [keyRange[0], Math.max(keyRange[1], valueRange[1])] };
  }
  return undefined;
}

/** The `ai:` entry, if the front matter has one. */
export function aiTag(document: CopyDocument): FrontMatterEntry | undefined {
  return frontMatterEntry(document, "ai");
}

export function isAiValue(value: unknown): value is AiValue {
  return typeof value === "string" && (AI_VALUES as readonly string[]).includes(value);
}

/** Whether the tag declares AI involvement (`assisted` or `generated`), which needs a label and a reviewer. */
export function declaresAi(value: unknown): value is "assisted" | "generated" {
  return value === "assisted" || value === "generated";
}

/** The visible label the document's channel must show: `disclosure.labels[channel]`, else `disclosure.label`. */
export function disclosureLabel(config: ResolvedConfig, channel: ResolvedChannel | undefined): string | undefined {
  return (channel ? config.disclosure.labels[channel.name] : undefined) ?? config.disclosure.label;
}

/** How a value reads in a message. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return "an empty value";
  return typeof value === "string" ? `"${value}"` : `\`${JSON.stringify(value)}\``;
}
