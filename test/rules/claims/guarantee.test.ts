import rule from "../../../src/core/rules/claims/guarantee.js";
import { ruleTester } from "../../support/rule-tester.js";
import { channels, register } from "./register.js";

ruleTester(rule, {
  valid: [
    "We can't guarantee delivery before Christmas, and we don't guarantee stock.",
    // `guaranteed returns` and `no risk` are financial claims only.
    "Earn guaranteed returns with no risk.",
    "If a bag isn't right, we'll replace it or refund you.",
    "Our warranty covers two years. A lifetime of good coffee.",
    "`100%` in code, [link](https://x.example/100%25-guarantee).",
    { text: "Like every bag, it's 100% Arabica.", claims: register },
    { text: "<!-- copydesk claim: CLM-04 -->\nSatisfaction guaranteed, or your money back.", claims: register },
  ],
  invalid: [
    {
      text: "It comes with a lifetime warranty.\n\n## You can try it risk-free\n\nThat's our money-back promise on every order.",
      findings: [{ text: "lifetime warranty", line: 1, message: /guarantee.*Legal must review/ }, { text: "risk-free", line: 3 }, { text: "money-back", line: 5 }],
    },
    {
      // 100% is a guarantee, never also a statistic.
      text: "Satisfaction guaranteed. 100% organic cotton. It never fails.",
      findings: [{ text: "guaranteed" }, { text: "100%" }, { text: "never fails" }],
    },
    {
      text: "Try it for 30 days with our money-back guarantee, or get your money back.",
      findings: [{ text: "money-back guarantee" }, { text: "your money back" }],
    },
    {
      // Out of its channels, an approved phrase is reported as its ordinary category.
      text: "Every bag is 100% Arabica.",
      path: "blog/post.md",
      config: channels,
      claims: [{ ...register[3]!, channels: ["email"] }],
      findings: [{ text: "100%" }],
    },
    {
      // Expired: claims/expired only.
      text: "Every bag is 100% Arabica, 100% of the time.",
      claims: [{ ...register[3]!, expires: "2026-01-01" }],
      findings: [{ text: "100%", message: /guarantee/ }],
    },
  ],
});
