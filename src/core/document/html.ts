import type { DocLink } from "./model.js";
import type { Range } from "../text/line-index.js";

const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/g;
const ANCHOR = /<a\b([^<>]*)>([\s\S]*?)<\/a\s*>/gi;
const IMG = /<img\b([^<>]*)>/gi;
const ATTR = (name: string) => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "i");
const HREF = ATTR("href");
const SRC = ATTR("src");
const ID = /\b(?:id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

/** Ranges of HTML tags and comments inside `[start, end)` of `text` (for masking). */
export function htmlTagRanges(text: string, start: number, end: number): Range[] {
  const out: Range[] = [];
  const slice = text.slice(start, end);
  TAG.lastIndex = 0;
  for (let m = TAG.exec(slice); m; m = TAG.exec(slice)) out.push([start + m.index, start + m.index + m[0].length]);
  return out;
}

/** `<a href>` and `<img src>` links inside HTML found in `[start, end)`. */
export function htmlLinks(text: string, start: number, end: number): DocLink[] {
  const slice = text.slice(start, end);
  const links: DocLink[] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(slice); m; m = ANCHOR.exec(slice)) {
    const attrs = m[1]!;
    const href = HREF.exec(attrs);
    if (!href) continue;
    const at = start + m.index;
    const value = href[1] ?? href[2] ?? href[3] ?? "";
    const valueStart = at + 2 + href.index + href[0].length - value.length - (href[3] === undefined ? 1 : 0);
    const textStart = at + m[0].indexOf(">") + 1;
    links.push({
      kind: "html",
      range: [at, at + m[0].length],
      text: m[2]!.replace(TAG, "").trim(),
      textRange: [textStart, textStart + m[2]!.length],
      target: value,
      targetRange: [valueStart, valueStart + value.length],
    });
  }
  IMG.lastIndex = 0;
  for (let m = IMG.exec(slice); m; m = IMG.exec(slice)) {
    const src = SRC.exec(m[1]!);
    if (!src) continue;
    const at = start + m.index;
    const value = src[1] ?? src[2] ?? src[3] ?? "";
    const valueStart = at + 4 + src.index + src[0].length - value.length - (src[3] === undefined ? 1 : 0);
    links.push({
      kind: "image",
      range: [at, at + m[0].length],
      text: "",
      textRange: [at, at],
      target: value,
      targetRange: [valueStart, valueStart + value.length],
    });
  }
  return links;
}

/** Anchor ids (`id=`/`name=`) declared in an HTML fragment. */
export function htmlAnchorIds(html: string): string[] {
  const ids: string[] = [];
  ID.lastIndex = 0;
  for (let m = ID.exec(html); m; m = ID.exec(html)) ids.push(m[1] ?? m[2] ?? m[3] ?? "");
  return ids;
}
