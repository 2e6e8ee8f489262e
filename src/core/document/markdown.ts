/**
 * The only module that touches the CommonMark parser (@lezer/markdown with GFM). It turns the
 * syntax tree into Copydesk's own model: prose blocks with masks, links, headings and comments.
 */
import { parser as baseParser, Autolink, Strikethrough, Table, TaskList, type MarkdownConfig } from "@lezer/markdown";
import { TreeFragment, type SyntaxNodeRef, type Tree } from "@lezer/common";
import type { BlockKind, DocLink, Heading, HtmlComment, ProseBlock } from "./model.js";
import type { Range } from "../text/line-index.js";
import { maskedSlice } from "./mask.js";
import { htmlAnchorIds, htmlLinks, htmlTagRanges } from "./html.js";
import { slugger } from "./slug.js";

/**
 * @lezer/markdown offers every character of a block's inline text to every inline parser in turn
 * (a dozen of them), and GFM's Autolink tests two regular expressions at each one: that loop is
 * most of the parse. Two extensions make it cheaper without changing a node of the tree
 * (test/core/document/inline-fast-path.property.test.ts compares the trees with the stock GFM
 * parser's):
 *
 * - FastAutolink asks Autolink only where an autolink can begin. Every autolink it accepts contains
 *   "www.", ":" (http://, https://, mailto:, xmpp:) or "@" (e-mail), begins with one of
 *   [A-Za-z0-9_.+-] and does not follow an ASCII word character; elsewhere it answers -1 as
 *   Autolink would.
 * - PlainRun, first in line, passes over a run of characters that every inline parser declines
 *   (letters, digits, single spaces, most punctuation) in one step, in blocks where no autolink can
 *   begin. The parsers that act on a character are Escape and HardBreak (\\, two spaces before a line
 *   break), Entity (&), InlineCode (`), HTMLTag (<), Emphasis (* _), Link ([), Image (!), LinkEnd (]),
 *   Strikethrough (~) and Autolink; add an inline extension and its characters belong in SPECIAL.
 */
const SPECIAL = new Uint8Array(128);
for (const c of "\\&`<*_[!]~") SPECIAL[c.charCodeAt(0)] = 1;
/** ASCII word characters (\w), and the characters an autolink can begin with (\w . + -). */
const WORD = new Uint8Array(128);
const AUTOLINK_START = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  WORD[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 ? 1 : 0;
  AUTOLINK_START[c] = WORD[c] || c === 46 || c === 43 || c === 45 ? 1 : 0;
}

let lastInline = "";
let lastMayAutolink = false;
/** Whether an autolink can occur in a block's inline text (remembered for the block being parsed). */
function mayAutolink(text: string): boolean {
  if (text !== lastInline) {
    lastInline = text;
    lastMayAutolink = text.includes("@") || text.includes(":") || text.includes("www.");
  }
  return lastMayAutolink;
}

export const FastAutolink: MarkdownConfig = {
  parseInline: Autolink.parseInline!.map((stock) => {
    if (!stock) return stock;
    return {
      ...stock,
      parse(cx, next, pos) {
        if (!AUTOLINK_START[next]) return -1;
        const at = pos - cx.offset;
        if (at > 0 && WORD[cx.text.charCodeAt(at - 1)]) return -1;
        return mayAutolink(cx.text) ? stock.parse(cx, next, pos) : -1;
      },
    };
  }),
};

export const PlainRun: MarkdownConfig = {
  parseInline: [{
    name: "PlainRun",
    before: "Escape",
    parse(cx, next, pos) {
      if ((next < 128 && SPECIAL[next]) || next === 32 || next < 0 || mayAutolink(cx.text)) return -1;
      let end = pos + 1;
      for (; end < cx.end; end++) {
        const c = cx.char(end);
        if (c < 128 && (SPECIAL[c] || (c === 32 && (cx.char(end + 1) === 32 || cx.char(end + 1) === 10)))) break;
      }
      return end;
    },
  }],
};

/** CommonMark with GFM's extensions (tables, task lists, strikethrough, autolinks). */
const parser = baseParser.configure([Table, TaskList, Strikethrough, FastAutolink, PlainRun]);

/** Nodes whose whole text is not prose. Their children are skipped. */
const MASK_WHOLE = new Set([
  "InlineCode", "FencedCode", "CodeBlock", "HTMLTag", "Comment", "CommentBlock", "ProcessingInstruction",
  "ProcessingInstructionBlock", "URL", "LinkTitle", "LinkLabel", "LinkMark", "EmphasisMark", "StrikethroughMark",
  "HeaderMark", "ListMark", "QuoteMark", "TaskMarker", "Entity", "HardBreak", "TableDelimiter", "Image",
  "Autolink", "LinkReference", "HorizontalRule",
]);

const CONTAINERS: Record<string, BlockKind> = {
  Paragraph: "paragraph", Task: "paragraph", Table: "table", HTMLBlock: "html",
  ATXHeading1: "heading", ATXHeading2: "heading", ATXHeading3: "heading",
  ATXHeading4: "heading", ATXHeading5: "heading", ATXHeading6: "heading",
  SetextHeading1: "heading", SetextHeading2: "heading",
};

