/**
 * IR expressions to SMT terms. The IR has already decided the semantics (machine versus
 * mathematical integers, rounding, casts, `old`); this only spells them in SMT, with the
 * combinators of terms.ts, so a term reads as the direct encoding of the syntax tree did.
 */
import { intBits, isSigned } from '../check/types.js';
import type { ArithOp, IrExpr } from '../ir/types.js';
import type { FnInfo } from '../check/program.js';
import { SpecTranslator } from './spec.js';
import { intKindOf, num, strip } from './terms.js';

const ARITH_SYMBOL: Record<ArithOp, string> = {
  add: '+', sub: '-', mul: '*', div: '/', rem: '%', bitand: '&', bitor: '|', bitxor: '^', shl: '<<', shr: '>>',
};

/** Where an expression's locals are: SSA terms of the current and the entry versions. */
export interface IrEnv {
  now: Map<number, string>;
  old: Map<number, string>;
}

/**
 * Hooks of the statement encoder: in exec positions `&&`, `||` and `==>` evaluate their right
 * side under a path condition of its own (as the direct encoding did).
 */
export interface ShortCircuit {
  /** The path condition for the right operand given the left's term, or undefined outside exec positions. */
  enter(cond: string): string | undefined;
  leave(saved: string): void;
}

/** The integer value of a literal-like IR expression (a shift by a constant is a multiplication). */
export function literalOf(e: IrExpr): bigint | undefined {
  switch (e.k) {
    case 'int': return e.value;
    case 'neg': { const v = literalOf(e.arg); return v === undefined ? undefined : -v; }
    case 'cast': {
      const v = literalOf(e.arg);
      const k = intKindOf(e.ty);
      if (v === undefined || k === undefined || intKindOf(e.from) === undefined) return undefined;
      if (k === 'int') return v;
      if (k === 'nat') return v < 0n ? 0n : v;
      const bits = intBits(k);
      return isSigned(k) ? BigInt.asIntN(bits, v) : BigInt.asUintN(bits, v);
    }
    case 'arith': {
      const a = literalOf(e.left);
      const b = a === undefined ? undefined : literalOf(e.right);
      if (a === undefined || b === undefined) return undefined;
      if (e.op === 'add') return a + b;
      if (e.op === 'sub') return a - b;
      if (e.op === 'mul') return a * b;
      return undefined;
    }
    default: return undefined;
  }
}

/**
 * (Spec fn definitions and the prelude's operations still come from spec.ts's combinators,
 * which read the syntax tree for spec fn bodies: moving those to the IR is the next step.)
 */
export class IrTerms extends SpecTranslator {
  private byName?: Map<string, FnInfo>;

  fnByName(qname: string): FnInfo {
    if (!this.byName) this.byName = new Map(this.crate.fns.map((f) => [f.qname, f]));
    const info = this.byName.get(qname);
    if (!info) throw new Error(`unknown fn ${qname}`);
    return info;
  }

