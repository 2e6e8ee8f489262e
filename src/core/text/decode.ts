/** Decodes file bytes: UTF-8 (BOM kept as U+FEFF, which the document model skips) or, failing that, binary. */
export function decodeText(bytes: Uint8Array): { binary: true } | { binary: false; text: string; valid: boolean } {
  const head = bytes.subarray(0, 8000);
  if (head.includes(0)) return { binary: true };
  try {
    return { binary: false, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), valid: true };
  } catch {
    return { binary: false, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), valid: false };
  }
}
