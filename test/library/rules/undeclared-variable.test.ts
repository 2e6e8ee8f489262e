import { strict as assert } from "node:assert";
import rule from "../../../src/core/library/rules/undeclared-variable.js";
import { check, findingsOf, prompt } from "../support.js";

describe("library/undeclared-variable", () => {
  it("is silent when every tag is declared (dotted names and sections included)", async () => {
    const body = "{{#audience}}For {{audience.name}}{{/audience}} {{^product}}none{{/product}} {{{product}}} {{! a comment }}\n";
    assert.deepEqual(await check({ "prompts/a.md": prompt({ status: "draft", body }) }, { rules: [rule] }), {});
  });

  it("reports each undeclared tag where it stands, suggesting a close name", async () => {
    const files = { "prompts/a.md": prompt({ status: "draft", body: "For {{audience}} about {{prodct}} in {{tone}}; {{product}}\n" }) };
    assert.deepEqual(await check(files, { rules: [rule] }), { "prompts/a.md": [["library/undeclared-variable", "{{prodct}}"], ["library/undeclared-variable", "{{tone}}"]] });
    const [f] = await findingsOf(rule, files, "prompts/a.md");
    assert.match(f!.message, /Did you mean \{\{product\}\}\?/);
  });
});