export interface MarkdownParts {
  blocks: ProseBlock[];
  links: DocLink[];
  headings: Heading[];
  comments: HtmlComment[];
  htmlAnchors: string[];
}

/** What an incremental parse reuses from the previous version of a document. */
export interface ParseMemory {
  readonly source: string;
  readonly tree: Tree;
}

export function parseMarkdown(text: string, bodyStart: number, previous?: ParseMemory): MarkdownParts & { memory: ParseMemory } {
  // Front matter becomes blank lines, so every node offset is an offset into the original text.
  const source = bodyStart === 0 ? text : text.slice(0, bodyStart).replace(/[^\r\n]/g, " ") + text.slice(bodyStart);
  const fragments = previous && fragmentsAfterEdit(previous, source);
  const tree = fragments ? parser.parse(source, fragments) : parser.parse(source);
  const masks: Range[] = [];
  const containers: { kind: BlockKind; from: number; to: number; level: number }[] = [];
  const links: DocLink[] = [];
  const comments: HtmlComment[] = [];
  const definitions = new Map<string, { target: string; targetRange: Range }>();
  const pendingReferences: { link: DocLink; label: string }[] = [];
  const htmlAnchors: string[] = [];

  tree.iterate({
    enter(node) {
      const name = node.name;
      const kind = CONTAINERS[name];
      if (kind) {
        containers.push({ kind, from: node.from, to: node.to, level: headingLevel(name) });
        if (kind === "html") {
          for (const r of htmlTagRanges(text, node.from, node.to)) masks.push(r);
          links.push(...htmlLinks(text, node.from, node.to));
          htmlAnchors.push(...htmlAnchorIds(text.slice(node.from, node.to)));
          collectComments(text, node.from, node.to, comments);
          return false;
        }
        return true;
      }
      if (name === "Link") {
        const link = readLink(text, node, "link");
        links.push(link.link);
        if (link.referenceLabel !== undefined) pendingReferences.push({ link: link.link, label: link.referenceLabel });
        // Mask the marks, URL and title, keep the link text as prose.
        return true;
      }
      if (name === "Image") {
        const link = readLink(text, node, "image");
        links.push(link.link);
        if (link.referenceLabel !== undefined) pendingReferences.push({ link: link.link, label: link.referenceLabel });
      } else if (name === "Autolink" || (name === "URL" && node.node.parent?.name !== "Link" && node.node.parent?.name !== "Image" && node.node.parent?.name !== "LinkReference" && node.node.parent?.name !== "Autolink")) {
        const raw = text.slice(node.from, node.to);
        const target = name === "Autolink" ? raw.slice(1, -1) : raw;
        const targetStart = name === "Autolink" ? node.from + 1 : node.from;
        links.push({
          kind: "autolink",
          range: [node.from, node.to],
          text: target,
          textRange: [targetStart, targetStart + target.length],
          target: bareTarget(target),
          targetRange: [targetStart, targetStart + target.length],
        });
      } else if (name === "LinkReference") {
        const label = node.node.getChild("LinkLabel");
        const url = node.node.getChild("URL");
        if (label) {
          const key = normalizeLabel(text.slice(label.from + 1, label.to - 1));
          const target = url ? unbracket(text.slice(url.from, url.to)) : "";
          const targetRange: Range = url ? [url.from, url.to] : [node.to, node.to];
          if (!definitions.has(key)) definitions.set(key, { target, targetRange });
          links.push({ kind: "reference-definition", range: [node.from, node.to], text: "", textRange: [label.from, label.to], target, targetRange });
        }
      } else if (name === "Comment" || name === "CommentBlock") {
        comments.push(commentAt(text, node.from, node.to));
      } else if (name === "HTMLTag") {
        htmlAnchors.push(...htmlAnchorIds(text.slice(node.from, node.to)));
      } else if (name === "Escape") {
        masks.push([node.from, node.from + 1]);
        return false;
      }
      if (MASK_WHOLE.has(name)) {
        masks.push([node.from, node.to]);
        return false;
      }
      return true;
    },
  });

  for (const { link, label } of pendingReferences) {
    const def = definitions.get(normalizeLabel(label));
    if (def) Object.assign(link as { target: string; targetRange: Range }, { target: def.target, targetRange: def.targetRange });
  }
  linksFromInlineHtml(text, containers, links);

  masks.sort((a, b) => a[0] - b[0]);
  const blocks: ProseBlock[] = [];
  const headings: Heading[] = [];
  const slug = slugger();
  for (const c of containers) {
    const prose = maskedSlice(text, c.from, c.to, masks);
    blocks.push({ kind: c.kind, range: [c.from, c.to], text: prose, level: c.level });
    if (c.kind === "heading") {
      const title = prose.replace(/\s+/g, " ").trim();
      headings.push({ level: c.level, text: title, range: [c.from, c.to], slug: slug(title) });
    }
  }
  return { blocks, links, headings, comments, htmlAnchors, memory: { source, tree } };
}

const CHUNK = 256;

