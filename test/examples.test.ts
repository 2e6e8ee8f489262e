import { strict as assert } from "node:assert";
import { resolve } from "node:path";
import { main } from "../src/cli/main.js";

/** What examples/README.md says each file shows: the walkthrough must stay true. */
const EXPECTED: Record<string, string[]> = {
  "examples/ads/partner-display.md": ["claims/financial", "cta/missing", "disclosure/missing-tag", "library/deprecated-prompt"],
  "examples/ads/search-ads.md": [],
  "examples/blog/migration-guide.md": [
    "claims/environmental", "claims/expired", "claims/health", "claims/unknown-reference", "cta/weak", "disclosure/invalid",
    "links/broken", "links/malformed", "suppression/missing-reason", "tone/adverb", "tone/cliche", "tone/illusion",
    "tone/sentence-length", "tone/so", "tone/there-is", "tone/weasel", "tone/wordy",
  ],
  "examples/email/launch-draft.md": [
    "claims/comparative", "claims/guarantee", "claims/statistic", "claims/superlative", "cta/weak", "disclosure/missing-label",
    "disclosure/unreviewed", "links/insecure", "links/tracking", "terms/use", "tone/adverb", "tone/passive", "tone/readability",
    "tone/weasel", "tone/wordy",
  ],
  "examples/email/launch-final.md": [],
  "examples/email/trial-welcome.md": [],
  "examples/social/instagram-draft.md": ["document/front-matter"],
  "examples/social/linkedin-launch.md": ["disclosure/missing-label", "links/tracking", "tone/exclamation", "tone/shouting"],
  "examples/social/x-post.txt": [],
  "examples/web/home.md": [],
  "examples/web/pricing.md": ["claims/free", "claims/superlative", "claims/testimonial", "terms/avoid", "tone/adverb"],
  "examples/web/security.md": [],
};

describe("the bundled example repository", () => {
  it("fires the rules its walkthrough describes, file by file, with a configuration that loads cleanly", async () => {
    let stdout = "";
    let stderr = "";
    const code = await main({
      argv: ["lint", "--config", "examples/copydesk.yaml", "examples", "--format", "json"],
      cwd: resolve("."),
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
      today: "2026-11-23",
    });
    assert.equal(stderr, "");
    assert.equal(code, 1);
    const json = JSON.parse(stdout);
    const actual = Object.fromEntries(json.files.map((f: { path: string; findings: { rule: string }[] }) => [f.path, [...new Set(f.findings.map((x) => x.rule))].sort()]));
    assert.deepEqual(actual, EXPECTED);
  });
});
