/**
 * One short help line and a documentation link per diagnostic kind: the human rendering's
 * `= help:` line, SARIF's rule help, and docs/diagnostics.md (one section per kind, whose
 * anchors the links point at) all come from this table.
 */
import type { DiagnosticKind } from './diagnostic.js';

export const DOCS_BASE = 'https://github.com/proofgate/proofgate/blob/v0/docs/diagnostics.md';

export interface KindHelp {
  /** A few words naming the check (SARIF's rule short description). */
  title: string;
  /** What to do about it, in one line. */
  help: string;
}

export const KIND_HELP: Readonly<Record<DiagnosticKind, KindHelp>> = {
  precondition: { title: 'Call precondition', help: "establish the callee's `requires` before the call (an `assert`, or a `requires` of the caller's own that implies it)" },
  postcondition: { title: 'Postcondition', help: 'every path out of the function must establish this `ensures`: strengthen the `requires`, or prove it on each path with `assert`s or lemma calls' },
  assertion: { title: 'Assertion', help: 'the counterexample gives values for which the `assert` is false: add the fact that rules them out to a `requires` or an invariant, or prove it first' },
  'invariant-entry': { title: 'Loop invariant on entry', help: 'the invariant must hold before the first iteration: initialise the variables it mentions, or weaken it' },
  'invariant-end': { title: 'Loop invariant preserved', help: 'the loop body must re-establish the invariant at the end of each iteration; facts from before the loop are only known through the invariant' },
  'invariant-break': { title: 'Loop invariant at exit', help: 'the invariant (or `ensures` of the loop) must hold at each `break`; prove it before breaking' },
  decreases: { title: 'Decreases', help: 'the `decreases` measure must shrink on every iteration or recursive call and stay bounded below (e.g. `n - i` with `i <= n` in the invariant)' },
  termination: { title: 'Termination', help: 'recursion must stop: give the function a `decreases` clause that every recursive call makes smaller' },
  overflow: { title: 'Arithmetic overflow', help: "bound the operands with a `requires` or an invariant so the result fits the type, or use wrapping or checked arithmetic" },
  division: { title: 'Division by zero', help: 'prove the divisor non-zero (a `requires` or an `assert` before the division)' },
  shift: { title: 'Shift amount', help: 'the shift amount must be below the bit width of the type: bound it with a `requires` or an `assert`' },
  index: { title: 'Index in bounds', help: 'prove the index below the length (`i < v.len()`) before indexing' },
  truncation: { title: 'Cast loses value', help: 'the value may not fit the type cast to, so `as` would cut it (or change its sign): bound it first, mask it (`x & 0xff`) if cutting is meant, or use `try_from`' },
  'type-invariant': { title: 'Type invariant', help: "a value built or changed here must satisfy its type's `#[verifier::type_invariant]` function" },
  timeout: { title: 'Solver gave up', help: 'this is not a proof: split the function, add intermediate `assert`s or lemmas, or raise --timeout-ms' },
  disagreement: { title: 'Solvers disagree', help: 'z3 and cvc5 (--cross-check) decided this goal differently, so neither answer is trusted: report it with the --dump-smt query' },
  syntax: { title: 'Syntax', help: 'the file must parse as Rust with Verus notation; the message says what was expected' },
  type: { title: 'Types and names', help: 'rustc would reject this too: fix the name or the type the message points at' },
  mode: { title: 'Modes (spec, proof, exec)', help: 'spec, proof and exec code mix only as Verus allows: exec code cannot use ghost values, spec code cannot call exec functions' },
  positivity: { title: 'Recursive datatype', help: 'a datatype may contain itself only in positive positions (not as a `spec_fn` argument, a `Set` element or a `Map` key): Verus rejects it, as it would let a proof derive `false`' },
  unsupported: { title: 'Not supported', help: 'Proofgate cannot check this construct, so it refuses rather than pass it unproved; rewrite it or report it' },
  internal: { title: 'Proofgate failed here', help: 'Proofgate crashed or ran out of stack on this file or function; nothing here was checked, the rest of the run went on: please report it with the file' },
  'verifier-output': { title: 'Verifier output not understood', help: "a line of the verifier's output could not be read, so it is reported rather than dropped: look at the verifier's log" },
};

/** The documentation link of a kind (an anchor of docs/diagnostics.md). */
export function kindUrl(kind: DiagnosticKind): string {
  return `${DOCS_BASE}#${kind}`;
}
