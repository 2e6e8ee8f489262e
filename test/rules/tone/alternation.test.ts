import { strict as assert } from "node:assert";
import { OrderedAlternation, type AlternationOptions } from "../../../src/core/rules/tone/alternation.js";
import { scanAsciiWords } from "../../../src/core/text/words.js";

/** What the equivalent regex finds, write-good style. */
function regexMatches(phrases: string[], text: string, options: AlternationOptions): string[] {
  const alts = phrases.map((p) => (options.flexibleSpaces ? p.replace(/ /g, "[\\b\\s\\u200C]*") : p));
  const re = new RegExp(`\\b${options.notAfterHyphen ? "(?<!-)" : ""}(${alts.join("|")})\\b`, "gi");
  const subject = options.foldQuotes ? text.replace(/[\u2018\u2019]/g, "'") : text;
  return [...subject.matchAll(re)].map((m) => `${m.index}:${m[0].length}`);
}

function ours(phrases: string[], text: string, options: AlternationOptions): string[] {
  return new OrderedAlternation(phrases, options).findAll(text, scanAsciiWords(text)).map((m) => `${m.start}:${m.end - m.start}`);
}

describe("tone: OrderedAlternation", () => {
  const cases: [string[], string, AlternationOptions][] = [
    [["by virtue of", "by virtue of the fact that"], "By virtue of the fact that it rains.", { flexibleSpaces: true }],
    [["by virtue of the fact that", "by virtue of"], "By virtue of the fact that it rains.", { flexibleSpaces: true }],
    [["all of", "a number of"], "allof them, anumberof times, a\u200cnumber\nof", { flexibleSpaces: true }],
    [["you're the boss "], "you're the boss today; you're the boss. you're the boss .", { flexibleSpaces: true }],
    [["will wonders never cease?"], "will wonders never cease! will wonders never ceas. will wonders never ceased", { flexibleSpaces: true }],
    [["in order to"], "well-in order to; in order to; in order tom", { flexibleSpaces: true, notAfterHyphen: true }],
    [["it is", "it is essential"], "It is essential. it  is", { flexibleSpaces: true }],
    [["are a number", "very"], "are a number, are  a number, véry very_ VERY", {}],
    [["it's", "is"], "it’s here, it's there, is it", { foldQuotes: true }],
    [["few"], "few fewer café few", {}],
  ];
  for (const [phrases, text, options] of cases) {
    it(`${JSON.stringify(phrases)} on ${JSON.stringify(text)}`, () => assert.deepEqual(ours(phrases, text, options), regexMatches(phrases, text, options)));
  }

  it("rejects phrases it cannot reproduce", () => {
    assert.throws(() => new OrderedAlternation(["a.b"]), /Unsupported/);
    assert.throws(() => new OrderedAlternation(["'tis"]), /word character/);
  });
});
