import { strict as assert } from "node:assert";
import { lintText } from "../../src/core/engine.js";
import { resolveConfig } from "../../src/core/config/resolve.js";
import { memoryHost } from "../../src/core/host.js";
import { LISTS } from "../../src/core/rules/claims/detect.js";
import { asciiTwin } from "../../src/core/rules/claims/list.js";
import { testimonialList } from "../../src/core/rules/claims/quotes.js";
import { claimPatterns, compileClaimPatterns } from "../../src/core/warm-up.js";

const CLAIMS = `# Why teams switch

Our platform is the best in the world, guaranteed to cut costs by 40%, and 9 in 10 marketers agree.
It is clinically proven, 100% carbon neutral, with guaranteed returns and a free trial for everyone.
It beats Contoso hands down, and it is faster than any rival. "It changed how we work," says one happy customer.
`;

describe("warm-up: compiling the claims patterns ahead of a first document", () => {
  it("covers every claims list's tokens and exceptions, as the ASCII-guarded twins the detectors run", () => {
    const patterns = new Set(claimPatterns());
    for (const [name, list] of [...Object.entries(LISTS), ["testimonial", testimonialList] as const]) {
      for (const re of [...list.tokens, ...list.exceptions]) assert.ok(patterns.has(asciiTwin(re)), `${name}: ${re.source.slice(0, 60)} is not compiled by the warm-up`);
    }
    assert.equal(patterns.size, claimPatterns().length, "each pattern once");
  });

  it("takes one step a pattern, so a host can give its event loop turns in between, and leaves no lastIndex behind", () => {
    const steps = compileClaimPatterns();
    const seen: number[] = [];
    let next = steps.next();
    for (; !next.done; next = steps.next()) seen.push(next.value);
    const count = claimPatterns().length;
    assert.ok(count > 100, `only ${count} patterns`);
    assert.equal(next.value, count);
    assert.deepEqual(seen, Array.from({ length: count }, (_, i) => i + 1));
    for (const re of claimPatterns()) assert.equal(re.lastIndex, 0, re.source.slice(0, 60));
  });

  it("its filler text (over 1,000 characters, so V8 compiles each pattern at once) matches no pattern: each run is a plain scan", () => {
    const compiled = claimPatterns();
    for (const re of compiled) {
      re.lastIndex = 0;
      const m = re.exec("Plain words for warming up the engine, nothing more. ".repeat(20));
      re.lastIndex = 0;
      assert.equal(m, null, `${re.source.slice(0, 60)} matched ${m?.[0]}`);
    }
  });

  it("changes no finding: a text lints the same before and after it", async () => {
    const options = { path: "blog/why.md", config: resolveConfig({ root: "/ws" }), host: memoryHost({}), today: "2026-11-23" };
    const before = await lintText(CLAIMS, options);
    assert.ok(before.findings.filter((f) => f.rule.startsWith("claims/")).length >= 6, "the text has claims to find");
    for (const _ of compileClaimPatterns());
    const after = await lintText(CLAIMS, options);
    assert.deepEqual(after.findings, before.findings);
  });
});
