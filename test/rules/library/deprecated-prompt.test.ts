import { strict as assert } from "node:assert";
import rule from "../../../src/core/rules/library/deprecated-prompt.js";
import { lintText } from "../../../src/core/engine.js";
import { memoryHost } from "../../../src/core/host.js";
import type { LibraryLookup } from "../../../src/core/library/lookup.js";
import { configFor } from "../../support/rule-tester.js";

const prompts: Record<string, { status: string; version: string; replacedBy?: string; title?: string }> = {
  "welcome-email": { status: "approved", version: "1.2.0", title: "Welcome email" },
  "old-welcome": { status: "deprecated", version: "1.0.0", replacedBy: "welcome-email" },
  "no-successor": { status: "deprecated", version: "2.0.0" },
  gone: { status: "retired", version: "3.1.0", replacedBy: "welcome-email" },
};
const library: LibraryLookup = {
  prompt: (id) => (prompts[id] ? { id, title: prompts[id]!.title, version: prompts[id]!.version, status: prompts[id]!.status, replacedBy: prompts[id]!.replacedBy, path: `/ws/prompts/${id}.md` } : undefined),
};

async function findings(text: string, withLibrary = true): Promise<[string, string][]> {
  const result = await lintText(text, { path: "copy.md", config: configFor({}), host: memoryHost({}), today: "2026-11-22", rules: [rule], strict: true, ...(withLibrary ? { library } : {}) });
  return result.findings.map((f) => [text.slice(f.range[0], f.range[1]), f.message]);
}

describe("library/deprecated-prompt", () => {
  it("is silent for approved and unknown prompts, stamps in code, and without a library", async () => {
    assert.deepEqual(await findings("<!-- copydesk prompt: welcome-email@1.2.0 -->\nHi"), []);
    assert.deepEqual(await findings("<!-- copydesk prompt: somebody-elses@1.0.0 -->\nHi"), []);
    assert.deepEqual(await findings("`<!-- copydesk prompt: old-welcome@1.0.0 -->` is how a stamp looks."), []);
    assert.deepEqual(await findings("<!-- copydesk prompt: old-welcome@1.0.0 -->\nHi", false), []);
  });

  it("reports a stamp naming a deprecated prompt at the reference, naming the replacement", async () => {
    const [[at, message]] = (await findings("# Hi\n\n<!-- copydesk prompt: old-welcome@1.0.0 -->\nHello.\n")) as [[string, string]];
    assert.equal(at, "old-welcome@1.0.0");
    assert.match(message, /made with prompt old-welcome@1\.0\.0, which the prompt library has deprecated\. Its replacement is welcome-email@1\.2\.0 \("Welcome email"\)/);
  });

  it("reports retired prompts, prompts with no successor, and front matter `prompt:`", async () => {
    const found = await findings("---\nprompt: gone@3.1.0\nai: assisted\n---\n<!-- copydesk prompt: no-successor -->\nHi\n");
    assert.deepEqual(found.map(([at]) => at), ["gone@3.1.0", "no-successor"]);
    assert.match(found[0]![1], /has retired: it is no longer approved for use/);
    assert.match(found[1]![1], /Review this copy against current guidance/);
  });
});
