/**
 * Spec-level translation: a pure expression (requires/ensures/assert/invariant, spec fn
 * bodies) to an SMT term. Spec arithmetic is unbounded `int`; `/` `%` are Euclidean.
 * Spec functions become SMT functions with definitional axioms (fuel 1 for recursive ones).
 */
import type { FnInfo } from '../check/program.js';
import type { Resolution } from '../check/resolution.js';
import { INT, intBits, intRange, isSigned, type IntKind, type Type } from '../check/types.js';
import type { Binder, Block, Expr, FnItem, Item, MatchArm, Pattern, QuantExpr, TypeExpr } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import { mangle } from '../smt/encode/context.js';
import { Unsupported } from './errors.js';
import type { PassiveProgram } from './ir.js';
import { andAll, implies, inRange, intKindOf, num, orAll, strip, Terms } from './terms.js';
import { walkExpr } from '../syntax/walk.js';
import { dispatchTraitFn } from '../ir/lower-dispatch.js';
import type { Scc } from '../check/callgraph.js';

export interface SpecEnv {
  /** Binding id to its current term. */
  vars: Map<number, string>;
  /** Binding id to its value at function entry (for `old`), for &mut params. */
  old: Map<number, string>;
  /** Quantifier/parameter variables in scope (SMT name, sort). */
  bound: [string, string][];
  /** Path conditions inside the expression (for termination checks). */
  guards: string[];
  /** Set while translating the body of a recursive spec fn. */
  selfRec?: { decl: FnInfo['decl']; fuel: string; onCall?: (callee: FnInfo, args: string[], span: Span, env: SpecEnv) => void };
  /** Function-local declarations (choose skolems over SSA constants) go here. */
  local?: PassiveProgram;
}

export function childEnv(env: SpecEnv, extra: Partial<SpecEnv> = {}): SpecEnv {
  return { ...env, vars: new Map(env.vars), ...extra };
}

export const NON_PATTERN_HEADS = new Set(['+', '-', '*', 'div', 'mod', 'and', 'or', 'not', '=>', '=', '<', '<=', '>', '>=', 'ite', 'forall', 'exists', 'let', '_']);

export function typeExprToType(t: TypeExpr | undefined): Type | undefined {
  if (!t || t.kind !== 'path' || t.segments.length !== 1) return undefined;
  const n = t.segments[0]!;
  if (n === 'bool') return { k: 'bool' };
  if (/^(u|i)(8|16|32|64|128|size)$/.test(n) || n === 'int' || n === 'nat') return { k: 'int', kind: n as 'int' };
  return undefined;
}

/** A type as text made of SMT symbol characters, distinct for distinct types. */
export function typeKey(t: Type): string {
  switch (t.k) {
    case 'int': return t.kind;
    case 'bool': case 'char': case 'str': case 'never': case 'error': return t.k;
    case 'tuple': return `tup<${t.elems.map(typeKey).join('+')}>`;
    case 'ref': return `${t.mut ? 'refmut' : 'ref'}<${typeKey(t.inner)}>`;
    case 'array': return `arr<${typeKey(t.elem)}+${t.len}>`;
    case 'slice': return `slice<${typeKey(t.elem)}>`;
    case 'builtin': return `${t.name}<${t.args.map(typeKey).join('+')}>`;
    case 'adt': return `${mangle(t.name)}<${t.args.map(typeKey).join('+')}>`;
    case 'param': return `P%${mangle(t.name)}`;
  }
}

/** Whether an integer value lies in the range of its (integer) type; true for other types. */
function fitsType(v: bigint, ty: Type): boolean {
  const k = intKindOf(ty);
  if (k === undefined || k === 'int') return true;
  if (k === 'nat') return v >= 0n;
  const r = intRange(k)!;
  return r.min <= v && v <= r.max;
}

export class SpecTranslator extends Terms {
  private specFnNames = new Map<string, string>();
  protected chooseCount = 0;
  /** Choose functions by what they choose (see `choose`). */
  protected readonly chooseFns = new Map<string, string>();

  // ------------------------------------------------------------------ spec fns

  fnInfo(decl: FnInfo['decl']): FnInfo | undefined {
    return this.crate.fnByDecl.get(decl);
  }

  /** Set by the driver: the recursion component of a fn (empty when not recursive). */
  scc: Scc = () => new Set();

  isSelfRecursive(info: FnInfo): boolean {
    return this.scc(info.decl).has(info.decl);
  }

  /** Whether a call from `from` to `to` is recursive (same component). */
  sameComponent(from: FnInfo['decl'], to: FnInfo['decl']): boolean {
    return this.scc(from).has(to);
  }

  private implGenericsMap?: Map<FnItem, string[]>;

  /** Type parameters of a fn as the checker instantiates them: the impl's, then the fn's own. */
  genericsOf(decl: FnItem): string[] {
    if (!this.implGenericsMap) {
      const m = new Map<FnItem, string[]>();
      const visit = (items: Item[] | undefined) => {
        for (const it of items ?? []) {
          if (it.kind === 'impl') for (const f of it.items) if (f.kind === 'fn') m.set(f, it.generics);
          // a trait's members are generic over `Self` first (src/check/traits.ts)
          if (it.kind === 'trait') for (const f of it.items) if (f.kind === 'fn') m.set(f, ['Self', ...it.generics]);
          if (it.kind === 'mod' || it.kind === 'verus' || it.kind === 'include') visit(it.items);
        }
      };
      // the dependencies' files too (their impls' methods are called: vstd's `Result::spec_is_ok`)
      for (const f of new Set([...this.crate.files, ...this.crate.fns.map((x) => x.file)])) visit(f.items);
      this.implGenericsMap = m;
    }
    return [...(this.implGenericsMap.get(decl) ?? []), ...decl.generics];
  }

