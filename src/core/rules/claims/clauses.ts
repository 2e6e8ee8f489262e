/**
 * What every match of a claims pattern implies, read from the pattern's source: the *clauses* the
 * prefilter (prefilter.ts) tests a text against before it runs the pattern.
 *
 * A clause is a set of alternatives, each a lower-case word that the match contains as a whole
 * word (`best` in `(?:the\s+)?best`, with word characters `[\p{L}\p{N}_]` as the list's
 * whole-word guards define them) or, where the word's edges are not known, a lower-case substring
 * (`est` in `\p{L}{2,}est`). The analysis only ever derives conditions that are implied; where it
 * cannot tell, a pattern gets no clause (and always runs). test/rules/claims/prefilter.property.test.ts
 * checks that nothing is skipped that would match.
 */
import { edgeOf, parsePattern, product, type Alternative } from "./pattern-syntax.js";
import precomputed from "./clauses.generated.yaml";

/**
 * One necessary condition: at least one of `words` is a word of the text (or, for words of letters
 * only, a run of letters in it), or one of `substrings` occurs in it (lower case), or, with
 * `digit`, it has an ASCII digit.
 */
export interface Clause {
  readonly words: readonly string[];
  readonly substrings: readonly string[];
  readonly digit?: boolean;
}

// Clause scoring: the cheaper and rarer, the better. Common words filter nothing.
const COMMON = new Set([
  "a", "an", "the", "our", "your", "you", "we", "it", "its", "is", "are", "was", "to", "of", "in", "on", "and", "or",
  "for", "with", "that", "this", "their", "they", "i", "my", "at", "as", "by", "be", "s",
]);

