/**
 * Spec closures and `spec_fn` values in SMT, for the IR expression encoder (ir-expr.ts).
 *
 * A `spec_fn(P..) -> R` value is an element of an uninterpreted sort with an `apply` function
 * (smt/encode/context.ts, fnSpecSort), not an SMT array nor a `lambda`:
 *  - `==` on spec_fns must not be extensional, as in Verus (two different closures that agree
 *    everywhere are proved equal only through `=~=`); SMT arrays are extensional by theory.
 *  - `lambda` is standard only in cvc5's higher-order logic (HO_ALL), not in the logics used.
 * So a closure occurrence is a function symbol `clo%N` of the values it captures, with the
 * definitional axiom `forall caps, x. apply(clo%N(caps), x) = body` triggered on that
 * application (what Verus does for closures in its own encoding). Identical closures (the same
 * body over the same captures, up to names) share a symbol, so they are `==`.
 *
 * The definitions and extensionality quantify over arguments that meet their parameter types'
 * facts (depth 0: integer ranges); outside them an application is unconstrained. `=~=` is
 * `ext`: agreement on those arguments, and `ext` implies `==` (a model: functions on the
 * typed arguments, extended by a fixed default). Applications lie in the result's type when the
 * parameters are scalars: every closure body is typed at its result type, and a definition
 * holds only for captured values that meet their types (the type facts, to the depth spec
 * fns' definitions assume them too).
 *
 * The closure-based collection operations of vstd (`Seq::new`, `map`, `filter`, `fold_left`,
 * `Set::new`, `Map::new`, ...) are here too: their meaning is stated once per instantiation by
 * axioms over these applications (generic broadcast lemmas are not instantiated at concrete
 * sorts, so they cannot be lib/vstd source yet). Each axiom is a fact vstd proves or defines.
 * `Set::range` (a set vstd defines by a predicate) is here for the same reason.
 */
import { fnSpecParts, type Type } from '../check/types.js';
import { mapChildren } from '../ir/rewrite.js';
import type { IrExpr, IrLocal } from '../ir/types.js';
import { sortKey, type SmtContext } from '../smt/encode/context.js';
import { andAll, implies, strip } from './terms.js';

/** Where an expression's locals are (ir-expr.ts's IrEnv). */
export interface ClosureEnv {
  now: Map<number, string>;
  old: Map<number, string>;
  bound?: [string, string][];
}

/** What the closure encoding uses of the expression encoder. */
export interface ClosureHost {
  readonly ctx: SmtContext;
  sortOf(t: Type): string;
  typeFacts(term: string, ty: Type, depth?: number): string[];
  term(e: IrExpr, env: ClosureEnv): string;
}

const SCALAR = new Set(['int', 'bool', 'char']);

/** Whether a type is a `spec_fn`. */
export function isFnSpec(host: ClosureHost, t: Type): boolean {
  return !!fnSpecParts(strip(host.ctx.substitute(t)));
}

/** The sort of a spec_fn type, with its axioms (result range, `ext`) declared once. */
function fnSort(host: ClosureHost, ty: Type) {
  const ctx = host.ctx;
  const f = ctx.fnSpecSort(strip(ctx.substitute(ty)));
  ctx.once(`fnspec:${f.sort}`, () => {
    const xs = f.paramSorts.map((s, i) => [`x${i}`, s] as [string, string]);
    const app = (g: string) => `(${f.apply} ${[g, ...xs.map(([n]) => n)].join(' ')})`;
    const guard = andAll(f.params.flatMap((p, i) => host.typeFacts(`x${i}`, p, 0)));
    const vars = (gs: string[]) => [...gs.map((g) => `(${g} ${f.sort})`), ...xs.map(([n, s]) => `(${n} ${s})`)].join(' ');
    const retFacts = host.typeFacts(app('g'), f.ret);
    if (retFacts.length && f.params.every((p) => SCALAR.has(strip(ctx.substitute(p)).k))) {
      ctx.axiom(`(forall (${vars(['g'])}) (! ${implies(guard, andAll(retFacts))} :pattern (${app('g')})))`);
    }
    ctx.fun(`(declare-fun ${f.sort}.ext (${f.sort} ${f.sort}) Bool)`);
    const agree = xs.length
      ? `(forall (${xs.map(([n, s]) => `(${n} ${s})`).join(' ')}) (! ${implies(guard, `(= ${app('a')} ${app('b')})`)} :pattern (${app('a')}) :pattern (${app('b')})))`
      : `(= ${app('a')} ${app('b')})`;
    const ext = `(${f.sort}.ext a b)`;
    ctx.axiom(`(forall ((a ${f.sort}) (b ${f.sort})) (! (= ${ext} ${agree}) :pattern (${ext})))`);
    ctx.axiom(`(forall ((a ${f.sort}) (b ${f.sort})) (! (=> ${ext} (= a b)) :pattern (${ext})))`);
  });
  return f;
}

