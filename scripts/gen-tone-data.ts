/**
 * Generates the write-good phrase lists of the tone rules, `src/core/rules/tone/<name>.yaml`, from
 * the packages write-good itself uses (passive-voice, weasel-words, adverb-where, too-wordy,
 * no-cliches, e-prime), so our checks report what write-good reports. The packages do not export
 * their lists, so the array literals are read from their source. Messages and the curated wordy
 * replacements live here.
 *
 *   npx tsx scripts/gen-tone-data.ts          # rewrite the files
 *   npx tsx scripts/gen-tone-data.ts --check  # exit 1 if a file differs
 *
 * test/rules/tone/data.test.ts compares the files with the installed packages, so an upgrade that
 * changes a list fails the tests until this script is re-run.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { runInNewContext } from "node:vm";
import { stringify } from "yaml";
import type { ToneList } from "../src/core/rules/tone/data.js";

const require = createRequire(import.meta.url);

export interface WriteGoodLists {
  readonly versions: Readonly<Record<string, string>>;
  /** passive-voice: the forms of "to be", the irregular participles, the exceptions. */
  readonly passive: { readonly auxiliaries: string[]; readonly irregulars: string[]; readonly exceptions: string[] };
  /** weasel-words: the words, and those allowed after "too ". */
  readonly weasel: { readonly words: string[]; readonly exceptions: string[] };
  /** adverb-where: stems (the regex adds "y") and the weakening words. */
  readonly adverb: { readonly stems: string[]; readonly weakens: string[] };
  readonly wordy: string[];
  readonly cliche: string[];
  readonly ePrime: string[];
}

function packageFile(name: string, file: string): string {
  const pkg = require.resolve(`${name}/package.json`, { paths: [dirname(require.resolve("write-good"))] });
  return join(dirname(pkg), file);
}

function packageVersion(name: string): string {
  return JSON.parse(readFileSync(packageFile(name, "package.json"), "utf8")).version as string;
}

/** The array literal assigned to `variable` in a package's source file (brackets matched, strings skipped). */
function arrayIn(name: string, file: string, variable: string): string[] {
  const source = readFileSync(packageFile(name, file), "utf8");
  const m = new RegExp(`(?:let|var|const)\\s+${variable}\\s*=\\s*\\[`).exec(source);
  if (!m) throw new Error(`${name}/${file}: no array ${variable}`);
  const open = m.index + m[0].length - 1;
  let depth = 0;
  let quote = "";
  let end = -1;
  for (let i = open; i < source.length && end < 0; i++) {
    const c = source[i]!;
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = "";
    } else if (c === "'" || c === '"' || c === "`") quote = c;
    else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) end = i + 1;
  }
  if (end < 0) throw new Error(`${name}/${file}: unterminated array ${variable}`);
  const value = runInNewContext(`(${source.slice(open, end)})`) as unknown;
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) throw new Error(`${name}/${file}: ${variable} is not a list of strings`);
  return [...value] as string[];
}

/** Reads every list from the installed packages. */
export function readWriteGoodLists(): WriteGoodLists {
  const passiveSource = readFileSync(packageFile("passive-voice", "passive.js"), "utf8");
  const aux = /\\\\b\(([a-z|]+)\)\\\\b\\\\s\*/.exec(passiveSource);
  if (!aux) throw new Error("passive-voice: the auxiliary verbs were not found in passive.js");
  return {
    versions: Object.fromEntries(["write-good", "passive-voice", "weasel-words", "adverb-where", "too-wordy", "no-cliches", "e-prime"].map((p) => [p, packageVersion(p)])),
    passive: {
      auxiliaries: aux[1]!.split("|"),
      irregulars: arrayIn("passive-voice", "passive.js", "irregulars"),
      exceptions: arrayIn("passive-voice", "passive.js", "exceptions"),
    },
    weasel: { words: arrayIn("weasel-words", "weasel.js", "weasels"), exceptions: arrayIn("weasel-words", "weasel.js", "exceptions") },
    adverb: { stems: arrayIn("adverb-where", "adverbs.js", "adverbs"), weakens: arrayIn("adverb-where", "adverbs.js", "weakens") },
    wordy: arrayIn("too-wordy", "too-wordy.js", "wordyWords"),
    cliche: arrayIn("no-cliches", "cliches.js", "cliches"),
    ePrime: arrayIn("e-prime", "e-prime.js", "toBe"),
  };
}

/**
 * Replacements for wordy phrases, only where one word or phrase says the same thing in every
 * context the phrase can appear in (so the quick fix is safe). Phrases without one are reported
 * without a fix.
 */
