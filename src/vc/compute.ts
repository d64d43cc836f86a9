/**
 * `assert(P) by (compute)` / `by (compute_only)`: P evaluated over the IR, as Verus's
 * interpreter does: spec fns with a definition are unfolded, arithmetic on known values is
 * computed. The claim's own locals are unknown here (as in Verus, the evaluation does not use
 * the facts before the assert). The result is `true` (then P is assumed), `false` (an error),
 * or open: an unknown value, a quantifier, a fn without a definition decided the result
 * (`compute` then asks the solver for P itself; `compute_only` fails).
 *
 * Every operation computes exactly what the encoding (terms.ts) says it means, so assuming a
 * claim this found true never contradicts the solver's view of it: arithmetic is mathematical,
 * `/` and `%` say their rounding, `as` to a machine kind wraps, `<<` at a machine kind wraps.
 * Operations the encoding leaves uninterpreted (bitwise ops, shifts by a non-literal) are
 * computed as Rust does, which meets the range axioms the encoding gives them.
 *
 * The work is bounded (Verus's budget: 400 000 steps and 500 levels of nesting per unit of
 * rlimit, rlimit 10 by default): running out is an error, never a pass.
 */
import { intBits, intRange, isSigned, type IntKind, type Type } from '../check/types.js';
import type { IrExpr } from '../ir/types.js';
import { isStackOverflow } from '../report/stack-limit.js';

/** A computed value: integers (also chars), booleans, constructed values (tuples: adt ''), sequences. */
export type Value = bigint | boolean | CtorValue | SeqValue;
export interface CtorValue { readonly t: 'ctor'; readonly adt: string; readonly variant?: string; readonly fields: ReadonlyMap<string, Value> }
export interface SeqValue { readonly t: 'seq'; readonly elems: readonly Value[] }

/** What evaluation could not decide, and the first reason (for the message). */
class Open {
  constructor(readonly why: string) {}
}

/** A spec fn's definition: its parameters' ids and its body. */
export interface SpecDefinition { params: number[]; body: IrExpr }

export interface ComputeOptions {
  /** The definition of a spec fn, if it has one that may be unfolded. */
  definition(qname: string): SpecDefinition | undefined;
  /** The rlimit in force (Verus's units); undefined: Verus's default, 10. */
  rlimit?: number;
}

export type ComputeResult =
  | { k: 'true' }
  | { k: 'false' }
  | { k: 'open'; why: string }
  /** The budget ran out (Verus's own messages). */
  | { k: 'error'; message: string };

const STEPS_PER_RLIMIT = 400_000;
const DEPTH_PER_RLIMIT = 500;
const DEFAULT_RLIMIT = 10;
/** Shifts beyond this many bits on unbounded integers are left open (the value would be huge). */
const MAX_SHIFT = 1n << 16n;

class OutOfBudget extends Error {}

export function computeClaim(claim: IrExpr, opts: ComputeOptions): ComputeResult {
  const rl = opts.rlimit ?? DEFAULT_RLIMIT;
  const ev = new Evaluator(opts, Math.max(1, Math.floor(rl * STEPS_PER_RLIMIT)), Math.max(1, Math.floor(rl * DEPTH_PER_RLIMIT)));
  try {
    const v = ev.eval(claim, new Map());
    if (v instanceof Open) return { k: 'open', why: v.why };
    if (v === true) return { k: 'true' };
    if (v === false) return { k: 'false' };
    return { k: 'open', why: 'the claim is not a boolean' };
  } catch (e) {
    if (e instanceof OutOfBudget) return { k: 'error', message: e.message };
    // deeper than the JS stack allows: the same limit, reached sooner
    if (isStackOverflow(e)) return { k: 'error', message: 'assert_by_compute exceeded maximum recursion depth' };
    throw e;
  }
}

type Env = Map<number, Value | Open>;

function kindOf(t: Type): IntKind | undefined {
  let cur = t;
  while (cur.k === 'ref' || (cur.k === 'builtin' && (cur.name === 'Box' || cur.name === 'Ghost' || cur.name === 'Tracked') && cur.args[0])) {
    cur = cur.k === 'ref' ? cur.inner : cur.args[0]!;
  }
  return cur.k === 'int' ? cur.kind : undefined;
}

