import rule from "../../../src/core/rules/claims/comparative.js";
import { ruleTester } from "../../support/rule-tester.js";
import { register } from "./register.js";

const competitors = { brand: "Northwind Coffee", claims: { competitors: ["Brewly", "Bean Co"] } };

ruleTester(rule, {
  valid: [
    "# Espresso vs. drip: which should you buy?\n\nEspresso vs. drip is a question we hear every day.",
    "Latte vs. cappuccino. Hot versus iced.",
    "Store beans for no more than a month; water that is more than 96 °C scorches.",
    "Nothing beats a fresh cup. Beat the heat with iced coffee. The heart beats faster.",
    "Better than nothing, and better than you might think.",
    // An adjective and a noun before "than": only when the adjective compares an offer, and not against the past.
    "Lighter roasts than this need a finer grind. Lower prices than ever this weekend. More teams than last year.",
    { text: "Espresso vs. Drip", config: competitors },
    { text: "<!-- copydesk claim: CLM-03 -->\nIt tastes better than Brewly's nitro.", claims: register },
  ],
  invalid: [
    {
      text: "It tastes better than Brewly's nitro, and we'd put it next to any café pour.",
      findings: [{ text: "better than Brewly's nitro", message: /compares the brand.*legal must review/ }],
    },
    {
      // A noun between the comparison and "than": what is offered is compared.
      text: "Kestrel Build has lower fees than Brightwell. That's a better rate than most banks pay, with fewer steps than Acme.",
      findings: [{ text: "lower fees than Brightwell" }, { text: "better rate than most banks pay" }, { text: "fewer steps than Acme" }],
    },
    {
      text: "Pricing that's cheaper than the national chains at every volume tier.",
      findings: [{ text: "cheaper than the national chains" }],
    },
    {
      text: "Focus Blend beats Brewly's mushroom latte in our blind taste test. We beat any price.",
      findings: [{ text: "beats Brewly's mushroom latte" }, { text: "beat any price" }],
    },
    {
      text: "Northwind vs. Brewly: the taste test. Our nitro vs. Bean Co cold brew.",
      config: competitors,
      findings: [{ text: "vs. Brewly" }, { text: "vs. Bean Co" }],
    },
    {
      text: "Our cold brew versus brewly's: smoother than ever, and it outperforms the competition.",
      config: competitors,
      findings: [{ text: "versus brewly" }, { text: "smoother than ever" }, { text: "outperforms the competition" }],
    },
  ],
});
