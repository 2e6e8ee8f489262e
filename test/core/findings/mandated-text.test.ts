import { strict as assert } from "node:assert";
import { lintText } from "../../../src/core/engine.js";
import { resolveConfig } from "../../../src/core/config/resolve.js";
import { memoryHost } from "../../../src/core/host.js";
import { allRules } from "../../../src/core/rules/index.js";

const LABEL = "Created with AI assistance and reviewed by the Acme Cloud team.";
const config = resolveConfig({ root: "/ws", parsed: { version: 1, disclosure: { label: LABEL } } });

async function rulesAt(text: string, word: string): Promise<string[]> {
  const result = await lintText(text, { path: "a.md", config, host: memoryHost({}), rules: allRules, today: "2026-11-22" });
  const at = text.lastIndexOf(word);
  return result.findings.filter((f) => f.range[0] <= at && at < f.range[1]).map((f) => f.rule);
}

describe("mandated text", () => {
  it("does not judge the wording of the configured disclosure label", async () => {
    assert.deepEqual(await rulesAt(`---\nai: assisted\nreviewedBy: Sam\n---\nOur launch.\n\n${LABEL}\n`, "assistance"), []);
  });

  it("still judges the same words elsewhere", async () => {
    assert.deepEqual(await rulesAt("---\nai: assisted\nreviewedBy: Sam\n---\nWe offer assistance with moves.\n", "assistance"), ["tone/wordy"]);
  });
});
