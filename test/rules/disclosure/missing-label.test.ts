import rule from "../../../src/core/rules/disclosure/missing-label.js";
import { ruleTester } from "../../support/rule-tester.js";

const LABEL = "Written with AI assistance and reviewed by the Northwind Coffee team.";
const config = {
  channels: { social: { match: ["social/**"] }, email: { match: ["email/**"] } },
  disclosure: { label: LABEL, labels: { social: "#AIassisted" } },
};

ruleTester(rule, {
  valid: [
    { config, text: `---\nai: assisted\nreviewedBy: Ines\n---\n# Hi\n\nCopy.\n\n${LABEL}\n` },
    { config, text: `---\nai: generated\n---\nCopy.\n\n*Written with AI assistance and reviewed\nby the **Northwind Coffee** team.*\n` },
    { config, path: "social/post.md", text: "---\nai: assisted\n---\nNew roast!\n\n#HolidayBlend #AIassisted\n" },
    { config, text: "---\nai: none\n---\nCopy." },
    { config, text: "---\nai: partial\n---\nCopy." },
    { config, text: "Copy with no tag." },
    // Nothing to check against when no label is configured.
    { text: "---\nai: assisted\n---\nCopy." },
  ],
  invalid: [
    {
      config,
      path: "email/holiday-hours.md",
      text: "---\nchannel: email\nai: assisted\nreviewedBy: Ines Moreau\n---\n# Holiday hours\n\nSee you in January.\n\n<!-- Written with AI assistance and reviewed by the Northwind Coffee team. -->\n",
      findings: [{ text: "ai: assisted", line: 3, message: /does not show the disclosure label, "Written with AI/ }],
      output: `---\nchannel: email\nai: assisted\nreviewedBy: Ines Moreau\n---\n# Holiday hours\n\nSee you in January.\n\n<!-- Written with AI assistance and reviewed by the Northwind Coffee team. -->\n\n${LABEL}\n`,
    },
    {
      // The social channel's own label; the general label does not stand in for it.
      config,
      path: "social/post.md",
      text: `---\nai: generated\n---\nFlash sale.\n\n${LABEL}`,
      findings: [{ text: "ai: generated", message: /the "social" channel's label, "#AIassisted"/ }],
      output: `---\nai: generated\n---\nFlash sale.\n\n${LABEL}\n\n#AIassisted\n`,
    },
    {
      // Exact and case-sensitive; text in front matter, code and link targets is not visible.
      config,
      path: "social/post.md",
      text: "---\nai: assisted\nnote: \"#AIassisted\"\n---\nNew roast #aiassisted `#AIassisted` [bag](https://x.example/#AIassisted)\n",
      findings: [{ text: "ai: assisted" }],
      output: "---\nai: assisted\nnote: \"#AIassisted\"\n---\nNew roast #aiassisted `#AIassisted` [bag](https://x.example/#AIassisted)\n\n#AIassisted\n",
    },
    {
      // The document ends inside an unclosed code fence: an appended label would not show, so no fix.
      config,
      text: "---\nai: assisted\n---\nCopy.\n\n```\ncode\n",
      findings: [{ text: "ai: assisted" }],
    },
  ],
});
