import { z } from "zod";
import { defineRule } from "../types.js";
import type { CopyDocument } from "../../document/index.js";
import type { Range } from "../../text/line-index.js";
import { sentencesOf } from "../../text/sentences.js";
import { countSyllables } from "../../text/syllables.js";
import { proseWords } from "../../text/words.js";

const Options = z.strictObject({
  maxGrade: z.number().positive().optional().describe("Grade to hold documents to when their channel sets no `maxGrade` (otherwise the rule is silent)."),
  minWords: z.number().int().min(1).default(30).describe("Documents shorter than this are not scored: the formula means little on a few words."),
});

export interface ReadabilityStats {
  readonly words: number;
  readonly sentences: number;
  readonly syllables: number;
  /** Flesch–Kincaid grade level. */
  readonly grade: number;
}

/** Flesch–Kincaid over the document's paragraphs and list items (headings, tables and code are left out). */
export function readabilityOf(document: CopyDocument): ReadabilityStats {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of document.blocks) {
    if (block.kind !== "paragraph" && block.kind !== "html") continue;
    const spans = proseWords(block);
    let w = 0;
    for (const sentence of sentencesOf(block)) {
      let inSentence = 0;
      while (w < spans.count && spans.starts[w]! < sentence.end) {
        if (spans.starts[w]! >= sentence.start) {
          inSentence++;
          syllables += syllablesOf(block.text.slice(spans.starts[w]!, spans.ends[w]!));
        }
        w++;
      }
      if (inSentence > 0) sentences++;
      words += inSentence;
    }
  }
  const grade = words === 0 || sentences === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, syllables, grade };
}

const memo = new Map<string, number>();
function syllablesOf(word: string): number {
  const key = word.toLowerCase();
  let n = memo.get(key);
  if (n === undefined) {
    if (memo.size > 50_000) memo.clear();
    n = countSyllables(key);
    memo.set(key, n);
  }
  return n;
}

/**
 * A document whose Flesch–Kincaid grade is above its channel's `maxGrade` (or the rule's `maxGrade`
 * option). Silent when neither is set, and on documents under `minWords` words. Shown on the
 * document's first line, so a suppression comment above it applies.
 */
export default defineRule<z.infer<typeof Options>>({
  id: "tone/readability",
  category: "tone",
  meta: {
    description: "Copy harder to read than its channel's target grade",
    defaultSeverity: "info",
    fixable: false,
    options: Options,
  },
  checkDocument(document, context) {
    const target = context.channel?.maxGrade ?? context.options.maxGrade;
    if (target === undefined) return;
    const stats = readabilityOf(document);
    if (stats.words < context.options.minWords || stats.grade <= target) return;
    const grade = stats.grade.toFixed(1);
    const whose = context.channel?.maxGrade !== undefined ? `the ${context.channel.name} channel's target of ${target} (maxGrade)` : `the target of ${target}`;
    const perSentence = (stats.words / stats.sentences).toFixed(1);
    const perWord = (stats.syllables / stats.words).toFixed(2);
    context.report({
      range: firstLine(document),
      message:
        `This copy reads at Flesch–Kincaid grade ${grade}, above ${whose}: ${stats.words} words in ${stats.sentences} sentences (${perSentence} words a sentence, ${perWord} syllables a word). ` +
        "Harder copy loses readers before the call to action. Shorten the longest sentences and swap long words for short ones.",
      data: { grade: Number(grade), target, words: stats.words, sentences: stats.sentences },
    });
  },
});

/** The first line of the body with any text on it, trimmed. */
function firstLine(document: CopyDocument): Range {
  const block = document.blocks[0];
  const at = block ? block.range[0] : document.bodyStart;
  const line = document.lines.lineAt(at);
  const end = Math.max(at, document.lines.lineEnd(line));
  return [at, at + document.text.slice(at, end).trimEnd().length];
}
