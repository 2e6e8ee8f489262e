import rule from "../../../src/core/rules/disclosure/unreviewed.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "---\nai: assisted\nreviewedBy: Ines Moreau\n---\nCopy.",
    "---\nai: generated\nreviewedBy: [Ines Moreau, Kofi Mensah]\n---\nCopy.",
    "---\nai: none\n---\nCopy.",
    "---\nai: partial\n---\nCopy.",
    "No front matter at all.",
    "---\nai: assisted\nreviewedBy: [\n---\nBroken YAML is document/front-matter's finding.",
  ],
  invalid: [
    {
      text: "---\nchannel: email\nai: generated\n---\n# Meet Focus Blend\n",
      findings: [{ text: "ai: generated", line: 3, message: /`ai: generated` but it has no `reviewedBy:`.*reviewedBy: <their name>/ }],
    },
    {
      text: "---\nai: assisted\nreviewedBy: \"  \"\n---\nCopy.",
      findings: [{ text: 'reviewedBy: "  "', line: 3, message: /its `reviewedBy:` is empty/ }],
    },
    {
      text: "---\nai: assisted\nreviewedBy:\n---\nCopy.",
      findings: [{ text: "reviewedBy", line: 3 }],
    },
  ],
});
