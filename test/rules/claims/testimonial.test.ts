import rule from "../../../src/core/rules/claims/testimonial.js";
import { ruleTester } from "../../support/rule-tester.js";

ruleTester(rule, {
  valid: [
    '> "The Sunrise Blend got me off café lattes for good."\n> — Dana K., Portland',
    '> "Smoothest cup in town. I\'m hooked."\n\n— Priya S., Seattle',
    '"Monday morning cupping is my favourite part of the job," Kofi says. "That\'s where we catch anything that\'s off."',
    '"We roast every bag to order," says founder Maya Chen.',
    'Maya Chen, our founder, says: "Every bag is roasted to order, and I love it."',
    'Brew Monthly called it "the smoothest cold brew in Portland."',
    'Click "Add to cart" to continue. Our guide "How to Brew the Perfect Cup" is out.',
    'Ask us "which roast is right for me?" at any café.',
    "## Regulars swear by it\n\nHere's what customers say:",
    "# What our customers say",
    '`"Best coffee ever"` in code, and <img alt="“I love it”">',
  ],
  invalid: [
    {
      text: "Our roast profile is lower in acid, and customers say it heals their morning heartburn.",
      findings: [{ text: "customers say", message: /endorsement without a named person.*Name the person/ }],
    },
    {
      text: "Customers say our Sunrise Blend is the smoothest morning coffee they've tried.",
      findings: [{ text: "Customers say" }],
    },
    {
      text: '> "Smoothest cup in town. I\'m hooked."\n>\n> — a happy customer\n\n"Love it!"',
      findings: [{ text: '"Smoothest cup in town. I\'m hooked."', line: 1 }, { text: '"Love it!"', line: 5 }],
    },
    {
      text: 'One customer wrote: "I\'m never going back to pods." Another told us, “best coffee I’ve had.”',
      findings: [{ text: '"I\'m never going back to pods."' }, { text: "“best coffee I’ve had.”" }],
    },
    {
      text: '"Great coffee, great people," says a customer from Denver.',
      findings: [{ text: '"Great coffee, great people,"' }],
    },
    {
      text: '> "Best coffee I\'ve had all year."\n> — Northwind Coffee customer',
      config: { brand: "Northwind Coffee" },
      findings: [{ text: '"Best coffee I\'ve had all year."' }],
    },
    {
      text: 'Our motto: "We roast what we love." Hikers say it\'s the best tent they own.',
      findings: [{ text: "Hikers say" }],
    },
    {
      text: 'A subscriber told us "my mornings have never been better."',
      findings: [{ text: 'A subscriber told us "my mornings have never been better."' }],
    },
  ],
});
