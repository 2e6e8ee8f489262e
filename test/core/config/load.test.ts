import { strict as assert } from "node:assert";
import { parseConfigText, parseClaimsText, loadConfig } from "../../../src/core/config/load.js";
import { channelFor, resolveConfig, ruleSetting } from "../../../src/core/config/resolve.js";
import { isIncluded } from "../../../src/core/config/files.js";
import { memoryHost } from "../../../src/core/host.js";
import "../../../src/core/rules/index.js";

const SPEC_EXAMPLE = `version: 1
brand: Acme Cloud
extends: recommended          # recommended | strict | none
files:
  include: ["**/*.md", "**/*.markdown", "**/*.txt"]
  exclude: ["node_modules/**", "prompts/**", "CHANGELOG.md"]
channels:
  email:        { match: ["email/**"],  requireCta: true,  maxGrade: 9 }
  landing-page: { match: ["web/**"],    requireCta: true }
  social:       { match: ["social/**"], requireCta: true,  maxLength: 280 }
  blog:         { match: ["blog/**"],   requireCta: false }
rules:
  terms/use: error
terms:
  - use: Acme Cloud
    not: [ACME Cloud, AcmeCloud, Acme cloud]
  - avoid: [cheap, cheapest]
    message: Say "affordable", or state the price.
cta:
  phrases: [Start your free trial, Book a demo]
claims:
  register: claims.yaml
disclosure:
  label: "Created with AI assistance and reviewed by the Acme Cloud team."
  labels: { social: "#AIassisted" }
library:
  roots: [prompts]
  librarians: ["Dana Reyes <dana@acme.example>"]
  reviewEveryDays: 180
`;

