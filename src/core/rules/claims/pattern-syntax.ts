/**
 * The syntax of a claims pattern, as much of it as the prefilter needs (clauses.ts): a small parser
 * of JavaScript's regular-expression syntax (`u` mode) into alternatives of elements, each with its
 * repetition bounds, the kind of character (word or not) it starts and ends with, and, when they
 * are few, the literal words it matches. Anything it does not understand throws, and the pattern
 * then gets no clauses (it always runs).
 */
export type CharKind = "nonword" | "word" | "unknown";

export interface Element {
  /** Zero-width: lookarounds, anchors, `\b`. */
  readonly assertion?: "left-boundary" | "right-boundary" | "left-letter" | "right-letter" | "line-boundary" | "lookahead" | "lookbehind" | "other";
  /** The body of a lookaround or group. */
  readonly body?: Alternative[];
  readonly min: number;
  readonly max: number;
  /** Kind of the first and last character of every non-empty match of one repetition. */
  readonly first: CharKind;
  readonly last: CharKind;
  /** Whether one repetition can match the empty string. */
  readonly empty: boolean;
  /** The strings one repetition matches, when they are few and all ASCII word characters (lower case). */
  readonly words: readonly string[] | undefined;
  /** For a one-character element: the characters it matches (lower case), when they are few. */
  readonly chars?: readonly string[];
  /** `\d`: an ASCII digit. */
  readonly digit?: boolean;
}

export type Alternative = Element[];

const MAX_STRINGS = 64;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const ASCII_WORD = /^[a-z0-9_]*$/;

/** The boundary assertions that the claims lists use (see list.ts WORD_CHAR), and their letter-only forms. */
const BOUNDARIES: Readonly<Record<string, Element["assertion"]>> = {
  "(?<![\\p{L}\\p{N}_])": "left-boundary",
  "(?![\\p{L}\\p{N}_])": "right-boundary",
  "(?<!\\p{L})": "left-letter",
  "(?!\\p{L})": "right-letter",
};

function kindOfChar(c: string): CharKind {
  return WORD_CHAR.test(c) ? "word" : "nonword";
}

class Parser {
  private at = 0;
  constructor(private readonly src: string) {}

  parse(): Alternative[] {
    const alts = this.alternation();
    if (this.at !== this.src.length) throw new Error("unbalanced");
    return alts;
  }

