/**
 * Exceptions of the emulator. A RuntimeError is a Rust panic of the emulated program
 * (overflow, failed assert, unwrap of None, ...); anything else escaping the interpreter
 * is an emulator bug and is reported as such, never as a pass.
 */
import type { Span } from '../syntax/span.js';
import type { Value } from './value.js';

export function where(span: Span | undefined): string {
  return span ? `${span.file}:${span.line}:${span.column}` : '<unknown>';
}

/** A panic of the emulated program. `message` already carries ' at FILE:LINE:COL'. */
export class RuntimeError extends Error {
  constructor(readonly what: string, readonly span?: Span) {
    super(span ? `${what} at ${where(span)}` : what);
    this.name = 'RuntimeError';
  }
}

/**
 * A specification that cannot be evaluated on concrete values (an unbounded
 * quantifier, a ghost variable, an uninterpreted function, ...). The assert or
 * requires clause that raised it is skipped and counted as unchecked.
 */
export class NotEvaluable extends Error {
  constructor(readonly reason: string) {
    super(`not evaluable: ${reason}`);
    this.name = 'NotEvaluable';
  }
}

/** Program constructs the emulator does not run (closures, traits, ...): a test failure, not a crash. */
export class Unsupported extends Error {
  constructor(readonly what: string, readonly span?: Span) {
    super(`not supported by the emulator: ${what}${span ? ` at ${where(span)}` : ''}`);
    this.name = 'Unsupported';
  }
}

// Control flow, unwound with exceptions to the enclosing loop or function.
export class BreakSignal { constructor(readonly label: string | undefined) {} }
export class ContinueSignal { constructor(readonly label: string | undefined) {} }
export class ReturnSignal { constructor(readonly value: Value) {} }

/**
 * Specifications share values with the exec state instead of copying them (see
 * Interpreter.read), so they must not write: Verus rejects such code anyway, and the
 * emulator counts it as not evaluable rather than corrupt the running program's state.
 */
export function forbidSpecMutation(spec: boolean): void {
  if (spec) throw new NotEvaluable('mutation in a specification');
}
