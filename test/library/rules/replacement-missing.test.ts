import { strict as assert } from "node:assert";
import rule from "../../../src/core/library/rules/replacement-missing.js";
import { check, findingsOf, prompt } from "../support.js";

const deprecated = (id: string, replacedBy?: string) => prompt({ id, status: "deprecated", ...(replacedBy === undefined ? {} : { extra: `replacedBy: ${replacedBy}\n` }) });

describe("library/replacement-missing", () => {
  it("is silent when a deprecated prompt names a usable replacement, even through another deprecated one", async () => {
    const files = { "prompts/a.md": deprecated("a", "b"), "prompts/b.md": deprecated("b", "c"), "prompts/c.md": prompt({ id: "c" }) };
    assert.deepEqual(await check(files, { rules: [rule] }), {});
  });

  it("reports a missing, unknown, retired or self replacement", async () => {
    const files = {
      "prompts/none.md": deprecated("none"),
      "prompts/null.md": deprecated("null-one", "null"),
      "prompts/unknown.md": deprecated("unknown", "nobody"),
      "prompts/retired.md": deprecated("to-retired", "gone"),
      "prompts/gone.md": prompt({ id: "gone" }).replace("status: approved", "status: retired"),
      "prompts/self.md": deprecated("self", "self"),
    };
    assert.deepEqual(await check(files, { rules: [rule] }), {
      "prompts/none.md": [["library/replacement-missing", "deprecated"]],
      "prompts/null.md": [["library/replacement-missing", "deprecated"]],
      "prompts/unknown.md": [["library/replacement-missing", "nobody"]],
      "prompts/retired.md": [["library/replacement-missing", "gone"]],
      "prompts/self.md": [["library/replacement-missing", "self"]],
    });
  });

  it("reports a cycle of replacements on each prompt in it", async () => {
    const files = { "prompts/a.md": deprecated("a", "b"), "prompts/b.md": deprecated("b", "c"), "prompts/c.md": deprecated("c", "a") };
    const found = await check(files, { rules: [rule] });
    assert.deepEqual(Object.keys(found).sort(), ["prompts/a.md", "prompts/b.md", "prompts/c.md"]);
    const [f] = await findingsOf(rule, files, "prompts/a.md");
    assert.match(f!.message, /cycle: a → b → c → a/);
  });
});
