/**
 * `assert(e) by (bit_vector) requires R` from the IR: the exact bit-vector meaning bitvec.ts
 * describes (every integer subterm wide enough for its mathematical
 * value; see there), over constants of the goal's own. A construct without a bit-vector
 * meaning is `not supported` at its span.
 */
import { intBits, isSigned, type IntKind, type Type } from '../check/types.js';
import type { IrExpr, IrSpan } from '../ir/types.js';
import { mangle } from '../smt/encode/context.js';
import { bvLit, common, constant, extend, MAX_WIDTH, need, unlessNegative, wrap, bitsAt, type BvVal } from './bitvec.js';
import { Unsupported } from './errors.js';
import { isBounded, strip } from './terms.js';

function kindOf(t: Type): IntKind | undefined {
  const s = strip(t);
  return s.k === 'int' ? s.kind : undefined;
}

/** What a claim may look up: spec fns, by name, with their bodies in the IR. */
export interface IrBvContext {
  /** The fn's parameters and body when it is a spec fn the claim may unfold (one expression). */
  inlineFn(qname: string): { params: { id: number; ty: Type }[]; body: IrExpr } | undefined;
}

/** Inline spec fns inlined into one another deeper than this are refused. */
const MAX_INLINE_DEPTH = 32;

class IrBvTranslator {
  readonly vars = new Map<number, { name: string; width: number; signed: boolean }>();
  /** Parameters of the inline spec fn being expanded, bound to their arguments' values. */
  private args = new Map<number, BvVal | string>();
  private depth = 0;

  constructor(private readonly span: IrSpan, private readonly tag: string, private readonly cx?: IrBvContext) {}

  /** An inline spec fn's body with its parameters bound to the arguments' exact values. */
  private inline(e: IrExpr & { k: 'spec_call' }, want: 'int' | 'bool'): BvVal | string {
    const f = e.typeArgs.length === 0 ? this.cx?.inlineFn(e.fn) : undefined;
    if (!f) return this.fail(`a call of \`${e.fn}\` (only spec fns with a visible, non-recursive body are expanded)`, e.span);
    if (this.depth >= MAX_INLINE_DEPTH) return this.fail('inline spec fns nested this deeply', e.span);
    if (f.params.length !== e.args.length) return this.fail('this call', e.span);
    const bound = new Map<number, BvVal | string>();
    f.params.forEach((p, i) => bound.set(p.id, strip(p.ty).k === 'bool' ? this.bool(e.args[i]!) : this.int(e.args[i]!)));
    const saved = this.args;
    this.args = bound;
    this.depth++;
    try { return want === 'bool' ? this.bool(f.body) : this.int(f.body); } finally { this.args = saved; this.depth--; }
  }

  private fail(what: string, span?: IrSpan): never {
    throw new Unsupported(`${what} in a bit_vector assertion`, span ?? this.span);
  }

  private constValue(e: IrExpr): bigint | undefined {
    if (e.k === 'int') return e.value;
    if (e.k === 'neg') { const v = this.constValue(e.arg); return v === undefined ? undefined : -v; }
    return undefined;
  }

  int(e: IrExpr): BvVal {
    const x = this.intUnchecked(e);
    if (x.width > MAX_WIDTH) this.fail(`an expression wider than ${MAX_WIDTH} bits`, e.span);
    return x;
  }

