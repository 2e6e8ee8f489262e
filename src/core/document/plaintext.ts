import type { DocLink, HtmlComment, ProseBlock } from "./model.js";
import type { Range } from "../text/line-index.js";
import { maskedSlice } from "./mask.js";
import { commentAt } from "./markdown.js";

const URLISH = /\b(?:https?:\/\/|mailto:|www\.)[^\s<>"'()]*[^\s<>"'().,;:!?]/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const BLANK_LINES = /(?:\r?\n[ \t]*){2,}/g;

export interface PlainParts {
  blocks: ProseBlock[];
  links: DocLink[];
  comments: HtmlComment[];
}

/** Plain text: paragraphs split at blank lines; bare URLs and `<!-- -->` comments are not prose. */
export function parsePlainText(text: string, bodyStart: number): PlainParts {
  const masks: Range[] = [];
  const links: DocLink[] = [];
  const comments: HtmlComment[] = [];
  const body = text.slice(bodyStart);
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(body); m; m = COMMENT.exec(body)) {
    const from = bodyStart + m.index;
    masks.push([from, from + m[0].length]);
    comments.push(commentAt(text, from, from + m[0].length));
    if (m[0].length === 0) COMMENT.lastIndex++;
  }
  URLISH.lastIndex = 0;
  for (let m = URLISH.exec(body); m; m = URLISH.exec(body)) {
    const from = bodyStart + m.index;
    const range: Range = [from, from + m[0].length];
    masks.push(range);
    const target = /^www\./i.test(m[0]) ? `http://${m[0]}` : m[0];
    links.push({ kind: "autolink", range, text: m[0], textRange: range, target, targetRange: range });
  }
  masks.sort((a, b) => a[0] - b[0]);
  const blocks: ProseBlock[] = [];
  let start = bodyStart;
  BLANK_LINES.lastIndex = bodyStart;
  const push = (from: number, to: number) => {
    while (from < to && /\s/.test(text[from]!)) from++;
    while (to > from && /\s/.test(text[to - 1]!)) to--;
    if (to > from) blocks.push({ kind: "paragraph", range: [from, to], text: maskedSlice(text, from, to, masks), level: 0 });
  };
  for (let m = BLANK_LINES.exec(text); m; m = BLANK_LINES.exec(text)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return { blocks, links, comments };
}