/** `f(args)` for a spec_fn value `f` of type `ty`. */
export function applyTerm(host: ClosureHost, f: string, ty: Type, args: string[]): string {
  const s = fnSort(host, ty);
  return `(${s.apply} ${[f, ...args].join(' ')})`;
}

/** `a =~= b` on spec_fns of type `ty`. */
export function fnExtEq(host: ClosureHost, a: string, b: string, ty: Type): string {
  return `(${fnSort(host, ty).sort}.ext ${a} ${b})`;
}

/** The locals an expression reads that it does not bind itself (by id and version), in order. */
function freeVars(e: IrExpr): (IrExpr & { k: 'var' })[] {
  const out = new Map<string, IrExpr & { k: 'var' }>();
  const visit = (x: IrExpr, bound: ReadonlySet<number>): void => {
    if (x.k === 'var') {
      if (!bound.has(x.id) && !out.has(`${x.id}@${x.at}`)) out.set(`${x.id}@${x.at}`, x);
      return;
    }
    const binds: IrLocal[] = x.k === 'quant' ? x.binders : x.k === 'lambda' ? x.params : [];
    if (x.k === 'let') {
      visit(x.value, bound);
      visit(x.body, new Set([...bound, x.binder.id]));
      return;
    }
    const inner = binds.length ? new Set([...bound, ...binds.map((b) => b.id)]) : bound;
    mapChildren(x, (c) => { visit(c, inner); return c; });
  };
  visit(e, new Set());
  return [...out.values()];
}

/** Closure symbols by what they define (sorts, captures and body), per context (numbered in it, so a query's text depends on its function only). */
const CLOSURES = new WeakMap<SmtContext, Map<string, string>>();

/**
 * A closure: `(clo%N captures..)`, its definition an axiom of the context. The captured locals
 * are read in `env` (their values here); in the body they are the axiom's bound variables.
 */
export function lambdaTerm(host: ClosureHost, e: IrExpr & { k: 'lambda' }, env: ClosureEnv): string {
  const ctx = host.ctx;
  const f = fnSort(host, e.ty);
  const caps = freeVars(e);
  // the body reads fresh locals for the captures (so no substitution of the outer encoder's
  // applies inside), named by position: the same closure gets the same definition text
  const capVars = new Map<string, IrExpr>();
  const bodyEnv: ClosureEnv = { now: new Map(), old: new Map(), bound: [] };
  const capDecls: [string, string][] = caps.map((v, k) => {
    const name = `clo.c${k}`;
    const id = -1 - k;
    capVars.set(`${v.id}@${v.at}`, { ...v, id, at: 'now' });
    bodyEnv.now.set(id, name);
    return [name, host.sortOf(v.ty)];
  });
  const paramDecls: [string, string][] = e.params.map((p, i) => {
    const name = `clo.p${i}`;
    bodyEnv.now.set(p.id, name);
    return [name, f.paramSorts[i] ?? host.sortOf(p.ty)];
  });
  bodyEnv.bound = [...capDecls, ...paramDecls];
  const rename = (x: IrExpr): IrExpr => (x.k === 'var' ? capVars.get(`${x.id}@${x.at}`) ?? x : mapChildren(x, rename));
  const body = host.term(rename(e.body), bodyEnv);
  const capTerms = caps.map((v) => host.term(v, env));
  let byDef = CLOSURES.get(ctx);
  if (!byDef) CLOSURES.set(ctx, byDef = new Map());
  const key = `${f.sort}|${capDecls.map(([, s]) => s).join(',')}|${body}`;
  let name = byDef.get(key);
  if (!name) {
    name = `clo%${byDef.size}`;
    byDef.set(key, name);
    ctx.fun(`(declare-fun ${name} (${capDecls.map(([, s]) => s).join(' ')}) ${f.sort})`);
    const self = capDecls.length ? `(${name} ${capDecls.map(([n]) => n).join(' ')})` : name;
    const app = `(${f.apply} ${[self, ...paramDecls.map(([n]) => n)].join(' ')})`;
    // (captured values meet their types, as every value of the program does: a definition for
    // values that do not could contradict what applications of this type are known to give)
    const capFacts = caps.flatMap((v, k) => host.typeFacts(capDecls[k]![0], v.ty));
    const guard = andAll([...capFacts, ...e.params.flatMap((p, i) => host.typeFacts(paramDecls[i]![0], f.params[i] ?? p.ty, 0))]);
    const def = implies(guard, `(= ${app} ${body})`);
    const vars = [...capDecls, ...paramDecls];
    ctx.axiom(vars.length ? `(forall (${vars.map(([n, s]) => `(${n} ${s})`).join(' ')}) (! ${def} :pattern (${app})))` : def);
  }
  return capTerms.length ? `(${name} ${capTerms.join(' ')})` : name;
}

