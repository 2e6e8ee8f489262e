import type { CopyDocument, DocumentKind } from "./model.js";
import { LineIndex } from "../text/line-index.js";
import { scanFrontMatter } from "./front-matter.js";
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
  const scan = scanFrontMatter(text);
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