  private intUnchecked(e: IrExpr): BvVal {
    switch (e.k) {
      case 'int': return constant(e.value);
      case 'var': {
        const arg = this.args.get(e.id);
        if (arg !== undefined) {
          if (typeof arg === 'string') return this.fail(`the boolean \`${e.name}\` as an integer`, e.span);
          return arg;
        }
        if (e.at === 'old') return this.fail('this expression', e.span);
        const k = kindOf(e.ty);
        if (!isBounded(k)) return this.fail(`the unbounded integer \`${e.name}\``, e.span);
        const v = this.vars.get(e.id) ?? { name: `${mangle(e.name)}$${this.tag}_${this.vars.size}`, width: intBits(k), signed: isSigned(k) };
        this.vars.set(e.id, v);
        return { term: v.name, width: v.width, signed: v.signed };
      }
      case 'unknown_const': {
        // a const whose initializer overflows: one unknown value of its type, named once per goal
        const k = kindOf(e.ty);
        if (!isBounded(k)) return this.fail('this constant', e.span);
        const prefix = `${mangle(e.name)}$${this.tag}_`;
        const known = [...this.vars.values()].find((v) => v.name.startsWith(prefix));
        if (known) return { term: known.name, width: known.width, signed: known.signed };
        const v = { name: `${prefix}${this.vars.size}`, width: intBits(k), signed: isSigned(k) };
        this.vars.set(-1 - this.vars.size - 1_000_000, v);
        return { term: v.name, width: v.width, signed: v.signed };
      }
      case 'deref': return this.int(e.arg);
      case 'neg': {
        const x = this.int(e.arg);
        const y = extend(x, need(x, true) + 1, true);
        return { ...y, term: `(bvneg ${y.term})` };
      }
      case 'bitnot': return this.not(this.int(e.arg), kindOf(e.arg.ty), e.span);
      case 'cast':
        // a widening the lowering made explicit was no cast in the source: the value as it is
        if (!e.explicit) return this.int(e.arg);
        if (e.how === 'bool_to_int' || e.how === 'char_to_int' || e.how === 'param_to_int') return this.fail('this cast', e.span);
        return this.cast(this.int(e.arg), kindOf(e.from), kindOf(e.ty), e.span);
      case 'arith': return this.arith(e);
      case 'spec_call': {
        const r = this.inline(e, 'int');
        if (typeof r === 'string') return this.fail('a boolean as an integer', e.span);
        return r;
      }
      default: return this.fail('this expression', e.span);
    }
  }

  private not(x: BvVal, k: IntKind | undefined, span: IrSpan): BvVal {
    if (k === undefined || k === 'nat') return this.fail('`!` on this type', span);
    if (isBounded(k) && !isSigned(k)) {
      const w = wrap(x, intBits(k), false);
      return { ...w, term: `(bvnot ${w.term})` };
    }
    const y = extend(x, need(x, true), true);
    return { ...y, term: `(bvnot ${y.term})` };
  }

  private cast(x: BvVal, from: IntKind | undefined, to: IntKind | undefined, span: IrSpan): BvVal {
    if (from === undefined || to === undefined) return this.fail('this cast', span);
    if (isBounded(to)) return wrap(x, intBits(to), isSigned(to));
    if (to === 'int' || !x.signed) return x;
    return { ...x, term: `(ite (bvslt ${x.term} ${bvLit(0n, x.width)}) ${bvLit(0n, x.width)} ${x.term})` };
  }

  private arith(e: IrExpr & { k: 'arith' }): BvVal {
    const a = this.int(e.left);
    switch (e.op) {
      case 'shl': case 'shr': return this.shift(e, a);
      case 'div': case 'rem': {
        const d = this.constValue(e.right);
        const sym = e.op === 'div' ? '/' : '%';
        if (d === undefined || d <= 0n || a.signed) return this.fail(`\`${sym}\` (only a non-negative value by a positive constant)`, e.span);
        const [x, y] = common(a, constant(d), 0);
        return { ...x, term: `(${e.op === 'div' ? 'bvudiv' : 'bvurem'} ${x.term} ${y.term})` };
      }
    }
    const b = this.int(e.right);
    switch (e.op) {
      case 'add': { const [x, y] = common(a, b, 1); return { ...x, term: `(bvadd ${x.term} ${y.term})` }; }
      case 'sub': { const [x, y] = common(a, b, 1, true); return { ...x, term: `(bvsub ${x.term} ${y.term})` }; }
      case 'mul': {
        const signed = a.signed || b.signed;
        const width = need(a, signed) + need(b, signed);
        const x = extend(a, width, signed);
        return { ...x, term: `(bvmul ${x.term} ${extend(b, width, signed).term})` };
      }
      default: {
        const [x, y] = common(a, b, 0);
        const f = e.op === 'bitand' ? 'bvand' : e.op === 'bitor' ? 'bvor' : 'bvxor';
        return { ...x, term: `(${f} ${x.term} ${y.term})` };
      }
    }
  }