/**
 * Lezer fragments of the previous tree, minus the region that differs (common prefix and suffix
 * kept); undefined when the text should be parsed afresh. That is when the edit begins in a line's
 * indentation (before its first non-blank character): @lezer/markdown can then reuse a block whose
 * kind the edit changed (deleting the tab that made "> quote" an indented code block kept the code
 * block), and such edits are rare enough as you type that a fresh parse costs nothing that matters.
 * Text appended or typed on a line of its own stays incremental.
 */
function fragmentsAfterEdit(previous: ParseMemory, source: string): readonly TreeFragment[] | undefined {
  const old = previous.source;
  const max = Math.min(old.length, source.length);
  // Whole chunks first (compared natively), then character by character within the first chunk that differs.
  let prefix = 0;
  while (prefix + CHUNK <= max && old.slice(prefix, prefix + CHUNK) === source.slice(prefix, prefix + CHUNK)) prefix += CHUNK;
  while (prefix < max && old.charCodeAt(prefix) === source.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix + CHUNK <= max - prefix && old.slice(old.length - suffix - CHUNK, old.length - suffix) === source.slice(source.length - suffix - CHUNK, source.length - suffix)) suffix += CHUNK;
  while (suffix < max - prefix && old.charCodeAt(old.length - 1 - suffix) === source.charCodeAt(source.length - 1 - suffix)) suffix++;
  const change = { fromA: prefix, toA: old.length - suffix, fromB: prefix, toB: source.length - suffix };
  if (changesIndentation(source, prefix, change.toB) || changesIndentation(old, prefix, change.toA)) return undefined;
  return TreeFragment.applyChanges(TreeFragment.addTree(previous.tree), [change]);
}

/** Whether the stretch [from, to) of `text` begins in a line's indentation and the line goes on after it. */
function changesIndentation(text: string, from: number, to: number): boolean {
  const lineStart = text.lastIndexOf("\n", from - 1) + 1;
  if (!/^[ \t]*$/.test(text.slice(lineStart, from))) return false;
  const lineEnd = text.indexOf("\n", to);
  return text.slice(to, lineEnd < 0 ? text.length : lineEnd).trim() !== "";
}

function headingLevel(name: string): number {
  if (name.startsWith("ATXHeading")) return Number(name.slice(10));
  if (name.startsWith("SetextHeading")) return Number(name.slice(13));
  return 0;
}

function readLink(text: string, node: SyntaxNodeRef, kind: "link" | "image"): { link: DocLink; referenceLabel?: string } {
  const marks = node.node.getChildren("LinkMark");
  const open = marks[0];
  const close = marks.find((m) => text[m.from] === "]");
  const textFrom = open ? open.to : node.from;
  const textTo = close ? close.from : node.to;
  const url = node.node.getChild("URL");
  const label = node.node.getChild("LinkLabel");
  const linkText = text.slice(textFrom, textTo);
  const hasParens = marks.some((m) => text[m.from] === "(");
  let target = "";
  let targetRange: Range = [textTo, textTo];
  let referenceLabel: string | undefined;
  if (url) {
    target = unbracket(text.slice(url.from, url.to));
    targetRange = [url.from, url.to];
  } else if (hasParens) {
    const paren = marks.find((m) => text[m.from] === "(")!;
    targetRange = [paren.to, paren.to];
  } else {
    referenceLabel = label ? text.slice(label.from + 1, label.to - 1) : linkText;
    if (label && referenceLabel.trim() === "") referenceLabel = linkText; // collapsed reference [text][]
  }
  return {
    link: { kind, range: [node.from, node.to], text: linkText, textRange: [textFrom, textTo], target, targetRange },
    referenceLabel,
  };
}

function linksFromInlineHtml(text: string, containers: { kind: BlockKind; from: number; to: number }[], links: DocLink[]): void {
  for (const c of containers) {
    if (c.kind === "html") continue;
    const raw = text.slice(c.from, c.to);
    if (raw.indexOf("<a") === -1 && raw.indexOf("<A") === -1 && raw.indexOf("<img") === -1 && raw.indexOf("<IMG") === -1) continue;
    links.push(...htmlLinks(text, c.from, c.to));
  }
}

function collectComments(text: string, from: number, to: number, out: HtmlComment[]): void {
  let at = text.indexOf("<!--", from);
  while (at !== -1 && at < to) {
    const close = text.indexOf("-->", at + 4);
    const end = close === -1 || close + 3 > to ? to : close + 3;
    out.push(commentAt(text, at, end));
    at = text.indexOf("<!--", end);
  }
}

export function commentAt(text: string, from: number, to: number): HtmlComment {
  const closed = text.startsWith("-->", to - 3) && to - 3 >= from + 4;
  return { range: [from, to], body: text.slice(from + 4, closed ? to - 3 : to), bodyStart: from + 4 };
}

function unbracket(url: string): string {
  return url.startsWith("<") && url.endsWith(">") ? url.slice(1, -1) : url;
}

function bareTarget(raw: string): string {
  if (/^www\./i.test(raw)) return `http://${raw}`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(raw) && raw.includes("@")) return `mailto:${raw}`;
  return raw;
}

function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, " ").toLowerCase();
}