/** A one-parameter spec_fn as the array of its applications (`Set::new`, `Map::new`). */
function fnArray(host: ClosureHost, f: string, ty: Type): string {
  const s = fnSort(host, ty);
  const A = `${s.sort}.arr`;
  host.ctx.once(`fn:${A}`, () => {
    host.ctx.fun(`(declare-fun ${A} (${s.sort}) (Array ${s.paramSorts[0]} ${s.retSort}))`);
    host.ctx.axiom(`(forall ((g ${s.sort}) (x ${s.paramSorts[0]})) (! (= (select (${A} g) x) (${s.apply} g x)) :pattern ((select (${A} g) x))))`);
  });
  return `(${A} ${f})`;
}

/** A fresh function over the given sorts, its axioms stated once (by its name). */
function declared(host: ClosureHost, name: string, sorts: string[], ret: string, axioms: () => string[]): string {
  host.ctx.once(`fn:${name}`, () => {
    host.ctx.fun(`(declare-fun ${name} (${sorts.join(' ')}) ${ret})`);
    for (const a of axioms()) host.ctx.axiom(a);
  });
  return name;
}

/**
 * The closure-based prelude operations (src/check/prelude.ts): their terms, or undefined for
 * any other operation. `args` are the argument terms (a method's receiver first), `tys` their types.
 */
