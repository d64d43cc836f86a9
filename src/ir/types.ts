/**
 * The typed core IR: what a function means, with Rust and Verus semantics already decided.
 *
 * Built from the checked tree by lower.ts (the one place where the language's semantics are
 * decided); read by the value analysis (src/analyze) and, in a follow-up, by the verifier
 * (src/vc). Consumers import this file and never src/syntax.
 *
 * Decisions encoded here, so no consumer re-decides them:
 *  - Expressions are pure and typed. Arithmetic is mathematical on integers; a machine result
 *    type means the lowering has put an explicit `check` (overflow, division, shift) before the
 *    expression in exec code. Division says its rounding (`trunc` for machine ints in exec
 *    code, `euclid` in spec code). Every change of integer kind is an explicit `cast`.
 *  - Shared references, Box, Ghost and Tracked are transparent (value semantics); a `&mut`
 *    argument is a place the call writes. Auto-deref is explicit (`deref`), method calls are
 *    resolved to qualified names.
 *  - `old(x)` is the entry version of a parameter; `final(x)` is the current version.
 *  - Exec effects are statements: calls, checks, branches (if and match, desugared), loops.
 *  - `for` loops are lowered to a loop over a hidden `int` counter; consts to their values.
 */
import type { IntKind, Type } from '../check/types.js';
import type { DiagnosticKind } from '../report/diagnostic.js';

export type { IntKind, Type };

