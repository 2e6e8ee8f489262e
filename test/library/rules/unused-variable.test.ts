import { strict as assert } from "node:assert";
import rule from "../../../src/core/library/rules/unused-variable.js";
import { check, prompt } from "../support.js";

describe("library/unused-variable", () => {
  it("is silent when every declaration is used", async () => {
    assert.deepEqual(await check({ "prompts/a.md": prompt() }, { rules: [rule] }), {});
  });

  it("reports a declaration the template never uses, at its key", async () => {
    const files = { "prompts/a.md": prompt({ status: "draft", body: "Write to {{audience}}.\n" }) };
    assert.deepEqual(await check(files, { rules: [rule] }), { "prompts/a.md": [["library/unused-variable", "product"]] });
  });

  it("says nothing while the template does not parse (library/schema reports that)", async () => {
    assert.deepEqual(await check({ "prompts/a.md": prompt({ status: "draft", body: "{{#audience}} open\n" }) }, { rules: [rule] }), {});
  });
});
