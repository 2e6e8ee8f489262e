/**
 * Prompt templates are Mustache. Mustache's own parser gives every tag's position, so variables
 * are reported exactly where they stand. Positions here are absolute offsets into the file.
 */
import Mustache from "mustache";
import type { Range } from "../text/line-index.js";

export type TagKind = "name" | "raw" | "section" | "inverted" | "partial";

export interface TemplateTag {
  readonly kind: TagKind;
  /** The name as written (`product`, `user.name`). */
  readonly name: string;
  /** The variable the tag reads: the first segment of a dotted name. */
  readonly variable: string;
  /** The whole tag, `{{name}}`. */
  readonly range: Range;
}

export interface TemplateParse {
  readonly tags: readonly TemplateTag[];
  readonly error?: { readonly range: Range; readonly message: string };
  /** Set when the template was not parsed (a prompt over the size limit). */
  readonly skipped?: boolean;
}

const KINDS: Record<string, TagKind> = { name: "name", "&": "raw", "#": "section", "^": "inverted", ">": "partial" };

/** A writer that keeps no cache: a library of thousands of templates must not pin them all. */
const writer = new Mustache.Writer();
(writer as unknown as { templateCache: unknown }).templateCache = undefined;

type Token = [string, string, number, number, Token[]?, number?];

/** Parses the body (which starts at `offset` in the file); never throws. */
export function parseTemplate(body: string, offset: number): TemplateParse {
  let tokens: Token[];
  try {
    tokens = writer.parse(body) as Token[];
  } catch (error) {
    const message = (error as Error).message;
    const at = Number(/ at (\d+)$/.exec(message)?.[1] ?? 0);
    const lineEnd = body.indexOf("\n", at);
    const end = Math.max(at + 1, lineEnd === -1 ? body.length : lineEnd);
    return { tags: [], error: { range: [offset + Math.min(at, body.length), offset + Math.min(end, body.length)], message: templateMessage(message) } };
  }
  const tags: TemplateTag[] = [];
  const walk = (list: Token[]) => {
    for (const token of list) {
      const kind = KINDS[token[0]];
      if (kind && token[1] !== ".") {
        const name = token[1];
        tags.push({ kind, name, variable: name.split(".")[0]!, range: [offset + token[2], offset + token[3]] });
      }
      if ((token[0] === "#" || token[0] === "^") && Array.isArray(token[4])) walk(token[4]);
    }
  };
  walk(tokens);
  return { tags };
}

function templateMessage(raw: string): string {
  const unclosedSection = /^Unclosed section "([^"]*)"/.exec(raw);
  if (unclosedSection) return `The template section {{#${unclosedSection[1]}}} is never closed. Add {{/${unclosedSection[1]}}} where it ends.`;
  const unopened = /^Unopened section "([^"]*)"/.exec(raw);
  if (unopened) return `The template closes {{/${unopened[1]}}} without opening it. Remove the closing tag, or add {{#${unopened[1]}}} before it.`;
  if (/^Unclosed tag/.test(raw)) return "A template tag `{{` is never closed. Add `}}`, or write a literal `{{` as `{{=<% %>=}}{{<%={{ }}=%>`.";
  return `The template cannot be parsed: ${raw.replace(/ at \d+$/, "")}.`;
}

/** Renders a template with plain-text values: no HTML escaping, since prompts are not HTML. */
export function renderTemplate(body: string, view: Record<string, unknown>): string {
  return writer.render(body, view, {}, { escape: (value: unknown) => String(value) });
}