/** A source region (the IR's own type; structurally the same as the parser's). */
export interface IrSpan {
  file: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export type FnMode = 'exec' | 'proof' | 'spec';
export type LocalMode = 'exec' | 'ghost' | 'tracked';

export interface IrLocal {
  id: number;
  name: string;
  ty: Type;
  mode: LocalMode;
  /** param: a parameter; let: a binding; temp: made by the lowering; ret: the named return. */
  origin: 'param' | 'let' | 'temp' | 'ret' | 'binder';
  /**
   * An exec value (an exec parameter of an exec fn, an exec `let`, what an exec callee
   * returns): only these may be assumed to meet their type invariants, since only exec
   * constructions are checked (docs/semantics.md, "Type invariants").
   */
  execValue?: true;
}

// ---------------------------------------------------------------------------- expressions

export type ArithOp = 'add' | 'sub' | 'mul' | 'div' | 'rem' | 'bitand' | 'bitor' | 'bitxor' | 'shl' | 'shr';
export type CmpOp = 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'ext_eq';
export type LogicOp = 'and' | 'or' | 'implies' | 'iff' | 'xor';

/** Which version of a local a read means. */
export type Version = 'now' | 'old';

interface ExprBase { ty: Type; span: IrSpan }

export type IrExpr =
  | ExprBase & { k: 'int'; value: bigint }
  | ExprBase & { k: 'bool'; value: boolean }
  | ExprBase & { k: 'var'; id: number; name: string; at: Version }
  /** Mathematical arithmetic; `rounding` only for div/rem. Bitwise ops are at the kind of `ty`. */
  | ExprBase & { k: 'arith'; op: ArithOp; left: IrExpr; right: IrExpr; rounding?: 'trunc' | 'euclid' }
  | ExprBase & { k: 'neg'; arg: IrExpr }
  | ExprBase & { k: 'bitnot'; arg: IrExpr }
  | ExprBase & { k: 'not'; arg: IrExpr }
  /** `deep`: `=~~=` (extensional equality inside elements too). */
  | ExprBase & { k: 'cmp'; op: CmpOp; left: IrExpr; right: IrExpr; deep?: true }
  /**
   * `chain`: a link of a comparison chain `a <= b < c` (one conjunction of its comparisons, no short-circuit).
   * `flat`: the links of one n-ary conjunction or disjunction (a pattern's condition) share this number.
   */
  | ExprBase & { k: 'logic'; op: LogicOp; left: IrExpr; right: IrExpr; chain?: true; flat?: number }
  /**
   * A change of type. `wrap`: to a machine kind, by truncation (`as`); `clamp_nat`: to nat,
   * negative becomes 0; `widen`: the value is kept (target contains the source);
   * `bool_to_int`, `char_to_int`; `param_to_int`: a value of a type parameter bounded by
   * Verus's `Integer` as the integer it is (src/check/integer-bound.ts).
   */
  | ExprBase & { k: 'cast'; arg: IrExpr; from: Type; how: 'wrap' | 'clamp_nat' | 'widen' | 'bool_to_int' | 'char_to_int' | 'param_to_int'; explicit: boolean }
  | ExprBase & { k: 'deref'; arg: IrExpr }
  | ExprBase & { k: 'field'; base: IrExpr; name: string; variant?: string }
  /** Pure element read (the bounds check, if any, is a separate `check`). */
  | ExprBase & { k: 'index'; base: IrExpr; index: IrExpr }
  /** A spec fn applied (exec/proof fns are `call` statements). */
  | ExprBase & { k: 'spec_call'; fn: string; typeArgs: Type[]; args: IrExpr[] }
  /** A prelude operation with built-in meaning, e.g. 'Seq::len', 'Vec::len', 'Option::is_some'. */
  | ExprBase & { k: 'builtin'; name: string; args: IrExpr[] }
  /** A struct, enum variant or tuple value. `adt` is the qualified name; '' for tuples. */
  | ExprBase & { k: 'ctor'; adt: string; variant?: string; fields: { name: string; value: IrExpr }[] }
  /** `base` with some fields replaced (`S { a, ..base }`). */
  | ExprBase & { k: 'update'; base: IrExpr; fields: { name: string; value: IrExpr }[] }
  | ExprBase & { k: 'seq_lit'; elems: IrExpr[] }
  | ExprBase & { k: 'is_variant'; arg: IrExpr; variant: string }
  | ExprBase & { k: 'ite'; cond: IrExpr; then: IrExpr; else: IrExpr }
  | ExprBase & { k: 'let'; binder: IrLocal; value: IrExpr; body: IrExpr }
  | ExprBase & { k: 'quant'; quant: 'forall' | 'exists' | 'choose'; binders: IrLocal[]; triggers: IrExpr[][]; auto: boolean; body: IrExpr }
  /**
   * A spec closure `|params| body`, a value of type `spec_fn(..) -> R` (`ty`, a `FnSpec`).
   * The locals it reads besides its parameters are captured: their values where it is made.
   */
  | ExprBase & { k: 'lambda'; params: IrLocal[]; body: IrExpr }
  /** A `spec_fn` value applied to arguments (`f(x)`). */
  | ExprBase & { k: 'apply'; fn: IrExpr; args: IrExpr[] }
  /** A named prelude constant already evaluated is an `int`; this is for uninterpreted values. */
  | ExprBase & {
    k: 'arbitrary';
    /**
     * `eq`: the result of `==` on a type whose `eq` is unknown; `bound`: a std trait's member
     * reached through a type parameter's bound (`T::clone`), a value of its type and no more.
     */
    of?: 'eq' | 'bound';
    /** A `bound` result in exec code: an exec value, meeting its type's invariants. */
    execValue?: boolean;
  }
  /**
   * A const whose initializer overflows (an error on it): some value of its type, the same
   * value at every use (`name` is the const's qualified name).
   */
  | ExprBase & { k: 'unknown_const'; name: string };

// ---------------------------------------------------------------------------- places

export type Projection =
  | { k: 'field'; name: string; ty: Type }
  | { k: 'index'; index: IrExpr; ty: Type }
  | { k: 'deref'; ty: Type };

/** A memory location: a local and a path into it. `ty` is the type of the whole place. */
export interface Place { root: number; name: string; rootTy: Type; proj: Projection[]; ty: Type }

// ---------------------------------------------------------------------------- checks

/**
 * What a check requires. The structured kinds let consumers say why (the analysis prints
 * the interval of `value`); `holds` is any boolean condition.
 */
export type CheckCond =
  | { k: 'in_range'; value: IrExpr; kind: IntKind }
  | { k: 'nonzero'; value: IrExpr }
  | { k: 'shift_amount'; amount: IrExpr; bits: number }
  | { k: 'in_bounds'; seq: IrExpr; index: IrExpr }
  | { k: 'is_some'; value: IrExpr }
  | { k: 'holds'; cond: IrExpr };

export interface IrLabel { message: string; span: IrSpan }

export interface CheckInfo {
  kind: DiagnosticKind;
  message: string;
  primaryLabel?: string;
  labels: IrLabel[];
  /** Source text of the checked expression (for messages). */
  text: string;
  /** The quantity checked, when it is not the expression itself (`a / b` for the quotient of `a % b`). */
  subject?: string;
}

// ---------------------------------------------------------------------------- statements

export interface LoopSpec {
  invariants: IrExpr[];
  /** `invariant_except_break`: not required at a `break`. */
  invariantsExceptBreak: IrExpr[];
  ensures: IrExpr[];
  decreases: IrExpr[];
}

export type IrStmt =
  /** Declares a local; without `init` its value is arbitrary within its type. `pattern`: bound by a pattern (a name for a part of the matched value). */
  | { k: 'let'; local: IrLocal; init?: IrExpr; pattern?: true; span: IrSpan }
  /** `byMethod`: the receiver's new value after a Vec method that changes it (`push`, `pop`, ...). */
  | { k: 'assign'; place: Place; value: IrExpr; byMethod?: true; span: IrSpan }
  | { k: 'check'; cond: CheckCond; info: CheckInfo; span: IrSpan }
  /** `diverges`: a call that never returns (`panic!`): `false`, and the code after it is dead. */
  | { k: 'assume'; cond: IrExpr; diverges?: true; span: IrSpan }
  | { k: 'havoc'; place: Place; span: IrSpan }
  /**
   * A user assertion. `by`: how it is proved (`block`: the proof statements, scoped;
   * `bit_vector`/`nonlinear_arith`: in isolation from `requires` only; `compute`: by evaluating
   * the claim, `only` with no solver for what evaluation leaves open).
   */
  | { k: 'assert'; cond: IrExpr; by?: { k: 'block'; body: IrStmt[] } | { k: 'bit_vector' | 'nonlinear_arith'; requires: IrExpr[]; body: IrStmt[] } | { k: 'compute'; only: boolean }; span: IrSpan; message?: string }
  /**
   * `assert forall|binders| assumption implies conclusion by { proof }`; `fact` is what is known
   * after it: the quantified implication, with the statement's triggers.
   */
  | { k: 'assert_forall'; binders: IrLocal[]; assumption?: IrExpr; conclusion: IrExpr; proof: IrStmt[]; hasProof: boolean; fact: IrExpr; span: IrSpan }
  /**
   * A call of an exec or proof fn through its contract. The precondition checks come before
   * it as `check` statements; `ensures` is the callee's postcondition with the arguments
   * substituted (`old` of a `&mut` parameter is the value before the call), valid after it.
   * `mutArgs` are the places the callee may change; `dest` receives the result.
   */
  | { k: 'call'; fn: string; mode: FnMode; typeArgs: Type[]; args: IrExpr[]; mutArgs: Place[]; dest?: IrLocal; ensures: IrExpr[]; hasBody: boolean; span: IrSpan }
  /** `reveal(f)`: the definition of an opaque spec fn is usable from here. */
  | { k: 'reveal'; fn: string; span: IrSpan }
  /**
   * if and match, desugared: the first arm whose condition holds runs (exhaustive: the last is `else`).
   * `from`: a match arm, or the right operand of `&&`/`||`/`==>` that has effects (an `if` has none).
   * `lastArm`: on a match's last branch, the condition of its last arm (the `else`), true by exhaustiveness.
   * `op`: the operator of a short-circuit branch.
   */
  | { k: 'branch'; cond: IrExpr; then: IrStmt[]; else: IrStmt[]; from?: 'match' | 'short_circuit'; lastArm?: IrExpr; op?: 'and' | 'or' | 'implies'; span: IrSpan }
  /**
   * A loop: each iteration runs `head`, leaves when `cond` is false (none: only by break),
   * running `exit`, else runs `body` and, at its end and at `continue`, `latch`.
   * `isolated`: only the invariants (and `facts`, true by construction) are known at the
   * head (Verus's default); `modifies` are the places the loop may change.
   * The invariant checks are explicit: `invariant-entry` before the loop, `invariant-end`
   * and `decreases` (against the measure's values saved at the head) in `latch`,
   * `counter`: a `for` loop's variable (the iterator's value: its next value is set in `latch`),
   * `invariant-break` and the loop's `ensures` before each `break` and in `exit`.
   */
  | { k: 'loop'; id: number; label?: string; source: 'while' | 'loop' | 'for'; counter?: number; head: IrStmt[]; cond?: IrExpr; body: IrStmt[]; latch: IrStmt[]; exit: IrStmt[]; spec: LoopSpec; facts: IrExpr[]; modifies: Place[]; isolated: boolean; needsDecreases: boolean; span: IrSpan; headSpan: IrSpan }
  | { k: 'break'; loop: number; span: IrSpan }
  | { k: 'continue'; loop: number; span: IrSpan }
  /** Leaves the function; postcondition checks precede it. */
  | { k: 'return'; value?: IrExpr; span: IrSpan }
  /**
   * An explicit panic (`panic!`, `unimplemented!`, ...) in an external_body fn's body, lowered
   * for the analysis only: execution stops here. (Verified code with one is unsupported.)
   */
  | { k: 'abort'; what: string; span: IrSpan }
  /** Proof code inside exec code: no run-time checks, erased at run time. */
  | { k: 'ghost'; body: IrStmt[]; span: IrSpan };

// ---------------------------------------------------------------------------- functions

export interface IrFunction {
  name: string;
  mode: FnMode;
  span: IrSpan;
  nameSpan: IrSpan;
  params: IrLocal[];
  ret: IrLocal;
  /** Every local of the function (params, lets, temps, binders), by id. */
  locals: Map<number, IrLocal>;
  requires: IrExpr[];
  ensures: IrExpr[];
  decreases: IrExpr[];
  /** exec/proof: the body's statements; spec: its value; none for bodiless or external fns. */
  body?: { k: 'stmts'; stmts: IrStmt[] } | { k: 'expr'; value: IrExpr };
  /**
   * Recursive spec fns: at each call into the recursion component, the condition (closed
   * over the path to it) that the measure decreases; each is a `termination` obligation.
   */
  termination?: { cond: IrExpr; span: IrSpan }[];
  /**
   * Why the verifier trusts this fn rather than its body (external_body, external, bodiless,
   * uninterp). An external_body fn may still have its body lowered, for the analysis.
   */
  trusted?: string;
  opaque: boolean;
  /** A `#[verifier::inline]` spec fn, not generic, whose body is one expression (bit-vector claims expand it). */
  inline?: true;
  /**
   * A broadcast lemma's trigger groups, each a pattern of its axiom: its `ensures #![trigger ..]`
   * attributes, else one group of the `#[trigger]` terms in its `ensures` (none: chosen automatically).
   */
  broadcastTriggers?: IrExpr[][];
}

/** The lowering of one function: the IR, or the first construct it cannot lower yet. */
export type LowerResult =
  | { ok: true; fn: IrFunction }
  | { ok: false; name: string; what: string; span: IrSpan };
