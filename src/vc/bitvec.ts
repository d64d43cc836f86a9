/**
 * `assert(e) by (bit_vector) requires R`: a goal over bit-vectors, `R => e` for all values of its
 * variables, proved in isolation from everything else in the function (in a QF_BV query of its
 * own, the variables as constants); the claim is then assumed with its
 * ordinary (integer) meaning. So the encoding is exact: every integer subterm is a bit-vector
 * wide enough to hold its mathematical value (two's complement when it may be negative), and
 * every operation means what it means in the main query (docs/semantics.md, "Bit-vector
 * assertions"): `+ - *` never wrap, literals are never truncated, comparisons of different
 * widths compare values. Only machine-integer variables (each at its type's width) may occur.
 */
import type { ConstInfo, FnInfo } from '../check/program.js';
import { intBits, intRange, isSigned, type IntKind, type Type } from '../check/types.js';
import type { Expr } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import { mangle } from '../smt/encode/context.js';
import { Unsupported } from './errors.js';
import { isBounded, strip } from './terms.js';
import { walkExpr } from '../syntax/walk.js';

export interface FreeLocal { id: number; name: string; ty: Type }

export function freeLocals(es: Expr[]): FreeLocal[] {
  const out = new Map<number, FreeLocal>();
  const bound = new Set<number>();
  for (const e of es) {
    walkExpr(e, (x) => {
      if (x.kind === 'quant') x.binders.forEach((b) => b.id !== undefined && bound.add(b.id));
      if (x.kind === 'path' && x.res?.kind === 'local' && !out.has(x.res.id)) out.set(x.res.id, { id: x.res.id, name: x.res.name, ty: x.res.ty });
    });
  }
  return [...out.values()].filter((l) => !bound.has(l.id));
}

/** What a bit-vector claim may look up: the crate's consts and spec fns. */
export interface BvContext {
  constInfo(qname: string): ConstInfo | undefined;
  fnInfo(decl: FnInfo['decl']): FnInfo | undefined;
}

const NO_CONTEXT: BvContext = { constInfo: () => undefined, fnInfo: () => undefined };

/** Inline spec fns inlined into one another deeper than this are refused (they cannot recurse, but may nest). */
const MAX_INLINE_DEPTH = 32;

/** An integer's exact value: `width` bits, two's complement when `signed`, plain binary otherwise. */
export interface BvVal { term: string; width: number; signed: boolean }

/** Wider terms are refused (a product of products of u128s): the solver would not cope. */
export const MAX_WIDTH = 1024;

function kindOf(t: Type | undefined): IntKind | undefined {
  if (!t) return undefined;
  const s = strip(t);
  return s.k === 'int' ? s.kind : undefined;
}

/** Whether a const's evaluated value lies in its declared type (else the main query does not use it). */
function fits(v: bigint, ty: Type): boolean {
  const k = kindOf(ty);
  if (k === undefined || k === 'int') return true;
  if (k === 'nat') return v >= 0n;
  const r = intRange(k)!;
  return r.min <= v && v <= r.max;
}

function bitLength(v: bigint): number {
  let n = 0;
  for (let x = v; x > 0n; x >>= 1n) n++;
  return n;
}

export function bvLit(v: bigint, width: number): string {
  return `(_ bv${BigInt.asUintN(width, v)} ${width})`;
}

/** The narrowest exact representation of a constant. */
export function constant(v: bigint): BvVal {
  if (v >= 0n) {
    const width = Math.max(1, bitLength(v));
    return { term: bvLit(v, width), width, signed: false };
  }
  const width = bitLength(-v - 1n) + 1;
  return { term: bvLit(v, width), width, signed: true };
}

/** Bits needed to hold every value of `x` in the given signedness (never unsigned for a signed x). */
export function need(x: BvVal, signed: boolean): number {
  return x.width + (signed && !x.signed ? 1 : 0);
}

/** `x` extended (by its own signedness) to `width` bits, then read with `signed`; the width must hold every value of x. */
export function extend(x: BvVal, width: number, signed = x.signed): BvVal {
  if (!signed && x.signed) throw new Error('a signed bit-vector value read as unsigned');
  if (width < need(x, signed)) throw new Error('a bit-vector extension that loses bits');
  const term = width === x.width ? x.term : `((_ ${x.signed ? 'sign' : 'zero'}_extend ${width - x.width}) ${x.term})`;
  return { term, width, signed };
}

