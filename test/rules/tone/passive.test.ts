import rule from "../../../src/core/rules/tone/passive.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    "We roast the beans every Monday.",
    "The team is indeed ready.",
    "It is hot. They were happy.",
    "Run `it was built` now.\n\n```\nthe file was deleted\n```\n",
    "See [the page](https://x.example/was-built) and <span title=\"was shipped\">this</span>.",
    "---\nnote: it was written\n---\nHello there.",
    "<!-- it was removed --> Fresh today.",
  ],
  invalid: [
    { text: "The beans are roasted on Monday.", findings: [{ text: "are roasted", message: /may be passive voice.*Name who does it/ }] },
    { text: "It was built by hand and WAS SHIPPED fast.", findings: [{ text: "was built" }, { text: "WAS SHIPPED" }] },
    { text: "# Our story was written\n\n- Orders are\n  packed daily.", findings: [{ text: "was written", line: 1 }, { text: "are\n  packed", line: 3 }] },
    { text: "| Step | Note |\n| --- | --- |\n| one | is done |\n", findings: [{ text: "is done" }] },
    { text: "It was been used.", findings: [{ text: "was been" }] },
  ],
});
