/**
 * Finds a document's call to action, as the specification defines one: a `cta.phrases` entry in
 * visible prose (case-insensitive, whole words), a link whose text is an imperative verb phrase,
 * a bold button-like line, or a line that starts with a configured CTA verb.
 */
import type { CopyDocument, DocLink } from "../../document/index.js";
import type { ResolvedConfig } from "../../config/resolved.js";
import type { Range } from "../../text/line-index.js";
import { BOILERPLATE, IMPERATIVE_VERBS, isNotAnAction, NOUN_HEADS } from "./verbs.js";


export type CtaKind = "phrase" | "link" | "button" | "verb";

export interface FoundCta {
  readonly kind: CtaKind;
  readonly range: Range;
  readonly text: string;
}

/** Link texts that never count as a call to action (they are `cta/weak` findings). */
export const WEAK_LINK_TEXTS = ["click here", "read more", "here"] as const;

const WORD = /^[\p{L}][\p{L}\p{M}'’-]*/u;

/** The first call to action in the document, or undefined. */
export function findCta(document: CopyDocument, config: ResolvedConfig): FoundCta | undefined {
  return findPhrase(document, config.cta.phrases) ?? findLink(document, config) ?? findButton(document, config) ?? findVerbLine(document, config);
}

/** Visible link text: Markdown emphasis and code marks, images (their alt text) and tags removed. */
export function plainLinkText(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^<>]*>/g, " ")
    .replace(/[*_~`]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** Link text reduced for comparison: lower case, without surrounding punctuation, symbols and arrows. */
export function linkTextKey(text: string): string {
  return plainLinkText(text).replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "").toLowerCase();
}

/** Whether a piece of text reads as an imperative verb phrase ("Track your package", "Shop now →"). */
export function isImperative(text: string, extraVerbs: readonly string[]): boolean {
  const plain = plainLinkText(text).replace(/^[\s\p{P}\p{S}]+/u, "");
  const first = WORD.exec(plain)?.[0];
  if (!first) return false;
  const word = first.toLowerCase().replace(/’/g, "'");
  const known = (w: string) => IMPERATIVE_VERBS.has(w) || extraVerbs.some((v) => v.toLowerCase() === w);
  if (!known(word) && !(word.includes("-") && known(word.slice(0, word.indexOf("-"))))) return false;
  const second = WORD.exec(plain.slice(first.length).trimStart())?.[0]?.toLowerCase();
  if (second !== undefined && (NOUN_HEADS.has(second) || isNotAnAction(word, second))) return false;
  return !/\?\s*$/.test(plain);
}

function findPhrase(document: CopyDocument, phrases: readonly string[]): FoundCta | undefined {
  const patterns = phrases.filter((p) => p.trim() !== "").map((p) => phrasePattern(p));
  if (patterns.length === 0) return undefined;
  for (const block of document.blocks) {
    for (const pattern of patterns) {
      const m = pattern.exec(block.text);
      if (m) return { kind: "phrase", range: [block.range[0] + m.index, block.range[0] + m.index + m[0].length], text: m[0] };
    }
  }
  return undefined;
}

export function phrasePattern(phrase: string): RegExp {
  const body = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "iu");
}

function isCtaLink(link: DocLink, config: ResolvedConfig): boolean {
  if (link.kind !== "link" && link.kind !== "html") return false;
  const key = linkTextKey(link.text);
  if (key === "" || (WEAK_LINK_TEXTS as readonly string[]).includes(key) || BOILERPLATE.test(key)) return false;
  return isImperative(link.text, config.cta.verbs);
}

function findLink(document: CopyDocument, config: ResolvedConfig): FoundCta | undefined {
  const link = document.links.find((l) => isCtaLink(l, config));
  return link && { kind: "link", range: link.textRange, text: plainLinkText(link.text) };
}

/** List and quote markers, and leading symbols such as "👉", before a bold span. */
const LEAD = String.raw`^\s*(?:(?:[-*+]|\d+[.)])\s+|>\s*)*(?:[^\p{L}\p{N}*_\s]+\s*)?`;
const BOLD_LINE = new RegExp(String.raw`${LEAD}(\*\*|__)(.+?)\1\s*([^\p{L}\p{N}]*)$`, "u");
const BUTTON_LABEL = new RegExp(String.raw`${LEAD}(\*\*|__)\s*(?:button|cta|call to action)\b[^*_]*?\1\s*(.+)$`, "iu");

/** A line that is wholly bold (`**Get started →**`), or a `**Button:** …` line, reading as an imperative. */
function findButton(document: CopyDocument, config: ResolvedConfig): FoundCta | undefined {
  for (const block of document.blocks) {
    if (block.kind !== "paragraph" && block.kind !== "table") continue;
    let offset = block.range[0];
    for (const line of document.text.slice(block.range[0], block.range[1]).split("\n")) {
      const bold = BOLD_LINE.exec(line);
      const label = bold ? undefined : BUTTON_LABEL.exec(line);
      const inner = bold?.[2] ?? label?.[2];
      if (inner !== undefined && isImperative(inner, config.cta.verbs)) {
        const start = offset + line.length - line.trimStart().length;
        return { kind: "button", range: [start, offset + line.trimEnd().length], text: line.trim() };
      }
      offset += line.length + 1;
    }
  }
  return undefined;
}

/**
 * The verbs that make a line a call to action: those set in copydesk.yaml's `cta.verbs`. The
 * profile's default list is broad ("see", "read", "try"…) and would turn instructions and sign-offs
 * into calls to action, so it only helps recognise link and button text.
 */
export function lineVerbs(config: ResolvedConfig): readonly string[] {
  return config.cta.verbsFromFile ? config.cta.verbs : [];
}

/** A prose line (not a heading) whose first word is a configured CTA verb. */
function findVerbLine(document: CopyDocument, config: ResolvedConfig): FoundCta | undefined {
  const verbs = new Set(lineVerbs(config).map((v) => v.toLowerCase()));
  if (verbs.size === 0) return undefined;
  for (const block of document.blocks) {
    if (block.kind !== "paragraph" && block.kind !== "html") continue;
    let offset = block.range[0];
    for (const line of block.text.split("\n")) {
      const lead = /^[\s\p{P}\p{S}]*/u.exec(line)![0].length;
      const first = WORD.exec(line.slice(lead))?.[0];
      if (first && verbs.has(first.toLowerCase())) {
        const rest = line.slice(lead + first.length);
        const next = WORD.exec(rest.trimStart())?.[0]?.toLowerCase();
        // "Shop now", "Order →", and a verb with a colon before where to do it ("Register: link in bio").
        const opensPhrase = /^(?:\s|$|[!→»›>]|\.\.\.|…|:\s*\S)/u.test(rest);
        if (opensPhrase && !(next !== undefined && isNotAnAction(first.toLowerCase(), next))) {
          return { kind: "verb", range: [offset + lead, offset + line.trimEnd().length], text: line.trim() };
        }
      }
      offset += line.length + 1;
    }
  }
  return undefined;
}
