import rule from "../../../src/core/rules/claims/environmental.js";
import { ruleTester } from "../../support/rule-tester.js";
import { channels, register } from "./register.js";

ruleTester(rule, {
  valid: [
    "Look for the green can with the compass on it. Toss the pods in your green bin.",
    "## Green coffee, up close\n\nWe graded green coffee samples. Green coffee prices have risen.",
    "Available in forest green and navy.",
    "Our beans are naturally sweet. Natural light floods the café; try a natural-process Ethiopia.",
    "We pay well above the Fair Trade minimum.",
    { text: "Our coffee is sustainably sourced from 19 farms.", path: "web/about.md", config: channels, claims: register },
    { text: "Our single-serve compostable pods go in your green bin.", path: "social/post.md", config: channels, claims: register },
    { text: "<!-- copydesk claim: CLM-03 -->\nEach pod is home-compostable and fully biodegradable in about 12 weeks.", claims: register },
  ],
  invalid: [
    {
      text: "Our roastery has been carbon neutral since 2022. Made with all-natural ingredients. Our cans are recyclable.",
      findings: [{ text: "carbon neutral", message: /environmental claim.*Legal must review/ }, { text: "all-natural" }, { text: "recyclable" }],
    },
    {
      // CLM-01 is approved for landing pages and email only: on social it is an ordinary claim.
      text: "A box made from recycled cardboard, and the coffee inside is sustainably sourced.",
      path: "social/post.md",
      config: channels,
      claims: register,
      findings: [{ text: "recycled" }, { text: "sustainably sourced" }],
    },
    {
      text: "Go green with our eco-friendly, plastic-free packaging. Organic cotton, sustainable too.",
      findings: [{ text: "Go green" }, { text: "eco-friendly" }, { text: "plastic-free" }, { text: "Organic" }, { text: "sustainable" }],
    },
    {
      // Only the approved phrase is cleared: "home-compostable" is a claim of its own.
      text: "Our home-compostable pods. Green packaging, climate positive.",
      claims: register,
      findings: [{ text: "home-compostable" }, { text: "Green" }, { text: "climate positive" }],
    },
  ],
});