function isBoolTy(t: Type): boolean {
  let cur = t;
  while (cur.k === 'ref') cur = cur.inner;
  return cur.k === 'bool';
}

/** `v` as a value of machine kind `k` (two's complement truncation). */
export function wrap(v: bigint, k: IntKind): bigint {
  const m = 1n << BigInt(intBits(k));
  const r = ((v % m) + m) % m;
  return isSigned(k) && r >= m >> 1n ? r - m : r;
}

function sameValue(a: Value, b: Value): boolean | undefined {
  if (typeof a === 'bigint' || typeof a === 'boolean') return a === b;
  if (typeof b !== 'object') return undefined;
  if (a.t === 'ctor' && b.t === 'ctor') {
    if (a.adt !== b.adt) return undefined;
    if (a.variant !== b.variant) return false;
    for (const [name, x] of a.fields) {
      const y = b.fields.get(name);
      if (y === undefined) return undefined;
      const s = sameValue(x, y);
      if (s !== true) return s;
    }
    return a.fields.size === b.fields.size ? true : undefined;
  }
  if (a.t === 'seq' && b.t === 'seq') {
    if (a.elems.length !== b.elems.length) return false;
    for (let i = 0; i < a.elems.length; i++) {
      const s = sameValue(a.elems[i]!, b.elems[i]!);
      if (s !== true) return s;
    }
    return true;
  }
  return undefined;
}

/** A memo key for arguments that are scalars (most recursive spec fns'); undefined otherwise. */
function memoKey(fn: string, args: (Value | Open)[]): string | undefined {
  let key = fn;
  for (const a of args) {
    if (typeof a === 'bigint') key += `|${a}`;
    else if (typeof a === 'boolean') key += a ? '|T' : '|F';
    else return undefined;
  }
  return key;
}

class Evaluator {
  private steps = 0;
  private depth = 0;
  private readonly memo = new Map<string, Value | Open>();
  private readonly defs = new Map<string, SpecDefinition | undefined>();

  constructor(private readonly opts: ComputeOptions, private readonly maxSteps: number, private readonly maxDepth: number) {}

  eval(e: IrExpr, env: Env): Value | Open {
    if (++this.steps > this.maxSteps) throw new OutOfBudget('assert_by_compute timed out');
    if (this.depth >= this.maxDepth) throw new OutOfBudget('assert_by_compute exceeded maximum recursion depth');
    this.depth++;
    try { return this.inner(e, env); } finally { this.depth--; }
  }

  private definition(qname: string): SpecDefinition | undefined {
    if (!this.defs.has(qname)) this.defs.set(qname, this.opts.definition(qname));
    return this.defs.get(qname);
  }

  private int(e: IrExpr, env: Env): bigint | Open {
    const v = this.eval(e, env);
    if (v instanceof Open || typeof v === 'bigint') return v;
    return new Open('a value that is not an integer');
  }

  private bool(e: IrExpr, env: Env): boolean | Open {
    const v = this.eval(e, env);
    if (v instanceof Open || typeof v === 'boolean') return v;
    return new Open('a value that is not a boolean');
  }

