import { strict as assert } from "node:assert";
import rule from "../../../src/core/library/rules/approval-missing.js";
import { check, findingsOf, prompt } from "../support.js";

describe("library/approval-missing", () => {
  it("is silent when the current version has a librarian approval, or the prompt is not approved", async () => {
    assert.deepEqual(await check({ "prompts/a.md": prompt(), "prompts/b.md": prompt({ id: "b", status: "review" }) }, { rules: [rule] }), {});
  });

  it("reports `status: approved` with no approval, or only an old version's, at the status", async () => {
    const none = prompt({ status: "review" }).replace("status: review", "status: approved");
    const old = prompt().replace("version: 1.2.0\n", "version: 1.3.0\n");
    const files = { "prompts/a.md": none, "prompts/b.md": old.replace("id: welcome-email", "id: b") };
    assert.deepEqual(await check(files, { rules: [rule] }), { "prompts/a.md": [["library/approval-missing", "approved"]], "prompts/b.md": [["library/approval-missing", "approved"]] });
    const [f] = await findingsOf(rule, files, "prompts/b.md");
    assert.match(f!.message, /no librarian approved version 1\.3\.0 \(the last librarian approval is for 1\.2\.0\)/);
  });

  it("does not count a legal approval alone", async () => {
    const legalOnly = prompt().replace("role: librarian", "role: legal");
    assert.deepEqual(await check({ "prompts/a.md": legalOnly }, { rules: [rule] }), { "prompts/a.md": [["library/approval-missing", "approved"]] });
  });
});
