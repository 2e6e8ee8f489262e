/**
 * Testimonials in a prose block: hearsay ("customers say it…") and quoted endorsements that no
 * named person is credited with. Attribution is a `— Name, Role` line after the quotation (in the
 * same block or at the start of the next), or a speech verb with a name ("said Name",
 * "Name says"). Quoted titles, questions, UI labels and examples are not endorsements.
 */
import type { ProseBlock } from "../../document/index.js";
import { compileList, existence, TestimonialListSchema, type Span } from "./list.js";
import { sentenceAt, splitSentences } from "../../text/sentences.js";
import testimonialData from "./testimonial.yaml";

const { list, compiled } = compileList("testimonial", testimonialData, TestimonialListSchema);
export const testimonialList = compiled;

const q = list.quotes;
const anyOf = (patterns: readonly string[]) => patterns.map((p) => `(?:${p})`).join("|");
const endorsement = compiled.pattern(anyOf(q.endorsement));
const notEndorsementBefore = compiled.pattern(`(?:^|[^\\p{L}\\p{N}_])(?:${anyOf(q.notEndorsementBefore)})\\s*[:,]?\\s*$`, "anchored");
const speech = anyOf(q.speechVerbs);
const anonymous = compiled.pattern(`^(?:${anyOf(q.anonymous)})$`, "anchored");
const DASH = /^[\s,.;!?]*(?:—|–|―|-{1,2}|~)\s*([^\n]*)/u;
const SPEECH = compiled.pattern(speech);
/** How far from a quotation its speech verb may be ("…," our head roaster Kofi Mensah says). */
const REACH = 60;

/**
 * Testimonial spans in `block` (relative to its text); `next` is the block that follows. `brand`
 * words are not names: "— Acme Cloud customer" is anonymous.
 */
export function testimonials(block: ProseBlock, next: ProseBlock | undefined, brand?: string): Span[] {
  const text = block.text;
  const notNames = new Set((brand ?? "").toLowerCase().split(/\s+/).filter(Boolean));
  const isName = (word: string | undefined) => isNameWord(word) && !notNames.has(word!.replace(/['’]s$/, "").toLowerCase());
  // Split into sentences only when there is a hearsay phrase or a quotation to place (most blocks have neither).
  let split: Span[] | undefined;
  const sentenceOf = (at: number) => sentenceAt((split ??= splitSentences(text, { lineBreaks: block.kind === "table" ? "hard" : "statements" })), at);
  const out: Span[] = [];
  const hearsaySpans = new Set<Span>();
  for (const m of existence(compiled, text)) {
    const sentence = sentenceOf(m.start);
    const rest = text.slice(m.end, sentence?.end ?? text.length);
    // "What customers say" (a heading) or "… customers say:" introduces, it does not endorse.
    if (/^\s*[:\u2014\u2013-]/.test(rest) || !/[\p{L}\p{N}]/u.test(rest)) continue;
    out.push(m);
    hearsaySpans.add(m);
  }
  let previous: { quote: Span; attributed: boolean } | undefined;
  for (const quote of quotations(text)) {
    const sentenceStart = sentenceOf(quote.start)?.start ?? 0;
    // A quotation that goes on after "…," Kofi says. belongs to the same speaker.
    const continues = previous?.attributed === true && quote.start - previous.quote.end <= REACH;
    const attributed = continues || isAttributed(text, quote, sentenceStart, next, isName);
    previous = { quote, attributed };
    if (attributed || !isEndorsement(text, quote, sentenceStart)) continue;
    // `One customer wrote: "…"` is one testimonial, reported once.
    const hearsay = out.find((h) => hearsaySpans.has(h) && h.end <= quote.start && quote.start - h.end <= REACH && !text.slice(h.end, quote.start).includes("\n"));
    if (hearsay) hearsay.end = quote.end;
    else out.push({ start: quote.start, end: quote.end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Quotations, “curly” or "straight", quote marks included. */
export function quotations(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/“[^“”]*”|"[^"]*"/g)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function isEndorsement(text: string, quote: Span, sentenceStart: number): boolean {
  const inner = text.slice(quote.start + 1, quote.end - 1).trim();
  const words = inner.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < q.minWords) return false;
  if (/\?[\s.'"’”)]*$/.test(inner)) return false;
  const titled = words.every((w) => w.length <= 3 || /^\p{Lu}/u.test(w)) && !/[.!,;]/.test(inner);
  if (titled) return false;
  if (notEndorsementBefore.test(text.slice(sentenceStart, quote.start))) return false;
  endorsement.lastIndex = 0;
  return endorsement.test(inner);
}

function isAttributed(text: string, quote: Span, sentenceStart: number, next: ProseBlock | undefined, isName: NameTest): boolean {
  const after = text.slice(quote.end);
  const dash = DASH.exec(after);
  if (dash && startsWithName(dash[1]!, isName)) return true;
  const clauseAfter = after.slice(0, REACH).split(/["“\n]/)[0]!;
  if (speakerNamed(clauseAfter, "after", isName)) return true;
  const clauseBefore = text.slice(Math.max(sentenceStart, quote.start - REACH), quote.start);
  if (speakerNamed(clauseBefore, "before", isName)) return true;
  if (after.trim() === "" && next && /^\s*(?:—|–|―|-{1,2}|~)/u.test(next.text)) {
    const line = DASH.exec(next.text);
    if (line && startsWithName(line[1]!, isName)) return true;
  }
  return false;
}

const PREPOSITION = /^(?:from|in|at|of|on|near|outside|with|for|by|to)$/i;
/** How many words beside a speech verb may name the speaker ("says founder Maya Chen"). */
const SPEAKER_WORDS = 4;

/**
 * Whether a clause next to a quotation has a speech verb with a name beside it: among the few
 * words after the verb, or before it ("Maya Chen, our founder, says"), up to a preposition (in
 * "a customer in Denver says", Denver is a place, not the speaker).
 */
function speakerNamed(clause: string, side: "before" | "after", isName: NameTest): boolean {
  SPEECH.lastIndex = 0;
  let verb: RegExpExecArray | null = null;
  for (let m = SPEECH.exec(clause); m; m = SPEECH.exec(clause)) {
    verb = m;
    if (side === "after") break;
  }
  if (!verb) return false;
  const words = (s: string) => s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];
  const after = words(clause.slice(verb.index + verb[0].length)).slice(0, SPEAKER_WORDS);
  const stopAfter = after.findIndex((w) => PREPOSITION.test(w));
  if ((stopAfter === -1 ? after : after.slice(0, stopAfter)).some(isName)) return true;
  const before = words(clause.slice(0, verb.index)).slice(-SPEAKER_WORDS - 1);
  const stopBefore = before.findIndex((w) => PREPOSITION.test(w));
  return (stopBefore === -1 ? before : before.slice(0, stopBefore)).some(isName);
}

type NameTest = (word: string | undefined) => boolean;

function startsWithName(s: string, isName: NameTest): boolean {
  return isName(/^[\p{L}\p{N}'’.-]+/u.exec(s.trim())?.[0]);
}

/** A capitalised word of two letters or more that is not an anonymous source or a function word. */
function isNameWord(word: string | undefined): boolean {
  if (!word) return false;
  const bare = word.replace(/['’]s$/, "").replace(/[.,]+$/, "");
  if (!/^\p{Lu}/u.test(bare) || bare.replace(/[^\p{L}]/gu, "").length < 2) return false;
  return !anonymous.test(bare);
}