  /** Declares spec fn `info` (instantiated at typeArgs) and its axioms; returns the SMT function name. */
  specFn(info: FnInfo, typeArgs: Type[]): string {
    const generics = this.genericsOf(info.decl);
    const impl = this.dispatched(info, typeArgs);
    if (impl) return this.specFn(impl.info, impl.typeArgs);
    const inst = generics.length > 0 && typeArgs.length === generics.length ? typeArgs.map((t) => this.ctx.substitute(t)) : [];
    // one SMT function per instantiation *type* (not sort): `g::<u8>` and `g::<&u8>` or
    // `g::<u16>` share a sort but are different functions (an uninterpreted one may differ)
    const key = [info.qname, ...inst.map((t) => typeKey(t))].join('%');
    const existing = this.specFnNames.get(key);
    if (existing) return existing;
    const name = `f.${mangle(key)}`;
    this.specFnNames.set(key, name);
    const savedSubst = this.ctx.typeSubst;
    this.ctx.typeSubst = new Map(savedSubst);
    inst.forEach((t, i) => this.ctx.typeSubst.set(generics[i]!, t));
    try {
      const paramSorts = info.params.map((p) => this.sortOf(p.ty));
      const retSort = this.sortOf(info.retTy);
      const params = info.params.map((p, i) => `${mangle(p.name)}$${i}`);
      const binders = params.map((p, i) => `(${p} ${paramSorts[i]})`).join(' ');
      const recursive = !!info.decl.body && this.isSelfRecursive(info);
      const reveal = info.decl.flags.opaque ? `reveal%${mangle(key)}` : undefined;
      if (reveal) this.ctx.fun(`(declare-const ${reveal} Bool)`);
      const guard = (ax: string) => (reveal ? `(=> ${reveal} ${ax})` : ax);
      // the result lies in the declared return type (a `nat` is >= 0, a `u8` <= 255): the
      // checker types the body at it, so the definition agrees (for every fuel, too)
      const inType = (app: string) => {
        const facts = this.typeFacts(app, info.retTy);
        if (facts.length === 0) return;
        const pre = info.params.flatMap((p, i) => this.typeFacts(params[i]!, p.ty));
        const ax = implies(andAll(pre), andAll(facts));
        const vars = recursive ? `((fuel Fuel) ${binders})` : `(${binders})`;
        this.ctx.axiom(params.length || recursive ? `(forall ${vars} (! ${ax} :pattern (${app})))` : ax);
      };
      if (!recursive) {
        this.ctx.fun(`(declare-fun ${name} (${paramSorts.join(' ')}) ${retSort})`);
        inType(params.length ? `(${name} ${params.join(' ')})` : name);
        if (info.decl.body && !info.decl.uninterp) {
          const env: SpecEnv = { vars: new Map(), old: new Map(), bound: params.map((p, i) => [p, paramSorts[i]!]), guards: [] };
          info.params.forEach((p, i) => env.vars.set(p.id, params[i]!));
          const body = this.block(info.decl.body, env);
          const app = params.length ? `(${name} ${params.join(' ')})` : name;
          this.ctx.axiom(guard(params.length ? `(forall (${binders}) (! (= ${app} ${body}) :pattern (${app})))` : `(= ${app} ${body})`));
        }
      } else {
        this.ctx.once('sort:Fuel', () => {
          this.ctx.sort('(declare-sort Fuel 0)');
          this.ctx.fun('(declare-fun fuel.zero () Fuel)\n(declare-fun fuel.succ (Fuel) Fuel)');
        });
        const rec = `${name}.rec`;
        this.ctx.fun(`(declare-fun ${rec} (Fuel${paramSorts.map((s) => ' ' + s).join('')}) ${retSort})`);
        this.ctx.fun(`(define-fun ${name} (${binders}) ${retSort} (${rec} (fuel.succ fuel.zero)${params.map((p) => ' ' + p).join('')}))`);
        inType(`(${rec} fuel${params.map((p) => ' ' + p).join('')})`);
        const env: SpecEnv = { vars: new Map(), old: new Map(), bound: [['fuel', 'Fuel'], ...params.map((p, i) => [p, paramSorts[i]!] as [string, string])], guards: [], selfRec: { decl: info.decl, fuel: 'fuel' } };
        info.params.forEach((p, i) => env.vars.set(p.id, params[i]!));
        const body = this.block(info.decl.body!, env);
        const app = `(${rec} (fuel.succ fuel)${params.map((p) => ' ' + p).join('')})`;
        const all = `(forall ((fuel Fuel) ${binders})`;
        this.ctx.axiom(guard(`${all} (! (= ${app} ${body}) :pattern (${app})))`));
        this.ctx.axiom(`${all} (! (= ${app} (${rec} fuel${params.map((p) => ' ' + p).join('')})) :pattern (${app})))`);
      }
    } finally {
      this.ctx.typeSubst = savedSubst;
    }
    return name;
  }

  /** A trait member at a known `Self`: the impl's fn (src/ir/lower-dispatch.ts). */
  dispatched(info: FnInfo, typeArgs: Type[]): { info: FnInfo; typeArgs: Type[] } | undefined {
    if (!info.traitOf) return undefined;
    const generics = this.genericsOf(info.decl);
    if (typeArgs.length !== generics.length) return undefined;
    return dispatchTraitFn(this.crate, info, typeArgs.map((t) => this.ctx.substitute(t)), generics.length - 1 - info.decl.generics.length);
  }

  revealName(info: FnInfo): string | undefined {
    if (!info.decl.flags.opaque) return undefined;
    this.specFn(info, []);
    return `reveal%${mangle(info.qname)}`;
  }

  specApp(info: FnInfo, typeArgs: Type[], args: string[], span: Span, env: SpecEnv): string {
    if (env.selfRec && this.sameComponent(env.selfRec.decl, info.decl)) {
      env.selfRec.onCall?.(info, args, span, env);
      const f = this.specFn(info, typeArgs);
      return `(${f}.rec ${env.selfRec.fuel}${args.map((a) => ' ' + a).join('')})`;
    }
    const f = this.specFn(info, typeArgs);
    return args.length ? `(${f} ${args.join(' ')})` : f;
  }

  private enumInvariants?: Map<string, FnInfo>;

  /**
   * The `#[verifier::type_invariant]` fn of a struct or enum. The checker records it for
   * structs; for enums it is found here by its impl's self type (or its parameter's type).
   */
  typeInvariantOf(adtName: string): FnInfo | undefined {
    const s = this.crate.structs.get(adtName);
    if (s) return s.typeInvariant;
    if (!this.crate.enums.has(adtName)) return undefined;
    if (!this.enumInvariants) {
      this.enumInvariants = new Map();
      for (const f of this.crate.fns) {
        if (!f.decl.flags.typeInvariant || f.decl.mode !== 'spec' || f.params.length !== 1) continue;
        const p = strip(f.params[0]!.ty);
        const owner = f.implType ?? (p.k === 'adt' ? p.name : undefined);
        if (owner && this.crate.enums.has(owner) && !this.enumInvariants.has(owner)) this.enumInvariants.set(owner, f);
      }
    }
    return this.enumInvariants.get(adtName);
  }

