/**
 * A deterministic, realistic corpus of marketing copy for benchmarks: Markdown documents with
 * front matter, headings, lists, links, code and the kinds of claims and tone problems real
 * drafts have. The same seed always gives the same text.
 */
const SENTENCES = [
  "Our new platform helps marketing teams ship campaigns faster, with fewer review cycles.",
  "It was designed by a team that has shipped hundreds of launches for brands of every size.",
  "The results are very impressive, and many customers say it is the best tool they have used.",
  "There are several ways to get started, and each one takes only a few minutes.",
  "So you can focus on the work that matters instead of chasing approvals.",
  "At the end of the day, the quality of your copy is what your audience remembers.",
  "Our award-winning support team is available around the clock to answer your questions.",
  "With our cold brew subscription, you save 15% on every order and shipping is free on orders over $50.",
  "The report was reviewed by the legal team before it was published.",
  "Teams that switched cut their review time by up to 40% in the first quarter.",
  "We believe that clear, honest copy builds trust that lasts longer than any headline.",
  "Read the guide to learn how the approval workflow fits into your existing process.",
  "It is important to note that the pricing page was updated last week.",
  "Every plan includes unlimited seats, single sign-on, and a dedicated onboarding call.",
  "The the new dashboard shows each campaign's status at a glance.",
  "Our roasters source beans directly from farms in Colombia, Ethiopia and Guatemala.",
  "In order to make the most of your trial, invite your whole team on day one.",
  "This is a game changer for busy teams who need to move quickly and stay on brand.",
  "Customers who use the mobile app are 3x more likely to reorder within a month.",
  "Simply connect your repository, choose a channel, and publish your first campaign.",
];

const HEADINGS = ["Why teams choose us", "How it works", "What customers say", "Pricing that scales", "Get started today", "Frequently asked questions"];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** One Markdown document of about `words` words. */
export function makeDocument(seed: number, words: number): string {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const parts = [`---\nchannel: ${pick(["email", "landing-page", "blog", "social"])}\nai: assisted\nreviewedBy: Sam Lee\n---\n`, `# ${pick(HEADINGS)}\n`];
  let count = 0;
  while (count < words) {
    const kind = next();
    if (kind < 0.12) parts.push(`## ${pick(HEADINGS)}\n`);
    else if (kind < 0.22) {
      const items = Array.from({ length: 3 }, () => `- ${pick(SENTENCES)}`).join("\n");
      parts.push(`${items}\n`);
      count += 45;
    } else if (kind < 0.26) parts.push("```bash\nnpm install --save our-best-product\n```\n");
    else {
      const n = 2 + Math.floor(next() * 4);
      const sentences = Array.from({ length: n }, () => pick(SENTENCES));
      if (next() < 0.3) sentences.push(`[Book a demo](https://example.com/demo?utm_source=newsletter&utm_medium=email&utm_campaign=q${Math.floor(next() * 4) + 1}) or see \`pricing.md\`.`);
      const text = sentences.join(" ");
      count += text.split(/\s+/).length;
      parts.push(`${text}\n`);
    }
  }
  return parts.join("\n");
}

/** Documents totalling at least `bytes` bytes. */
export function makeCorpus(bytes: number, wordsPerDocument = 800): string[] {
  const docs: string[] = [];
  let total = 0;
  for (let seed = 1; total < bytes; seed++) {
    const doc = makeDocument(seed, wordsPerDocument);
    docs.push(doc);
    total += Buffer.byteLength(doc);
  }
  return docs;
}
