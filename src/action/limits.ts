/**
 * GitHub's size limits on what the Action writes, and cutting text to fit them. A review
 * body or review comment body may hold 65,536 characters (more is refused with 422
 * Validation Failed); a step's job summary 1 MiB (a larger GITHUB_STEP_SUMMARY is not
 * uploaded at all). Text is measured so that a fit here fits there whatever GitHub counts.
 */

/** GitHub's limit on a review body and a review comment body, in characters. */
export const BODY_LIMIT = 65_536;

/** GitHub's limit on one step's job summary, in bytes. */
export const STEP_SUMMARY_LIMIT = 1024 * 1024;

/**
 * The size of `text` against either limit: its UTF-8 bytes (never fewer than its characters,
 * counted as code points or UTF-16 units) plus one per newline, in case it is stored as CRLF.
 */
export function textSize(text: string): number {
  let newlines = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++;
  return Buffer.byteLength(text, 'utf8') + newlines;
}

/** What clip() left of a text: `text` ends with `…` when `cut` characters were cut off. */
export interface Clipped {
  text: string;
  cut: number;
}

/** The longest start of `text` (whole code points) that, with a trailing `…`, has at most `max` size. */
export function clip(text: string, max: number): Clipped {
  if (textSize(text) <= max) return { text, cut: 0 };
  const points = Array.from(text);
  let size = textSize('…');
  let kept = 0;
  while (kept < points.length) {
    const next = textSize(points[kept]!);
    if (size + next > max) break;
    size += next;
    kept++;
  }
  return { text: `${points.slice(0, kept).join('')}…`, cut: points.length - kept };
}

/** `text` clipped to `max` (see clip), for when only the text matters. */
export function clipped(text: string, max: number): string {
  return clip(text, max).text;
}

/**
 * The items that fit in `budget`, in order, each costing `sizeOf(item)`: stops at the first
 * that does not fit, so what is kept is always a prefix (the most important first).
 */
export function fittingPrefix<T>(items: T[], budget: number, sizeOf: (item: T) => number): T[] {
  let used = 0;
  let n = 0;
  for (const item of items) {
    const size = sizeOf(item);
    if (used + size > budget) break;
    used += size;
    n++;
  }
  return items.slice(0, n);
}
