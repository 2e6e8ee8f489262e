import type { CopyDocument, DocumentKind } from "./model.js";
import { LineIndex } from "../text/line-index.js";
import { scanFrontMatter, type FrontMatterScan } from "./front-matter.js";
import { parseMarkdown, type ParseMemory } from "./markdown.js";
import { parsePlainText } from "./plaintext.js";

export type * from "./model.js";

export interface ParseOptions {
  /** Workspace-relative POSIX path. */
  path: string;
  /** Defaults from the file extension: `.txt` is plain text, everything else Markdown. */
  kind?: DocumentKind;
  /** An earlier version of the same document: its parse tree is reused where the text is unchanged. */
  previous?: CopyDocument;
}

const memories = new WeakMap<CopyDocument, ParseMemory>();

export function documentKindFor(path: string): DocumentKind {
  return /\.(txt|text)$/i.test(path) ? "plaintext" : "markdown";
}

/** Parses a text once into the frozen model that every rule reads. Never throws on bad input. */
export function parseDocument(text: string, options: ParseOptions): CopyDocument {
  const kind = options.kind ?? documentKindFor(options.path);
  const scan = unchangedFrontMatter(text, options.previous) ?? scanFrontMatter(text);
  const structureProblems = [];
  if (scan.problem) structureProblems.push(scan.problem);
  const base = {
    path: options.path,
    text,
    kind,
    lines: new LineIndex(text),
    frontMatter: scan.frontMatter,
    structureProblems,
    bodyStart: scan.bodyStart,
  };
  if (kind === "plaintext") {
    const parts = parsePlainText(text, scan.bodyStart);
    return Object.freeze({ ...base, ...parts, headings: [], htmlAnchors: [] });
  }
  const previous = options.previous ? memories.get(options.previous) : undefined;
  const { memory, ...parts } = parseMarkdown(text, scan.bodyStart, previous);
  const document: CopyDocument = Object.freeze({ ...base, ...parts });
  memories.set(document, memory);
  return document;
}

/**
 * The previous version's front matter when the text up to the end of its closing line is unchanged
 * (an edit in the body): parsing it again would give the same result. A closing line without its
 * line break (the end of the text) may read differently once text follows it, so it is parsed again.
 */
function unchangedFrontMatter(text: string, previous: CopyDocument | undefined): FrontMatterScan | undefined {
  const frontMatter = previous?.frontMatter;
  if (!previous || !frontMatter) return undefined;
  const end = frontMatter.range[1];
  if (previous.bodyStart !== end || previous.text.charCodeAt(end - 1) !== 10 || !text.startsWith(previous.text.slice(0, end))) return undefined;
  return { frontMatter, bodyStart: end };
}
