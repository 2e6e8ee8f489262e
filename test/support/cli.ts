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