  private alternation(): Alternative[] {
    const alts: Alternative[] = [this.sequence()];
    while (this.src[this.at] === "|") {
      this.at++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Alternative {
    const out: Element[] = [];
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") {
      const atom = this.atom();
      out.push(atom.assertion ? atom : this.quantified(atom));
    }
    return out;
  }

  private quantified(atom: Element): Element {
    const src = this.src;
    let min = 1;
    let max = 1;
    const c = src[this.at];
    if (c === "?") [min, max] = [0, 1];
    else if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.at));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return atom;
    this.at++;
    if (src[this.at] === "?") this.at++;
    let words: string[] | undefined;
    if (atom.words && max <= 3) {
      words = min === 0 ? [""] : [];
      let power: string[] | undefined = [""];
      for (let n = 1; n <= max && words && power; n++) {
        power = product(power, atom.words);
        if (!power) words = undefined;
        else if (n >= min) words = union(words, power);
      }
    }
    return { ...atom, min, max, empty: atom.empty || min === 0, words };
  }

  private atom(): Element {
    const src = this.src;
    const c = src[this.at]!;
    if (c === "(") return this.group();
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    const ch = String.fromCodePoint(src.codePointAt(this.at)!);
    this.at += ch.length;
    if (ch === "^" || ch === "$") return assertion("line-boundary");
    if (ch === ".") return single("unknown");
    return literal(ch);
  }

  private group(): Element {
    const src = this.src;
    const open = this.at;
    this.at++;
    let kind: "group" | "lookahead" | "negative" | "lookbehind" = "group";
    if (src.startsWith("?:", this.at)) this.at += 2;
    else if (src.startsWith("?=", this.at)) [kind, this.at] = ["lookahead", this.at + 2];
    else if (src.startsWith("?!", this.at)) [kind, this.at] = ["negative", this.at + 2];
    else if (src.startsWith("?<=", this.at)) [kind, this.at] = ["lookbehind", this.at + 3];
    else if (src.startsWith("?<!", this.at)) [kind, this.at] = ["negative", this.at + 3];
    else if (src.startsWith("?<", this.at)) this.at = src.indexOf(">", this.at) + 1;
    else if (src[this.at] === "?") throw new Error("unsupported group");
    const body = this.alternation();
    if (src[this.at] !== ")") throw new Error("unbalanced");
    this.at++;
    const text = src.slice(open, this.at);
    if (kind === "negative") return assertion(BOUNDARIES[text] ?? "other");
    if (kind === "lookahead" || kind === "lookbehind") return { ...assertion(kind), body };
    return { body, min: 1, max: 1, first: edgeOf(body, "first"), last: edgeOf(body, "last"), empty: body.some((a) => a.every((e) => e.assertion || e.empty || e.min === 0)), words: wordsOf(body) };
  }

  private charClass(): Element {
    const src = this.src;
    this.at++;
    const negated = src[this.at] === "^";
    if (negated) this.at++;
    const members: { kind: CharKind; chars?: string[] }[] = [];
    while (this.at < src.length && src[this.at] !== "]") {
      let member: { kind: CharKind; chars?: string[] };
      if (src[this.at] === "\\") {
        const e = this.escape();
        member = { kind: e.first, chars: e.words?.length === 1 && e.words[0]!.length === 1 ? [e.words[0]!] : e.literal };
      } else {
        const ch = String.fromCodePoint(src.codePointAt(this.at)!);
        this.at += ch.length;
        member = { kind: kindOfChar(ch), chars: [ch] };
      }
      if (src[this.at] === "-" && src[this.at + 1] !== "]" && member.chars?.length === 1) {
        this.at++;
        let to: string;
        if (src[this.at] === "\\") {
          const e = this.escape();
          to = e.literal?.[0] ?? e.words?.[0] ?? "\uffff";
        } else {
          to = String.fromCodePoint(src.codePointAt(this.at)!);
          this.at += to.length;
        }
        member = { kind: rangeKind(member.chars[0]!, to) };
      }
      members.push(member);
    }
    if (src[this.at] !== "]") throw new Error("unbalanced class");
    this.at++;
    if (negated) return single("unknown");
    const kinds = new Set(members.map((m) => m.kind));
    const kind: CharKind = kinds.size === 1 ? [...kinds][0]! : "unknown";
    const chars = members.every((m) => m.chars) ? members.flatMap((m) => m.chars!) : undefined;
    const lower = chars && chars.length <= 16 ? [...new Set(chars.map((ch) => ch.toLowerCase()))] : undefined;
    const words = lower?.every((ch) => ASCII_WORD.test(ch)) ? lower : undefined;
    return { ...single(kind), words, chars: chars && lower && chars.every(searchable) ? lower : undefined };
  }

  /** An escape, outside or inside a class. `literal` is set for an escaped single character. */
  private escape(): Element & { literal?: string[] } {
    const src = this.src;
    const c = src[this.at + 1]!;
    this.at += 2;
    switch (c) {
      case "s": return single("nonword");
      case "d": return { ...single("word"), digit: true };
      case "w": return single("word");
      case "S": case "D": case "W": return single("unknown");
      case "b": case "B": return assertion("other");
      case "n": case "r": case "t": case "f": case "v": return { ...single("nonword"), literal: [{ n: "\n", r: "\r", t: "\t", f: "\f", v: "\v" }[c]!] };
      case "p": case "P": {
        const end = src.indexOf("}", this.at);
        const name = src.slice(this.at + 1, end);
        this.at = end + 1;
        const letters = c === "p" && /^(?:L|Lu|Ll|Lt|Lm|Lo|N|Nd|Nl|No|Letter|Number|Alphabetic)$/.test(name);
        return single(letters ? "word" : "unknown");
      }
      case "u": case "x": {
        const m = c === "x" ? /^[0-9a-fA-F]{2}/.exec(src.slice(this.at)) : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(src.slice(this.at));
        if (!m) return single("unknown");
        this.at += m[0].length;
        return { ...literal(String.fromCodePoint(parseInt(m[0].replace(/[{}]/g, ""), 16))), literal: [String.fromCodePoint(parseInt(m[0].replace(/[{}]/g, ""), 16))] };
      }
      default:
        if (/[0-9kc]/.test(c)) throw new Error("unsupported escape");
        return { ...literal(c), literal: [c] };
    }
  }
}

