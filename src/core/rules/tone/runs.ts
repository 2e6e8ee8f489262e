/**
 * write-good reads a text as one string, so its whitespace-tolerant patterns (passive voice, wordy
 * phrases and clichés with flexible spaces, repeated words) can run across a blank line. Copydesk
 * reads the same way where the document does: consecutive paragraphs separated only by blank lines
 * form one *run* (a plain-text file is one run), while headings, list items, quotes, tables and HTML
 * blocks stand alone. A run looks like a prose block (`text` the length of `range`, masked), so
 * the block helpers work on it.
 */
import type { CopyDocument, ProseBlock } from "../../document/index.js";
import { WRITE_GOOD_SCOPES } from "./scopes.js";

const memo = new WeakMap<CopyDocument, readonly ProseBlock[]>();

export function writeGoodRuns(document: CopyDocument): readonly ProseBlock[] {
  let runs = memo.get(document);
  if (!runs) {
    runs = buildRuns(document);
    memo.set(document, runs);
  }
  return runs;
}

function buildRuns(document: CopyDocument): ProseBlock[] {
  const out: ProseBlock[] = [];
  let group: ProseBlock[] = [];
  const flush = () => {
    if (group.length === 1) out.push(group[0]!);
    else if (group.length > 1) {
      const range: [number, number] = [group[0]!.range[0], group[group.length - 1]!.range[1]];
      // Nothing masked (plain prose): the run is a slice of the document, no copying.
      let text = group.every((b) => b.text === document.text.slice(b.range[0], b.range[1])) ? document.text.slice(range[0], range[1]) : "";
      if (text === "") {
        for (let i = 0; i < group.length; i++) {
          if (i > 0) text += document.text.slice(group[i - 1]!.range[1], group[i]!.range[0]);
          text += group[i]!.text;
        }
      }
      out.push({ kind: "paragraph", range, text, level: 0 });
    }
    group = [];
  };
  for (const block of document.blocks) {
    if (!WRITE_GOOD_SCOPES.includes(block.kind)) continue;
    const last = group[group.length - 1];
    if (!last || !(last.kind === "paragraph" && block.kind === "paragraph" && onlySpace(document.text, last.range[1], block.range[0]))) flush();
    group.push(block);
  }
  flush();
  return out;
}

function onlySpace(text: string, from: number, to: number): boolean {
  return from <= to && /^\s*$/.test(text.slice(from, to));
}