  override typeInvariantTerm(term: string, t: Type): string | undefined {
    if (t.k !== 'adt') return undefined;
    const inv = this.typeInvariantOf(t.name);
    if (!inv) return undefined;
    return `(${this.specFn(inv, t.args)} ${term})`;
  }

  // ------------------------------------------------------------------ expressions

  ty(e: Expr): Type {
    return this.ctx.substitute(e.ty ?? INT);
  }

  block(b: Block, env: SpecEnv): string {
    const inner = childEnv(env);
    const lets: { id: number; term: string }[] = [];
    for (const st of b.stmts) {
      if (st.kind === 'let' && st.init) {
        const v = this.spec(st.init, inner);
        this.bindPattern(st.pattern, v, st.init.ty ?? INT, inner);
        lets.push({ id: 0, term: v });
      } else if (st.kind === 'assert' || st.kind === 'assume' || st.kind === 'proof' || (st.kind === 'expr' && st.expr.kind === 'call' && st.expr.callee.kind === 'path' && st.expr.callee.res?.kind === 'builtin' && st.expr.callee.res.name === 'reveal')) {
        continue; // proof hints inside spec code carry no value
      } else if (st.kind === 'expr' && !st.semi) {
        return this.spec(st.expr, inner);
      } else {
        throw new Unsupported('this statement in spec code', st.span);
      }
    }
    if (!b.tail) return this.unit();
    return this.spec(b.tail, inner);
  }

  /** Binds the variables of an irrefutable pattern to parts of `v` (spec). */
  bindPattern(p: Pattern, v: string, ty: Type, env: SpecEnv): void {
    const { binds } = this.matchPattern(p, v, ty, env);
    for (const [id, t] of binds) env.vars.set(id, t);
  }

  /** Condition under which `v` matches `p`, and the bindings it makes. */
  matchPattern(p: Pattern, v: string, ty: Type, env: SpecEnv): { cond: string; binds: [number, string][] } {
    const t = strip(this.ctx.substitute(ty));
    switch (p.kind) {
      case 'wild': return { cond: 'true', binds: [] };
      case 'ident':
        if (p.id === undefined) throw new Unsupported('unresolved pattern', p.span);
        return { cond: 'true', binds: [[p.id, v]] };
      case 'tuple': {
        if (t.k !== 'tuple') throw new Unsupported('this tuple pattern', p.span);
        const S = this.sortOf(t);
        const parts = p.elems.map((q, i) => this.matchPattern(q, `(${S}.${i} ${v})`, t.elems[i] ?? INT, env));
        return { cond: andAll(parts.map((x) => x.cond)), binds: parts.flatMap((x) => x.binds) };
      }
      case 'tuple_struct': case 'struct': {
        const res = p.res;
        const subs: { pat: Pattern; field: string }[] = p.kind === 'tuple_struct'
          ? p.elems.map((q, i) => ({ pat: q, field: String(i) }))
          : p.fields.map((f) => ({ pat: f.pattern, field: f.name }));
        if (res?.kind === 'builtin' && (res.name === 'Tracked' || res.name === 'Ghost' || res.name === 'Box::new') && subs[0]) return this.matchPattern(subs[0].pat, v, t, env);
        if (res?.kind === 'builtin' && res.name === 'Some') {
          const O = this.sortOf(t);
          const elemTy = t.k === 'builtin' ? t.args[0] ?? INT : INT;
          const inner = subs[0] ? this.matchPattern(subs[0].pat, `(${O}.Some.0 ${v})`, elemTy, env) : { cond: 'true', binds: [] };
          return { cond: andAll([`((_ is ${O}.Some) ${v})`, inner.cond]), binds: inner.binds };
        }
        if (res?.kind === 'variant') {
          const c = this.variantInfo(t, res.variant.name);
          if (!c) throw new Unsupported('this pattern', p.span);
          const parts = subs.map((s) => {
            const f = c.fields.find((x) => x.name === s.field);
            if (!f) throw new Unsupported(`field ${s.field}`, p.span);
            return this.matchPattern(s.pat, `(${f.accessor} ${v})`, f.ty, env);
          });
          return { cond: andAll([`((_ is ${c.name}) ${v})`, ...parts.map((x) => x.cond)]), binds: parts.flatMap((x) => x.binds) };
        }
        if (res?.kind === 'struct') {
          const fields = this.structFields(t) ?? [];
          const parts = subs.map((s) => {
            const f = fields.find((x) => x.name === s.field);
            if (!f) throw new Unsupported(`field ${s.field}`, p.span);
            return this.matchPattern(s.pat, `(${f.accessor} ${v})`, f.ty, env);
          });
          return { cond: andAll(parts.map((x) => x.cond)), binds: parts.flatMap((x) => x.binds) };
        }
        throw new Unsupported('this pattern', p.span);
      }
      case 'path': {
        const res = p.res;
        if (res?.kind === 'builtin' && res.name === 'None') return { cond: `((_ is ${this.sortOf(t)}.None) ${v})`, binds: [] };
        if (res?.kind === 'variant') {
          const c = this.variantInfo(t, res.variant.name);
          if (!c) throw new Unsupported('this pattern', p.span);
          return { cond: `((_ is ${c.name}) ${v})`, binds: [] };
        }
        if (res?.kind === 'const') return { cond: `(= ${v} ${this.constTerm(res, p.span, env)})`, binds: [] };
        if (res?.kind === 'struct') return { cond: 'true', binds: [] };
        throw new Unsupported('this pattern', p.span);
      }
      case 'lit': return { cond: `(= ${v} ${this.spec(p.value, env)})`, binds: [] };
      case 'range': {
        const lo = p.lo ? `(<= ${this.spec(p.lo, env)} ${v})` : 'true';
        const hi = p.hi ? (p.inclusive ? `(<= ${v} ${this.spec(p.hi, env)})` : `(< ${v} ${this.spec(p.hi, env)})`) : 'true';
        return { cond: andAll([lo, hi]), binds: [] };
      }
      case 'or': {
        const parts = p.alts.map((q) => this.matchPattern(q, v, ty, env));
        // each alternative binds the same names; the value comes from the first that matches
        const ids = parts[0]?.binds.map(([id]) => id) ?? [];
        const binds: [number, string][] = ids.map((id) => {
          let t: string | undefined;
          for (let i = parts.length - 1; i >= 0; i--) {
            const b = parts[i]!.binds.find(([x]) => x === id)?.[1];
            if (b === undefined) throw new Unsupported('or-patterns binding different names', p.span);
            t = t === undefined ? b : `(ite ${parts[i]!.cond} ${b} ${t})`;
          }
          return [id, t!];
        });
        return { cond: orAll(parts.map((x) => x.cond)), binds };
      }
    }
  }