/** The bits of `x` zero-extended to `width` (a shift amount: read only when it is not negative). */
export function bitsAt(x: BvVal, width: number): string {
  return width === x.width ? x.term : `((_ zero_extend ${width - x.width}) ${x.term})`;
}

/** Both operands in one representation holding every value of each, plus `extra` bits of headroom. */
export function common(a: BvVal, b: BvVal, extra: number, forceSigned = false): [BvVal, BvVal] {
  const signed = forceSigned || a.signed || b.signed;
  const width = Math.max(need(a, signed), need(b, signed)) + extra;
  return [extend(a, width, signed), extend(b, width, signed)];
}

/** Two's complement wrap-around of `x` into `width` bits (what `as` and a wrapping shift do). */
export function wrap(x: BvVal, width: number, signed: boolean): BvVal {
  const y = x.width < width ? extend(x, width) : x;
  const term = y.width === width ? y.term : `((_ extract ${width - 1} 0) ${y.term})`;
  return { term, width, signed };
}

/** `if amount < 0 then 0 else r`: a negative shift amount (spec code only) gives 0. */
export function unlessNegative(amount: BvVal, r: BvVal): BvVal {
  if (!amount.signed) return r;
  return { ...r, term: `(ite (bvslt ${amount.term} ${bvLit(0n, amount.width)}) ${bvLit(0n, r.width)} ${r.term})` };
}

class BvTranslator {
  readonly vars = new Map<number, { name: string; width: number; signed: boolean }>();
  /** Parameters of the inline spec fn being expanded, bound to their arguments' values. */
  private args = new Map<number, BvVal | string>();
  private depth = 0;

  constructor(private readonly span: Span, private readonly tag: string, private readonly cx: BvContext = NO_CONTEXT) {}

  private fail(what: string, span?: Span): never {
    throw new Unsupported(`${what} in a bit_vector assertion`, span ?? this.span);
  }

  private checked(x: BvVal, span: Span): BvVal {
    if (x.width > MAX_WIDTH) this.fail(`an expression wider than ${MAX_WIDTH} bits`, span);
    return x;
  }

  /** The value of a constant expression (literal, `T::MAX`, a const with a literal value), if it is one. */
  private constValue(e: Expr): bigint | undefined {
    switch (e.kind) {
      case 'int': return e.value;
      case 'unary': {
        const v = this.constValue(e.operand);
        return e.op === '-' && v !== undefined ? -v : undefined;
      }
      case 'path': {
        const res = e.res;
        if (res?.kind === 'builtin') {
          const m = /^(\w+)::(MAX|MIN)$/.exec(res.name);
          const k = m?.[1] as IntKind | undefined;
          if (!m || !isBounded(k)) return undefined;
          const bits = BigInt(intBits(k));
          if (m[2] === 'MAX') return isSigned(k) ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
          return isSigned(k) ? -(1n << (bits - 1n)) : 0n;
        }
        if (res?.kind === 'const') {
          const v = this.cx.constInfo(res.qname)?.value;
          if (typeof v === 'bigint' && fits(v, this.cx.constInfo(res.qname)!.ty)) return v;
          if (v === undefined && typeof res.decl.value === 'object' && res.decl.value?.kind === 'int') return res.decl.value.value;
        }
        return undefined;
      }
      default: return undefined;
    }
  }

  int(e: Expr): BvVal {
    return this.checked(this.intUnchecked(e), e.span);
  }

  private intUnchecked(e: Expr): BvVal {
    const c = e.kind === 'int' || e.kind === 'path' ? this.constValue(e) : undefined;
    if (c !== undefined) return constant(c);
    switch (e.kind) {
      case 'path': {
        const res = e.res;
        if (res?.kind === 'const') return this.constInitializer(res.qname, e);
        if (res?.kind !== 'local') return this.fail('this name', e.span);
        const bound = this.args.get(res.id);
        if (bound !== undefined) {
          if (typeof bound === 'string') return this.fail(`the boolean \`${res.name}\` as an integer`, e.span);
          return bound;
        }
        const k = kindOf(res.ty);
        if (!isBounded(k)) return this.fail(`the unbounded integer \`${res.name}\``, e.span);
        const v = this.vars.get(res.id) ?? { name: `${mangle(res.name)}$${this.tag}_${this.vars.size}`, width: intBits(k), signed: isSigned(k) };
        this.vars.set(res.id, v);
        return { term: v.name, width: v.width, signed: v.signed };
      }
      case 'ref': case 'trigger': return this.int(e.operand);
      case 'unary': {
        if (e.op === '*') return this.int(e.operand);
        const x = this.int(e.operand);
        if (e.op === '-') {
          const y = extend(x, need(x, true) + 1, true);
          return { ...y, term: `(bvneg ${y.term})` };
        }
        if (e.op === '!') return this.not(x, kindOf(e.operand.ty), e.span);
        return this.fail(`\`${e.op}\``, e.span);
      }
      case 'cast': return this.cast(this.int(e.operand), kindOf(e.operand.ty), kindOf(e.ty), e.span);
      case 'binary': return this.binary(e);
      case 'call': case 'method': {
        const r = this.inlineCall(e, 'int');
        return typeof r === 'string' ? this.fail('a boolean as an integer', e.span) : r;
      }
      case 'block':
        if (e.block.stmts.length === 0 && e.block.tail) return this.int(e.block.tail);
        return this.fail('this block', e.span);
      default: return this.fail('this expression', e.span);
    }
  }

