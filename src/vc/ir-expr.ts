/**
 * IR expressions to SMT terms. The IR has already decided the semantics (machine versus
 * mathematical integers, rounding, casts, `old`); this only spells them in SMT, with the
 * combinators of terms.ts, so a term reads as the direct encoding of the syntax tree did.
 */
import { intBits, isSigned, type Type } from '../check/types.js';
import type { ArithOp, IrExpr } from '../ir/types.js';
import { mangle } from '../smt/encode/context.js';
import { NON_PATTERN_HEADS } from './prelude-terms.js';
import { OPAQUE_ARITH_HEAD } from './opaque-arith.js';
import { SpecFns, type IrEnv, type ShortCircuit } from './spec-fns.js';
import { Unsupported } from './errors.js';
import { refusedImplAt } from '../ir/lower-dispatch.js';
import { OutsideFamily } from './ir-family.js';
import { applyTerm, closureBuiltin, fnExtEq, isFnSpec, lambdaTerm } from './ir-closure.js';
import { andAll, implies, intKindOf, num, orAll, strip } from './terms.js';

export type { IrEnv, ShortCircuit } from './spec-fns.js';

const ARITH_SYMBOL: Record<ArithOp, string> = {
  add: '+', sub: '-', mul: '*', div: '/', rem: '%', bitand: '&', bitor: '|', bitxor: '^', shl: '<<', shr: '>>',
};

/**
 * A local read where it has no value (a trigger candidate under a nested binder). Met at the
 * top (a claim naming a local out of scope, as an inferred loop invariant naming an earlier
 * loop's counter), the function is not supported.
 */
class UnboundLocal extends Unsupported {}

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

export class IrTerms extends SpecFns {
  /** Place reads (by placeKey) that mean another term: the values a call leaves in its `&mut` arguments. */
  protected placeValues = new Map<string, string>();

  /** A new unconstrained constant (exec code's unknown values). */
  protected freshValue(_name: string, _sort: string, _facts?: (v: string) => string[]): string {
    throw new OutsideFamily('an unknown value outside a function body');
  }

