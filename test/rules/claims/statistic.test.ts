import rule from "../../../src/core/rules/claims/statistic.js";
import { ruleTester } from "../../support/rule-tester.js";
import { register } from "./register.js";

ruleTester(rule, {
  valid: [
    "**300x250:** Nitro Cold Brew. **728x90:** Steeped 18 hours.",
    "Start with a 1:16 ratio, 20 g of coffee to 320 g of water, at 93–96 °C.",
    "From January 5, the price moves from $16 to $17.50. Give a friend $10 off.",
    "Call 1-800-555-0199, 9 a.m.–1 p.m. We roast 4,000 kg a month for 40 cafés and 19 farms.",
    "Version 2.0 ships in 2026. Pick one of five grinds; it keeps for two weeks.",
    "If you drink milk drinks, save up for espresso. Save your spot.",
    "Save about it later; we save around the clock. Save nearly everything to the cloud.",
    "Our brew app stores this as `target_yield: 18-22%`.",
    "Every bag is 100% Arabica.",
    "Open 7 in the morning; 12 in stock.",
    { text: "<!-- copydesk claim: CLM-03 -->\n4 out of 5 baristas agree.", claims: register },
  ],
  invalid: [
    {
      text: "Nitro Cold Brew. 2x the caffeine, none of the bitterness. It has 3× more.",
      findings: [{ text: "2x", message: /statistic.*source/ }, { text: "3×" }],
    },
    {
      text: "Use code PODCAST for 20% off. Subscribers save 15% on every bag. Flash sale: up to 25% off.",
      findings: [{ text: "20% off" }, { text: "save 15%" }, { text: "up to 25% off" }],
    },
    {
      text: "4 out of 5 baristas agree. 9 in 10 dermatologists recommend it. Rated 4.8 out of 5.",
      findings: [{ text: "4 out of 5" }, { text: "9 in 10" }, { text: "4.8 out of 5" }],
    },
    {
      text: "Save 10 hours a week. Save $200 a year. Up to 40 hours of battery. Twice as fast, 10 times more reliable.",
      findings: [{ text: "Save 10 hours" }, { text: "Save $200" }, { text: "Up to 40 hours" }, { text: "Twice as" }, { text: "10 times more" }],
    },
    {
      // A qualifier between "save" and the figure.
      text: "Teams that switch save an average of 6 hours a week. Members save about $120 a year, and nearly two hours.",
      findings: [{ text: "save an average of 6 hours" }, { text: "save about $120" }],
    },
    {
      text: "We paid 62% above the Fair Trade minimum, and 2.5 percent more again.",
      findings: [{ text: "62%" }, { text: "2.5 percent more" }],
    },
    {
      // claims/expired replaces the statistic inside the expired phrase.
      text: "Enjoy up to 3x faster brewing, and up to 2x the flavour.",
      claims: register,
      findings: [{ text: "up to 2x" }],
    },
    {
      text: "<!-- copydesk-disable-next-line tone -- title case -->\n4 out of 5 baristas agree.",
      findings: [{ text: "4 out of 5", line: 2 }],
    },
  ],
});
