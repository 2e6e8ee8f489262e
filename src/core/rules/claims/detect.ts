/**
 * The claim detectors, one per category, over a prose block's masked text. Most are the list's
 * tokens minus its exceptions; comparisons and free offers also read the words around a match.
 * Offsets are relative to the block's text.
 */
import type { ProseBlock } from "../../document/index.js";
import { compileList, ComparativeListSchema, existence, findAll, FreeListSchema, longestFirst, overlaps, type CompiledList, type Span } from "./list.js";
import { sentenceAt, splitSentences } from "../../text/sentences.js";
import superlativeData from "./superlative.yaml";
import guaranteeData from "./guarantee.yaml";
import statisticData from "./statistic.yaml";
import comparativeData from "./comparative.yaml";
import healthData from "./health.yaml";
import environmentalData from "./environmental.yaml";
import financialData from "./financial.yaml";
import freeData from "./free.yaml";

/** The claims categories found phrase by phrase (testimonials are found per document). */
export const PHRASE_CATEGORIES = ["superlative", "guarantee", "statistic", "comparative", "health", "environmental", "financial", "free"] as const;
export type PhraseCategory = (typeof PHRASE_CATEGORIES)[number];

/** When two categories match exactly the same words, the first in this order keeps them. */
export const PRIORITY: readonly PhraseCategory[] = ["financial", "guarantee", "health", "environmental", "comparative", "superlative", "statistic", "free"];

export interface DetectContext {
  readonly competitors: readonly string[];
  readonly brand: string | undefined;
}

const superlative = compileList("superlative", superlativeData).compiled;
const guarantee = compileList("guarantee", guaranteeData).compiled;
const statistic = compileList("statistic", statisticData).compiled;
const health = compileList("health", healthData).compiled;
const environmental = compileList("environmental", environmentalData).compiled;
const financial = compileList("financial", financialData).compiled;
const comparativeCompiled = compileList("comparative", comparativeData, ComparativeListSchema);
const comparative = comparativeCompiled.compiled;
const freeCompiled = compileList("free", freeData, FreeListSchema);
const free = freeCompiled.compiled;

const beatTokens = comparativeCompiled.list.beat.tokens.map((t) => comparative.pattern(t));
const beatObjects = comparativeCompiled.list.beat.objects.map((t) => comparative.pattern(`^\\s+(?:${t})(?![\\p{L}\\p{N}_])`, "anchored"));
const beatExceptions = comparativeCompiled.list.beat.exceptions.map((t) => comparative.pattern(t));
const versus = comparativeCompiled.list.versus.map((t) => comparative.pattern(t));
const brandSides = comparativeCompiled.list.brandSides.map((t) => comparative.pattern(`(?:^|[^\\p{L}\\p{N}_])(?:${t})\\s*$`, "anchored"));
const freeTerms = freeCompiled.list.terms.map((t) => free.pattern(t));

/**
 * Every whole-word pattern the phrase detectors run (through `findAll`), compiled: each list's
 * tokens and exceptions, and the comparison and free-offer context patterns. For compiling them
 * ahead of a first document (warm-up.ts); reading the lists' tokens builds their RegExps.
 */
export function wordPatterns(): RegExp[] {
  const lists = Object.values(LISTS).flatMap((list) => [...list.tokens, ...list.exceptions]);
  return [...lists, ...beatTokens, ...beatExceptions, ...versus, ...freeTerms];
}

/** The compiled lists, by category, for messages and descriptions. */
export const LISTS: Readonly<Record<PhraseCategory, CompiledList>> = { superlative, guarantee, statistic, comparative, health, environmental, financial, free };

const DETECTORS: Readonly<Record<PhraseCategory, (text: string, block: ProseBlock, context: DetectContext) => Span[]>> = {
  superlative: (text) => existence(superlative, text),
  guarantee: (text) => existence(guarantee, text),
  statistic: (text) => existence(statistic, text),
  comparative: detectComparative,
  health: (text) => existence(health, text),
  environmental: (text) => existence(environmental, text),
  financial: (text) => existence(financial, text),
  free: detectFree,
};

export interface Candidate extends Span {
  readonly category: PhraseCategory;
}

/**
 * Every claim phrase of the block, one category per phrase: a match that lies inside a longer match
 * of another category is dropped (`guaranteed returns` is financial, not also a guarantee); matches
 * that only partly overlap are both kept (`3x faster than` is a statistic and a comparison).
 */
export function detectClaims(block: ProseBlock, context: DetectContext): Candidate[] {
  const all: Candidate[] = [];
  for (const category of PHRASE_CATEGORIES) {
    for (const s of DETECTORS[category](block.text, block, context)) all.push({ ...s, category });
  }
  return all.filter((c) => !all.some((o) => o !== c && o.category !== c.category && o.start <= c.start && c.end <= o.end && (o.end - o.start > c.end - c.start || PRIORITY.indexOf(o.category) < PRIORITY.indexOf(c.category))));
}