  constTerm(res: Resolution & { kind: 'const' }, span: Span, env: SpecEnv): string {
    const info = this.crate.consts.get(res.qname);
    if (typeof info?.value === 'bigint' && !fitsType(info.value, info.ty)) {
      // the initializer overflows (an error on it): the const is some value of its type, no more
      const name = `const.${mangle(res.qname)}`;
      this.ctx.once(`const:${name}`, () => {
        this.ctx.fun(`(declare-const ${name} Int)`);
        this.ctx.axiom(andAll(this.typeFacts(name, info.ty)));
      });
      return name;
    }
    if (info?.value !== undefined) return typeof info.value === 'boolean' ? String(info.value) : num(info.value);
    if (res.decl.value) return this.spec(res.decl.value, { vars: new Map(), old: new Map(), bound: [], guards: [], local: env.local });
    throw new Unsupported('a constant without a value', span);
  }

  /**
   * The value of a constant integer expression (literals, consts with their value, `T::MAX`,
   * casts, `+ - *`), as the main query means it; so a shift by `(BITS - 1) as usize` is the
   * exact shift, as a literal amount is.
   */
  literalValue(e: Expr): bigint | undefined {
    switch (e.kind) {
      case 'int': return e.value;
      case 'unary': {
        const v = e.op === '-' ? this.literalValue(e.operand) : undefined;
        return v === undefined ? undefined : -v;
      }
      case 'path': {
        const res = e.res;
        if (res?.kind === 'const') {
          const info = this.crate.consts.get(res.qname);
          return typeof info?.value === 'bigint' && fitsType(info.value, info.ty) ? info.value : undefined;
        }
        if (res?.kind === 'builtin') {
          const c = this.builtinConst(res.name);
          return c === undefined ? undefined : BigInt(c.replace(/^\(- (\d+)\)$/, '-$1'));
        }
        return undefined;
      }
      case 'cast': {
        const v = this.literalValue(e.operand);
        const k = intKindOf(this.ty(e));
        if (v === undefined || k === undefined || intKindOf(e.operand.ty) === undefined) return undefined;
        if (k === 'int') return v;
        if (k === 'nat') return v < 0n ? 0n : v;
        const bits = BigInt(intBits(k));
        return isSigned(k) ? BigInt.asIntN(Number(bits), v) : BigInt.asUintN(Number(bits), v);
      }
      case 'binary': {
        const a = this.literalValue(e.left);
        const b = a === undefined ? undefined : this.literalValue(e.right);
        if (a === undefined || b === undefined) return undefined;
        if (e.op === '+') return a + b;
        if (e.op === '-') return a - b;
        if (e.op === '*') return a * b;
        return undefined;
      }
      case 'block': return e.block.stmts.length === 0 && e.block.tail ? this.literalValue(e.block.tail) : undefined;
      default: return undefined;
    }
  }

  /** Value of a built-in constant such as `u64::MAX`. */
  builtinConst(name: string): string | undefined {
    const m = /^(\w+)::(MAX|MIN|BITS)$/.exec(name);
    if (!m) return undefined;
    const k = m[1]! as IntKind;
    const r = intRange(k);
    if (!r) return undefined;
    if (m[2] === 'MAX') return num(r.max);
    if (m[2] === 'MIN') return num(r.min);
    return String(k === 'usize' || k === 'isize' ? 64 : Number(k.slice(1)));
  }

  pathTerm(e: Expr & { kind: 'path' }, env: SpecEnv): string {
    const res = e.res;
    if (!res) throw new Unsupported(`unresolved name \`${e.segments.join('::')}\``, e.span);
    switch (res.kind) {
      case 'local': {
        const v = env.vars.get(res.id);
        if (v === undefined) throw new Unsupported(`variable \`${res.name}\` in this position`, e.span);
        return v;
      }
      case 'const': return this.constTerm(res, e.span, env);
      case 'builtin': {
        const c = this.builtinConst(res.name);
        if (c !== undefined) return c;
        if (res.name === 'None') return `${this.sortOf(this.ty(e))}.None`;
        break;
      }
      case 'variant': return this.variantCtor(this.ty(e), res.variant.name, [], e.span);
      case 'struct': return this.construct(this.ty(e), new Map(), e.span);
      case 'fn':
        if (res.decl.mode === 'spec' && res.decl.params.length === 0) {
          const info = this.fnInfo(res.decl);
          if (info) return this.specApp(info, res.typeArgs, [], e.span, env);
        }
        break;
    }
    throw new Unsupported(`\`${e.segments.join('::')}\` as a value`, e.span);
  }

  /** `==` at a type: datatypes and sequences compare structurally. */
  eq(a: string, b: string): string {
    return `(= ${a} ${b})`;
  }

  /** Whether `==` at this type is proved as `=~=` in claims (Verus's auto-ext-equal types). */
  hasExtEquality(ty: Type): boolean {
    const t = strip(this.ctx.substitute(ty));
    if (t.k === 'array' || t.k === 'slice') return true;
    if (t.k === 'builtin') return t.name === 'Seq' || t.name === 'Set' || t.name === 'Map';
    if (t.k === 'adt') {
      const decl = this.crate.structs.get(t.name)?.decl ?? this.crate.enums.get(t.name)?.decl;
      return !!decl?.attrs.some((a) => a.name === 'verifier::ext_equal');
    }
    return false;
  }

  sameType(a: Type, b: Type): boolean {
    return typeKey(strip(this.ctx.substitute(a))) === typeKey(strip(this.ctx.substitute(b)));
  }