  private inner(e: IrExpr, env: Env): Value | Open {
    switch (e.k) {
      case 'int': return e.value;
      case 'bool': return e.value;
      case 'var': {
        const v = env.get(e.id);
        return v ?? new Open(`the value of \`${e.name}\` is not known here`);
      }
      case 'arith': return this.arith(e, env);
      case 'neg': {
        const a = this.int(e.arg, env);
        return a instanceof Open ? a : -a;
      }
      case 'bitnot': {
        const a = this.int(e.arg, env);
        if (a instanceof Open) return a;
        const k = kindOf(e.arg.ty);
        if (k === undefined) return new Open('`!` at an unknown integer type');
        if (k === 'int' || k === 'nat' || isSigned(k)) return -a - 1n;
        return intRange(k)!.max - a;
      }
      case 'not': {
        const a = this.bool(e.arg, env);
        return a instanceof Open ? a : !a;
      }
      case 'cmp': return this.cmp(e, env);
      case 'logic': return this.logic(e, env);
      case 'cast': return this.cast(e, env);
      case 'deref': return this.eval(e.arg, env);
      case 'field': {
        const b = this.eval(e.base, env);
        if (b instanceof Open) return b;
        if (typeof b !== 'object' || b.t !== 'ctor') return new Open(`the field \`.${e.name}\` of this value`);
        // a field of another variant has no defined value
        if (e.variant !== undefined && b.variant !== e.variant) return new Open(`the field \`.${e.name}\` of another variant`);
        return b.fields.get(e.name) ?? new Open(`the field \`.${e.name}\` of this value`);
      }
      case 'index': {
        const b = this.eval(e.base, env);
        if (b instanceof Open) return b;
        const i = this.int(e.index, env);
        if (i instanceof Open) return i;
        if (typeof b !== 'object' || b.t !== 'seq') return new Open('indexing this value');
        // out of bounds has no defined value
        if (i < 0n || i >= BigInt(b.elems.length)) return new Open('an index out of bounds');
        return b.elems[Number(i)]!;
      }
      case 'builtin': return this.builtin(e, env);
      case 'spec_call': return this.call(e, env);
      case 'ctor': {
        const fields = new Map<string, Value>();
        for (const f of e.fields) {
          const v = this.eval(f.value, env);
          if (v instanceof Open) return v;
          fields.set(f.name, v);
        }
        return { t: 'ctor', adt: e.adt, ...(e.variant !== undefined ? { variant: e.variant } : {}), fields };
      }
      case 'update': {
        const b = this.eval(e.base, env);
        if (b instanceof Open) return b;
        if (typeof b !== 'object' || b.t !== 'ctor') return new Open('updating this value');
        const fields = new Map(b.fields);
        for (const f of e.fields) {
          const v = this.eval(f.value, env);
          if (v instanceof Open) return v;
          if (!fields.has(f.name)) return new Open('updating this value');
          fields.set(f.name, v);
        }
        return { ...b, fields };
      }
      case 'seq_lit': {
        const elems: Value[] = [];
        for (const x of e.elems) {
          const v = this.eval(x, env);
          if (v instanceof Open) return v;
          elems.push(v);
        }
        return { t: 'seq', elems };
      }
      case 'is_variant': {
        const a = this.eval(e.arg, env);
        if (a instanceof Open) return a;
        if (typeof a !== 'object' || a.t !== 'ctor') return new Open('the variant of this value');
        return a.variant === e.variant;
      }
      case 'ite': {
        const c = this.bool(e.cond, env);
        if (c instanceof Open) return c;
        return this.eval(c ? e.then : e.else, env);
      }
      case 'let': {
        const v = this.eval(e.value, env);
        const inner = new Map(env);
        inner.set(e.binder.id, v);
        return this.eval(e.body, inner);
      }
      case 'quant': return new Open(`a \`${e.quant}\` (quantifiers are not computed)`);
      case 'lambda': case 'apply': return new Open('a spec closure');
      case 'arbitrary': case 'unknown_const': return new Open('a value that is not known');
    }
  }

  private arith(e: IrExpr & { k: 'arith' }, env: Env): Value | Open {
    if (isBoolTy(e.ty)) {
      const a = this.bool(e.left, env);
      const b = this.bool(e.right, env);
      if (a instanceof Open) return a;
      if (b instanceof Open) return b;
      return e.op === 'bitand' ? a && b : e.op === 'bitor' ? a || b : a !== b;
    }
    const a = this.int(e.left, env);
    const b = this.int(e.right, env);
    if (a instanceof Open) return a;
    if (b instanceof Open) return b;
    const k = kindOf(e.ty);
    switch (e.op) {
      case 'add': return a + b;
      case 'sub': return a - b;
      case 'mul': return a * b;
      case 'div': case 'rem': {
        if (b === 0n) return new Open('a division by zero');
        // truncating division only for signed machine kinds in exec code (as the encoding)
        if (e.rounding === 'trunc' && k !== undefined && isSigned(k)) return e.op === 'div' ? a / b : a % b;
        const r = ((a % b) + (b < 0n ? -b : b)) % (b < 0n ? -b : b);
        return e.op === 'rem' ? r : (a - r) / b;
      }
      case 'bitand': return a & b;
      case 'bitor': return a | b;
      case 'bitxor': return a ^ b;
      case 'shl': {
        if (b < 0n) return new Open('a shift by a negative amount');
        if (k === undefined) return new Open('`<<` at an unknown integer type');
        if (k === 'int' || k === 'nat') return b > MAX_SHIFT ? new Open('a shift too large to compute') : a << b;
        return b >= 256n ? 0n : wrap(a << b, k);
      }
      case 'shr': {
        if (b < 0n) return new Open('a shift by a negative amount');
        return b > MAX_SHIFT ? (a < 0n ? -1n : 0n) : a >> b;
      }
    }
  }

