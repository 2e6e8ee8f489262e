import rule from "../../../src/core/rules/document/front-matter.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "---\nchannel: email\nai: assisted\n---\n# Hi",
    "---\n---\nEmpty front matter is fine.",
    "---\n# only a comment\n---\nFine.",
    "No front matter.",
    "Text first.\n\n---\n\nA thematic break is not front matter.",
  ],
  invalid: [
    {
      text: "---\ntitle: Launch: day one\n---\nCopy.",
      findings: [{ text: "Launch", line: 2, message: /not valid YAML.*cannot read this document's metadata/ }],
    },
    {
      text: "---\n- email\n- social\n---\nCopy.",
      findings: [{ text: "- email\n- social", line: 2, message: /must be a YAML mapping/ }],
    },
    {
      text: "---\nchannel: email\nai: assisted\n\n# Hello\n",
      findings: [{ text: "---", line: 1, message: /never closed/ }],
    },
    {
      text: "---\nai: assisted\nai: none\n---\nCopy.",
      findings: [{ text: "ai", line: 3, message: /not valid YAML/ }],
    },
  ],
});
