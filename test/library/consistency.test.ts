import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import { governanceRules } from "../../src/core/library/rules/index.js";
import { allRules } from "../../src/core/rules/index.js";
import { parseConfigText } from "../../src/core/config/load.js";

/** The governance table of SPEC.md, in its order. */
const SPEC_IDS = [
  "library/schema", "library/duplicate-id", "library/undeclared-variable", "library/unused-variable", "library/approval-missing", "library/approval-stale",
  "library/approver-not-librarian", "library/legal-approval-missing", "library/review-overdue", "library/replacement-missing", "library/version-not-bumped",
  "library/secret", "library/pii",
];
const ERRORS = new Set(["library/schema", "library/duplicate-id", "library/undeclared-variable", "library/approval-stale", "library/secret"]);

describe("library consistency", () => {
  it("has every governance rule of the specification, in its order, with the chosen default severities", () => {
    assert.deepEqual(governanceRules.map((r) => r.id), SPEC_IDS);
    for (const r of governanceRules) assert.equal(r.meta.defaultSeverity, ERRORS.has(r.id) ? "error" : "warning", r.id);
  });

  it("registers library/deprecated-prompt with the Brand QA rules", () => {
    assert.equal(allRules.find((r) => r.id === "library/deprecated-prompt")?.meta.defaultSeverity, "warning");
  });

  it("documents every library rule, with the header fields and the fixed sections", () => {
    for (const rule of [...governanceRules, ...allRules.filter((r) => r.category === "library")]) {
      const path = `docs/rules/${rule.id}.md`;
      assert.ok(existsSync(path), `${path} is missing`);
      const page = readFileSync(path, "utf8");
      assert.ok(page.startsWith(`# ${rule.id}\n`), `${path} heading`);
      assert.ok(page.includes(`> ${rule.meta.description}\n`), `${path} description`);
      assert.ok(page.includes(`| Default severity | ${rule.meta.defaultSeverity} |`), `${path} severity`);
      assert.ok(page.includes(`| Fixable | ${rule.meta.fixable ? "yes" : "no"}`), `${path} fixable`);
      for (const section of ["## What it finds", "## How to clear it", "## Options", "## Rationale"]) assert.ok(page.includes(section), `${path} lacks "${section}"`);
    }
  });

  it("accepts library rule ids and the category in copydesk.yaml `rules:`", () => {
    const parsed = parseConfigText("version: 1\nrules:\n  library/pii: off\n  library/deprecated-prompt: error\n  library: info\n  library/nope: off\n", "copydesk.yaml");
    assert.deepEqual(parsed.problems.map((p) => p.message), ["Unknown rule or category `library/nope` in `rules`."]);
  });
});
