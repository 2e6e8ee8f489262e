import { strict as assert } from "node:assert";
import rule from "../../../src/core/library/rules/approval-stale.js";
import { check, findingsOf, prompt } from "../support.js";

describe("library/approval-stale", () => {
  it("is silent when the hash matches, after status and date changes, and for older versions", async () => {
    const files = {
      "prompts/a.md": prompt(),
      "prompts/b.md": prompt({ id: "b", extra: "reviewBy: 2027-01-01\n" }).replace("status: approved", "status: deprecated"),
      "prompts/c.md": prompt({ id: "c" }).replace("version: 1.2.0\n", "version: 1.3.0\n").replace("trial of", "trial for"),
    };
    assert.deepEqual(await check(files, { rules: [rule] }), {});
  });

  it("reports the approval's hash when the body or the output metadata changed", async () => {
    const files = {
      "prompts/a.md": prompt().replace("trial of", "trial for"),
      "prompts/b.md": prompt({ id: "b" }).replace("channel: email", "channel: social"),
    };
    const found = await check(files, { rules: [rule] });
    assert.deepEqual(Object.keys(found), ["prompts/a.md", "prompts/b.md"]);
    assert.match(found["prompts/a.md"]![0]![1], /^sha256:[0-9a-f]{64}$/);
    const [f] = await findingsOf(rule, files, "prompts/a.md");
    assert.match(f!.message, /approval of 1\.2\.0 by Dana Reyes <dana@acme\.example> \(2026-10-02\) was for other content/);
  });
});
