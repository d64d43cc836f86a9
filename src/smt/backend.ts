/**
 * One interface over the two ways of running Z3: a long-lived native `z3 -in` process
 * (native-backend.ts) and z3-solver's WASM build (wasm-backend.ts). Both speak SMT-LIB
 * text, so the labelled-goal logic (check-goals.ts) is written once against this.
 */
export interface SmtBackend {
  /** For reports and the cache key, e.g. `z3 4.8.12 (native)` or `z3 5.1.0 (wasm)`. */
  readonly solverName: string;
  /**
   * Runs SMT-LIB commands in the session and returns everything the solver printed for
   * them. `guardMs` bounds the wall-clock wait: past it the backend interrupts or restarts
   * the solver and rejects with SolverTimeoutError (Z3's own `:timeout` should fire first).
   */
  send(commands: string, guardMs?: number): Promise<string>;
  /** Ends the session; the backend must not keep the process alive afterwards. */
  close(): Promise<void>;
}

export type BackendKind = 'wasm' | 'native';

/** A reply, with the time the solver spent on it (not counting time queued behind others). */
export interface TimedReply {
  out: string;
  ms: number;
}

/** The solver did not answer within the wall-clock guard. */
export class SolverTimeoutError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SolverTimeoutError';
  }
}

/** The solver process or instance died (crash, heap abort); the session was restarted or must be. */
export class SolverCrashError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SolverCrashError';
  }
}

/**
 * How long to wait for a reply before forcing an end. Z3's own `:timeout` should answer
 * first, but Debian's 4.8.12 deadlocks when it fires inside nlsat (measured: no reply, no CPU).
 */
export function guardFor(timeoutMs: number): number {
  return Math.round(timeoutMs * 1.2) + 1000;
}
