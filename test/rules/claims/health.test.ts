import rule from "../../../src/core/rules/claims/health.js";
import { ruleTester } from "../../support/rule-tester.js";
import { register } from "./register.js";

ruleTester(rule, {
  valid: [
    "Treat someone to a month of fresh coffee. A summer treat that takes two minutes. Think of it as your afternoon treat.",
    "A burr grinder gives an even grind, which helps prevent over-extraction and bitterness. Our lids prevent leaks.",
    "Chaga is rich in antioxidants. It tastes like a classic medium roast.",
    "Sugar-free, dairy-free and gluten-free. Cured ham on the side.",
    "Take a digital detox weekend with us.",
    { text: "<!-- copydesk claim: CLM-03 -->\nFocus Blend is clinically proven to sharpen concentration.", claims: register },
    "<!-- copydesk-disable-next-line claims/health -- approved in REG-2026-17 -->\nLion's mane has been studied for supporting focus and memory.",
  ],
  invalid: [
    {
      text: "Focus Blend is clinically proven to sharpen concentration, and it's doctor recommended for a calmer afternoon.",
      findings: [{ text: "clinically proven", message: /health claim.*Regulatory and legal must review/ }, { text: "doctor recommended" }],
    },
    {
      text: "Lion's mane boosts immunity, and chaga is packed with antioxidants that fight inflammation.",
      findings: [{ text: "boosts immunity" }, { text: "fight inflammation" }],
    },
    {
      text: "**Headline:** The coffee that cures the afternoon slump\n\n**Description:** Boosts your metabolism with every cup.",
      findings: [{ text: "cures", line: 1 }, { text: "Boosts your metabolism", line: 3 }],
    },
    {
      text: "Chaga antioxidants detox your body. Customers say it heals their morning heartburn.",
      findings: [{ text: "detox" }, { text: "heals" }],
    },
    {
      text: "Treats acne, soothes eczema and prevents breakouts. Supports healthy digestion.",
      findings: [{ text: "Treats acne" }, { text: "soothes eczema" }, { text: "prevents breakouts" }, { text: "Supports healthy digestion" }],
    },
    {
      // The reference names no register entry, so the claim stays.
      text: "<!-- copydesk claim: NW-07 -->\nThe coffee that cures the afternoon slump.",
      claims: register,
      findings: [{ text: "cures", line: 2 }],
    },
  ],
});