  /** The SMT term of a (scalar) IR expression; `sc` given in exec positions. */
  term(e: IrExpr, env: IrEnv, sc?: ShortCircuit): string {
    switch (e.k) {
      case 'int': return num(e.value);
      case 'bool': return String(e.value);
      case 'var': {
        const t = e.at === 'old' ? env.old.get(e.id) ?? env.now.get(e.id) : env.now.get(e.id);
        if (t === undefined) throw new Error(`unbound local ${e.name}`);
        return t;
      }
      case 'arith': {
        const a = this.term(e.left, env, sc);
        const b = this.term(e.right, env, sc);
        if (strip(e.ty).k === 'bool') {
          if (e.op === 'bitand') return `(and ${a} ${b})`;
          if (e.op === 'bitor') return `(or ${a} ${b})`;
          return `(xor ${a} ${b})`;
        }
        return this.arith(ARITH_SYMBOL[e.op], a, b, intKindOf(e.ty), e.rounding === 'trunc', literalOf(e.right));
      }
      case 'neg': return `(- ${this.term(e.arg, env, sc)})`;
      case 'not': return `(not ${this.term(e.arg, env, sc)})`;
      case 'bitnot': {
        const x = this.term(e.arg, env, sc);
        return `(${this.bitFn('not', intKindOf(e.arg.ty), 1)} ${x})`;
      }
      case 'cmp': {
        const a = this.term(e.left, env, sc);
        const b = this.term(e.right, env, sc);
        switch (e.op) {
          case 'eq': return `(= ${a} ${b})`;
          case 'ne': return `(not (= ${a} ${b}))`;
          case 'lt': return `(< ${a} ${b})`;
          case 'le': return `(<= ${a} ${b})`;
          case 'gt': return `(> ${a} ${b})`;
          case 'ge': return `(>= ${a} ${b})`;
          case 'ext_eq': return this.extEq(a, b, e.left.ty, !!e.deep);
        }
        throw new Error('cmp');
      }
      case 'logic': {
        const a = this.term(e.left, env, sc);
        if (e.op === 'and' || e.op === 'or' || e.op === 'implies') {
          const saved = sc?.enter(e.op === 'or' ? `(not ${a})` : a);
          const b = this.term(e.right, env, sc);
          if (saved !== undefined) sc!.leave(saved);
          return e.op === 'and' ? `(and ${a} ${b})` : e.op === 'or' ? `(or ${a} ${b})` : `(=> ${a} ${b})`;
        }
        const b = this.term(e.right, env, sc);
        return e.op === 'iff' ? `(= ${a} ${b})` : `(xor ${a} ${b})`;
      }
      case 'cast':
        if (e.how === 'bool_to_int') return `(ite ${this.term(e.arg, env, sc)} 1 0)`;
        return this.cast(this.term(e.arg, env, sc), e.from, e.ty);
      case 'ite': return `(ite ${this.term(e.cond, env, sc)} ${this.term(e.then, env, sc)} ${this.term(e.else, env, sc)})`;
      case 'deref': return this.term(e.arg, env, sc);
      case 'spec_call': {
        const args = e.args.map((a) => this.term(a, env, sc));
        const f = this.specFn(this.fnByName(e.fn), e.typeArgs);
        return args.length ? `(${f} ${args.join(' ')})` : f;
      }
      case 'builtin': {
        const args = e.args.map((a) => this.term(a, env, sc));
        if (e.name === 'len') return `(${this.sortOf(strip(e.args[0]!.ty))}.len ${args[0]})`;
        return this.builtinCall(e.name, args[0], e.args[0]?.ty, args.slice(1), [], e.ty, e.span);
      }
      case 'field': {
        const base = this.term(e.base, env, sc);
        if (e.variant === undefined) return this.field(base, e.base.ty, e.name, e.span);
        const t = strip(this.ctx.substitute(e.base.ty));
        if (t.k === 'builtin' && t.name === 'Option') return `(${this.sortOf(t)}.${e.variant}.${e.name} ${base})`;
        const c = this.variantInfo(t, e.variant);
        const f = c?.fields.find((x) => x.name === e.name);
        if (!f) throw new Error(`field ${e.name} of variant ${e.variant}`);
        return `(${f.accessor} ${base})`;
      }
      case 'index': return this.indexTerm(this.term(e.base, env, sc), e.base.ty, this.term(e.index, env, sc), e.span);
      case 'ctor': {
        const values = e.fields.map((f) => this.term(f.value, env, sc));
        const t = strip(this.ctx.substitute(e.ty));
        if (e.adt === '') return values.length === 0 ? this.unit() : `(${this.sortOf(e.ty)}.mk ${values.join(' ')})`;
        if (t.k === 'builtin' && t.name === 'Option') return e.variant === 'Some' ? `(${this.sortOf(t)}.Some ${values[0]})` : `${this.sortOf(t)}.None`;
        if (e.variant !== undefined) {
          // (arguments in the variant's declared order, whatever the literal's)
          const byName = new Map(e.fields.map((f, i) => [f.name, values[i]!]));
          const c = this.variantInfo(e.ty, e.variant);
          return this.variantCtor(e.ty, e.variant, c ? c.fields.map((f) => byName.get(f.name)!) : values, e.span);
        }
        return this.construct(e.ty, new Map(e.fields.map((f, i) => [f.name, values[i]!])), e.span);
      }
      case 'update': {
        const base = this.term(e.base, env, sc);
        const values = new Map(e.fields.map((f) => [f.name, this.term(f.value, env, sc)]));
        for (const f of this.structFields(e.ty) ?? []) if (!values.has(f.name)) values.set(f.name, `(${f.accessor} ${base})`);
        return this.construct(e.ty, values, e.span);
      }
      case 'seq_lit': return this.seqLit(e.ty, e.elems.map((x) => this.term(x, env, sc)));
      case 'is_variant': {
        const v = this.term(e.arg, env, sc);
        const t = strip(this.ctx.substitute(e.arg.ty));
        if (t.k === 'builtin' && t.name === 'Option') return `((_ is ${this.sortOf(t)}.${e.variant}) ${v})`;
        const c = this.variantInfo(t, e.variant);
        if (!c) throw new Error(`variant ${e.variant}`);
        return `((_ is ${c.name}) ${v})`;
      }
      default: throw new Error(`IR expression ${e.k} outside the encoded family`);
    }
  }
}
