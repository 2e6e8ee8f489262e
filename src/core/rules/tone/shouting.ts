import { z } from "zod";
import { defineRule } from "../types.js";
import { proseWords } from "../../text/words.js";
import raw from "./shouting.yaml";
import { fillMessage, toneList } from "./data.js";

const list = toneList(raw, "tone/shouting");
const builtIn = new Set(list.exceptions ?? []);

const Options = z.strictObject({
  acronyms: z.array(z.string().min(1)).default([]).describe("More words that may be written in capitals (your product codes, team names…)."),
});

const ROMAN = /^M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const LETTER = /\p{L}/gu;
const TWO_CAPITALS = /\p{Lu}[\p{Lu}'’-]*\p{Lu}/u;

/** Acronym lists compiled once per options object. */
const compiled = new WeakMap<object, ReadonlySet<string>>();

/**
 * Words in ALL CAPS that are not acronyms: three letters or more, no digits (B2B, 4K, COVID-19 are
 * codes), not a Roman numeral, not in the built-in acronym list (shouting.yaml) or the `acronyms`
 * option. Consecutive shouted words are reported together (“ACT NOW”).
 */
export default defineRule<z.infer<typeof Options>>({
  id: "tone/shouting",
  category: "tone",
  meta: {
    description: list.description,
    defaultSeverity: "warning",
    fixable: false,
    options: Options,
    scopes: ["paragraph", "heading", "table", "html"],
  },
  checkBlock(block, context) {
    const text = block.text;
    // A shouted word has two capitals in a row somewhere; most blocks have none.
    if (!TWO_CAPITALS.test(text)) return;
    const allowed = acronyms(context.options);
    const words = proseWords(block);
    let runStart = -1;
    let runEnd = -1;
    const flush = () => {
      if (runStart < 0) return;
      const match = text.slice(runStart, runEnd).replace(/\s+/g, " ");
      context.report({
        range: [block.range[0] + runStart, block.range[0] + runEnd],
        message: fillMessage(list.message, { match }),
        data: { match },
      });
      runStart = -1;
    };
    for (let w = 0; w < words.count; w++) {
      const s = words.starts[w]!;
      const e = words.ends[w]!;
      const c0 = text.charCodeAt(s);
      if ((c0 >= 97 && c0 <= 122) || e - s < 3 || !isShouted(text.slice(s, e), allowed)) {
        flush();
        continue;
      }
      if (runStart >= 0 && !/^[\s,&+/-]*$/.test(text.slice(runEnd, s))) flush();
      if (runStart < 0) runStart = s;
      runEnd = e;
    }
    flush();
  },
});

function acronyms(options: z.infer<typeof Options>): ReadonlySet<string> {
  if (options.acronyms.length === 0) return builtIn;
  let set = compiled.get(options);
  if (!set) {
    set = new Set([...builtIn, ...options.acronyms.map((a) => a.toUpperCase())]);
    compiled.set(options, set);
  }
  return set;
}

function isShouted(word: string, allowed: ReadonlySet<string>): boolean {
  // Most words start or end in a lower-case ASCII letter: not shouting.
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(word.length - 1);
  if ((first >= 97 && first <= 122) || (last >= 97 && last <= 122) || word.length < 3) return false;
  if (/[0-9]/.test(word)) return false;
  const letters = word.match(LETTER);
  if (!letters || letters.length < 3) return false;
  if (word !== word.toUpperCase() || word === word.toLowerCase()) return false;
  const bare = word.replace(/[’']S$/, "");
  if (allowed.has(bare) || ROMAN.test(bare)) return false;
  // Hyphenated acronyms (“B2B-SAAS”, “API-first” is not all caps): every part known.
  const parts = bare.split(/[-‐]/);
  return !(parts.length > 1 && parts.every((p) => allowed.has(p) || p.length < 3));
}
