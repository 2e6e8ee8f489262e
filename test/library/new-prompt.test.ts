import { strict as assert } from "node:assert";
import { newPrompt } from "../../src/core/library/new-prompt.js";
import { parsePrompt } from "../../src/core/library/prompt.js";
import { check, LIBRARIAN, prompt } from "./support.js";

const parse = (text: string) => parsePrompt("/ws/prompts/a.md", text);

describe("library new: title and channel", () => {
  it("puts the given title and channel into the skeleton, which checks clean", async () => {
    const fresh = newPrompt({ id: "spring-sale", owner: LIBRARIAN, title: "  Spring sale: email ", channel: "email" });
    assert.ok(fresh.ok);
    assert.match(fresh.text, /^title: "Spring sale: email"\n/m);
    assert.match(fresh.text, /^owner: Dana Reyes <dana@acme\.example>\nchannel: email\ntags: \[\]\n/m);
    assert.deepEqual([parse(fresh.text).fields.title, parse(fresh.text).fields.channel], ["Spring sale: email", "email"]);
    assert.deepEqual(await check({ "prompts/spring-sale.md": fresh.text }), {});
    const untitled = newPrompt({ id: "spring-sale", owner: LIBRARIAN });
    assert.ok(untitled.ok && /^title: Spring sale\n/m.test(untitled.text) && !/^channel:/m.test(untitled.text));
  });

  it("replaces a template's title and channel in place", () => {
    const template = parse(prompt());
    const copy = newPrompt({ id: "welcome-v2", owner: LIBRARIAN, template, title: "Welcome v2", channel: "social" });
    assert.ok(copy.ok);
    assert.match(copy.text, /^---\nid: welcome-v2\ntitle: Welcome v2\n/);
    assert.match(copy.text, /^channel: social\ntags: \[onboarding, trial\]\n/m);
  });

  it("refuses an empty title", () => {
    const result = newPrompt({ id: "x", owner: LIBRARIAN, title: "  " });
    assert.ok(!result.ok && /title is empty/.test(result.reason));
  });
});
