import { strict as assert } from "node:assert";
import { formatLibraryFilter, matchesKeys, parseLibraryFilter, type LibraryFilter } from "../../src/core/library/library-filter.js";

function parsed(input: string): LibraryFilter | undefined {
  const result = parseLibraryFilter(input);
  if (!result.ok) throw new Error(result.message);
  return result.filter;
}

function refused(input: string): string {
  const result = parseLibraryFilter(input);
  assert.equal(result.ok, false, `${JSON.stringify(input)} is refused`);
  return result.ok ? "" : result.message;
}

describe("library filter", () => {
  it("reads status:, channel: and tag: keys and keeps the other words for the search", () => {
    assert.deepEqual(parsed("channel:email tag:trial status:draft welcome  email"), { words: "welcome email", statuses: ["draft"], channels: ["email"], tags: ["trial"] });
  });

  it("gives alternatives with commas, keeps quoted spaces, folds case and drops repeats", () => {
    assert.deepEqual(parsed('Status:Draft,review tag:"Black Friday" tag:"BLACK FRIDAY" channel:Email channel:email "two words"'), {
      words: "two words",
      statuses: ["draft", "review"],
      channels: ["email"],
      tags: ["black friday"],
    });
  });

  it("is no filter when empty or blank", () => {
    assert.equal(parsed(""), undefined);
    assert.equal(parsed("   "), undefined);
  });

  it("refuses an unknown key, a missing value and an unknown status, saying what to type", () => {
    assert.match(refused("owner:dana"), /"owner:" is not a filter\. Filter with status:, channel: or tag:/);
    assert.match(refused("tag:"), /Give a value after "tag:", for example tag:onboarding\./);
    assert.match(refused("status:published"), /"published" is not a status\. Use draft, review, approved, deprecated, retired\./);
  });

  it("prints one canonical line that parses back to the same filter", () => {
    const filter = parsed('welcome tag:"black friday" status:approved channel:email,social')!;
    const line = formatLibraryFilter(filter);
    assert.equal(line, 'status:approved channel:email,social tag:"black friday" welcome');
    assert.deepEqual(parsed(line), filter);
  });

  it("matches a prompt's status, channel and any of its tags", () => {
    const summary = { status: "approved", channel: "Email", tags: ["Onboarding", "trial"] };
    assert.equal(matchesKeys(parsed("status:approved channel:email tag:onboarding")!, summary), true);
    assert.equal(matchesKeys(parsed("status:draft,approved")!, summary), true);
    assert.equal(matchesKeys(parsed("status:draft")!, summary), false);
    assert.equal(matchesKeys(parsed("channel:social")!, summary), false);
    assert.equal(matchesKeys(parsed("tag:launch")!, summary), false);
    assert.equal(matchesKeys(parsed("channel:email")!, { status: "approved", channel: undefined, tags: [] }), false);
  });
});
