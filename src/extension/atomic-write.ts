import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Writes a file whole or not at all: into a temporary file beside it (named after this process and
 * a random suffix, so two windows never share one), then renamed over it. A crash or a failed write
 * leaves the previous file, or none; the temporary file is removed when the write fails.
 */
export async function writeFileAtomically(file: string, data: string | Uint8Array): Promise<void> {
  const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(partial, data);
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true }).catch(() => undefined);
    throw error;
  }
}