  /**
   * A const whose value is not a plain number here: its initializer is spec code, so it is
   * translated as such (the main query's meaning, src/vc/spec.ts `constTerm`). An evaluated
   * value outside the const's type (its initializer overflows, an error there) is only some
   * value of the type, as in the main query: a variable of the claim.
   */
  private constInitializer(qname: string, e: Expr & { kind: 'path' }): BvVal {
    const info = this.cx.constInfo(qname);
    if (!info) return this.fail('this constant', e.span);
    const k = kindOf(info.ty);
    if (typeof info.value === 'bigint') {
      // (a fitting value was taken as a constant already)
      if (!isBounded(k)) return this.fail('this constant', e.span);
      const key = -1 - this.vars.size - 1_000_000;
      const name = `${mangle(qname)}$${this.tag}_${this.vars.size}`;
      const known = [...this.vars.entries()].find(([, v]) => v.name.startsWith(`${mangle(qname)}$${this.tag}_`));
      if (known) return { term: known[1].name, width: known[1].width, signed: known[1].signed };
      this.vars.set(key, { name, width: intBits(k), signed: isSigned(k) });
      return { term: name, width: intBits(k), signed: isSigned(k) };
    }
    if (!info.decl.value || this.depth >= MAX_INLINE_DEPTH) return this.fail('this constant', e.span);
    return this.nested(() => this.int(info.decl.value!));
  }

  private nested<T>(f: () => T, args = new Map<number, BvVal | string>()): T {
    const saved = this.args;
    this.args = args;
    this.depth++;
    try { return f(); } finally { this.args = saved; this.depth--; }
  }

  /**
   * A call of a `#[verifier::inline]` spec fn: its body with the parameters bound to the
   * arguments' exact values, which is what the fn's definition says in the main query.
   */
  private inlineCall(e: Expr & { kind: 'call' | 'method' }, want: 'int' | 'bool'): BvVal | string {
    const res = e.kind === 'call' ? (e.callee.kind === 'path' ? e.callee.res : undefined) : e.res;
    if (res?.kind !== 'fn') return this.fail('this call', e.span);
    const info = this.cx.fnInfo(res.decl);
    const d = res.decl;
    const inline = d.attrs.some((a) => a.name === 'verifier::inline');
    if (!info || !inline || d.mode !== 'spec' || !d.body || d.flags.opaque || d.uninterp || d.generics.length > 0 || (res.typeArgs?.length ?? 0) > 0) {
      return this.fail(`a call of \`${res.qname}\` (only \`#[verifier::inline]\` spec fns are expanded)`, e.span);
    }
    if (d.body.stmts.length > 0 || !d.body.tail) return this.fail(`the body of \`${res.qname}\``, e.span);
    if (this.depth >= MAX_INLINE_DEPTH) return this.fail('inline spec fns nested this deeply', e.span);
    const argExprs = e.kind === 'call' ? e.args : [e.receiver, ...e.args];
    if (argExprs.length !== info.params.length) return this.fail('this call', e.span);
    const bound = new Map<number, BvVal | string>();
    info.params.forEach((p, i) => {
      const a = argExprs[i]!;
      bound.set(p.id, strip(p.ty).k === 'bool' ? this.bool(a) : this.int(a));
    });
    const tail = d.body.tail;
    return this.nested(() => (want === 'bool' ? this.bool(tail) : this.int(tail)), bound);
  }