export const WORDY_SWAPS: Readonly<Record<string, string>> = {
  "adjacent to": "next to", "already existing": "existing", "as of yet": "yet", "as yet": "yet", "as per": "per",
  "at the present time": "now", "at this time": "now", "attributable to": "due to", "because of the fact that": "because",
  "by means of": "by", "by virtue of the fact that": "because", "commence": "begin", "comply with": "follow",
  "do damage to": "damage", "do harm to": "harm", "due to the fact that": "because", "during the course of": "during",
  "each and every": "every", "factual evidence": "evidence", "first and foremost": "first", "for the duration of": "during",
  "for the most part": "mostly", "for the purpose of": "for", "have a tendency to": "tend to", "honest truth": "truth",
  "in all likelihood": "probably", "in an effort to": "to", "in between": "between", "in excess of": "more than",
  "in lieu of": "instead of", "in light of the fact that": "because", "in many cases": "often", "in order to": "to",
  "in regard to": "about", "in some instances": "sometimes", "in the course of": "during", "in the event that": "if",
  "in the midst of": "amid", "in the near future": "soon", "irregardless": "regardless", "is applicable to": "applies to",
  "not certain": "uncertain", "not often": "rarely", "null and void": "void", "of late": "lately", "off of": "off",
  "one particular": "one", "outside of": "outside", "owing to the fact that": "because", "pertaining to": "about",
  "previous to": "before", "prior to": "before", "refer back": "refer", "remuneration": "pay", "sooner rather than later": "soon",
  "span across": "span", "successfully complete": "complete", "terminate": "end", "time period": "period",
  "until such time as": "until", "utilization": "use", "utilize": "use", "various different": "various",
  "with the exception of": "except",
};

const MESSAGES = {
  passive: {
    description: "Passive voice",
    message: "“{match}” may be passive voice: it hides who acts and makes the sentence longer. Name who does it and make them the subject (“We roast the beans”, not “The beans are roasted”).",
  },
  weasel: {
    description: "Weasel words",
    message: "“{match}” is a weasel word: it sounds emphatic but says nothing a reader can check. Cut it, or replace it with a fact (a number, a name, an example).",
  },
  adverb: {
    description: "Adverbs and filler words that weaken meaning",
    message: "“{match}” can weaken meaning: it props up a word that should stand on its own. Cut it, or pick a stronger verb or adjective.",
  },
  wordy: {
    description: "Wordy or unneeded phrases",
    message: "“{match}” is wordy or unneeded: it makes the reader work for nothing. Cut it or say it in fewer, plainer words.",
    swapMessage: "“{match}” is wordy: “{replacement}” says the same in fewer words.",
  },
  cliche: {
    description: "Clichés",
    message: "“{match}” is a cliché: readers have seen it so often they skim past it. Say what you mean in your own, concrete words.",
  },
  ePrime: {
    description: "Forms of “to be” (E-Prime)",
    message: "“{match}” is a form of “to be”: it states rather than shows, and often hides the real verb. Rephrase with an active verb.",
  },
} as const;

/** The YAML documents, by file name. */
export function toneDataFiles(lists: WriteGoodLists = readWriteGoodLists()): Record<string, ToneList> {
  const v = lists.versions;
  const wordySwaps: Record<string, string> = {};
  for (const phrase of lists.wordy) {
    const swap = WORDY_SWAPS[phrase.toLowerCase()];
    if (swap !== undefined) wordySwaps[phrase.toLowerCase()] = swap;
  }
  return {
    "passive.yaml": {
      kind: "existence", ...MESSAGES.passive, ignorecase: true, source: `passive-voice@${v["passive-voice"]}`,
      tokens: lists.passive.auxiliaries, participles: lists.passive.irregulars, exceptions: lists.passive.exceptions,
    },
    "weasel.yaml": {
      kind: "existence", ...MESSAGES.weasel, ignorecase: true, source: `weasel-words@${v["weasel-words"]}`,
      tokens: lists.weasel.words, exceptions: lists.weasel.exceptions.map((w) => `too ${w}`),
    },
    "adverb.yaml": {
      kind: "existence", ...MESSAGES.adverb, ignorecase: true, source: `adverb-where@${v["adverb-where"]}`,
      tokens: [...lists.adverb.stems.map((s) => `${s}y`), ...lists.adverb.weakens],
    },
    "wordy.yaml": {
      kind: "substitution", ...MESSAGES.wordy, ignorecase: true, source: `too-wordy@${v["too-wordy"]}`,
      tokens: lists.wordy, swap: wordySwaps,
    },
    "cliche.yaml": { kind: "existence", ...MESSAGES.cliche, ignorecase: true, source: `no-cliches@${v["no-cliches"]}`, tokens: lists.cliche },
    "e-prime.yaml": { kind: "existence", ...MESSAGES.ePrime, ignorecase: true, source: `e-prime@${v["e-prime"]}`, tokens: lists.ePrime },
  };
}

export const TONE_DIR = "src/core/rules/tone";

export function renderToneFile(name: string, data: ToneList): string {
  const header =
    `# ${data.description}: the list write-good uses, from ${data.source}.\n` +
    "# Generated by scripts/gen-tone-data.ts; do not edit by hand (edit the script and run it again).\n" +
    "# Token order matters: at one position, the first token in the list that matches wins.\n";
  return header + stringify(data, { lineWidth: 0 });
}

function main(): void {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const [name, data] of Object.entries(toneDataFiles())) {
    const path = join(TONE_DIR, name);
    const text = renderToneFile(name, data);
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {
      // a new file
    }
    if (current === text) continue;
    if (check) {
      console.error(`${path} is stale: run npx tsx scripts/gen-tone-data.ts`);
      stale++;
    } else {
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
  if (stale > 0) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