/** Up to `max` words after `end`, stopping at punctuation or a joining word: the object of a comparison or offer. */
export function extendOverWords(text: string, end: number, max: number, stop: RegExp = STOP_WORDS): number {
  const re = /\s+([\p{L}\p{N}][\p{L}\p{N}'’&.-]*)/uy;
  let at = end;
  for (let n = 0; n < max; n++) {
    re.lastIndex = at;
    const m = re.exec(text);
    // A line break, or a wide gap (masked markup such as a table's `|`), ends the phrase.
    if (!m || stop.test(m[1]!) || /\n|\s{3}/.test(m[0])) break;
    let word = m[1]!;
    const trailingDot = word.endsWith(".");
    if (trailingDot) word = word.slice(0, -1);
    at = m.index + m[0].length - (trailingDot ? 1 : 0);
    if (trailingDot) break;
  }
  return at;
}

const STOP_WORDS = /^(?:on|for|with|when|to|and|or|but|if|in|at|of|through|until|within|from|by|is|are|was|were|this|that|which|who|because|so|since|while|as|than|every|per)$/i;

function detectComparative(text: string, _block: ProseBlock, context: DetectContext): Span[] {
  const found: Span[] = existence(comparative, text).map((s) => ({ start: s.start, end: extendOverWords(text, s.end, 3) }));
  const competitor = competitorMatcher(context.competitors);
  const exceptions = findAll(beatExceptions, text);
  for (const verb of findAll(beatTokens, text)) {
    if (exceptions.some((e) => overlaps(e, verb))) continue;
    const after = text.slice(verb.end);
    // "beats Brewly's latte", "beats the Trailco Storm".
    const object = /^\s+the(?=\s)/i.exec(after)?.[0].length ?? 0;
    const named = competitor(after) ?? competitor(after.slice(object)) ?? properName(after.slice(object));
    if (named === undefined && !beatObjects.some((re) => re.test(after))) continue;
    found.push({ start: verb.start, end: extendOverWords(text, verb.end, 3) });
  }
  for (const vs of findAll(versus, text)) {
    const after = text.slice(vs.end);
    let named = competitor(after);
    if (named === undefined && isBrandSide(text.slice(0, vs.start), context.brand)) named = properName(after);
    if (named !== undefined) found.push({ start: vs.start, end: vs.end + named });
  }
  return longestFirst(found);
}

/** Length (from the start of `after`, spaces included) of a configured competitor's name that follows. */
function competitorMatcher(competitors: readonly string[]): (after: string) => number | undefined {
  const res = competitors.map((c) => new RegExp(`^\\s+${c.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+")}(?![\\p{L}\\p{N}_])`, "iu"));
  return (after) => {
    for (const re of res) {
      const m = re.exec(after);
      if (m) return m[0].length;
    }
    return undefined;
  };
}

const NOT_NAMES = /^(?:I|A|An|The|Our|Your|My|Its|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** Length of a capitalised name (one to three words) that follows, as in "beats Brewly's latte". */
function properName(after: string): number | undefined {
  const m = /^\s+(\p{Lu}[\p{L}\p{N}&-]*(?:['’]s)?)(?:\s+\p{Lu}[\p{L}\p{N}&-]*(?:['’]s)?){0,2}/u.exec(after);
  if (!m || NOT_NAMES.test(m[1]!.replace(/['’]s$/, ""))) return undefined;
  return m[0].length;
}

function isBrandSide(before: string, brand: string | undefined): boolean {
  if (brandSides.some((re) => re.test(before))) return true;
  if (!brand) return false;
  const words = brand.trim().split(/\s+/);
  const forms = [brand.trim(), words[0]!].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "\\s+"));
  return new RegExp(`(?:^|[^\\p{L}\\p{N}_])(?:${forms.join("|")})(?:['’]s)?(?:\\s+[\\p{L}\\p{N}'’-]+)?\\s*$`, "iu").test(before);
}

function detectFree(text: string, block: ProseBlock): Span[] {
  const offers = existence(free, text);
  if (offers.length === 0) return [];
  const spans = splitSentences(text, { lineBreaks: block.kind === "table" ? "hard" : "statements" });
  const out: Span[] = [];
  for (const offer of offers) {
    const sentence = sentenceAt(spans, offer.start) ?? { start: 0, end: text.length };
    const words = text.slice(sentence.start, sentence.end);
    if (findAll(freeTerms, words).length > 0) continue;
    out.push({ start: offer.start, end: extendOverWords(text, offer.end, 2) });
  }
  return out;
}
