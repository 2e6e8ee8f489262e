/**
 * Converts between 0-based UTF-16 offsets (the only position convention inside core)
 * and line/column positions at the edges. Lines end at "\n"; a "\r" before it belongs
 * to the line ending, so CRLF and LF files report the same columns.
 */
export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based column in UTF-16 code units. */
  character: number;
}

export class LineIndex {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    const starts = [0];
    let i = text.indexOf("\n");
    while (i !== -1) {
      starts.push(i + 1);
      i = text.indexOf("\n", i + 1);
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line containing the offset. */
  lineAt(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    return { line, character: clamped - this.starts[line]! };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const start = this.starts[position.line]!;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  lineStart(line: number): number {
    return this.starts[Math.max(0, Math.min(line, this.starts.length - 1))]!;
  }

  /** Offset of the end of the line's content, before "\r\n" or "\n". */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1]! - 1 : this.text.length;
    return next > this.lineStart(line) && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }

  /** The line's text without its line ending. */
  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

/** A half-open range [start, end) of UTF-16 offsets into the original text. */
export type Range = readonly [number, number];