  /** `!x` at the operand's kind: within the word for unsigned kinds, `-x - 1` otherwise. */
  private not(x: BvVal, k: IntKind | undefined, span: Span): BvVal {
    if (k === undefined || k === 'nat') return this.fail('`!` on this type', span);
    if (isBounded(k) && !isSigned(k)) {
      const w = wrap(x, intBits(k), false);
      return { ...w, term: `(bvnot ${w.term})` };
    }
    const y = extend(x, need(x, true), true);
    return { ...y, term: `(bvnot ${y.term})` };
  }

  /** `x as T`: wraps into a machine type, the identity to `int`, clamps at 0 to `nat` (as the main query). */
  private cast(x: BvVal, from: IntKind | undefined, to: IntKind | undefined, span: Span): BvVal {
    if (from === undefined || to === undefined) return this.fail('this cast', span);
    if (isBounded(to)) return wrap(x, intBits(to), isSigned(to));
    if (to === 'int' || !x.signed) return x;
    return { ...x, term: `(ite (bvslt ${x.term} ${bvLit(0n, x.width)}) ${bvLit(0n, x.width)} ${x.term})` };
  }

  private binary(e: Expr & { kind: 'binary' }): BvVal {
    const a = this.int(e.left);
    switch (e.op) {
      case '<<': case '>>': return this.shift(e, a);
      case '/': case '%': {
        // a constant divisor: x / 0 has no fixed value in the main query, so it gets none here
        const d = this.constValue(e.right);
        if (d === undefined || d <= 0n || a.signed) return this.fail(`\`${e.op}\` (only a non-negative value by a positive constant)`, e.span);
        const [x, y] = common(a, constant(d), 0);
        return { ...x, term: `(${e.op === '/' ? 'bvudiv' : 'bvurem'} ${x.term} ${y.term})` };
      }
    }
    const b = this.int(e.right);
    switch (e.op) {
      case '+': { const [x, y] = common(a, b, 1); return { ...x, term: `(bvadd ${x.term} ${y.term})` }; }
      case '-': { const [x, y] = common(a, b, 1, true); return { ...x, term: `(bvsub ${x.term} ${y.term})` }; }
      case '*': {
        const signed = a.signed || b.signed;
        const width = need(a, signed) + need(b, signed);
        const x = extend(a, width, signed);
        return { ...x, term: `(bvmul ${x.term} ${extend(b, width, signed).term})` };
      }
      // bitwise operations of two's complement values do not depend on the width
      case '&': case '|': case '^': {
        const [x, y] = common(a, b, 0);
        const f = e.op === '&' ? 'bvand' : e.op === '|' ? 'bvor' : 'bvxor';
        return { ...x, term: `(${f} ${x.term} ${y.term})` };
      }
    }
    return this.fail(`\`${e.op}\``, e.span);
  }

  /**
   * `a << n` (literal n) wraps `a * 2^n` into the result's machine type (exact for `int`);
   * `a >> n` is `a / 2^n` rounded down. A non-literal amount means the same, and 0 when negative.
   */
  private shift(e: Expr & { kind: 'binary' }, a: BvVal): BvVal {
    const k = kindOf(e.ty);
    const lit = e.right.kind === 'int' && e.right.value < 128n ? e.right.value : undefined;
    if (e.op === '>>') {
      const f = a.signed ? 'bvashr' : 'bvlshr';
      if (lit !== undefined) {
        const n = lit < BigInt(a.width) ? lit : BigInt(a.width);
        return { ...a, term: `(${f} ${a.term} ${bvLit(n, a.width)})` };
      }
      const b = this.int(e.right);
      const width = Math.max(a.width, b.width);
      const x = extend(a, width);
      return unlessNegative(b, { ...x, term: `(${f} ${x.term} ${bitsAt(b, width)})` });
    }
    if (lit !== undefined && !isBounded(k)) {
      const x = extend(a, a.width + Number(lit));
      return { ...x, term: `(bvshl ${x.term} ${bvLit(lit, x.width)})` };
    }
    if (!isBounded(k)) return this.fail('a shift of an unbounded integer by a variable amount', e.span);
    const w = intBits(k);
    if (lit !== undefined) {
      const x = extend(a, Math.max(a.width, w));
      const shifted = lit >= BigInt(x.width) ? bvLit(0n, x.width) : `(bvshl ${x.term} ${bvLit(lit, x.width)})`;
      return wrap({ ...x, term: shifted }, w, isSigned(k));
    }
    const b = this.int(e.right);
    const x = extend(a, Math.max(a.width, w, b.width));
    return unlessNegative(b, wrap({ ...x, term: `(bvshl ${x.term} ${bitsAt(b, x.width)})` }, w, isSigned(k)));
  }

