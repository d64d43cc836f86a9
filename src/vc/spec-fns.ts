/**
 * Spec fns as SMT functions: each is declared once per instantiation, with its definition
 * (the axiom `f(x) = body`, from the body's IR), fuel for recursive ones, its result's type
 * facts, and a reveal flag when opaque. Also the type invariants, which are spec fns.
 */
import type { Scc } from '../check/callgraph.js';
import type { CheckedCrate, FnInfo } from '../check/program.js';
import type { Type } from '../check/types.js';
import { ENSURES_FROM_INT, losslessFrom } from '../check/int-conversions.js';
import { BOUND_ENSURES } from '../check/resolution.js';
import { defaultBodyServes, fnGenerics, dispatchTraitFn } from '../ir/lower-dispatch.js';
import type { IrExpr } from '../ir/types.js';
import { mangle, rigidParams } from '../smt/encode/context.js';
import { Unsupported } from './errors.js';
import { loweredFn } from './lowered.js';
import { PreludeTerms, typeKey } from './prelude-terms.js';
import { andAll, implies, strip } from './terms.js';

/** Where an expression's locals are: SSA terms of the current and the entry versions. */
export interface IrEnv {
  now: Map<number, string>;
  old: Map<number, string>;
  /** Quantified variables in scope, outermost first (their count names the next ones). */
  bound?: [string, string][];
  /** In a function's body: where a `choose` declares its function (else in the crate's prelude). */
  local?: { raw(line: string): void };
  /** In the definition of a recursive spec fn: calls into its recursion component take this fuel. */
  selfRec?: { fn: FnInfo; fuel: string };
}

/**
 * Hooks of the statement encoder: in exec positions `&&`, `||` and `==>` evaluate their right
 * side under a path condition of its own.
 */
export interface ShortCircuit {
  /** The path condition for the right operand given the left's term, or undefined outside exec positions. */
  enter(cond: string): string | undefined;
  leave(saved: string): void;
}

/** A crate's fns by qualified name (built once per crate, not per function encoded). */
const FNS_BY_NAME = new WeakMap<CheckedCrate, Map<string, FnInfo>>();

export abstract class SpecFns extends PreludeTerms {
  private specFnNames = new Map<string, string>();
  protected chooseCount = 0;
  /** Choose functions by what they choose (see IrTerms.irChoose). */
  protected readonly chooseFns = new Map<string, string>();

  /** Set by the driver: the recursion component of a fn (empty when not recursive). */
  scc: Scc = () => new Set();

  /** The SMT term of an IR expression (ir-expr.ts). */
  abstract term(e: IrExpr, env: IrEnv, sc?: ShortCircuit): string;

  fnByName(qname: string): FnInfo {
    let byName = FNS_BY_NAME.get(this.crate);
    if (!byName) {
      byName = new Map(this.crate.fns.map((f) => [f.qname, f]));
      FNS_BY_NAME.set(this.crate, byName);
    }
    const info = byName.get(qname);
    if (!info) throw new Error(`unknown fn ${qname}`);
    return info;
  }

  isSelfRecursive(info: FnInfo): boolean {
    return this.scc(info.decl).has(info.decl);
  }

  /** Whether a call from `from` to `to` is recursive (same component). */
  sameComponent(from: FnInfo['decl'], to: FnInfo['decl']): boolean {
    return this.scc(from).has(to);
  }