  /**
   * `a =~= b` (deep: `a =~~= b`): sequences of the same length with equal elements, maps with
   * one domain and equal values on it, sets with the same members; an `ext_equal` datatype's
   * fields compared the same way. Deep comparison goes into elements and values of
   * extensional types. Each form implies `a == b` (the ext axioms of the sorts).
   */
  extEq(a: string, b: string, ty: Type, deep = false): string {
    const t = strip(this.ctx.substitute(ty));
    const s = this.sortOf(t);
    const part = (x: string, y: string, pt: Type) => (this.hasExtEquality(pt) ? this.extEq(x, y, pt, deep) : `(= ${x} ${y})`);
    if (s.startsWith('Seq%')) {
      const elem = t.k === 'array' || t.k === 'slice' ? t.elem : t.k === 'builtin' ? t.args[0] : undefined;
      if (!deep || !elem || !this.hasExtEquality(elem)) return `(${s}.ext ${a} ${b})`;
      const i = `i$ext${this.extCount++}`;
      const at = (x: string) => `(${s}.index ${x} ${i})`;
      const inner = `(and (= (${s}.len ${a}) (${s}.len ${b})) (forall ((${i} Int)) (! (=> (and (<= 0 ${i}) (< ${i} (${s}.len ${a}))) ${part(at(a), at(b), elem)}) :pattern (${at(a)}) :pattern (${at(b)}))))`;
      // the element-wise fact, then (knowing it) the sequences' own extensionality, which gives ==
      return `(and ${inner} (=> ${inner} (${s}.ext ${a} ${b})))`;
    }
    if (s.startsWith('Map%')) {
      const val = t.k === 'builtin' ? t.args[1] : undefined;
      if (!deep || !val || !this.hasExtEquality(val)) return `(${s}.ext ${a} ${b})`;
      const key = t.k === 'builtin' && t.args[0] ? this.sortOf(t.args[0]) : 'Int';
      const k = `k$ext${this.extCount++}`;
      const at = (x: string) => `(select (${s}.vals ${x}) ${k})`;
      const inner = `(and (= (${s}.dom ${a}) (${s}.dom ${b})) (forall ((${k} ${key})) (! (=> (select (${s}.dom ${a}) ${k}) ${part(at(a), at(b), val)}) :pattern (${at(a)}) :pattern (${at(b)}))))`;
      return `(and ${inner} (=> ${inner} (${s}.ext ${a} ${b})))`;
    }
    if (t.k === 'adt' && this.hasExtEquality(t)) {
      const shape = this.ctx.adtSort(t.name, t.args);
      const ctors = shape.ctors.map((c) => {
        const fields = c.fields.map((f) => part(`(${f.accessor} ${a})`, `(${f.accessor} ${b})`, f.ty));
        return shape.ctors.length === 1 ? andAll(fields) : andAll([`((_ is ${c.name}) ${a})`, `((_ is ${c.name}) ${b})`, ...fields]);
      });
      return orAll(ctors);
    }
    return `(= ${a} ${b})`;
  }
  private extCount = 0;

  compare(op: string, a: string, b: string, operandTy: Type): string | undefined {
    switch (op) {
      case '==': case '===': return this.eq(a, b);
      case '!=': case '!==': return `(not ${this.eq(a, b)})`;
      case '<': return `(< ${a} ${b})`;
      case '<=': return `(<= ${a} ${b})`;
      case '>': return `(> ${a} ${b})`;
      case '>=': return `(>= ${a} ${b})`;
      case '=~=': case '=~~=': return this.extEq(a, b, operandTy, op === '=~~=');
      case '&&': return `(and ${a} ${b})`;
      case '||': return `(or ${a} ${b})`;
      case '==>': return `(=> ${a} ${b})`;
      case '<==': return `(=> ${b} ${a})`;
      case '<==>': return `(= ${a} ${b})`;
    }
    return undefined;
  }

  spec(e: Expr, env: SpecEnv): string {
    switch (e.kind) {
      case 'int': return num(e.value);
      case 'bool': return String(e.value);
      case 'char': return String(e.value.codePointAt(0) ?? 0);
      case 'path': return this.pathTerm(e, env);
      case 'unary': {
        const x = this.spec(e.operand, env);
        if (e.op === '*') return x;
        if (e.op === '-') return `(- ${x})`;
        if (strip(this.ty(e.operand)).k === 'bool') return `(not ${x})`;
        return `(${this.bitFn('not', intKindOf(e.operand.ty), 1)} ${x})`;
      }
      case 'ref': case 'trigger': return this.spec(e.operand, env);
      case 'view': {
        const info = e.res?.kind === 'fn' ? this.fnInfo(e.res.decl) : undefined;
        if (info && e.res?.kind === 'fn') return this.specApp(info, e.res.typeArgs, [this.spec(e.operand, env)], e.span, env);
        return this.spec(e.operand, env);
      }
      case 'old': {
        const base = e.operand;
        if (base.kind === 'path' && base.res?.kind === 'local') {
          const o = env.old.get(base.res.id);
          if (o !== undefined) return o;
        }
        return this.spec(base, env);
      }
      case 'final': return this.spec(e.operand, env);
      case 'binary': {
        // an exec operator through a user impl is a call, never a spec operation
        if (e.res) throw new Unsupported(`\`${e.op}\` through a trait impl here`, e.span);
        const lt = this.ty(e.left);
        if (e.op === '&&' || e.op === '||' || e.op === '==>') {
          const a = this.spec(e.left, env);
          const g = e.op === '||' ? `(not ${a})` : a;
          const b = this.spec(e.right, { ...env, guards: [...env.guards, g] });
          return this.compare(e.op, a, b, lt)!;
        }
        const a = this.spec(e.left, env);
        const b = this.spec(e.right, env);
        const c = this.compare(e.op, a, b, lt);
        if (c) return c;
        if (strip(lt).k === 'bool') {
          if (e.op === '&' ) return `(and ${a} ${b})`;
          if (e.op === '|') return `(or ${a} ${b})`;
          if (e.op === '^') return `(xor ${a} ${b})`;
        }
        const ls = this.sortOf(strip(lt));
        if (e.op === '+' && ls.startsWith('Seq%')) return `(${ls}.add ${a} ${b})`;
        return this.arith(e.op, a, b, intKindOf(e.ty), false, this.literalValue(e.right));
      }
      case 'chain': {
        const ts = e.operands.map((x) => this.spec(x, env));
        return andAll(e.ops.map((op, i) => this.compare(op, ts[i]!, ts[i + 1]!, this.ty(e.operands[i]!))!));
      }
      case 'call': return this.callTerm(e, env);
      case 'method': return this.methodTerm(e, env);
      case 'field': {
        const base = this.spec(e.base, env);
        if (e.variant === undefined) return this.field(base, this.ty(e.base), e.name, e.span);
        // `x->Variant_f`: the variant's accessor (unspecified on another variant, as in Verus)
        const t = strip(this.ctx.substitute(this.ty(e.base)));
        if (t.k === 'builtin' && t.name === 'Option') return `(${this.sortOf(t)}.${e.variant}.${e.name} ${base})`;
        const f = this.variantInfo(t, e.variant)?.fields.find((x) => x.name === e.name);
        if (!f) throw new Unsupported(`\`->${e.name}\` on this type`, e.span);
        return `(${f.accessor} ${base})`;
      }
      case 'index': return this.indexTerm(this.spec(e.base, env), this.ty(e.base), this.spec(e.index, env), e.span);
      case 'cast': return this.cast(this.spec(e.operand, env), e.operand.ty, this.ty(e), e.span);
      case 'quant': return this.quant(e, env);
      case 'if': {
        const c = this.spec(e.cond, env);
        const t = this.block(e.then, { ...env, guards: [...env.guards, c] });
        const elseEnv = { ...env, guards: [...env.guards, `(not ${c})`] };
        const f = !e.else ? this.unit() : 'stmts' in e.else ? this.block(e.else, elseEnv) : this.spec(e.else, elseEnv);
        return `(ite ${c} ${t} ${f})`;
      }
      case 'match': return this.matchTerm(e.scrutinee, e.arms, env, e.span);
      case 'is': {
        const v = this.spec(e.operand, env);
        const t = this.ty(e.operand);
        const name = e.variant[e.variant.length - 1]!;
        const st = strip(t);
        if (st.k === 'builtin' && st.name === 'Option') return `((_ is ${this.sortOf(st)}.${name}) ${v})`;
        const c = this.variantInfo(t, name);
        if (!c) throw new Unsupported(`\`is ${name}\``, e.span);
        return `((_ is ${c.name}) ${v})`;
      }
      case 'block': return this.block(e.block, env);
      case 'struct': return this.structLit(e, (x) => this.spec(x, env));
      case 'tuple': return e.elems.length === 0 ? this.unit() : `(${this.sortOf(this.ty(e))}.mk ${e.elems.map((x) => this.spec(x, env)).join(' ')})`;
      case 'array': case 'seq': {
        if (e.kind === 'array' && e.repeat) throw new Unsupported('array repeat expressions', e.span);
        return this.seqLit(this.ty(e), e.elems.map((x) => this.spec(x, env)));
      }
      default:
        throw new Unsupported(`this expression (${e.kind}) in spec code`, e.span);
    }
  }

