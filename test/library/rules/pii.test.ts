import { strict as assert } from "node:assert";
import rule, { findPii } from "../../../src/core/library/rules/pii.js";
import { check, prompt } from "../support.js";

const shown = (text: string) => findPii(text).map((h) => `${h.kind}:${text.slice(h.range[0], h.range[1])}`);

describe("library/pii", () => {
  it("finds e-mail addresses and phone numbers", () => {
    assert.deepEqual(shown("Send it to jane.doe@gmail.com today."), ["email:jane.doe@gmail.com"]);
    assert.deepEqual(shown("Call +44 20 7946 0958 or (415) 555-2671."), ["phone:+44 20 7946 0958", "phone:(415) 555-2671"]);
    assert.deepEqual(shown("Mobile: 0612 345 678"), ["phone:0612 345 678"]);
    assert.deepEqual(shown("US: 1-800-555-0199."), ["phone:1-800-555-0199"]);
  });

  it("stays quiet on prose, dates, versions, prices, placeholders and role or example addresses", () => {
    const prose = [
      "Version 1.2.0 ships on 2026-10-02; it costs $1,299.00 and saves 3-5 hours.",
      "Write to support@acme.com or press@acme.com, or dana@acme.example for the demo.",
      "Reply to {{contact_email}}; the order number is 12345678.",
      "Revenue grew 25% in Q3 2026 across 1,000,000 users.",
      "See RFC 5322 and ISO 8601:2019 for details.",
    ];
    for (const text of prose) assert.deepEqual(shown(text), [], text);
  });

  it("reports personal data in the body and front matter, not the owner or the approval record", async () => {
    const text = prompt({ status: "draft", body: "Sign off as Sam (sam.lee@gmail.com) for {{audience}} about {{product}}.\n" }).replace("example: IT managers", "example: jo@hotmail.com");
    assert.deepEqual(await check({ "prompts/a.md": text }, { rules: [rule], settings: {} }), { "prompts/a.md": [["library/pii", "jo@hotmail.com"], ["library/pii", "sam.lee@gmail.com"]] });
    assert.deepEqual(await check({ "prompts/b.md": prompt().replace(/dana@acme\.example/g, "dana.reyes@gmail.com") }, { rules: [rule] }), {});
  });
});
