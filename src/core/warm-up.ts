/**
 * Compiling the claims patterns ahead of a first document, for a host that has time to spare before
 * one arrives (the editor's background preload).
 *
 * The claims lists are some hundreds of Unicode-aware RegExps, built on first use (see
 * claims/list.ts). V8 then runs a RegExp in its bytecode interpreter and compiles it to machine
 * code on a later run, or at once when the text is 1,000 characters or longer. A warm-up lint over a
 * short sample only runs the patterns whose words the sample has (the prefilter skips the others),
 * so the first real document paid for building and compiling the rest: about half of the first lint
 * of a 5,000-word document after the warm-up.
 */
import { wordPatterns } from "./rules/claims/detect.js";
import { asciiTwin } from "./rules/claims/list.js";
import { testimonialList } from "./rules/claims/quotes.js";

/** Over 1,000 characters, so that V8 compiles a pattern to machine code on its first run; matched by none. */
const FILLER = "Plain words for warming up the engine, nothing more. ".repeat(20);

/** Every built-in claims pattern, as the lists define it (the prefilter analyses these: clauses.ts). */
export function builtInClaimPatterns(): RegExp[] {
  return [...new Set([...wordPatterns(), ...testimonialList.tokens, ...testimonialList.exceptions])];
}

/** Every claims pattern the detectors run on English copy: the ASCII-guarded twin of each (list.ts). */
export function claimPatterns(): RegExp[] {
  return [...new Set(builtInClaimPatterns().map(asciiTwin))];
}

/**
 * Builds and compiles every claims pattern, one a step: the caller decides when to take the next
 * step (a host that must stay responsive takes a few between turns of its event loop). Yields the
 * number of patterns done so far. Leaves no state behind: each pattern's `lastIndex` is 0 after.
 */
export function* compileClaimPatterns(): Generator<number, number> {
  const patterns = claimPatterns();
  for (const [i, re] of patterns.entries()) {
    re.lastIndex = 0;
    re.exec(FILLER);
    re.lastIndex = 0;
    yield i + 1;
  }
  return patterns.length;
}
