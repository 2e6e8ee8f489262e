import { strict as assert } from "node:assert";
import { mkdtempSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeHost } from "../../src/cli/node-host.js";

describe("node host", () => {
  it("statMany gives each file's size and modification time, undefined for folders and missing files", async () => {
    const dir = mkdtempSync(join(tmpdir(), "copydesk-host-"));
    try {
      writeFileSync(join(dir, "a.md"), "héllo");
      mkdirSync(join(dir, "sub"));
      const stats = await nodeHost().statMany!([join(dir, "a.md"), join(dir, "sub"), join(dir, "gone.md")]);
      assert.deepEqual(stats, [{ size: 6, mtimeMs: statSync(join(dir, "a.md")).mtimeMs }, undefined, undefined]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
