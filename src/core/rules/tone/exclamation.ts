import { z } from "zod";
import { defineRule } from "../types.js";
import { sentencesOf } from "../../text/sentences.js";
import type { Report } from "../../findings/types.js";

const Options = z.strictObject({
  max: z.number().int().min(0).default(3).describe("Exclamations allowed in one document (a run such as “!!!” counts once)."),
});

const BANG = /[!！][!！?？‽]*|[?？‽]+[!！][!！?？‽]*/g;

interface Exclamation {
  readonly start: number;
  readonly end: number;
  readonly marks: number;
  readonly text: string;
}

/**
 * Exclamation marks: more than one in a sentence (“Wow!!!”, or two in one run-on sentence), or
 * more than `max` exclamations in a document. Runs of “!” alone are fixed to a single “!”.
 */
export default defineRule<z.infer<typeof Options>>({
  id: "tone/exclamation",
  category: "tone",
  meta: {
    description: "Too many exclamation marks",
    defaultSeverity: "warning",
    fixable: true,
    options: Options,
  },
  checkDocument(document, context) {
    const max = context.options.max;
    let ordinal = 0;
    for (const block of document.blocks) {
      if (block.text.indexOf("!") < 0 && block.text.indexOf("！") < 0) continue;
      const base = block.range[0];
      for (const sentence of sentencesOf(block)) {
        const runs = exclamationsIn(block.text, sentence.start, sentence.end);
        const marks = runs.reduce((sum, r) => sum + r.marks, 0);
        runs.forEach((run, index) => {
          ordinal++;
          const crowded = marks > 1 && (run.marks > 1 || index > 0);
          const excess = ordinal > max;
          if (!crowded && !excess) return;
          const reasons: string[] = [];
          if (crowded) {
            reasons.push(
              run.marks > 1
                ? `“${run.text}” piles up exclamation marks: more than one in a sentence reads as shouting and makes the copy look less credible. Use one at most.`
                : "This sentence already has an exclamation mark: more than one in a sentence reads as shouting. End the sentence here, or use a comma.",
            );
          }
          if (excess) {
            reasons.push(`This is exclamation ${ordinal} in this document, over the limit of ${max}: when everything is exciting, nothing is. Keep the one that matters most and end the others with a full stop.`);
          }
          const report: Report = {
            range: [base + run.start, base + run.end],
            message: reasons.join(" "),
            data: { match: run.text, ordinal },
          };
          const fix = crowded && /^[!！]+$/.test(run.text) && run.marks > 1 ? { range: report.range, text: run.text[0]! } : undefined;
          context.report(fix ? { ...report, fix } : report);
        });
      }
    }
  },
});

function exclamationsIn(text: string, from: number, to: number): Exclamation[] {
  const out: Exclamation[] = [];
  BANG.lastIndex = from;
  for (let m = BANG.exec(text); m && m.index < to; m = BANG.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    const run = text.slice(m.index, end);
    out.push({ start: m.index, end, marks: (run.match(/[!！]/g) ?? []).length, text: run });
  }
  return out;
}
