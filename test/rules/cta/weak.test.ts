import rule from "../../../src/core/rules/cta/weak.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "[Read the brewing guide](https://x.example/guide) and [Shop the sale](https://x.example/sale).",
    "Click here to read more about it: https://x.example/more",
    "Read more in [our class schedule](https://x.example/events).",
    "![here](here.png)",
    "<!-- [click here](https://x.example) -->",
    "`[here](https://x.example)`",
  ],
  invalid: [
    {
      text: "Our next class is on the events page; [click here](https://x.example/events) for dates.",
      findings: [{ text: "click here", line: 1, message: /"click here" does not say where it leads/ }],
    },
    {
      text: "The guide is ready. [Read more…](https://x.example/a)\n\nThe policy is [**here**](https://x.example/b).\n\n<a href=\"https://x.example/c\">HERE</a>",
      findings: [{ text: "Read more…", line: 1 }, { text: "**here**", line: 3 }, { text: "HERE", line: 5 }],
    },
    {
      text: "[Learn more](https://x.example/a) or [here](https://x.example/b)",
      config: { rules: { "cta/weak": { texts: ["learn more"] } } },
      findings: [{ text: "Learn more" }],
    },
  ],
});
