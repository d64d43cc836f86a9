/**
 * Code nested deeper than the JS stack allows (a few hundred levels of parentheses or a
 * conjunction of a thousand terms) is a limit of ours, not a bug in the user's code:
 * say so plainly instead of "internal error: Maximum call stack size exceeded".
 */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

export const NESTED_TOO_DEEPLY = 'not supported: code nested too deeply for proofgate (its stack ran out); split this expression or block';
