import { defineRule } from "../types.js";
import { asciiWords, isJsSpaceCode } from "../../text/words.js";
import raw from "./passive.yaml";
import { fillMessage, shown, tokensOf, toneList } from "./data.js";
import { forEachRun } from "./runs.js";
import { OrderedAlternation } from "./alternation.js";
import { candidateMasks, registerList } from "./phrase-index.js";

const list = toneList(raw, "tone/passive");
const auxiliaries = new Set(tokensOf(list, "tone/passive").map((t) => t.toLowerCase()));
const participles = new Set((list.participles ?? []).map((t) => t.toLowerCase()));
const exceptions = new Set((list.exceptions ?? []).map((t) => t.toLowerCase()));
/** The auxiliaries' bit in the shared phrase index: words that may be one. */
const bit = registerList(new OrderedAlternation([...auxiliaries]));

/**
 * write-good's passive-voice check, `/\b(am|are|…|be)\b\s*(\w+ed|<irregular>)\b/gi`: a form of "to
 * be", whitespace, then a word ending in -ed or an irregular past participle ("was built"). As in
 * the regex, a match consumes its participle, and "indeed" is skipped but still consumed.
 */
export default defineRule({
  id: "tone/passive",
  category: "tone",
  meta: {
    description: list.description,
    defaultSeverity: "warning",
    fixable: false,
  },
  checkDocument(document, context) {
    forEachRun(document, context, (run) => {
      const text = run.text;
      const base = run.range[0];
      const words = asciiWords(run);
      const candidates = candidateMasks(run);
      let resume = 0;
      for (let w = 0; w + 1 < words.count; w++) {
        const start = words.starts[w]!;
        const end = words.ends[w]!;
        if ((candidates[w]! & bit) === 0 || start < resume) continue;
        if (!auxiliaries.has(text.slice(start, end).toLowerCase())) continue;
        const next = words.starts[w + 1]!;
        let q = end;
        while (q < next && isJsSpaceCode(text.charCodeAt(q))) q++;
        if (q !== next || next === end) continue;
        const participle = text.slice(next, words.ends[w + 1]!).toLowerCase();
        if (!(participle.length >= 3 && participle.endsWith("ed")) && !participles.has(participle)) continue;
        resume = words.ends[w + 1]!;
        w++;
        if (exceptions.has(participle)) continue;
        const match = shown(text.slice(start, resume));
        context.report({ range: [base + start, base + resume], message: fillMessage(list.message, { match }), data: { match } });
      }
    });
  },
});
