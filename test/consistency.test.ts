import { strict as assert } from "node:assert";
import { existsSync, readFileSync } from "node:fs";
import { normalize } from "node:path";
import { allRules } from "../src/core/rules/index.js";
import { governanceRules } from "../src/core/library/rules/index.js";
import { rulesIndex } from "../scripts/docs-index.js";
import { SCHEMA_FILES, generateSchema } from "../scripts/schemas.js";

/** The Brand QA table of SPEC.md, in its order, with its default severities. */
const SPEC_RULES: [string, string][] = [
  ["tone/passive", "warning"], ["tone/weasel", "warning"], ["tone/adverb", "info"], ["tone/wordy", "warning"],
  ["tone/cliche", "warning"], ["tone/so", "warning"], ["tone/there-is", "warning"], ["tone/illusion", "warning"],
  ["tone/e-prime", "off"], ["tone/exclamation", "warning"], ["tone/shouting", "warning"], ["tone/sentence-length", "info"],
  ["tone/readability", "info"], ["terms/use", "warning"], ["terms/avoid", "warning"], ["claims/superlative", "warning"],
  ["claims/guarantee", "warning"], ["claims/statistic", "warning"], ["claims/comparative", "warning"], ["claims/health", "error"],
  ["claims/environmental", "warning"], ["claims/financial", "error"], ["claims/free", "info"], ["claims/testimonial", "info"],
  ["claims/expired", "warning"], ["claims/unknown-reference", "error"], ["cta/missing", "warning"], ["cta/weak", "info"],
  ["disclosure/missing-tag", "warning"], ["disclosure/missing-label", "warning"], ["disclosure/unreviewed", "warning"],
  ["disclosure/invalid", "error"], ["suppression/missing-reason", "warning"], ["links/broken", "error"], ["links/malformed", "error"],
  ["links/insecure", "warning"], ["links/tracking", "warning"], ["links/unreachable", "warning"],
];

describe("consistency", () => {
  it("registers every Brand QA rule of the specification, in its order, with its default severity", () => {
    const registered = allRules.filter((r) => SPEC_RULES.some(([id]) => id === r.id)).map((r) => [r.id, r.meta.defaultSeverity]);
    assert.deepEqual(registered, SPEC_RULES);
  });

  it("gives every rule a unique id in its own category", () => {
    const ids = [...allRules, ...governanceRules].map((r) => r.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const r of [...allRules, ...governanceRules]) assert.equal(r.id.split("/")[0], r.category, r.id);
  });

  it("has a documentation page for every rule, naming its id and default severity", () => {
    for (const rule of [...allRules, ...governanceRules]) {
      const path = `docs/rules/${rule.id}.md`;
      assert.ok(existsSync(path), `${path} is missing`);
      const page = readFileSync(path, "utf8");
      assert.ok(page.includes(rule.id), `${path} does not name ${rule.id}`);
      assert.ok(page.includes(rule.meta.defaultSeverity), `${path} does not state the default severity ${rule.meta.defaultSeverity}`);
      for (const section of ["## What it finds", "## How to clear it", "## Rationale"]) assert.ok(page.includes(section), `${path} lacks "${section}"`);
    }
  });

  it("keeps docs/rules/README.md in step with the registry (npm run docs)", () => {
    assert.equal(readFileSync("docs/rules/README.md", "utf8"), rulesIndex([...allRules, ...governanceRules]));
  });

  it("ships JSON Schemas generated from the zod schemas (npm run schemas)", () => {
    for (const [path, { schema, title }] of Object.entries(SCHEMA_FILES)) {
      assert.equal(readFileSync(path, "utf8"), generateSchema(schema, title), `${path} is stale`);
    }
  });
});

describe("documentation links", () => {
  const pages = ["README.md", "docs/library.md", "docs/insert-prompt.md", "docs/testing.md", "examples/README.md", "prompts/README.md"];
  for (const page of pages) {
    it(`${page}: every relative link and image names a file that exists`, () => {
      const text = readFileSync(page, "utf8").replace(/```[\s\S]*?```/g, "");
      const base = page.includes("/") ? page.slice(0, page.lastIndexOf("/") + 1) : "";
      const targets = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((t) => !/^(?:[a-z]+:|#)/.test(t));
      const missing = targets.filter((t) => !existsSync(normalize(base + decodeURIComponent(t.split("#")[0]!))));
      assert.deepEqual(missing, [], `${page} links to files that do not exist`);
    });
  }
});