  private shift(e: IrExpr & { k: 'arith' }, a: BvVal): BvVal {
    const k = kindOf(e.ty);
    const lit = e.right.k === 'int' && e.right.value < 128n ? e.right.value : undefined;
    if (e.op === 'shr') {
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

  bool(e: IrExpr): string {
    switch (e.k) {
      case 'bool': return String(e.value);
      case 'not': return `(not ${this.bool(e.arg)})`;
      case 'logic': {
        if (e.chain) {
          const links: IrExpr[] = [];
          let x: IrExpr = e;
          while (x.k === 'logic' && x.chain) { links.unshift(x.right); x = x.left; }
          links.unshift(x);
          return `(and ${links.map((l) => this.bool(l)).join(' ')})`;
        }
        const a = this.bool(e.left);
        const b = this.bool(e.right);
        switch (e.op) {
          case 'and': return `(and ${a} ${b})`;
          case 'or': return `(or ${a} ${b})`;
          case 'xor': return `(xor ${a} ${b})`;
          case 'implies': return `(=> ${a} ${b})`;
          case 'iff': return `(= ${a} ${b})`;
        }
        break;
      }
      case 'cmp': return this.compare(e);
      case 'var': {
        const arg = this.args.get(e.id);
        if (arg !== undefined) {
          if (typeof arg !== 'string') return this.fail(`the integer \`${e.name}\` as a boolean`, e.span);
          return arg;
        }
        if (e.at === 'old') return this.fail('this expression', e.span);
        if (strip(e.ty).k === 'bool') {
          const v = this.vars.get(e.id) ?? { name: `${mangle(e.name)}$${this.tag}_${this.vars.size}`, width: 0, signed: false };
          this.vars.set(e.id, v);
          return v.name;
        }
        break;
      }
      case 'deref': return this.bool(e.arg);
      case 'spec_call': {
        const r = this.inline(e, 'bool');
        if (typeof r !== 'string') return this.fail('an integer as a boolean', e.span);
        return r;
      }
      case 'let': case 'ite': return this.fail('this expression', e.span);
      default: break;
    }
    return this.fail('this expression', e.span);
  }

  private compare(e: IrExpr & { k: 'cmp' }): string {
    const sym = { eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=', ext_eq: '=~=' }[e.op];
    if (strip(e.left.ty).k === 'bool') {
      if (e.op !== 'eq' && e.op !== 'ne') return this.fail(`\`${sym}\``, e.left.span);
      const t = `(= ${this.bool(e.left)} ${this.bool(e.right)})`;
      return e.op === 'eq' ? t : `(not ${t})`;
    }
    const [a, b] = common(this.int(e.left), this.int(e.right), 0);
    const s = a.signed ? 's' : 'u';
    switch (e.op) {
      case 'eq': return `(= ${a.term} ${b.term})`;
      case 'ne': return `(not (= ${a.term} ${b.term}))`;
      case 'lt': return `(bv${s}lt ${a.term} ${b.term})`;
      case 'le': return `(bv${s}le ${a.term} ${b.term})`;
      case 'gt': return `(bv${s}gt ${a.term} ${b.term})`;
      case 'ge': return `(bv${s}ge ${a.term} ${b.term})`;
      default: return this.fail(`\`${sym}\``);
    }
  }
}

/** The goal `R => e` over constants of its own (named with `tag`), declared by `decls`. */
export function irBitVectorGoal(claim: IrExpr, requires: IrExpr[], span: IrSpan, tag: string, cx?: IrBvContext): { decls: string[]; term: string } {
  const tr = new IrBvTranslator(span, tag, cx);
  const pre = requires.map((r) => tr.bool(r));
  const body = tr.bool(claim);
  const term = pre.length ? `(=> (and ${pre.join(' ')}) ${body})` : body;
  const decls = [...tr.vars.values()].map((v) => `(declare-const ${v.name} ${v.width === 0 ? 'Bool' : `(_ BitVec ${v.width})`})`);
  return { decls, term };
}
