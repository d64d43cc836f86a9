/**
 * The contract between obligation generation (src/vc) and the solver backends (src/smt).
 *
 * A Query holds everything one function's check needs as self-contained SMT-LIB2 text:
 * only the declarations, axioms and callee specs that function reaches, so the text (and
 * its hash, the cache key) does not change when unrelated code changes.
 */
export interface Query {
  /** Qualified function name (for messages, scheduling, and the results' `units`). */
  id: string;
  /**
   * SMT-LIB2 commands: set-logic/options are added by the backend; this holds
   * declare-sort/declare-fun/define-fun/assert (axioms, hypotheses). No check-sat.
   */
  prelude: string;
  /** The obligations. Each must be valid (true in every model of the prelude). */
  goals: Goal[];
  /** Use bit-vector-only settings (for `by (bit_vector)` queries), etc. */
  logic?: 'ALL' | 'QF_BV' | 'QF_NIA';
  /** Per-query wall-clock timeout override. */
  timeoutMs?: number;
  /**
   * Z3's deterministic resource limit per check (`#[verifier::rlimit]`), in Z3 units; 0 lifts
   * it. Absent: no resource limit, only the wall-clock timeout.
   */
  rlimit?: number;
  /**
   * Functions the prelude declares and defines by axioms (the opaque arithmetic of
   * src/vc/opaque-arith.ts), with their closed-form definition: a script for another solver
   * (the cvc5 cross-check) may give each as a `define-fun` and leave out its axioms, which
   * hold of the definition, and so asks the same question without quantifiers.
   */
  definitions?: AxiomDefinedFunction[];
}

export interface AxiomDefinedFunction {
  /** The prelude's `declare-fun` line. */
  declare: string;
  /** The same function as a `define-fun` line. */
  define: string;
  /** The prelude's `(assert ...)` lines that give its meaning; each holds of `define`. */
  axioms: string[];
}

export interface Goal {
  /** Unique within the query; a valid SMT symbol. */
  label: string;
  /** A closed Bool term over the prelude's symbols; its validity is the obligation. */
  term: string;
  /**
   * What to show as a counterexample when the goal fails: display name
   * (`x`, `perm.cleared`) to an SMT term evaluated in the model.
   */
  cex: { name: string; term: string; sort: 'Int' | 'Bool' | 'BV' | 'other' }[];
}

export type GoalStatus = 'proved' | 'failed' | 'unknown' | 'timeout';

export interface GoalResult {
  label: string;
  status: GoalStatus;
  /** For failed goals: display name to value text. */
  model?: Record<string, string>;
  /** For unknown/timeout: the solver's reason-unknown. */
  reason?: string;
  /**
   * Added by the solver layer: true on an 'unknown' goal that was not examined because its
   * query already reported SolverOptions.maxFailures failures (Verus reports no error for
   * these). Such a goal is still not proved.
   */
  skipped?: boolean;
}

export interface QueryResult {
  id: string;
  goals: GoalResult[];
  /** Milliseconds inside the solver (check-sat and model queries). */
  solverMs: number;
  /** True when answered from the proof cache. */
  cached: boolean;
}

export interface SolverOptions {
  backend: 'wasm' | 'native';
  timeoutMs: number;
  /** How many failing goals to report per query before giving up on the rest (`--multiple-errors`). */
  maxFailures: number;
}
