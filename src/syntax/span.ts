/**
 * A region of one source file. Offsets are UTF-16 indices into the file text
 * (as JS strings index); lines and columns are 1-based, columns counted in
 * characters, `end`/`endLine`/`endColumn` exclusive of the last character+1
 * (rustc style: a one-character token at column 5 has endColumn 6).
 */
export interface Span {
  file: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Line-start table for converting offsets to positions. */
export class LineMap {
  private readonly starts: number[] = [0];
  constructor(readonly file: string, readonly text: string) {
    // indexOf scans far faster than a loop over characters (the driver maps every file).
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
  span(start: number, end: number): Span {
    const a = this.position(start);
    const b = this.position(end);
    return { file: this.file, start, end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
  lineText(line: number): string {
    const s = this.starts[line - 1];
    if (s === undefined) return '';
    const e = line < this.starts.length ? this.starts[line]! - 1 : this.text.length;
    return this.text.slice(s, e).replace(/\r$/, '');
  }
}

/** The smallest span covering both. */
export function joinSpans(a: Span, b: Span): Span {
  const first = a.start <= b.start ? a : b;
  const last = a.end >= b.end ? a : b;
  return { file: a.file, start: first.start, end: last.end, line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn };
}