  private cmp(e: IrExpr & { k: 'cmp' }, env: Env): Value | Open {
    const a = this.eval(e.left, env);
    const b = this.eval(e.right, env);
    if (a instanceof Open) return a;
    if (b instanceof Open) return b;
    switch (e.op) {
      case 'eq': case 'ne': case 'ext_eq': {
        const s = sameValue(a, b);
        if (s === undefined) return new Open('an equality of values not computed');
        return e.op === 'ne' ? !s : s;
      }
      default: {
        if (typeof a !== 'bigint' || typeof b !== 'bigint') return new Open('a comparison of values that are not integers');
        switch (e.op) {
          case 'lt': return a < b;
          case 'le': return a <= b;
          case 'gt': return a > b;
          case 'ge': return a >= b;
        }
      }
    }
  }

  /** Short-circuit on a known operand, as the interpreter does: `false && X` is false whatever X is. */
  private logic(e: IrExpr & { k: 'logic' }, env: Env): Value | Open {
    const a = this.bool(e.left, env);
    if (e.op === 'and' && a === false) return false;
    if (e.op === 'or' && a === true) return true;
    if (e.op === 'implies' && a === false) return true;
    const b = this.bool(e.right, env);
    switch (e.op) {
      case 'and': return b === false ? false : a instanceof Open ? a : b;
      case 'or': return b === true ? true : a instanceof Open ? a : b;
      case 'implies': return b === true ? true : a instanceof Open ? a : b;
      case 'iff': case 'xor':
        if (a instanceof Open) return a;
        if (b instanceof Open) return b;
        return e.op === 'iff' ? a === b : a !== b;
    }
  }

  private cast(e: IrExpr & { k: 'cast' }, env: Env): Value | Open {
    const v = this.eval(e.arg, env);
    if (v instanceof Open) return v;
    const target = kindOf(e.ty);
    if (typeof v === 'boolean') {
      if (e.how === 'bool_to_int' || target !== undefined) return v ? 1n : 0n;
      return isBoolTy(e.ty) ? v : new Open('this cast');
    }
    if (typeof v !== 'bigint') return new Open('this cast');
    if (target === undefined) {
      let t = e.ty;
      while (t.k === 'ref') t = t.inner;
      return t.k === 'char' ? v : new Open('this cast');
    }
    if (target === 'int') return v;
    if (target === 'nat') return v < 0n ? 0n : v;
    return wrap(v, target);
  }

  private builtin(e: IrExpr & { k: 'builtin' }, env: Env): Value | Open {
    if (e.name === 'len' && e.args.length === 1) {
      const s = this.eval(e.args[0]!, env);
      if (s instanceof Open) return s;
      if (typeof s === 'object' && s.t === 'seq') return BigInt(s.elems.length);
    }
    return new Open(`\`${e.name}\` (not computed)`);
  }

  private call(e: IrExpr & { k: 'spec_call' }, env: Env): Value | Open {
    const def = this.definition(e.fn);
    if (!def || def.params.length !== e.args.length) return new Open(`\`${e.fn}\` has no definition to compute with`);
    const args = e.args.map((a) => this.eval(a, env));
    const key = memoKey(e.typeArgs.length ? `${e.fn}<${JSON.stringify(e.typeArgs)}>` : e.fn, args);
    if (key !== undefined) {
      const hit = this.memo.get(key);
      if (hit !== undefined) return hit;
    }
    const inner: Env = new Map(def.params.map((id, i) => [id, args[i]!]));
    const r = this.eval(def.body, inner);
    if (key !== undefined) this.memo.set(key, r);
    return r;
  }
}