export function closureBuiltin(host: ClosureHost, name: string, args: string[], tys: Type[], ty: Type): string | undefined {
  const ctx = host.ctx;
  const sub = (t: Type) => strip(ctx.substitute(t));
  switch (name) {
    case 'Seq::new': {
      const Q = host.sortOf(ty);
      const f = fnSort(host, tys[1]!);
      const N = declared(host, `${Q}.new%${f.sort}`, ['Int', f.sort], Q, () => {
        const s = `(${Q}.new%${f.sort} n g)`;
        return [
          `(forall ((n Int) (g ${f.sort})) (! (=> (<= 0 n) (= (${Q}.len ${s}) n)) :pattern (${s})))`,
          `(forall ((n Int) (g ${f.sort}) (i Int)) (! (=> (and (<= 0 i) (< i n)) (= (${Q}.index ${s} i) (${f.apply} g i))) :pattern ((${Q}.index ${s} i))))`,
        ];
      });
      return `(${N} ${args[0]} ${args[1]})`;
    }
    case 'Seq::map': case 'Seq::map_values': {
      const QA = host.sortOf(tys[0]!);
      const QB = host.sortOf(ty);
      const f = fnSort(host, tys[1]!);
      const M = `${QB}.${name === 'Seq::map' ? 'map' : 'map_values'}%${f.sort}`;
      declared(host, M, [QA, f.sort], QB, () => {
        const s = `(${M} s g)`;
        const at = name === 'Seq::map' ? `(${f.apply} g i (${QA}.index s i))` : `(${f.apply} g (${QA}.index s i))`;
        return [
          `(forall ((s ${QA}) (g ${f.sort})) (! (= (${QB}.len ${s}) (${QA}.len s)) :pattern (${s})))`,
          `(forall ((s ${QA}) (g ${f.sort}) (i Int)) (! (=> (and (<= 0 i) (< i (${QA}.len s))) (= (${QB}.index ${s} i) ${at})) :pattern ((${QB}.index ${s} i))))`,
        ];
      });
      return `(${M} ${args[0]} ${args[1]})`;
    }
    case 'Seq::filter': {
      // vstd's definition: by recursion on `drop_last`; stated here over `empty` and `push`,
      // with its lemmas on length, elements and `contains`
      const Q = host.sortOf(ty);
      const f = fnSort(host, tys[1]!);
      const elem = f.paramSorts[0]!;
      const C = ctx.seqContains(elem);
      const F = `${Q}.filter%${f.sort}`;
      declared(host, F, [Q, f.sort], Q, () => {
        const s = `(${F} s g)`;
        const push = `(${F} (${Q}.push s a) g)`;
        return [
          `(forall ((s ${Q}) (g ${f.sort})) (! (<= (${Q}.len ${s}) (${Q}.len s)) :pattern (${s})))`,
          `(forall ((s ${Q}) (g ${f.sort}) (i Int)) (! (=> (and (<= 0 i) (< i (${Q}.len ${s}))) (${f.apply} g (${Q}.index ${s} i))) :pattern ((${Q}.index ${s} i))))`,
          `(forall ((s ${Q}) (g ${f.sort}) (x ${elem})) (! (= (${C} ${s} x) (and (${C} s x) (${f.apply} g x))) :pattern ((${C} ${s} x))))`,
          `(forall ((g ${f.sort})) (! (= (${F} ${Q}.empty g) ${Q}.empty) :pattern ((${F} ${Q}.empty g))))`,
          `(forall ((s ${Q}) (a ${elem}) (g ${f.sort})) (! (= ${push} (ite (${f.apply} g a) (${Q}.push ${s} a) ${s})) :pattern (${push})))`,
        ];
      });
      return `(${F} ${args[0]} ${args[1]})`;
    }
    case 'Seq::fold_left': case 'Seq::fold_right': {
      // vstd's recursive definitions, stated over `empty` and `push`
      const Q = host.sortOf(tys[0]!);
      const left = name === 'Seq::fold_left';
      const f = fnSort(host, tys[left ? 2 : 1]!);
      const B = host.sortOf(ty);
      const elem = left ? f.paramSorts[1]! : f.paramSorts[0]!;
      const F = `${Q}.${left ? 'fold_left' : 'fold_right'}%${f.sort}`;
      declared(host, F, left ? [Q, B, f.sort] : [Q, f.sort, B], B, () => {
        const app = (s: string, b: string) => (left ? `(${F} ${s} ${b} g)` : `(${F} ${s} g ${b})`);
        const push = app(`(${Q}.push s a)`, 'b');
        const step = left ? `(${f.apply} g ${app('s', 'b')} a)` : app('s', `(${f.apply} g a b)`);
        return [
          `(forall ((b ${B}) (g ${f.sort})) (! (= ${app(`${Q}.empty`, 'b')} b) :pattern (${app(`${Q}.empty`, 'b')})))`,
          `(forall ((s ${Q}) (a ${elem}) (b ${B}) (g ${f.sort})) (! (= ${push} ${step}) :pattern (${push})))`,
        ];
      });
      return left ? `(${F} ${args[0]} ${args[1]} ${args[2]})` : `(${F} ${args[0]} ${args[1]} ${args[2]})`;
    }
    case 'Set::new': return fnArray(host, args[0]!, tys[0]!);
    case 'Set::new_finite': {
      // vstd's finite `Set::new(f)`: `Some` of the set of f's values when it is finite, else `None`
      const O = host.sortOf(ty);
      const t = sub(ty);
      const setTy = t.k === 'builtin' && t.args[0] ? t.args[0] : ty;
      const st = sub(setTy);
      const S = host.sortOf(setTy);
      const K = st.k === 'builtin' && st.args[0] ? host.sortOf(st.args[0]) : 'Int';
      const A = fnArray(host, args[0]!, tys[0]!);
      return `(ite (${ctx.setCard(S, K).finite} ${A}) (${O}.Some ${A}) ${O}.None)`;
    }
    case 'Set::range': case 'Set::range_inclusive': {
      // vstd: `Set::new(|i| lo <= i < hi)` for an integer type, finite with `hi - lo` elements
      const S = host.sortOf(ty);
      if (sub(tys[0]!).k !== 'int' || S !== '(Array Int Bool)') return undefined;
      const { len, finite } = ctx.setCard(S, 'Int');
      const R = declared(host, 'pg.set.range', ['Int', 'Int'], S, () => {
        const r = '(pg.set.range lo hi)';
        return [
          `(forall ((lo Int) (hi Int) (i Int)) (! (= (select ${r} i) (and (<= lo i) (< i hi))) :pattern ((select ${r} i))))`,
          `(forall ((lo Int) (hi Int)) (! (and (${finite} ${r}) (= (${len} ${r}) (ite (<= lo hi) (- hi lo) 0))) :pattern (${r})))`,
        ];
      });
      const range = `(${R} ${args[0]} ${args[1]})`;
      return name === 'Set::range' ? range : `(store ${range} ${args[1]} true)`;
    }
    case 'Set::filter': {
      const S = host.sortOf(ty);
      const key = sub(ty).k === 'builtin' ? host.sortOf((sub(ty) as { args: Type[] }).args[0]!) : 'Int';
      return `(${ctx.setPointwise('and', S, key)} ${args[0]} ${fnArray(host, args[1]!, tys[1]!)})`;
    }
    case 'Set::map': {
      // vstd: `Set::new(|b| exists|a| self.contains(a) && b == f(a))`
      const SA = host.sortOf(tys[0]!);
      const SB = host.sortOf(ty);
      const f = fnSort(host, tys[1]!);
      const [A] = f.paramSorts;
      const M = `set.map%${sortKey(SA)}%${f.sort}`;
      declared(host, M, [SA, f.sort], SB, () => {
        const guard = andAll(host.typeFacts('x', f.params[0]!, 0));
        const img = `(select (${M} s g) y)`;
        const witness = `(exists ((x ${A})) (! ${andAll([guard, '(select s x)', `(= y (${f.apply} g x))`])} :pattern ((select s x))))`;
        const direct = `(select (${M} s g) (${f.apply} g x))`;
        const fin = (S: string, K: string, s: string) => `(${ctx.setCard(S, K).finite} ${s})`;
        return [
          // the image of a finite set is finite
          `(forall ((s ${SA}) (g ${f.sort})) (! (=> ${fin(SA, A!, 's')} ${fin(SB, f.retSort, `(${M} s g)`)}) :pattern ((${M} s g))))`,
          `(forall ((s ${SA}) (g ${f.sort}) (y ${f.retSort})) (! (= ${img} ${witness}) :pattern (${img})))`,
          `(forall ((s ${SA}) (g ${f.sort}) (x ${A})) (! ${implies(andAll([guard, '(select s x)']), direct)} :pattern ((select s x) (${M} s g))))`,
        ];
      });
      return `(${M} ${args[0]} ${args[1]})`;
    }
    case 'Map::new': {
      const M = host.sortOf(ty);
      return `(${M}.mk ${fnArray(host, args[0]!, tys[0]!)} ${fnArray(host, args[1]!, tys[1]!)})`;
    }
    case 'Map::new_finite': {
      // vstd's finite `Map::new(keys, fv)`: the domain is the (finite) set `keys`
      const M = host.sortOf(ty);
      return `(${M}.mk ${args[0]} ${fnArray(host, args[1]!, tys[1]!)})`;
    }
    case 'Map::map_values': {
      const MA = host.sortOf(tys[0]!);
      const MB = host.sortOf(ty);
      const f = fnSort(host, tys[1]!);
      const t = sub(ty);
      const K = t.k === 'builtin' ? host.sortOf(t.args[0]!) : 'Int';
      const V = `${MA}.map_values%${f.sort}`;
      declared(host, V, [MA, f.sort], `(Array ${K} ${f.retSort})`, () => [
        `(forall ((m ${MA}) (g ${f.sort}) (k ${K})) (! (= (select (${V} m g) k) (${f.apply} g (select (${MA}.vals m) k))) :pattern ((select (${V} m g) k))))`,
      ]);
      return `(${MB}.mk (${MA}.dom ${args[0]}) (${V} ${args[0]} ${args[1]}))`;
    }
    case 'Map::restrict': case 'Map::remove_keys': {
      // vstd: `Map::new(|k| self.dom().contains(k) && (!)keys.contains(k), |k| self[k])`
      const M = host.sortOf(ty);
      const t = sub(ty);
      const K = t.k === 'builtin' ? host.sortOf(t.args[0]!) : 'Int';
      const D = ctx.setPointwise(name === 'Map::restrict' ? 'and' : 'diff', `(Array ${K} Bool)`, K);
      return `(${M}.mk (${D} (${M}.dom ${args[0]}) ${args[1]}) (${M}.vals ${args[0]}))`;
    }
    case 'Map::union_prefer_right': {
      // vstd: the keys of both, the values of `m2` where it has the key
      const M = host.sortOf(ty);
      const t = sub(ty);
      const K = t.k === 'builtin' ? host.sortOf(t.args[0]!) : 'Int';
      const V = t.k === 'builtin' ? host.sortOf(t.args[1]!) : 'Int';
      const U = ctx.setPointwise('or', `(Array ${K} Bool)`, K);
      const vals = declared(host, `${M}.prefer_right`, [M, M], `(Array ${K} ${V})`, () => [
        `(forall ((a ${M}) (b ${M}) (k ${K})) (! (= (select (${M}.prefer_right a b) k) (ite (select (${M}.dom b) k) (select (${M}.vals b) k) (select (${M}.vals a) k))) :pattern ((select (${M}.prefer_right a b) k))))`,
      ]);
      return `(${M}.mk (${U} (${M}.dom ${args[0]}) (${M}.dom ${args[1]})) (${vals} ${args[0]} ${args[1]}))`;
    }
    default: return undefined;
  }
}
