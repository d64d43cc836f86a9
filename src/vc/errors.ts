import type { IrSpan as Span } from '../ir/types.js';

/** A construct the encoder does not handle: becomes an 'unsupported' diagnostic, never a pass. */
export class Unsupported extends Error {
  constructor(readonly what: string, readonly span: Span) {
    super(what);
  }
}