describe("configuration", () => {
  it("accepts the specification's example", () => {
    const parsed = parseConfigText(SPEC_EXAMPLE, "copydesk.yaml");
    assert.deepEqual(parsed.problems, []);
    assert.equal(parsed.value?.brand, "Acme Cloud");
  });

  it("reports an unknown key at the key's line and column", () => {
    const text = "version: 1\nchannels:\n  email:\n    match: [\"email/**\"]\n    requireCTA: true\n";
    const { value, problems } = parseConfigText(text, "copydesk.yaml");
    assert.equal(value, undefined);
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 5);
    assert.equal(problems[0]!.column, 5);
    assert.match(problems[0]!.message, /Unknown key `requireCTA` in `channels.email`/);
  });

  it("reports a wrong type at the value", () => {
    const text = "version: 1\nchannels:\n  email: { match: [\"email/**\"], maxGrade: nine }\n";
    const { problems } = parseConfigText(text, "copydesk.yaml");
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 3);
    assert.equal(problems[0]!.column, text.split("\n")[2]!.indexOf("nine") + 1);
    assert.match(problems[0]!.message, /`channels.email.maxGrade`: expected number/);
  });

  it("reports a bad severity with the allowed values", () => {
    const { problems } = parseConfigText("version: 1\nrules:\n  terms/use: loud\n", "copydesk.yaml");
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 3);
    assert.equal(problems[0]!.column, 14);
  });

  it("reports bad globs and unknown rule ids at their place", () => {
    const text = "version: 1\nfiles:\n  include: [\"email/[abc\"]\nrules:\n  terms/usee: off\n";
    const { problems } = parseConfigText(text, "copydesk.yaml");
    assert.deepEqual(problems.map((p) => [p.line, p.column]), [[3, 13], [5, 3]]);
    assert.match(problems[0]!.message, /Bad glob/);
    assert.match(problems[1]!.message, /Unknown rule or category `terms\/usee`/);
  });

  it("reports YAML that is not YAML, and a missing version", () => {
    const bad = parseConfigText("version: 1\nterms: [\n", "copydesk.yaml");
    assert.ok(bad.problems.length >= 1);
    assert.match(bad.problems[0]!.message, /Not valid YAML/);
    const noVersion = parseConfigText("brand: X\n", "copydesk.yaml");
    assert.match(noVersion.problems[0]!.message, /`version`/);
  });

  it("reports duplicate keys", () => {
    const { problems } = parseConfigText("version: 1\nbrand: A\nbrand: B\n", "copydesk.yaml");
    assert.equal(problems.length, 1);
    assert.equal(problems[0]!.line, 3);
  });

  it("validates the claims register, including RE2 patterns and duplicate ids", () => {
    const ok = parseClaimsText("claims:\n  - id: A\n    text: 99.99% uptime\n    evidence: SLA\n    approvedBy: Legal\n    expires: 2027-06-30\n", "claims.yaml");
    assert.deepEqual(ok.problems, []);
    assert.equal(ok.value?.[0]?.expires, "2027-06-30");
    const bad = parseClaimsText("claims:\n  - id: A\n    pattern: \"(a\"\n    evidence: x\n    approvedBy: y\n  - id: A\n    text: t\n    evidence: x\n    approvedBy: y\n", "claims.yaml");
    assert.deepEqual(bad.problems.map((p) => p.line), [3, 6]);
    const missing = parseClaimsText("claims:\n  - id: A\n    evidence: x\n    approvedBy: y\n", "claims.yaml");
    assert.match(missing.problems[0]!.message, /needs `text:`/);
    const date = parseClaimsText("claims:\n  - id: A\n    text: t\n    evidence: x\n    approvedBy: y\n    expires: soon\n", "claims.yaml");
    assert.equal(date.problems[0]!.line, 6);
  });

  it("keeps the last good configuration when the file breaks", async () => {
    const host = memoryHost({ "/ws/copydesk.yaml": "version: 1\nbrand: Good\n" });
    const good = await loadConfig({ host, cwd: "/ws/email" });
    assert.equal(good.config.brand, "Good");
    assert.equal(good.config.root, "/ws");
    const broken = memoryHost({ "/ws/copydesk.yaml": "version: 2\n" });
    const after = await loadConfig({ host: broken, cwd: "/ws", fallback: good.config });
    assert.equal(after.problems.length, 1);
    assert.equal(after.config, good.config);
  });

  it("loads the register named by the configuration and reports a missing one", async () => {
    const host = memoryHost({
      "/ws/copydesk.yaml": "version: 1\nclaims:\n  register: legal/claims.yaml\n",
      "/ws/legal/claims.yaml": "claims:\n  - { id: C1, text: best, evidence: e, approvedBy: L }\n",
    });
    const loaded = await loadConfig({ host, cwd: "/ws" });
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.config.claims.entries[0]?.id, "C1");
    const missing = await loadConfig({ host: memoryHost({ "/ws/copydesk.yaml": "version: 1\nclaims:\n  register: nope.yaml\n" }), cwd: "/ws" });
    assert.equal(missing.problems[0]?.line, 3);
    assert.match(missing.problems[0]!.message, /does not exist/);
  });

  it("applies the recommended profile without a file", async () => {
    const loaded = await loadConfig({ host: memoryHost({}), cwd: "/ws" });
    assert.equal(loaded.config.file, undefined);
    assert.equal(loaded.config.profile, "recommended");
    assert.ok(isIncluded(loaded.config, "email/welcome.md"));
    assert.ok(!isIncluded(loaded.config, "node_modules/x/readme.md"));
    assert.ok(!isIncluded(loaded.config, "image.png"));
  });

  it("resolves channels by front matter first, then by the first matching glob", () => {
    const parsed = parseConfigText(SPEC_EXAMPLE, "copydesk.yaml").value!;
    const config = resolveConfig({ root: "/ws", parsed });
    assert.equal(channelFor(config, "email/a.md", undefined)?.name, "email");
    assert.equal(channelFor(config, "email/a.md", "social")?.name, "social");
    assert.equal(channelFor(config, "other/a.md", undefined), undefined);
    assert.equal(channelFor(config, "web/x/y.md", undefined)?.requireCta, true);
  });

  it("lets a rule's own setting win over its category and the profile", () => {
    const parsed = parseConfigText("version: 1\nextends: strict\nrules:\n  claims: info\n  claims/health: error\n", "copydesk.yaml").value!;
    const config = resolveConfig({ root: "/ws", parsed });
    assert.equal(ruleSetting(config, "claims/health").severity, "error");
    assert.equal(ruleSetting(config, "claims/superlative").severity, "info");
    assert.equal(ruleSetting(config, "links/broken").severity, "error");
    const none = resolveConfig({ root: "/ws", parsed: { version: 1, extends: "none" } });
    assert.equal(ruleSetting(none, "terms/use").severity, undefined);
    assert.equal(none.profile, "none");
  });
});
