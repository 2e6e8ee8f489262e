/**
 * Edits that several rules offer as fixes: a new last paragraph, a new front-matter entry. Each
 * keeps every other byte of the document and the document's own line endings.
 */
import { isMap } from "yaml";
import { parseDocument, type CopyDocument } from "../../document/index.js";
import type { Fix } from "../../findings/types.js";

/** The document's line ending: CRLF when it already uses CRLF, else LF. */
export function lineBreak(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/** Collapses runs of white space to one space and trims, for comparing visible text. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * An insertion that makes `paragraph` the document's last paragraph, after a blank line. Returns
 * undefined when the new text would not be visible prose (for instance when the document ends
 * inside an unclosed code fence or HTML comment).
 */
export function appendParagraph(document: CopyDocument, paragraph: string): Fix | undefined {
  const { text, bodyStart } = document;
  const nl = lineBreak(text);
  const body = text.slice(bodyStart);
  const endsWithBreak = text.endsWith("\n");
  let prefix: string;
  if (body.trim() === "") prefix = text.length === 0 || endsWithBreak ? "" : nl;
  else {
    const trailing = /\s*$/.exec(body)![0];
    const breaks = trailing.split("\n").length - 1;
    if (breaks >= 2) prefix = endsWithBreak ? "" : nl;
    else if (breaks === 1) prefix = endsWithBreak ? nl : nl + nl;
    else prefix = nl + nl;
  }
  const fix: Fix = { range: [text.length, text.length], text: `${prefix}${paragraph}${nl}` };
  // Parsed incrementally from the document's own parse: only the end is new.
  const after = parseDocument(text + fix.text, { path: document.path, kind: document.kind, previous: document });
  const last = after.blocks[after.blocks.length - 1];
  if (!last || last.range[0] < text.length || !normalizeSpace(last.text).includes(normalizeSpace(paragraph))) return undefined;
  return fix;
}

/**
 * An insertion that adds the line `entry` (`key: value`) at the end of the front matter, creating
 * front matter when the document has none. Undefined when the front matter cannot take a new line
 * safely (flow style `{…}`, YAML errors).
 */
export function insertFrontMatterEntry(document: CopyDocument, entry: string): Fix | undefined {
  const { text } = document;
  const nl = lineBreak(text);
  const fm = document.frontMatter;
  if (!fm) {
    if (document.structureProblems.length > 0) return undefined;
    return { range: [document.bodyStart, document.bodyStart], text: `---${nl}${entry}${nl}---${nl}` };
  }
  if (!fm.data || fm.errors.length > 0) return undefined;
  const contents = fm.yaml.contents;
  if (contents !== null && contents !== undefined && (!isMap(contents) || contents.flow)) return undefined;
  const at = fm.sourceStart + fm.source.length;
  return { range: [at, at], text: `${entry}${nl}` };
}