  /** The SMT term of an IR expression; `sc` given in exec positions. */
  term(e: IrExpr, env: IrEnv, sc?: ShortCircuit): string {
    if (this.placeValues.size && (e.k === 'field' || e.k === 'deref' || e.k === 'var')) {
      const key = placeKey(e);
      const v = key === undefined ? undefined : this.placeValues.get(key);
      if (v !== undefined) return v;
    }
    switch (e.k) {
      case 'int': return num(e.value);
      case 'bool': return String(e.value);
      case 'var': {
        const t = e.at === 'old' ? env.old.get(e.id) ?? env.now.get(e.id) : env.now.get(e.id);
        if (t === undefined) throw new UnboundLocal(`\`${e.name}\` where it has no value`, e.span);
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
          case 'ext_eq': return isFnSpec(this, e.left.ty) ? fnExtEq(this, a, b, e.left.ty) : this.extEq(a, b, e.left.ty, !!e.deep);
        }
        throw new Error('cmp');
      }
      case 'logic': {
        if (e.flat !== undefined) {
          const parts: IrExpr[] = [];
          let x: IrExpr = e;
          while (x.k === 'logic' && x.flat === e.flat) { parts.unshift(x.right); x = x.left; }
          parts.unshift(x);
          const terms = parts.map((p) => this.term(p, env, sc));
          return e.op === 'and' ? andAll(terms) : orAll(terms);
        }
        if (e.chain) {
          const links: IrExpr[] = [];
          let x: IrExpr = e;
          while (x.k === 'logic' && x.chain) { links.unshift(x.right); x = x.left; }
          links.unshift(x);
          return andAll(links.map((l) => this.term(l, env, sc)));
        }
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
        if (e.how === 'param_to_int') return this.paramToInt(this.term(e.arg, env, sc), e.from, e.ty, e.span);
        return this.cast(this.term(e.arg, env, sc), e.from, e.ty);
      case 'ite': return `(ite ${this.term(e.cond, env, sc)} ${this.term(e.then, env, sc)} ${this.term(e.else, env, sc)})`;
      case 'deref': return this.term(e.arg, env, sc);
      case 'spec_call': {
        const args = e.args.map((a) => this.term(a, env, sc));
        const info = this.fnByName(e.fn);
        const refused = info.traitOf ? refusedImplAt(this.crate, info, e.typeArgs.map((t) => this.ctx.substitute(t))) : undefined;
        if (refused) throw new Unsupported(`\`${info.decl.name}\` of a trait at a type whose impl is not supported (${refused})`, e.span);
        return this.applySpecFn(info, e.typeArgs, args, env);
      }
      case 'builtin': {
        const args = e.args.map((a) => this.term(a, env, sc));
        if (e.name === 'len') return `(${this.sortOf(strip(e.args[0]!.ty))}.len ${args[0]})`;
        if (e.name === 'height') return `(${this.ctx.height(this.sortOf(strip(e.args[0]!.ty)))} ${args[0]})`;
        const viaClosure = closureBuiltin(this, e.name, args, e.args.map((a) => a.ty), e.ty);
        if (viaClosure !== undefined) return viaClosure;
        return this.builtinCall(e.name, args[0], e.args[0]?.ty, args.slice(1), [], e.ty, e.span);
      }
      case 'field': {
        const base = this.term(e.base, env, sc);
        if (e.variant === undefined) return this.field(base, e.base.ty, e.name, e.span);
        const t = strip(this.ctx.substitute(e.base.ty));
        if (t.k === 'builtin' && t.name === 'Option') return `(${this.sortOf(t)}.${e.variant}.${e.name} ${base})`;
        const c = this.variantInfo(t, e.variant);
        const f = c?.fields.find((x) => x.name === e.name);
        // `x->Variant_f`: the variant's accessor (unspecified on another variant, as in Verus)
        if (!f) throw new Unsupported(`\`->${e.name}\` on this type`, e.span);
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
      case 'quant': return this.irQuant(e, env);
      case 'lambda': return lambdaTerm(this, e, env);
      case 'apply': return applyTerm(this, this.term(e.fn, env, sc), e.fn.ty, e.args.map((a) => this.term(a, env, sc)));
      case 'let': {
        // a spec `let` names its value: the body reads the value's term
        const v = this.term(e.value, env, sc);
        const now = new Map(env.now);
        now.set(e.binder.id, v);
        return this.term(e.body, { ...env, now }, sc);
      }
      case 'arbitrary':
        // any value, made where it is evaluated (exec code); a claim has none
        if (!sc) throw new OutsideFamily('an unknown value in a claim');
        return this.freshValue(e.of ?? 'arbitrary', this.sortOf(e.ty), e.of === 'bound' ? (v) => this.typeFacts(v, e.ty, 2, !!e.execValue) : undefined);
      case 'unknown_const': {
        // one symbol for the const, of its type, declared once with the crate's definitions
        const name = `const.${mangle(e.name)}`;
        this.ctx.once(`const:${name}`, () => {
          this.ctx.fun(`(declare-const ${name} Int)`);
          this.ctx.axiom(andAll(this.typeFacts(name, e.ty)));
        });
        return name;
      }
      default: throw new OutsideFamily(`IR expression ${(e as IrExpr).k}`);
    }
  }

  private irQuant(e: IrExpr & { k: 'quant' }, env: IrEnv): string {
    const outer = env.bound ?? [];
    const inner: IrEnv = { now: new Map(env.now), old: env.old, ...(env.local ? { local: env.local } : {}), ...(env.selfRec ? { selfRec: env.selfRec } : {}) };
    const decls: [string, string, Type][] = e.binders.map((b) => {
      const name = `${mangle(b.name)}$${outer.length}`;
      inner.now.set(b.id, name);
      return [name, this.sortOf(b.ty), b.ty];
    });
    inner.bound = [...outer, ...decls.map(([n, s]) => [n, s] as [string, string])];
    const range = andAll(decls.flatMap(([n, , t]) => this.typeFacts(n, t, 0)));
    if (e.quant === 'choose') return this.irChoose(e, decls, range, env, inner);
    const body = this.term(e.body, inner);
    const pats = e.triggers.length ? this.irPatterns(e.triggers, inner) : this.irAutoPatterns(e, inner);
    const vars = decls.map(([n, s]) => `(${n} ${s})`).join(' ');
    const matrix = e.quant === 'forall' ? implies(range, body) : andAll([range, body]);
    return `(${e.quant} (${vars}) ${pats ? `(! ${matrix} ${pats})` : matrix})`;
  }

  /**
   * `choose|x| body`: a function of the quantified variables in scope, the same for the same
   * body: if some value satisfies the body, it does. Verus's choose is a function of its body,
   * so a `requires` stated with a choose is met by the same choose at the caller; a
   * function-local one (over the body's constants) is declared after the crate's, so a
   * crate-level definition may be shared by a local use but not the other way round.
   */
  private irChoose(e: IrExpr & { k: 'quant' }, decls: [string, string, Type][], range: string, env: IrEnv, inner: IrEnv): string {
    const args = env.bound ?? [];
    const body = this.term(e.body, inner);
    const pats = e.triggers.length ? this.irPatterns(e.triggers, inner) : this.irAutoPatterns(e, inner);
    const sorts = decls.map(([, s]) => s);
    // several binders choose a tuple (`let (a, b) = choose|a, b| ..`): one function per binder,
    // chosen together by one axiom
    const result = (apps: string[]): string => (apps.length === 1 ? apps[0]! : `(${this.ctx.tupleSort(sorts)}.mk ${apps.join(' ')})`);
    const key = `${sorts.join(',')}|${decls.map(([x]) => x).join(',')}|${args.map(([n, s]) => `${n}:${s}`).join(',')}|${body}|${pats ?? ''}`;
    const appsOf = (names: string[]): string[] => names.map((n) => (args.length ? `(${n} ${args.map(([a]) => a).join(' ')})` : n));
    const shared = this.chooseFns.get(`G|${key}`) ?? (env.local ? this.chooseFns.get(`L|${key}`) : undefined);
    if (shared) return result(appsOf(shared.split(' ')));
    const base = `choose%${this.chooseCount++}`;
    const names = decls.length === 1 ? [base] : decls.map((_, i) => `${base}.${i}`);
    this.chooseFns.set(`${env.local ? 'L' : 'G'}|${key}`, names.join(' '));
    const apps = appsOf(names);
    const now = new Map(inner.now);
    e.binders.forEach((b, i) => now.set(b.id, apps[i]!));
    const bodyAt = this.term(e.body, { ...inner, now });
    const rangeAt = andAll(decls.flatMap(([, , ty], i) => this.typeFacts(apps[i]!, ty, 0)));
    const matrix = andAll([range, body]);
    const vars = decls.map(([x, sort]) => `(${x} ${sort})`).join(' ');
    const ax = `(=> (exists (${vars}) ${pats ? `(! ${matrix} ${pats})` : matrix}) ${andAll([rangeAt, bodyAt])})`;
    const declsText = names.map((n, i) => `(declare-fun ${n} (${args.map(([, s]) => s).join(' ')}) ${sorts[i]})`);
    const axiom = args.length ? `(forall (${args.map(([n, s]) => `(${n} ${s})`).join(' ')}) (! ${ax} :pattern (${apps[0]})))` : ax;
    if (env.local) {
      for (const d of declsText) env.local.raw(d);
      env.local.raw(`(assert ${axiom})`);
    } else {
      for (const d of declsText) this.ctx.fun(d);
      this.ctx.axiom(axiom);
    }
    return result(apps);
  }

  /** The written triggers as `:pattern` attributes (a term that cannot be one is left out). */
  protected irPatterns(groups: IrExpr[][], env: IrEnv): string | undefined {
    const out: string[] = [];
    for (const g of groups) {
      const terms: string[] = [];
      for (const t of g) {
        let s: string;
        try { s = this.term(t, env); } catch (err) { if (err instanceof UnboundLocal) continue; throw err; }
        const head = /^\(\s*([^\s()]+)/.exec(s)?.[1];
        if (!head || NON_PATTERN_HEADS.has(head) || OPAQUE_ARITH_HEAD.test(head) || s.includes('(forall') || s.includes('(exists')) continue;
        terms.push(s);
      }
      if (terms.length) out.push(`:pattern (${terms.join(' ')})`);
    }
    return out.length ? out.join(' ') : undefined;
  }

  /**
   * Automatic trigger selection (`#![auto]` or none written; the solver's own inference is
   * off, as in Verus): application
   * subterms without arithmetic on bound variables; every single term covering all
   * binders, else a greedy multi-trigger.
   */
  private irAutoPatterns(e: IrExpr & { k: 'quant' }, env: IrEnv): string | undefined {
    return this.autoPatternsOver(e.binders.map((b) => env.now.get(b.id)).filter((n): n is string => !!n), [e.body], env);
  }

  /** Automatic triggers over `roots` (in order) for the bound variables `names`. */
  protected autoPatternsOver(names: string[], roots: IrExpr[], env: IrEnv): string | undefined {
    if (names.length === 0) return undefined;
    const mentions = (t: string, n: string) => new RegExp(`(^|[\\s()])${n.replace(/[$.%]/g, (c) => '\\' + c)}($|[\\s()])`).test(t);
    const cands: { term: string; covers: string[] }[] = [];
    const seen = new Set<string>();
    const visit = (x: IrExpr): void => {
      if (x.k === 'spec_call' || x.k === 'index' || x.k === 'field' || x.k === 'builtin' || x.k === 'apply') {
        let t: string | undefined;
        try { t = this.term(x, env); } catch (err) { if (!(err instanceof UnboundLocal)) throw err; }
        if (t !== undefined && !seen.has(t)) {
          seen.add(t);
          const head = /^\(\s*([^\s()]+)/.exec(t)?.[1];
          if (head && !NON_PATTERN_HEADS.has(head) && !/\((\+|-|\*|div|mod|nl\.\w+|clip\.\w+|ite|=>|and|or|not|=|<|<=|>|>=|forall|exists|let) /.test(t)) {
            const covers = names.filter((n) => mentions(t!, n));
            if (covers.length) cands.push({ term: t, covers });
          }
        }
      }
      forEachChild(x, visit);
    };
    roots.forEach(visit);
    const full = cands.filter((c) => c.covers.length === names.length).sort((a, b) => a.term.length - b.term.length);
    if (full.length) return full.slice(0, 3).map((c) => `:pattern (${c.term})`).join(' ');
    const chosen: string[] = [];
    const covered = new Set<string>();
    for (const c of [...cands].sort((a, b) => b.covers.length - a.covers.length || a.term.length - b.term.length)) {
      if (c.covers.every((n) => covered.has(n))) continue;
      chosen.push(c.term);
      c.covers.forEach((n) => covered.add(n));
    }
    if (names.every((n) => covered.has(n))) return `:pattern (${chosen.join(' ')})`;
    return undefined;
  }
}

/** A current-value read of a local or a field path in it (derefs are transparent), as a key. */
export function placeKey(e: IrExpr): string | undefined {
  switch (e.k) {
    case 'var': return e.at === 'now' ? `${e.id}` : undefined;
    case 'deref': return placeKey(e.arg);
    case 'field': { const b = placeKey(e.base); return b === undefined || e.variant !== undefined ? undefined : `${b}.${e.name}`; }
    default: return undefined;
  }
}

/** The direct subexpressions of an IR expression, in source order. */
function forEachChild(e: IrExpr, f: (x: IrExpr) => void): void {
  switch (e.k) {
    case 'arith': case 'cmp': case 'logic': f(e.left); f(e.right); break;
    case 'neg': case 'bitnot': case 'not': case 'cast': case 'deref': case 'is_variant': f(e.arg); break;
    case 'field': f(e.base); break;
    case 'index': f(e.base); f(e.index); break;
    case 'spec_call': case 'builtin': e.args.forEach(f); break;
    case 'ctor': e.fields.forEach((x) => f(x.value)); break;
    case 'update': f(e.base); e.fields.forEach((x) => f(x.value)); break;
    case 'seq_lit': e.elems.forEach(f); break;
    case 'ite': f(e.cond); f(e.then); f(e.else); break;
    case 'let': f(e.value); f(e.body); break;
    case 'quant': e.triggers.forEach((g) => g.forEach(f)); f(e.body); break;
    // (a closure's body is its definition's, not a term of the formula around it)
    case 'apply': f(e.fn); e.args.forEach(f); break;
    default: break;
  }
}
