/**
 * A crash while handling one file, crate or function: one `internal` error on that item,
 * so the rest of the run goes on and every other finding is still reported.
 */
import type { Span } from '../syntax/span.js';
import { diag, type Diagnostic } from './diagnostic.js';
import { isStackOverflow } from './stack-limit.js';

export function internalError(stage: string, err: unknown, span: Span, fn?: string): Diagnostic {
  const reason = isStackOverflow(err)
    ? 'code nested too deeply for proofgate (its stack ran out); split this expression or block'
    : (err instanceof Error ? err.message : String(err)).split('\n')[0];
  return diag('internal', `internal error while ${stage}: ${reason}`, span, fn ? { function: fn } : {});
}
