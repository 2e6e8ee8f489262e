import { strict as assert } from "node:assert";
import rule from "../../../src/core/library/rules/approver-not-librarian.js";
import { check, findingsOf, prompt } from "../support.js";

describe("library/approver-not-librarian", () => {
  it("is silent for librarians, matched by e-mail whatever the name's spelling", async () => {
    const text = prompt().replace("- by: Dana Reyes <dana@acme.example>", "- by: D. Reyes <DANA@acme.example>");
    assert.deepEqual(await check({ "prompts/a.md": text }, { rules: [rule] }), {});
  });

  it("reports an approval of the current version by someone else, at `by`", async () => {
    const files = { "prompts/a.md": prompt().replace("- by: Dana Reyes <dana@acme.example>", "- by: Max Power <max@acme.example>") };
    assert.deepEqual(await check(files, { rules: [rule] }), { "prompts/a.md": [["library/approver-not-librarian", "Max Power <max@acme.example>"]] });
    const [f] = await findingsOf(rule, files, "prompts/a.md", { settings: { library: { librarians: [] } } });
    assert.match(f!.message, /`library\.librarians` in copydesk\.yaml is empty/);
  });

  it("ignores approvals of earlier versions (history stays valid when the team changes)", async () => {
    const text = prompt().replace("- by: Dana Reyes <dana@acme.example>", "- by: Former Librarian <old@acme.example>").replace("version: 1.2.0\nstatus", "version: 1.3.0\nstatus");
    assert.deepEqual(await check({ "prompts/a.md": text }, { rules: [rule] }), {});
  });
});
