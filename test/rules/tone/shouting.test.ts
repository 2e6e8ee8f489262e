import rule from "../../../src/core/rules/tone/shouting.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "Our API, SDK and FAQ pages are live in the USA and UK.",
    "Read the PDF, check the URL, and ask our CEO about B2B, COVID-19 and 4K.",
    "A is for apple; OK, we go. Chapter XIV and Louis XVI.",
    "Run `SELECT FROM` and <span class=\"NOW\">x</span>, see [docs](https://x.example/SHOUT).",
    "<!-- DO NOT EDIT --> calm",
    "---\ntitle: BIG NEWS\n---\nCalm.",
    { text: "Visit NWC today.", config: { rules: { "tone/shouting": { acronyms: ["nwc"] } } } },
  ],
  invalid: [
    { text: "ACT NOW and get FREE shipping.", findings: [{ text: "ACT NOW", message: /“ACT NOW” is in all capitals.*acronyms option/ }, { text: "FREE" }] },
    { text: "# OUR STORY\n\nWe DON'T stop. E-COMMERCE, yes.", findings: [{ text: "OUR STORY", line: 1 }, { text: "DON'T", line: 3 }, { text: "E-COMMERCE", line: 3 }] },
    { text: "Visit NWC today.", findings: [{ text: "NWC" }] },
  ],
});
