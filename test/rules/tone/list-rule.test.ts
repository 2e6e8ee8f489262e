import { strict as assert } from "node:assert";
import { OrderedAlternation } from "../../../src/core/rules/tone/alternation.js";
import { compileList } from "../../../src/core/rules/tone/list-rule.js";
import { asciiWords } from "../../../src/core/text/words.js";
import raw from "../../../src/core/rules/tone/wordy.yaml";

describe("tone phrase lists (list-rule.ts)", () => {
  it("builds a list's matcher on first use, once, matching as one built at load", () => {
    const compiled = compileList(raw, "tone/wordy-copy", { flexibleSpaces: true, notAfterHyphen: true });
    assert.ok(compiled.bit > 0);
    const matcher = compiled.matcher;
    assert.equal(compiled.matcher, matcher, "the same matcher on every read");
    const eager = new OrderedAlternation(compiled.list.tokens!, { flexibleSpaces: true, notAfterHyphen: true });
    const text = "In order to utilize the tool, due to the fact that it is new, we made a decision.";
    const words = asciiWords({ text } as Parameters<typeof asciiWords>[0]);
    assert.deepEqual(matcher.findAll(text, words), eager.findAll(text, words));
    assert.ok(matcher.findAll(text, words).length >= 2);
  });
});