function rangeKind(from: string, to: string): CharKind {
  const a = from.codePointAt(0)!;
  const b = to.codePointAt(0)!;
  let word = false;
  let nonword = false;
  for (let c = a; c <= b && c - a < 4096; c++) {
    if (kindOfChar(String.fromCodePoint(c)) === "word") word = true;
    else nonword = true;
  }
  if (b - a >= 4096) return "unknown";
  return word && nonword ? "unknown" : word ? "word" : "nonword";
}

function assertion(kind: NonNullable<Element["assertion"]>): Element {
  return { assertion: kind, min: 1, max: 1, first: "unknown", last: "unknown", empty: true, words: undefined };
}

function single(kind: CharKind): Element {
  return { min: 1, max: 1, first: kind, last: kind, empty: false, words: undefined };
}

function literal(c: string): Element {
  const lower = c.toLowerCase();
  return { ...single(kindOfChar(c)), words: c.length === 1 && ASCII_WORD.test(lower) ? [lower] : undefined, chars: searchable(c) ? [lower] : undefined };
}

/**
 * Whether a character, lower-cased, can be searched for in the lower-cased text: ASCII, or
 * caseless. (Elsewhere case folding and lower-casing part: `iu` matches "σ" with "ς", which
 * lower-cases to itself.)
 */
function searchable(c: string): boolean {
  return c.charCodeAt(0) < 128 || c.toLowerCase() === c.toUpperCase();
}

export function product(a: readonly string[], b: readonly string[]): string[] | undefined {
  if (a.length * b.length > MAX_STRINGS) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return [...out];
}

function union(a: readonly string[], b: readonly string[]): string[] | undefined {
  const out = new Set([...a, ...b]);
  return out.size > MAX_STRINGS ? undefined : [...out];
}

/** The strings an alternation matches, if few and all words (assertions make it unknown). */
function wordsOf(alts: readonly Alternative[]): string[] | undefined {
  let all: string[] | undefined = [];
  for (const alt of alts) {
    let seq: string[] | undefined = [""];
    for (const e of alt) {
      seq = e.assertion || !e.words ? undefined : product(seq, e.words);
      if (!seq) return undefined;
    }
    all = union(all, seq);
    if (!all) return undefined;
  }
  return all;
}

/** The kind of the first (or last) character of every non-empty match of an alternation. */
export function edgeOf(alts: readonly Alternative[], edge: "first" | "last"): CharKind {
  let kind: CharKind | undefined;
  for (const alt of alts) {
    const k = sequenceEdge(alt, edge);
    if (k === undefined) continue;
    if (kind === undefined) kind = k;
    else if (kind !== k) return "unknown";
  }
  return kind ?? "nonword";
}

/** As edgeOf, for one sequence; undefined when it only ever matches the empty string. */
function sequenceEdge(alt: Alternative, edge: "first" | "last"): CharKind | undefined {
  const order = edge === "first" ? alt : [...alt].reverse();
  let kind: CharKind | undefined;
  for (const e of order) {
    if (e.assertion || e.max === 0) continue;
    const k = e[edge];
    if (kind !== undefined && kind !== k) return "unknown";
    kind = k;
    if (k === "unknown") return k;
    if (!e.empty && e.min > 0) return kind;
  }
  return kind;
}

/** The alternatives of a pattern's source; throws on syntax the analysis does not understand. */
export function parsePattern(source: string): Alternative[] {
  return new Parser(source).parse();
}
