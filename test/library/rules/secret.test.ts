import { strict as assert } from "node:assert";
import rule, { findSecrets } from "../../../src/core/library/rules/secret.js";
import { check, prompt } from "../support.js";

const shown = (text: string) => findSecrets(text).map((h) => text.slice(h.range[0], h.range[1]));

describe("library/secret", () => {
  it("finds real credential shapes", () => {
    const cases: [string, string][] = [
      ["Use key AKIAIOSFODNN7EXAMPLE for S3.", "AKIAIOSFODNN7EXAMPLE"],
      ["aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"],
      ["token ghp_1234567890abcdefghijklmnopqrstuvwxyzAB here", "ghp_1234567890abcdefghijklmnopqrstuvwxyzAB"],
      ["xoxb-123456789012-abcdefghijkl", "xoxb-123456789012-abcdefghijkl"],
      ["sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"],
      ["AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY", "AIzaSyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY"],
      ["OPENAI_API_KEY sk-proj-abc123def456ghi789jkl012mno345", "sk-proj-abc123def456ghi789jkl012mno345"],
      ["Authorization: Bearer eyJhbGciOiJIUzI1NiJ9abcdef123456", "eyJhbGciOiJIUzI1NiJ9abcdef123456"],
      ["-----BEGIN RSA PRIVATE KEY-----\nMIIE", "-----BEGIN RSA PRIVATE KEY-----"],
      ["-----BEGIN OPENSSH PRIVATE KEY-----", "-----BEGIN OPENSSH PRIVATE KEY-----"],
      ["Connect to postgres://admin:s3cretPass@db.acme.io/app", "s3cretPass"],
      ["password: Hunter2024!", "Hunter2024!"],
    ];
    for (const [text, secret] of cases) assert.deepEqual(shown(text), [secret], text);
  });

  it("stays quiet on ordinary prose and placeholders", () => {
    const prose = [
      "The bearer of this card gets 20% off. Passwords must be at least 12 characters.",
      "Reset your password: follow the link we sent.",
      "Use https://user:{{password}}@example.com or https://user:<password>@host for the demo.",
      "password: {{password}}; api_key: <your key>; secret: ********",
      "Scikit-learn (sk-learn) is a library. Skip the task-list.",
      "Our ID format is ACME-2026-000123 and the SKU is AKIA-LIKE.",
    ];
    for (const text of prose) assert.deepEqual(shown(text), [], text);
  });

  it("reports a credential anywhere in the prompt file", async () => {
    const text = prompt({ status: "draft", body: "Call the API with token ghp_1234567890abcdefghijklmnopqrstuvwxyzAB for {{audience}} {{product}}\n" });
    assert.deepEqual(await check({ "prompts/a.md": text }, { rules: [rule] }), { "prompts/a.md": [["library/secret", "ghp_1234567890abcdefghijklmnopqrstuvwxyzAB"]] });
  });
});
