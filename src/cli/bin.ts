import { VERSION } from "./version.js";

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "-v" || argv[0] === "--version")) {
  // Answered before the commands load: evaluating them (rules, phrase lists, zod schemas) would
  // take longer than everything else `--version` does.
  process.stdout.write(`${VERSION}\n`);
} else {
  // In the bundle, main and everything it imports is initialised here, on first use.
  const color = process.env.NO_COLOR === undefined && (process.env.FORCE_COLOR !== undefined || Boolean(process.stdout.isTTY));
  import("./main.js").then(({ main }) => main({
    argv,
    cwd: process.cwd(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color,
  })).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`copydesk: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