  seqLit(ty: Type, elems: string[]): string {
    const Q = this.sortOf(ty);
    let t = `${Q}.empty`;
    for (const x of elems) t = `(${Q}.push ${t} ${x})`;
    return t;
  }

  structLit(e: Expr & { kind: 'struct' }, sub: (x: Expr) => string): string {
    const ty = this.ty(e);
    const res = e.res;
    const values = new Map<string, string>();
    for (const f of e.fields) values.set(f.name, sub(f.value));
    if (res?.kind === 'variant') {
      const c = this.variantInfo(ty, res.variant.name);
      if (!c) throw new Unsupported('this enum constructor', e.span);
      return this.variantCtor(ty, res.variant.name, c.fields.map((f) => {
        const v = values.get(f.name);
        if (v === undefined) throw new Unsupported(`missing field \`${f.name}\``, e.span);
        return v;
      }), e.span);
    }
    if (e.base) {
      const b = sub(e.base);
      for (const f of this.structFields(ty) ?? []) if (!values.has(f.name)) values.set(f.name, `(${f.accessor} ${b})`);
    }
    return this.construct(ty, values, e.span);
  }

  indexTerm(base: string, baseTy: Type, idx: string, span: Span): string {
    const t = strip(this.ctx.substitute(baseTy));
    const s = this.sortOf(t);
    if (s.startsWith('Seq%')) return `(${s}.index ${base} ${idx})`;
    if (s.startsWith('Map%')) return `(select (${s}.vals ${base}) ${idx})`;
    throw new Unsupported('indexing this type', span);
  }

  matchTerm(scrutinee: Expr, arms: MatchArm[], env: SpecEnv, span: Span): string {
    const v = this.spec(scrutinee, env);
    const ty = this.ty(scrutinee);
    const parts = arms.map((arm) => {
      const inner = childEnv(env);
      const m = this.matchPattern(arm.pattern, v, ty, inner);
      for (const [id, t] of m.binds) inner.vars.set(id, t);
      const guard = arm.guard ? this.spec(arm.guard, inner) : 'true';
      return { cond: andAll([m.cond, guard]), inner };
    });
    if (parts.length === 0) throw new Unsupported('an empty match', span);
    let out: string | undefined;
    for (let i = parts.length - 1; i >= 0; i--) {
      const p = parts[i]!;
      const prevNot = parts.slice(0, i).map((q) => `(not ${q.cond})`);
      const body = this.spec(arms[i]!.body, { ...p.inner, guards: [...env.guards, ...prevNot, p.cond] });
      out = out === undefined ? body : `(ite ${p.cond} ${body} ${out})`;
    }
    return out!;
  }

  /** The semantic type of a quantifier binder (from its uses, else its written type). */
  binderType(b: Binder, body: Expr): Type {
    let found: Type | undefined;
    walkExpr(body, (x) => {
      if (!found && x.kind === 'path' && x.res?.kind === 'local' && x.res.id === b.id) found = x.res.ty;
    });
    return found ?? typeExprToType(b.ty) ?? INT;
  }

  quant(e: QuantExpr, env: SpecEnv): string {
    const inner = childEnv(env);
    const decls: [string, string, Type][] = e.binders.map((b) => {
      const ty = this.binderType(b, e.body);
      const name = `${mangle(b.name)}$${env.bound.length}`;
      if (b.id !== undefined) inner.vars.set(b.id, name);
      return [name, this.sortOf(ty), ty];
    });
    inner.bound = [...env.bound, ...decls.map(([n, s]) => [n, s] as [string, string])];
    const range = andAll(decls.flatMap(([n, , t]) => this.typeFacts(n, t, 0)));
    if (e.quant === 'choose') return this.choose(e, decls, range, env, inner);
    const body = this.spec(e.body, inner);
    const pats = this.patterns(e, inner);
    const vars = decls.map(([n, s]) => `(${n} ${s})`).join(' ');
    const matrix = e.quant === 'forall' ? implies(range, body) : andAll([range, body]);
    return `(${e.quant} (${vars}) ${pats ? `(! ${matrix} ${pats})` : matrix})`;
  }

