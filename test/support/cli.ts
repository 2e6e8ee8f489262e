import { strict as assert } from "node:assert";
import { main } from "../../src/cli/main.js";

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `copydesk` in process, capturing its output; today's date is fixed so results are stable. */
export async function runCli(args: string[], cwd: string, today = "2026-11-22"): Promise<CliOutput> {
  let stdout = "";
  let stderr = "";
  const code = await main({ argv: args, cwd, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today });
  return { code, stdout, stderr };
}

/** One table row of a CLI test: run `args` in `cwd`, expect `exitCode`, then `check` the output. */
export interface CliCase {
  name: string;
  args: string[];
  cwd: string;
  exitCode: number;
  check?: (out: CliOutput) => void;
}

/** One mocha test per row (call inside a `describe`). */
export function cliCases(cases: readonly CliCase[]): void {
  for (const c of cases) {
    it(c.name, async () => {
      const out = await runCli(c.args, c.cwd);
      assert.equal(out.code, c.exitCode, `exit code; stdout: ${out.stdout}\nstderr: ${out.stderr}`);
      c.check?.(out);
    });
  }
}