function score(clause: Clause): number {
  let total = clause.digit ? 8 : 0;
  for (const w of clause.words) total += COMMON.has(w) ? 50 : 1;
  for (const s of clause.substrings) total += s.length >= 4 ? 3 : s.length > 1 || /\p{L}/u.test(s) ? 12 : /[\s.,'’-]/u.test(s) ? 50 : 3;
  return total;
}

/** A clause is worth testing when it can rule a text out now and then. */
const USEFUL = 40;
const MAX_CLAUSES = 3;

/** How sure an edge is: 2, a word boundary (no `[\p{L}\p{N}_]` beyond it); 1, a letter boundary; 0, neither. */
type Edge = 0 | 1 | 2;

interface Context {
  readonly left: Edge;
  readonly right: Edge;
}

const NONE: Context = { left: 0, right: 0 };

/** Clauses implied by a match of a sequence, given whether its edges are word boundaries. */
function sequenceClauses(alt: Alternative, ctx: Context): Clause[] {
  const out: Clause[] = [];
  const boundaryBefore = (i: number): Edge => {
    let edge: Edge = 0;
    for (let j = i - 1; j >= 0; j--) {
      const e = alt[j]!;
      if (e.assertion) {
        if (e.assertion === "left-boundary" || e.assertion === "line-boundary") return 2;
        if (e.assertion === "left-letter") edge = 1;
        continue;
      }
      if (e.last !== "nonword") return edge;
      if (!e.empty && e.min > 0) return 2;
    }
    return Math.max(edge, ctx.left) as Edge;
  };
  const boundaryAfter = (i: number): Edge => {
    let edge: Edge = 0;
    for (let j = i + 1; j < alt.length; j++) {
      const e = alt[j]!;
      if (e.assertion) {
        if (e.assertion === "right-boundary" || e.assertion === "line-boundary") return 2;
        if (e.assertion === "right-letter") edge = 1;
        if (e.assertion === "lookahead" && e.body && edgeOf(e.body, "first") === "nonword" && e.body.every((a) => !alternativeCanBeEmpty(a))) return 2;
        continue;
      }
      if (e.first !== "nonword") return edge;
      if (!e.empty && e.min > 0) return 2;
    }
    return Math.max(edge, ctx.right) as Edge;
  };
  let i = 0;
  while (i < alt.length) {
    const e = alt[i]!;
    if (!e.assertion && e.words) {
      // A run of elements that match only a few ASCII words: the word (or part of a word) they spell.
      let j = i;
      let strings: string[] | undefined = [""];
      while (j < alt.length && !alt[j]!.assertion && alt[j]!.words) {
        const next = product(strings!, alt[j]!.words!);
        if (!next) break;
        strings = next;
        j++;
      }
      if (j === i) {
        i++;
        continue;
      }
      if (!strings!.includes("")) {
        const edge = Math.min(boundaryBefore(i), boundaryAfter(j - 1));
        if (edge === 2 || (edge === 1 && strings!.every((s) => /^[a-z]+$/.test(s)))) out.push({ words: strings!, substrings: [] });
        else if (strings!.every((s) => s.length >= 3)) out.push({ words: [], substrings: strings! });
      }
      i = j;
      continue;
    }
    if (!e.assertion && e.min > 0 && !e.empty && e.digit) out.push({ words: [], substrings: [], digit: true });
    else if (!e.assertion && e.min > 0 && !e.empty && e.chars) out.push({ words: [], substrings: e.chars });
    if (e.body && (e.assertion === "lookahead" || e.assertion === "lookbehind")) {
      // What a lookaround sees is in the text too.
      const clause = bestOfAlternation(e.body, { left: e.assertion === "lookahead" ? boundaryBefore(i) : 0, right: 0 });
      if (clause) out.push(clause);
    } else if (e.body && !e.assertion && e.min > 0) {
      // Repeated, a group's edges are each other's: only a single repetition inherits the context.
      const inner: Context = e.max === 1 ? { left: boundaryBefore(i), right: boundaryAfter(i) } : NONE;
      if (e.body.length === 1) out.push(...sequenceClauses(e.body[0]!, inner));
      else {
        const clause = bestOfAlternation(e.body, inner);
        if (clause) out.push(clause);
      }
    }
    i++;
  }
  return out;
}

function alternativeCanBeEmpty(alt: Alternative): boolean {
  return alt.every((e) => e.assertion || e.empty || e.min === 0);
}

/** One clause implied by an alternation: the union of each alternative's best clause. */
function bestOfAlternation(alts: readonly Alternative[], ctx: Context): Clause | undefined {
  const words = new Set<string>();
  const substrings = new Set<string>();
  let digit = false;
  for (const alt of alts) {
    const best = sequenceClauses(alt, ctx).sort((a, b) => score(a) - score(b))[0];
    if (!best) return undefined;
    for (const w of best.words) words.add(w);
    for (const s of best.substrings) substrings.add(s);
    if (best.digit) digit = true;
  }
  return { words: [...words], substrings: [...substrings], ...(digit ? { digit } : {}) };
}

/** The key of a pattern in the precomputed clauses: its flags and source. */
export function patternKey(re: RegExp): string {
  return `${re.flags}/${re.source}`;
}

let table: Map<string, readonly Clause[]> | undefined;

/**
 * The clauses of the built-in claims patterns, analysed ahead of time (clauses.generated.yaml,
 * written by scripts/gen-claim-clauses.ts; a test keeps it in step with `analyzeClauses`): the
 * analysis of ~150 patterns costs a command-line run ~60–100 ms at every start.
 */
function precomputedClauses(): Map<string, readonly Clause[]> {
  if (table) return table;
  table = new Map();
  const data = precomputed as { patterns?: { key: string; clauses: Clause[] }[] } | null;
  for (const entry of data?.patterns ?? []) table.set(entry.key, entry.clauses);
  return table;
}

/**
 * The clauses implied by every match of `re`, best first; empty when nothing useful is known (the
 * pattern then always runs): the precomputed ones for a built-in pattern, else `analyzeClauses`.
 */
export function clausesOf(re: RegExp): Clause[] {
  const known = precomputedClauses().get(patternKey(re));
  return known ? [...known] : analyzeClauses(re);
}

/** The analysis behind `clausesOf`. Patterns it does not understand get no clauses. */
export function analyzeClauses(re: RegExp): Clause[] {
  if (!re.unicode) return [];
  let alts: Alternative[];
  try {
    alts = parsePattern(re.source);
  } catch {
    return [];
  }
  const clauses = alts.length === 1 ? sequenceClauses(alts[0]!, NONE) : [bestOfAlternation(alts, NONE)].filter((c) => c !== undefined);
  return clauses
    .filter((c) => (c.words.length > 0 || c.substrings.length > 0 || c.digit) && score(c) < USEFUL)
    .sort((a, b) => score(a) - score(b))
    .slice(0, MAX_CLAUSES);
}
