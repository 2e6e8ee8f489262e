import rule from "../../../src/core/rules/disclosure/invalid.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "---\nai: none\n---\nCopy.",
    "---\nai: assisted\n---\nCopy.",
    "---\nai: generated # by the launch prompt\n---\nCopy.",
    "---\nchannel: ads\n---\nNo tag is disclosure/missing-tag's business.",
    "No front matter.",
  ],
  invalid: [
    {
      text: "---\nchannel: ads\nai: partial\nreviewedBy: Ines Moreau\n---\n# Display banners\n",
      findings: [{ text: "partial", line: 3, message: /`ai:` is "partial", which is not an AI-disclosure value.*`none`, `assisted`, `generated`/ }],
    },
    {
      text: "---\nai: Assisted  # note\n---\nCopy.",
      findings: [{ text: "Assisted", line: 2, message: /Write `assisted` in lower case/ }],
      output: "---\nai: assisted  # note\n---\nCopy.",
    },
    { text: "---\nai: true\n---\nCopy.", findings: [{ text: "true", message: /`ai:` is `true`/ }] },
    { text: "---\nai:\n---\nCopy.", findings: [{ text: "ai", message: /an empty value/ }] },
    { text: "---\nai: [assisted]\n---\nCopy.", findings: [{ text: "[assisted]" }] },
  ],
});
