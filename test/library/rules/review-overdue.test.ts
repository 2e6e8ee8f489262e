import { strict as assert } from "node:assert";
import rule from "../../../src/core/library/rules/review-overdue.js";
import { check, findingsOf, prompt } from "../support.js";

describe("library/review-overdue", () => {
  it("is silent before the review date and within reviewEveryDays of the last approval", async () => {
    const files = { "prompts/a.md": prompt({ extra: "reviewBy: 2026-12-01\n" }), "prompts/b.md": prompt({ id: "b" }) };
    assert.deepEqual(await check(files, { rules: [rule], today: "2026-11-22" }), {});
  });

  it("reports a past reviewBy at its value", async () => {
    assert.deepEqual(await check({ "prompts/a.md": prompt({ extra: "reviewBy: 2026-11-01\n" }) }, { rules: [rule] }), { "prompts/a.md": [["library/review-overdue", "2026-11-01"]] });
  });

  it("without reviewBy, reports the last approval's date once reviewEveryDays have passed", async () => {
    const files = { "prompts/a.md": prompt() };
    assert.deepEqual(await check(files, { rules: [rule], today: "2027-04-01" }), { "prompts/a.md": [["library/review-overdue", "2026-10-02"]] });
    const [f] = await findingsOf(rule, files, "prompts/a.md", { today: "2027-04-01" });
    assert.match(f!.message, /every 180 days .* due on 2027-03-31/);
    assert.deepEqual(await check(files, { rules: [rule], today: "2027-04-01", settings: { library: { librarians: [], reviewEveryDays: 365 } } }), {});
  });

  it("leaves deprecated and retired prompts alone", async () => {
    const text = prompt({ extra: "reviewBy: 2020-01-01\n" }).replace("status: approved", "status: retired");
    assert.deepEqual(await check({ "prompts/a.md": text }, { rules: [rule] }), {});
  });
});
