import rule from "../../../src/core/rules/claims/financial.js";
import { ruleTester } from "../../support/rule-tester.js";
import { register } from "./register.js";

ruleTester(rule, {
  valid: [
    "Free returns within 30 days on unopened equipment. Our Holiday Blend returns on November 24.",
    "Join the affiliate program: earn a commission on every order from your link. Get paid for it.",
    "Give a friend $10 off their first bag, and get a $10 credit. There's no limit.",
    "There's no risk of over-extraction with a coarse grind.",
    "You can try it risk-free.",
    // "ROI" naming a tool or document makes no claim.
    "[Try the ROI calculator](https://x.example/roi), or download our ROI worksheet.",
    { text: "<!-- copydesk claim: CLM-03 -->\nTurn it into passive income.", claims: register },
  ],
  invalid: [
    {
      text: "A few keen referrers have turned it into passive income, with no risk and nothing to pay upfront.",
      findings: [{ text: "passive income", message: /financial claim.*Legal must review/ }, { text: "no risk" }],
    },
    {
      text: "Customers saw a 312% ROI over three years.",
      findings: [{ text: "ROI" }],
    },
    {
      text: "Earn a commission on every order, and double your money when your followers subscribe.",
      findings: [{ text: "double your money" }],
    },
    {
      text: "Guaranteed returns, high returns on investment, and earn $500 a month from home.",
      findings: [{ text: "Guaranteed returns" }, { text: "high returns on investment" }, { text: "earn $500 a month" }],
    },
  ],
});
