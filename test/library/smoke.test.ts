import { strict as assert } from "node:assert";
import { check, prompt } from "./support.js";

describe("library smoke", () => {
  it("a valid approved prompt is clean", async () => {
    assert.deepEqual(await check({ "prompts/a.md": prompt() }), {});
  });
});
