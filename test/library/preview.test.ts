import { strict as assert } from "node:assert";
import { placeholder, previewPrompt } from "../../src/core/library/preview.js";
import { parsePrompt } from "../../src/core/library/prompt.js";

const WELCOME = `---
id: welcome
title: Welcome email
description: The first email after sign-up.
version: 1.2.0
status: approved
owner: Dana Reyes <dana@acme.example>
channel: email
tags: [onboarding]
variables:
  product: { description: Product name, required: true, default: Acme Cloud }
  audience: { description: Who the trial user is, required: true, example: IT managers }
  tone: { description: Voice, enum: [friendly, formal] }
---
Write a {{tone}} welcome email for {{audience}} who just started a trial of {{product}}.
{{#audience}}Mention {{audience}} once.{{/audience}}
`;

const preview = (text: string) => previewPrompt(parsePrompt("/ws/prompts/welcome.md", text), "prompts/welcome.md");

describe("prompt preview", () => {
  it("fills defaults, else examples, else a visible placeholder, and carries the provenance stamp", () => {
    const result = preview(WELCOME);
    assert.deepEqual(result.values, [
      { name: "product", value: "Acme Cloud", from: "default" },
      { name: "audience", value: "IT managers", from: "example" },
      { name: "tone", value: "⟨tone⟩", from: "placeholder" },
    ]);
    assert.equal(result.rendered, "<!-- copydesk prompt: welcome@1.2.0 -->\nWrite a ⟨tone⟩ welcome email for IT managers who just started a trial of Acme Cloud.\nMention IT managers once.\n");
    assert.equal(
      result.markdown,
      [
        "<!-- Preview of prompts/welcome.md: read-only, follows the prompt as you edit it. -->",
        "",
        "# Welcome email",
        "",
        "`welcome@1.2.0` · approved · email",
        "",
        "| variable | value in this preview |",
        "| --- | --- |",
        "| `product` | Acme Cloud (default) |",
        "| `audience` | IT managers (example) |",
        "| `tone` | ⟨tone⟩ (no default or example) |",
        "",
        "---",
        "",
        result.rendered,
      ].join("\n"),
    );
  });

  it("shows an undeclared variable as a placeholder and says the prompt has problems", () => {
    const result = preview(WELCOME.replace("of {{product}}", "of {{product}} in {{region}}"));
    assert.deepEqual(result.values.at(-1), { name: "region", value: placeholder("region"), from: "undeclared" });
    assert.match(result.rendered!, /trial of Acme Cloud in ⟨region⟩\./);
  });

  it("renders a prompt whose front matter is partly invalid, saying where the first problem is", () => {
    const result = preview(WELCOME.replace("version: 1.2.0", "version: one"));
    assert.match(result.markdown, /> \*\*This prompt has problems\*\*; the preview uses what is valid\. Line 5: /);
    assert.match(result.markdown, /`welcome@one`/);
    assert.equal(result.rendered, "<!-- copydesk prompt: welcome@one -->\nWrite a ⟨tone⟩ welcome email for IT managers who just started a trial of Acme Cloud.\nMention IT managers once.\n");
  });

  it("explains a template that cannot be rendered instead of failing", () => {
    const result = preview(WELCOME.replace("{{/audience}}", ""));
    assert.equal(result.rendered, undefined);
    assert.match(result.markdown, /> \*\*The template cannot be rendered\.\*\* Line 17: The template section \{\{#audience\}\} is never closed\./);
  });

  it("names a deprecated prompt's replacement, and says a file without an id is not a prompt", () => {
    const deprecated = preview(WELCOME.replace("status: approved", "status: deprecated\nreplacedBy: welcome-v2"));
    assert.match(deprecated.markdown, /\n> \*\*Deprecated:\*\* use `welcome-v2` instead\.\n/);
    const readme = preview("# About the library\n");
    assert.equal(readme.rendered, undefined);
    assert.match(readme.markdown, /> \*\*Not a prompt\.\*\* This file has no `id:` in its front matter/);
  });
});
