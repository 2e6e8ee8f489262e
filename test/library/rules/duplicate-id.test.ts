import { strict as assert } from "node:assert";
import rule from "../../../src/core/library/rules/duplicate-id.js";
import { check, findingsOf, prompt } from "../support.js";

describe("library/duplicate-id", () => {
  it("is silent when ids are unique", async () => {
    assert.deepEqual(await check({ "prompts/a.md": prompt({ id: "a" }), "prompts/b.md": prompt({ id: "b" }) }, { rules: [rule] }), {});
  });

  it("reports both prompts, at the id, naming the other file", async () => {
    const files = { "prompts/a.md": prompt({ id: "same" }), "prompts/sub/b.md": prompt({ id: "same" }) };
    assert.deepEqual(await check(files, { rules: [rule] }), { "prompts/a.md": [["library/duplicate-id", "same"]], "prompts/sub/b.md": [["library/duplicate-id", "same"]] });
    const [f] = await findingsOf(rule, files, "prompts/a.md");
    assert.match(f!.message, /also used by prompts\/sub\/b\.md/);
  });
});
