import { strict as assert } from "node:assert";
import rule from "../../../src/core/library/rules/schema.js";
import { check, findingsOf, prompt } from "../support.js";

describe("library/schema", () => {
  it("is silent on valid prompts and on files that are not prompts", async () => {
    assert.deepEqual(await check({ "prompts/a.md": prompt(), "prompts/README.md": "# Prompts\n", "prompts/notes.md": "---\ntitle: x\n---\n" }, { rules: [rule] }), {});
  });

  it("reports each invalid field at its place", async () => {
    const text = prompt().replace("status: approved", "status: live").replace("channel: email\n", "channel: email\nmodel: gpt-5\n");
    assert.deepEqual(await check({ "prompts/a.md": text }, { rules: [rule] }), { "prompts/a.md": [["library/schema", "live"], ["library/schema", "model"]] });
    const [first] = await findingsOf(rule, { "prompts/a.md": text }, "prompts/a.md");
    assert.match(first!.message, /`status`: expected one of "draft", "review", "approved", "deprecated", "retired"/);
  });

  it("reports front matter that is not YAML", async () => {
    const found = await check({ "prompts/a.md": "---\nid: a\ntitle: \"unclosed\n---\nBody\n" }, { rules: [rule] });
    assert.equal(found["prompts/a.md"]!.length, 1);
  });
});
