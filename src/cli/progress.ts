/**
 * The progress line on a terminal, as cargo draws it: `Verifying 12/40 functions (3.2s)`,
 * redrawn in place on stderr at most every 100 ms and erased when the run ends. Nothing at
 * all when stderr is not a terminal (CI logs, pipes).
 */
export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

const REDRAW_MS = 100;
const ERASE = '\r\x1b[2K';

export class ProgressLine {
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly started: number;

  constructor(private readonly sink: ProgressSink, private readonly now: () => number = () => performance.now()) {
    this.started = now();
  }

  get active(): boolean {
    return this.sink.isTTY === true;
  }

  update(done: number, total: number): void {
    if (!this.active) return;
    const t = this.now();
    if (t - this.lastDraw < REDRAW_MS && done < total) return;
    this.lastDraw = t;
    this.drawn = true;
    this.sink.write(`${ERASE}   Verifying ${done}/${total} functions (${((t - this.started) / 1000).toFixed(1)}s)`);
  }

  /** Erases the line, so the results print on a clean line. */
  finish(): void {
    if (this.drawn) this.sink.write(ERASE);
    this.drawn = false;
  }
}
