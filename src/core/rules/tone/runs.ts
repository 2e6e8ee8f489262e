/**
 * write-good reads a text as one string, so its whitespace-tolerant patterns (passive voice, wordy
 * phrases and clichés with flexible spaces, repeated words) can run across a blank line. Copydesk
 * reads the same way where the document does: consecutive paragraphs separated only by blank lines
 * form one *run* (a plain-text file is one run), while headings, list items, quotes, tables and HTML
 * blocks stand alone. A run looks like a prose block (`text` the length of `range`, masked), so
 * the block helpers work on it.
 */
import type { CopyDocument, ProseBlock } from "../../document/index.js";
import type { RuleContext } from "../types.js";
import { WRITE_GOOD_SCOPES } from "./scopes.js";
import { whitespaceBefore } from "./sentence-start.js";

const memo = new WeakMap<CopyDocument, readonly ProseBlock[]>();

export function writeGoodRuns(document: CopyDocument): readonly ProseBlock[] {
  let runs = memo.get(document);
  if (!runs) {
    runs = buildRuns(document);
    memo.set(document, runs);
  }
  return runs;
}

const keys = new WeakMap<CopyDocument, Map<ProseBlock, string>>();

/**
 * The cache key of a run for the write-good rules (`context.cached`): everything besides the
 * configuration that their findings on the run depend on, relative to the run's start. That is the
 * run's kind, level and (masked) text; the document's text under the run where masking changed it
 * (tone/illusion and the sentence-start checks read it); the whitespace before the run on its line
 * (tone/so, tone/there-is); and the four characters before the run, which tone/weasel reads for
 * "too " (near the start of the document, write-good's `substr` with a negative index reads the
 * end of the text instead).
 *
 * That last part is needed: "Many people came." at offset 0 is cleared by a document that ends in
 * "too ", however far away (test/core/lint-cache.property.test.ts edits only the last run and
 * checks the first). Elsewhere the four characters cannot currently form "too " with the run (a
 * block starts a line or follows a container marker), but they are what tone/weasel reads, so
 * they stay in the key rather than rest on that.
 */
export function writeGoodRunKey(document: CopyDocument, run: ProseBlock): string {
  let memo = keys.get(document);
  if (!memo) keys.set(document, (memo = new Map()));
  let key = memo.get(run);
  if (key === undefined) {
    const text = document.text;
    const [from, to] = run.range;
    const under = text.slice(from, to);
    const before = from >= 4 ? `<${text.slice(from - 4, from)}` : `${from}|${text.length < 4 ? text : text.slice(-4)}|${text.slice(0, from)}`;
    // Lengths first, so that no text can make two different runs read as one key.
    const parts = `${run.kind} ${run.level} ${whitespaceBefore(document, run)} ${before.length}:${before}`;
    // Joined, not concatenated: join gives a flat string, which V8 hashes and compares several times
    // faster than the rope that `+` builds (the cache looks each key up once per rule).
    key = under === run.text ? [parts, " =", run.text].join("") : [parts, " ", under.length, ":", under, run.text].join("");
    memo.set(run, key);
  }
  return key;
}

/**
 * Runs `check` on every run of the document, through `context.cached`: with a `LintCache`, only
 * the runs that changed since the last lint are checked again. `check` reports with document
 * offsets, as usual.
 */
export function forEachRun(document: CopyDocument, context: RuleContext<any>, check: (run: ProseBlock) => void): void {
  for (const run of writeGoodRuns(document)) context.cached(() => writeGoodRunKey(document, run), run.range[0], () => check(run));
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
