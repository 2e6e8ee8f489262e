/**
 * Where a rendered prompt goes in a document: the provenance stamp on a line of its own before the
 * text, and the document's own line breaks kept.
 */

export interface InsertionContext {
  /** The line's text before the insertion point (the selection's start). */
  readonly before: string;
  /** The line's text after the selection's end. */
  readonly after: string;
  /** The document's line break. */
  readonly eol: "\n" | "\r\n";
}

/**
 * The text that replaces the selection, for `rendered` as renderPrompt returns it (stamp, line
 * break, body, line break). Text before the cursor on its line pushes the stamp onto the next line;
 * at the end of a line the body's last line break is dropped, since the line already ends with one.
 */
export function insertionText(rendered: string, context: InsertionContext): string {
  let text = rendered.replace(/\r\n/g, "\n");
  if (context.before.trim() !== "") text = `\n${text}`;
  if (context.after === "" && text.endsWith("\n")) text = text.slice(0, -1);
  return context.eol === "\r\n" ? text.replace(/\n/g, "\r\n") : text;
}