  bool(e: Expr): string {
    switch (e.kind) {
      case 'bool': return String(e.value);
      case 'unary': if (e.op === '!') return `(not ${this.bool(e.operand)})`; break;
      case 'chain': {
        const parts: string[] = [];
        for (let i = 0; i < e.ops.length; i++) parts.push(this.compare(e.ops[i]!, e.operands[i]!, e.operands[i + 1]!));
        return `(and ${parts.join(' ')})`;
      }
      case 'binary': {
        switch (e.op) {
          case '&&': case '&': return `(and ${this.bool(e.left)} ${this.bool(e.right)})`;
          case '||': case '|': return `(or ${this.bool(e.left)} ${this.bool(e.right)})`;
          case '^': return `(xor ${this.bool(e.left)} ${this.bool(e.right)})`;
          case '==>': return `(=> ${this.bool(e.left)} ${this.bool(e.right)})`;
          case '<==': return `(=> ${this.bool(e.right)} ${this.bool(e.left)})`;
          case '<==>': return `(= ${this.bool(e.left)} ${this.bool(e.right)})`;
          default: return this.compare(e.op, e.left, e.right);
        }
      }
      case 'call': case 'method': {
        const r = this.inlineCall(e, 'bool');
        if (typeof r !== 'string') return this.fail('an integer as a boolean', e.span);
        return r;
      }
      case 'block':
        if (e.block.stmts.length === 0 && e.block.tail) return this.bool(e.block.tail);
        break;
      case 'path':
        if (e.res?.kind === 'const') {
          const info = this.cx.constInfo(e.res.qname);
          if (typeof info?.value === 'boolean') return String(info.value);
          if (info?.decl.value && this.depth < MAX_INLINE_DEPTH) {
            const init = info.decl.value;
            return this.nested(() => this.bool(init));
          }
          break;
        }
        if (e.res?.kind === 'local' && this.args.has(e.res.id)) {
          const b = this.args.get(e.res.id)!;
          if (typeof b !== 'string') return this.fail(`the integer \`${e.res.name}\` as a boolean`, e.span);
          return b;
        }
        if (e.res?.kind === 'local' && strip(e.res.ty).k === 'bool') {
          const v = this.vars.get(e.res.id) ?? { name: `${mangle(e.res.name)}$${this.tag}_${this.vars.size}`, width: 0, signed: false };
          this.vars.set(e.res.id, v);
          return v.name;
        }
        break;
    }
    return this.fail('this expression', e.span);
  }

  private compare(op: string, l: Expr, r: Expr): string {
    if (strip(l.ty ?? { k: 'int', kind: 'int' }).k === 'bool') {
      if (op !== '==' && op !== '!=') return this.fail(`\`${op}\``, l.span);
      const t = `(= ${this.bool(l)} ${this.bool(r)})`;
      return op === '==' ? t : `(not ${t})`;
    }
    const [a, b] = common(this.int(l), this.int(r), 0);
    const s = a.signed ? 's' : 'u';
    switch (op) {
      case '==': case '===': return `(= ${a.term} ${b.term})`;
      case '!=': case '!==': return `(not (= ${a.term} ${b.term}))`;
      case '<': return `(bv${s}lt ${a.term} ${b.term})`;
      case '<=': return `(bv${s}le ${a.term} ${b.term})`;
      case '>': return `(bv${s}gt ${a.term} ${b.term})`;
      case '>=': return `(bv${s}ge ${a.term} ${b.term})`;
    }
    return this.fail(`\`${op}\``);
  }
}

/**
 * The goal `R => e` over constants of its own (named with `tag`, unique in the query), declared
 * by `decls`: quantifier-free, for a QF_BV query of the function's bit-vector goals.
 */
export function bitVectorGoal(claim: Expr, requires: Expr[], span: Span, tag: string, cx: BvContext = NO_CONTEXT): { decls: string[]; term: string } {
  const tr = new BvTranslator(span, tag, cx);
  const pre = requires.map((r) => tr.bool(r));
  const body = tr.bool(claim);
  const term = pre.length ? `(=> (and ${pre.join(' ')}) ${body})` : body;
  const decls = [...tr.vars.values()].map((v) => `(declare-const ${v.name} ${v.width === 0 ? 'Bool' : `(_ BitVec ${v.width})`})`);
  return { decls, term };
}