  /** `:pattern` attributes from `#[trigger]` / `#![trigger ..]`; none means the solver picks. */
  patterns(e: { body: Expr; triggers: Expr[][] }, env: SpecEnv): string | undefined {
    const groups: Expr[][] = [...e.triggers];
    const marked: Expr[] = [];
    walkExpr(e.body, (x) => { if (x.kind === 'trigger') marked.push(x.operand); });
    if (marked.length) groups.push(marked);
    const out: string[] = [];
    if (groups.length === 0) return this.autoPatterns(e.body, env, (e as { binders?: Binder[] }).binders ?? []);
    for (const g of groups) {
      const terms: string[] = [];
      for (const t of g) {
        let s: string;
        try { s = this.spec(t, env); } catch { continue; }
        const head = /^\(\s*([^\s()]+)/.exec(s)?.[1];
        if (!head || NON_PATTERN_HEADS.has(head) || s.includes('(forall') || s.includes('(exists')) continue;
        terms.push(s);
      }
      if (terms.length) out.push(`:pattern (${terms.join(' ')})`);
    }
    return out.length ? out.join(' ') : undefined;
  }

  /**
   * Automatic trigger selection (`#![auto]` or none written; the solver's own inference is
   * off, as in Verus): function-application subterms without arithmetic on bound variables;
   * every single term covering all binders, else a greedy multi-trigger.
   */
  autoPatterns(body: Expr, env: SpecEnv, binders: Binder[]): string | undefined {
    const names = binders.map((b) => env.vars.get(b.id ?? -1)).filter((n): n is string => !!n);
    if (names.length === 0) return undefined;
    const mentions = (t: string, n: string) => new RegExp(`(^|[\\s()])${n.replace(/[$.%]/g, (c) => '\\' + c)}($|[\\s()])`).test(t);
    const cands: { term: string; covers: string[] }[] = [];
    const seen = new Set<string>();
    walkExpr(body, (x) => {
      if (x.kind === 'quant') return;
      const isApp = (x.kind === 'call' && x.callee.kind === 'path' && x.callee.res?.kind === 'fn')
        || x.kind === 'index' || x.kind === 'method' || x.kind === 'field';
      if (!isApp) return;
      let t: string;
      try { t = this.spec(x, env); } catch { return; }
      if (seen.has(t)) return;
      seen.add(t);
      const head = /^\(\s*([^\s()]+)/.exec(t)?.[1];
      if (!head || NON_PATTERN_HEADS.has(head) || /\((\+|-|\*|div|mod|ite|=>|and|or|not|=|<|<=|>|>=|forall|exists|let) /.test(t)) return;
      const covers = names.filter((n) => mentions(t, n));
      if (covers.length) cands.push({ term: t, covers });
    });
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

  choose(e: QuantExpr, decls: [string, string, Type][], range: string, env: SpecEnv, inner: SpecEnv): string {
    if (decls.length !== 1) throw new Unsupported('choose with several binders', e.span);
    const [x, sort] = decls[0]!;
    const args = env.bound;
    const body = this.spec(e.body, inner);
    const pats = this.patterns(e, inner);
    // Verus's choose is a function of its body: the same body (over the same symbols) is the
    // same value, so a `requires` stated with a choose is met by the same choose at the caller.
    // A function-local one (over the body's constants) is declared after the crate's, so a
    // crate-level definition may be shared by a local use but not the other way round.
    const key = `${sort}|${x}|${args.map(([n, s]) => `${n}:${s}`).join(',')}|${body}|${pats ?? ''}`;
    const shared = this.chooseFns.get(`G|${key}`) ?? (env.local ? this.chooseFns.get(`L|${key}`) : undefined);
    if (shared) return args.length ? `(${shared} ${args.map(([n]) => n).join(' ')})` : shared;
    const name = `choose%${this.chooseCount++}`;
    this.chooseFns.set(`${env.local ? 'L' : 'G'}|${key}`, name);
    const app = args.length ? `(${name} ${args.map(([n]) => n).join(' ')})` : name;
    const env2 = childEnv(inner);
    env2.vars.set(e.binders[0]!.id ?? -1, app);
    const bodyAt = this.spec(e.body, env2);
    const rangeAt = andAll(this.typeFacts(app, decls[0]![2], 0));
    // the exists sits in a negative position (it acts as a forall over x), so it needs the
    // original quantifier's triggers (pats): Z3's own pattern inference is not relied on
    const matrix = andAll([range, body]);
    const ax = `(=> (exists ((${x} ${sort})) ${pats ? `(! ${matrix} ${pats})` : matrix}) ${andAll([rangeAt, bodyAt])})`;
    const decl = `(declare-fun ${name} (${args.map(([, s]) => s).join(' ')}) ${sort})`;
    const axiom = args.length ? `(forall (${args.map(([n, s]) => `(${n} ${s})`).join(' ')}) (! ${ax} :pattern (${app})))` : ax;
    if (env.local) {
      env.local.raw(decl);
      env.local.raw(`(assert ${axiom})`);
    } else {
      this.ctx.fun(decl);
      this.ctx.axiom(axiom);
    }
    return app;
  }

  // ------------------------------------------------------------------ calls

  callTerm(e: Expr & { kind: 'call' }, env: SpecEnv): string {
    const res = e.callee.kind === 'path' ? e.callee.res : undefined;
    const args = () => e.args.map((a) => this.spec(a, env));
    if (res?.kind === 'fn') {
      const info = this.fnInfo(res.decl);
      if (!info || res.decl.mode !== 'spec') throw new Unsupported(`calling \`${res.qname}\` in spec code`, e.span);
      return this.specApp(info, res.typeArgs, args(), e.span, env);
    }
    if (res?.kind === 'struct') {
      const values = new Map<string, string>();
      args().forEach((a, i) => values.set(String(i), a));
      return this.construct(this.ty(e), values, e.span);
    }
    if (res?.kind === 'variant') return this.variantCtor(this.ty(e), res.variant.name, args(), e.span);
    if (res?.kind === 'builtin') return this.builtinCall(res.name, undefined, undefined, args(), e.args.map((a) => this.ty(a)), this.ty(e), e.span);
    throw new Unsupported('this call in spec code', e.span);
  }

  methodTerm(e: Expr & { kind: 'method' }, env: SpecEnv): string {
    const res = e.res;
    const recv = this.spec(e.receiver, env);
    const args = e.args.map((a) => this.spec(a, env));
    if (res?.kind === 'fn') {
      const info = this.fnInfo(res.decl);
      if (!info || res.decl.mode !== 'spec') throw new Unsupported(`calling \`${res.qname}\` in spec code`, e.span);
      return this.specApp(info, res.typeArgs, [recv, ...args], e.span, env);
    }
    if (res?.kind === 'builtin') return this.builtinCall(res.name, recv, this.ty(e.receiver), args, e.args.map((a) => this.ty(a)), this.ty(e), e.span);
    throw new Unsupported(`method \`${e.method}\``, e.span);
  }

  /** Pure built-ins (Seq/Set/Map/Option/Vec views and wrappers). */
  builtinCall(name: string, recv: string | undefined, recvTy: Type | undefined, args: string[], _argTys: Type[], resTy: Type, span: Span): string {
    const r = recv ?? args[0] ?? '';
    const a = recv === undefined ? args.slice(1) : args;
    const sortR = recvTy ? this.sortOf(strip(recvTy)) : '';
    switch (name) {
      case 'Ghost': case 'Tracked': case 'Box::new': case 'Ghost::view': case 'Tracked::view': case 'Tracked::borrow': case 'Tracked::get': case 'Vec::view': case 'slice::view':
        return r;
      case 'slice::len': return `(${sortR}.len ${r})`;
      case 'Some': return `(${this.sortOf(resTy)}.Some ${r})`;
      case 'None': return `${this.sortOf(resTy)}.None`;
      case 'Option::is_some': return `((_ is ${sortR}.Some) ${r})`;
      case 'Option::is_none': return `((_ is ${sortR}.None) ${r})`;
      case 'Option::unwrap': case 'Option::get_Some_0': return `(${sortR}.Some.0 ${r})`;
      case 'Option::unwrap_or': return `(ite ((_ is ${sortR}.Some) ${r}) (${sortR}.Some.0 ${r}) ${a[0]})`;
      case 'Vec::new': case 'Vec::with_capacity': case 'Seq::empty': return `${this.sortOf(resTy)}.empty`;
      case 'Vec::len': case 'Seq::len': return `(${sortR}.len ${r})`;
      case 'Vec::is_empty': return `(= (${sortR}.len ${r}) 0)`;
      case 'Seq::index': return `(${sortR}.index ${r} ${a[0]})`;
      case 'Seq::push': return `(${sortR}.push ${r} ${a[0]})`;
      case 'Seq::update': return `(${sortR}.update ${r} ${a[0]} ${a[1]})`;
      case 'Seq::subrange': return `(${sortR}.subrange ${r} ${a[0]} ${a[1]})`;
      case 'Seq::take': return `(${sortR}.subrange ${r} 0 ${a[0]})`;
      case 'Seq::skip': return `(${sortR}.subrange ${r} ${a[0]} (${sortR}.len ${r}))`;
      case 'Seq::drop_last': return `(${sortR}.subrange ${r} 0 (- (${sortR}.len ${r}) 1))`;
      case 'Seq::last': return `(${sortR}.index ${r} (- (${sortR}.len ${r}) 1))`;
      case 'Seq::first': return `(${sortR}.index ${r} 0)`;
      case 'Seq::add': return `(${sortR}.add ${r} ${a[0]})`;
      case 'Seq::contains': {
        const st = recvTy ? strip(this.ctx.substitute(recvTy)) : undefined;
        const elemTy = st && (st.k === 'builtin' ? st.args[0] : st.k === 'array' || st.k === 'slice' ? st.elem : undefined);
        if (!elemTy) throw new Unsupported('`contains` on this type', span);
        return `(${this.ctx.seqContains(this.sortOf(elemTy))} ${r} ${a[0]})`;
      }
      case 'Set::empty': {
        const s = this.sortOf(resTy);
        return `((as const ${s}) false)`;
      }
      case 'Set::insert': return `(store ${r} ${a[0]} true)`;
      case 'Set::remove': return `(store ${r} ${a[0]} false)`;
      case 'Set::contains': return `(select ${r} ${a[0]})`;
      case 'Set::union': return `(${this.setPointwise('or', recvTy, span)} ${r} ${a[0]})`;
      case 'Set::intersect': return `(${this.setPointwise('and', recvTy, span)} ${r} ${a[0]})`;
      case 'Set::subset_of': return `(= (${this.setPointwise('and', recvTy, span)} ${r} ${a[0]}) ${r})`;
      case 'Set::difference': return `(${this.setPointwise('diff', recvTy, span)} ${r} ${a[0]})`;
      case 'Set::full': return `((as const ${this.sortOf(resTy)}) true)`;
      case 'Set::len': return `(${this.setCard(recvTy, span).len} ${r})`;
      case 'Set::finite': return `(${this.setCard(recvTy, span).finite} ${r})`;
      case 'Map::empty': {
        const s = this.sortOf(resTy);
        const k = strip(resTy).k === 'builtin' ? this.sortOf((strip(resTy) as { args: Type[] }).args[0] ?? INT) : 'Int';
        return `(${s}.mk ((as const (Array ${k} Bool)) false) ${s}.default)`;
      }
      case 'Map::insert': return `(${sortR}.mk (store (${sortR}.dom ${r}) ${a[0]} true) (store (${sortR}.vals ${r}) ${a[0]} ${a[1]}))`;
      case 'Map::remove': return `(${sortR}.mk (store (${sortR}.dom ${r}) ${a[0]} false) (${sortR}.vals ${r}))`;
      case 'Map::dom': return `(${sortR}.dom ${r})`;
      case 'Map::index': return `(select (${sortR}.vals ${r}) ${a[0]})`;
      case 'Map::contains_key': return `(select (${sortR}.dom ${r}) ${a[0]})`;
      case 'reveal': return 'true';
    }
    const c = this.builtinConst(name);
    if (c !== undefined) return c;
    throw new Unsupported(`\`${name}\` in this position`, span);
  }

  /** Union (`or`), intersection (`and`) or difference of sets of the receiver's type (see SmtContext.setPointwise). */
  private setPointwise(op: 'or' | 'and' | 'diff', recvTy: Type | undefined, span: Span): string {
    const st = this.setType(recvTy, span);
    return this.ctx.setPointwise(op, this.sortOf(st), this.sortOf(st.args[0] ?? INT));
  }

  /** `len` and `finite` of sets of the receiver's type (see SmtContext.setCard). */
  private setCard(recvTy: Type | undefined, span: Span): { len: string; finite: string } {
    const st = this.setType(recvTy, span);
    return this.ctx.setCard(this.sortOf(st), this.sortOf(st.args[0] ?? INT));
  }

  private setType(recvTy: Type | undefined, span: Span): Type & { k: 'builtin' } {
    const st = recvTy ? strip(this.ctx.substitute(recvTy)) : undefined;
    if (!st || st.k !== 'builtin' || st.name !== 'Set') throw new Unsupported('set operation on this type', span);
    return st;
  }
}

export { inRange };