  /** Type parameters of a fn as the checker instantiates them: the impl's, then the fn's own. */
  genericsOf(decl: FnInfo['decl']): string[] {
    return fnGenerics(this.crate, decl);
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
    inst.forEach((t, i) => this.ctx.typeSubst.set(generics[i]!, rigidParams(t)));
    try {
      const lowered = loweredFn(this.crate, info);
      const ir = lowered.ok ? lowered.fn : undefined;
      const paramSorts = info.params.map((p) => this.sortOf(p.ty));
      const retSort = this.sortOf(info.retTy);
      const params = info.params.map((p, i) => `${mangle(p.name)}$${i}`);
      const binders = params.map((p, i) => `(${p} ${paramSorts[i]})`).join(' ');
      // (a definition that cannot be lowered is declared, then unsupported where it is used)
      const definition = (): IrExpr => {
        if (!lowered.ok) throw new Unsupported(lowered.what, lowered.span);
        if (lowered.fn.body?.k !== 'expr') throw new Error(`spec fn ${info.qname} without a value`);
        return lowered.fn.body.value;
      };
      // a trait's default body means the member only where it serves (an impl may override it)
      const overridable = !!info.traitOf && !defaultBodyServes(this.crate, info, inst, generics.length - 1 - info.decl.generics.length);
      const hasBody = !overridable && (!ir || ir.trusted !== 'no body');
      const interpreted = !overridable && (!ir || (ir.trusted !== 'no body' && ir.trusted !== 'uninterp'));
      const recursive = hasBody && this.isSelfRecursive(info);
      // one flag for every instantiation: `reveal(f)` reveals f at all its type arguments (as in Verus)
      const reveal = ir?.opaque ? `reveal%${mangle(info.qname)}` : undefined;
      if (reveal) this.ctx.once(`fun:${reveal}`, () => this.ctx.fun(`(declare-const ${reveal} Bool)`));
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
      const env = (bound: [string, string][], selfRec?: IrEnv['selfRec']): IrEnv => ({
        now: new Map(info.params.map((p, i) => [p.id, params[i]!])), old: new Map(), bound, ...(selfRec ? { selfRec } : {}),
      });
      if (!recursive) {
        this.ctx.fun(`(declare-fun ${name} (${paramSorts.join(' ')}) ${retSort})`);
        inType(params.length ? `(${name} ${params.join(' ')})` : name);
        if (interpreted) {
          const body = this.term(definition(), env(params.map((p, i) => [p, paramSorts[i]!])));
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
        const bound: [string, string][] = [['fuel', 'Fuel'], ...params.map((p, i) => [p, paramSorts[i]!] as [string, string])];
        const body = this.term(definition(), env(bound, { fn: info, fuel: 'fuel' }));
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

  /** A spec fn applied: in the definition of a recursive one, a call into its component takes the fuel. */
  applySpecFn(info: FnInfo, typeArgs: Type[], args: string[], env: IrEnv): string {
    if (env.selfRec && this.sameComponent(env.selfRec.fn.decl, info.decl)) {
      const f = this.specFn(info, typeArgs);
      return `(${f}.rec ${env.selfRec.fuel}${args.map((a) => ' ' + a).join('')})`;
    }
    const f = this.specFn(info, typeArgs);
    return args.length ? `(${f} ${args.join(' ')})` : f;
  }

  /** A trait member at a known `Self`: the impl's fn (src/ir/lower-dispatch.ts). */
  dispatched(info: FnInfo, typeArgs: Type[]): { info: FnInfo; typeArgs: Type[] } | undefined {
    // `T::from.ensures((x,), r)` at a lossless integer conversion: vstd's, the same value
    if (info.qname === BOUND_ENSURES['From::from'] && typeArgs.length === 2) {
      const [x, t] = typeArgs.map((a) => strip(this.ctx.substitute(a))) as [Type, Type];
      if (losslessFrom(x, t) && this.crate.fns.some((f) => f.qname === ENSURES_FROM_INT)) return { info: this.fnByName(ENSURES_FROM_INT), typeArgs: [x, t] };
    }
    if (!info.traitOf) return undefined;
    const generics = this.genericsOf(info.decl);
    if (typeArgs.length !== generics.length) return undefined;
    return dispatchTraitFn(this.crate, info, typeArgs.map((t) => this.ctx.substitute(t)), generics.length - 1 - info.decl.generics.length);
  }

  /** The flag that makes an opaque spec fn's definition usable (`reveal`), declaring the fn. */
  revealName(info: FnInfo): string | undefined {
    if (!info.decl.flags.opaque) return undefined;
    this.specFn(info, []);
    return `reveal%${mangle(info.qname)}`;
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
}
