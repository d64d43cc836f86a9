/**
 * On-demand SMT-LIB declarations for one query: sorts, built-in theories (Seq, Option,
 * Map, tuples), datatypes for user structs/enums, functions and axioms. Everything is
 * emitted in first-use order, so a query's text depends only on what its function reaches.
 */
import type { Type } from '../../check/types.js';
import type { AxiomDefinedFunction } from '../query.js';

export interface AdtShape {
  /** Mangled sort name. */
  sort: string;
  /**
   * An opaque type's sort is uninterpreted (no constructor, no fields); it has `ext`
   * (`<sort>.ext`), what `=~=` is at it, which implies `=` (true of `=` itself, so of any
   * meaning the type's trusted specs give `=~=`).
   */
  opaque?: { ext: string };
  /** One constructor per struct, one per enum variant (none for an opaque type). */
  ctors: { name: string; variant: string; fields: { name: string; accessor: string; ty: Type; sort: string }[] }[];
}

/** Looks up user datatypes (struct/enum by qualified name) with generics substituted. */
export interface AdtSource {
  adtFields(name: string, args: Type[]): { variant: string; fields: { name: string; ty: Type }[] }[] | undefined;
  /** Whether the type is opaque (an `external_body` struct): an uninterpreted sort, no constructor. */
  adtOpaque?(name: string): boolean;
}

/**
 * Type parameters in the types a substitution maps to (a callee's `T` to the caller's
 * `PointsTo<T>`) are the caller's: they are marked rigid (this suffix on the name, which no
 * Rust name has) so that no substitution, applied again, takes them for a callee's
 * parameter of the same name. Their sort and key are the parameter's own.
 */
const RIGID = "'";

export function rigidParams(t: Type): Type {
  switch (t.k) {
    case 'param': return t.name.endsWith(RIGID) ? t : { k: 'param', name: `${t.name}${RIGID}` };
    case 'tuple': return { k: 'tuple', elems: t.elems.map(rigidParams) };
    case 'ref': return { k: 'ref', mut: t.mut, inner: rigidParams(t.inner) };
    case 'array': return { k: 'array', elem: rigidParams(t.elem), len: t.len };
    case 'slice': return { k: 'slice', elem: rigidParams(t.elem) };
    case 'builtin': return { k: 'builtin', name: t.name, args: t.args.map(rigidParams) };
    case 'adt': return { k: 'adt', name: t.name, args: t.args.map(rigidParams) };
    default: return t;
  }
}

/** A type parameter's name, rigid or not (its sort and keys). */
export function paramName(name: string): string {
  return name.endsWith(RIGID) ? name.slice(0, -RIGID.length) : name;
}

/** A datatype constructor as declared: its name and its fields' accessors and sorts. */
export interface DatatypeCtor { name: string; fields: { accessor: string; sort: string }[] }

function ctorsText(ctors: DatatypeCtor[]): string {
  return `(${ctors.map((c) => `(${c.name}${c.fields.map((f) => ` (${f.accessor} ${f.sort})`).join('')})`).join(' ')})`;
}

export function mangle(name: string): string {
  let m = mangled.get(name);
  if (m === undefined) {
    m = name.replace(/::/g, '.').replace(/[^A-Za-z0-9_.@%<>$+-]/g, '_');
    // an SMT symbol may not start with a digit (a crate named after a file `1foo.rs`)
    if (/^[0-9]/.test(m)) m = `_${m}`;
    mangled.set(name, m);
  }
  return m;
}
/** mangle's answers: the same few thousand names are mangled over and over per crate. */
const mangled = new Map<string, string>();

/** A type as SMT symbol characters, distinct for distinct types (references and wrappers erased). */
export function fnTypeKey(t: Type): string {
  switch (t.k) {
    case 'int': return t.kind;
    case 'tuple': return `tup<${t.elems.map(fnTypeKey).join('+')}>`;
    case 'ref': return fnTypeKey(t.inner);
    case 'array': return `arr<${fnTypeKey(t.elem)}+${t.len}>`;
    case 'slice': return `slice<${fnTypeKey(t.elem)}>`;
    case 'builtin':
      if ((t.name === 'Box' || t.name === 'Ghost' || t.name === 'Tracked') && t.args[0]) return fnTypeKey(t.args[0]);
      return `${t.name}<${t.args.map(fnTypeKey).join('+')}>`;
    case 'adt': return `${mangle(t.name)}<${t.args.map(fnTypeKey).join('+')}>`;
    case 'param': return `P%${mangle(paramName(t.name))}`;
    case 'cval': return `C%${t.value}`;
    default: return t.k;
  }
}

/** Sort text to something usable inside a symbol. */
export function sortKey(sort: string): string {
  return sort.replace(/[() ]+/g, '_').replace(/_+$/, '');
}

export class SmtContext {
  private readonly sections = { sorts: [] as string[], funs: [] as string[], axioms: [] as string[] };
  private readonly done = new Set<string>();
  readonly adts = new Map<string, AdtShape>();
  /** Each opaque type instance given a sort, in first-use order (generic lemmas are stated at them: src/vc/ir-function.ts). */
  readonly opaqueInstances: { name: string; args: Type[] }[] = [];
  /**
   * Every instance of a generic collection or datatype a sort was made for (`Set<usize>`,
   * `W<T>`), each once: a generic broadcast lemma over such a type is stated at them too
   * (src/vc/ir-function.ts), as Verus's hold at every type.
   */
  readonly typeInstances: { name: string; args: Type[] }[] = [];
  private readonly typeInstanceKeys = new Set<string>();
  private noteInstance(name: string, args: Type[]): void {
    if (args.length === 0) return;
    const key = JSON.stringify([name, args], (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
    if (this.typeInstanceKeys.has(key)) return;
    this.typeInstanceKeys.add(key);
    this.typeInstances.push({ name, args });
  }
  /** Substitution for generic type parameters (by name), set while translating a callee. */
  typeSubst: Map<string, Type> = new Map();

  constructor(private readonly source: AdtSource) {}

  /** Whether the datatype is an opaque (`external_body`) one: an uninterpreted sort. */
  isOpaqueAdt(name: string): boolean {
    return !!this.source.adtOpaque?.(name);
  }

  /** Run `emit` once per key. */
  once(key: string, emit: () => void): void {
    if (this.done.has(key)) return;
    this.done.add(key);
    emit();
  }
  sort(line: string): void { this.sections.sorts.push(line); }
  /**
   * A datatype `name` with constructor list `ctors` (SMT-LIB text, `((c (acc S)) ..)`), whose
   * fields have the sorts `fieldSorts`. Datatypes are emitted by prelude() after the
   * uninterpreted sorts, in dependency order, each group of mutually recursive ones (a
   * strongly connected component: `Expr` and `Stmt`, or `Node` and `Option<Wrap<Node>>`) in
   * one `declare-datatypes`.
   */
  datatype(name: string, ctors: DatatypeCtor[]): void {
    this.datatypes.push({ name, ctors, fieldSorts: ctors.flatMap((c) => c.fields.map((f) => f.sort)) });
  }
  private readonly datatypes: { name: string; ctors: DatatypeCtor[]; fieldSorts: string[] }[] = [];

  /**
   * `height` of a datatype value (a structural `decreases` measure, as Verus's): per datatype
   * sort `<sort>.height`, a nat, and for each constructor field of a datatype sort the
   * field's height below the value's. Sound: a datatype value is a finite term, and its
   * depth is such a function. Declared at prelude() for every datatype of the query once
   * any height is used.
   */
  height(sort: string): string {
    this.heightSorts.add(sort);
    return `${sort}.height`;
  }
  /** The sorts a height was asked of (an opaque type's is declared too: a nat, nothing below it). */
  private readonly heightSorts = new Set<string>();

  private heightDecls(): { funs: string[]; axioms: string[] } {
    const funs: string[] = [];
    const axioms: string[] = [];
    if (this.heightSorts.size === 0) return { funs, axioms };
    const names = new Set(this.datatypes.map((d) => d.name));
    const others = [...this.heightSorts].filter((s) => !names.has(s)).map((name) => ({ name, ctors: [] as DatatypeCtor[] }));
    for (const d of [...this.datatypes, ...others]) {
      const h = `${d.name}.height`;
      funs.push(`(declare-fun ${h} (${d.name}) Int)`);
      axioms.push(`(assert (forall ((x ${d.name})) (! (<= 0 (${h} x)) :pattern ((${h} x)))))`);
      for (const c of d.ctors) {
        for (const f of c.fields) {
          if (!names.has(f.sort)) continue;
          const sub = `(${f.sort}.height (${f.accessor} x))`;
          const isC = c.fields.length === 0 || d.ctors.length === 1 ? 'true' : `((_ is ${c.name}) x)`;
          axioms.push(`(assert (forall ((x ${d.name})) (! (=> ${isC} (< ${sub} (${h} x))) :pattern (${sub}))))`);
        }
      }
    }
    return { funs, axioms };
  }

  fun(line: string): void { this.sections.funs.push(line); }
  axiom(term: string): void { this.sections.axioms.push(`(assert ${term})`); }
  /** A function declared and given its meaning by `axioms`, each of which holds of the definition `define`. */
  axiomDefinedFun(declare: string, define: string, axioms: string[]): void {
    this.fun(declare);
    for (const a of axioms) this.axiom(a);
    this.axiomDefined.push({ declare, define, axioms: axioms.map((a) => `(assert ${a})`) });
  }
  private readonly axiomDefined: AxiomDefinedFunction[] = [];
  /** The functions declared with axiomDefinedFun, in declaration order. */
  get definitions(): readonly AxiomDefinedFunction[] { return this.axiomDefined; }

  prelude(): string {
    const h = this.heightDecls();
    return [...this.sections.sorts, ...this.datatypeDecls(), ...h.funs, ...this.sections.funs, ...h.axioms, ...this.sections.axioms].join('\n');
  }

  /** The datatypes' declarations: strongly connected components (Tarjan), dependencies first. */
  private datatypeDecls(): string[] {
    const dts = this.datatypes;
    const index = new Map(dts.map((d, i) => [d.name, i]));
    const deps = dts.map((d) => {
      const out = new Set<number>();
      for (const s of d.fieldSorts) {
        for (const tok of s.split(/[()\s]+/)) {
          const j = index.get(tok);
          if (j !== undefined) out.add(j);
        }
      }
      return [...out];
    });
    const num = new Array<number>(dts.length).fill(-1);
    const low = new Array<number>(dts.length).fill(0);
    const onStack = new Array<boolean>(dts.length).fill(false);
    const stack: number[] = [];
    const out: string[] = [];
    let next = 0;
    // iterative Tarjan: frames of (node, position in its dependency list)
    for (let root = 0; root < dts.length; root++) {
      if (num[root] !== -1) continue;
      const frames: [number, number][] = [[root, 0]];
      num[root] = low[root] = next++;
      stack.push(root);
      onStack[root] = true;
      while (frames.length > 0) {
        const f = frames[frames.length - 1]!;
        const v = f[0];
        if (f[1] < deps[v]!.length) {
          const w = deps[v]![f[1]++]!;
          if (num[w] === -1) {
            num[w] = low[w] = next++;
            stack.push(w);
            onStack[w] = true;
            frames.push([w, 0]);
          } else if (onStack[w]) low[v] = Math.min(low[v]!, num[w]!);
          continue;
        }
        frames.pop();
        if (frames.length > 0) {
          const u = frames[frames.length - 1]![0];
          low[u] = Math.min(low[u]!, low[v]!);
        }
        if (low[v] === num[v]) {
          const comp: number[] = [];
          let w: number;
          do {
            w = stack.pop()!;
            onStack[w] = false;
            comp.push(w);
          } while (w !== v);
          comp.sort((a, b) => a - b);
          out.push(`(declare-datatypes (${comp.map((i) => `(${dts[i]!.name} 0)`).join(' ')}) (${comp.map((i) => ctorsText(dts[i]!.ctors)).join(' ')}))`);
        }
      }
    }
    return out;
  }

  substitute(t: Type): Type {
    if (this.typeSubst.size === 0) return t;
    const go = (t: Type): Type => {
      switch (t.k) {
        // (the result is over the caller's parameters: rigid, as a substitution's images are)
        case 'param': return this.typeSubst.get(t.name) ?? rigidParams(t);
        case 'tuple': return { k: 'tuple', elems: t.elems.map(go) };
        case 'ref': return { k: 'ref', mut: t.mut, inner: go(t.inner) };
        case 'array': return { k: 'array', elem: go(t.elem), len: t.len };
        case 'slice': return { k: 'slice', elem: go(t.elem) };
        case 'builtin': return { k: 'builtin', name: t.name, args: t.args.map(go) };
        case 'adt': return { k: 'adt', name: t.name, args: t.args.map(go) };
        default: return t;
      }
    };
    return go(t);
  }

  /** The SMT sort of a Rust type; references and ghost/tracked wrappers are erased. */
  sortOf(ty: Type): string {
    // Without a substitution the answer depends on the type alone; its sorts are declared
    // on the first call, so later ones may take the answer from the cache.
    if (this.typeSubst.size > 0) return this.computeSortOf(ty);
    let s = this.sorts.get(ty);
    if (s === undefined) {
      s = this.computeSortOf(ty);
      this.sorts.set(ty, s);
    }
    return s;
  }
  private readonly sorts = new WeakMap<Type, string>();

  private computeSortOf(ty: Type): string {
    const t = this.substitute(ty);
    // the substitution is applied once: the parts of `t` (and the fields of an ADT at its
    // arguments) are already over the caller's types, where a parameter may have the name a
    // callee's parameter is substituted for (`T` to `PointsTo<T>`), so substituting again
    // would not end
    if (this.typeSubst.size === 0) return this.groundSortOf(t);
    const saved = this.typeSubst;
    this.typeSubst = new Map();
    try {
      return this.groundSortOf(t);
    } finally {
      this.typeSubst = saved;
    }
  }

  /** The sort of a type the substitution has been applied to. */
  private groundSortOf(t: Type): string {
    switch (t.k) {
      case 'int': case 'char': case 'str': case 'never': case 'error': return 'Int';
      case 'bool': return 'Bool';
      case 'tuple': return this.tupleSort(t.elems.map((e) => this.sortOf(e)));
      case 'ref': return this.sortOf(t.inner);
      case 'array': case 'slice': return this.seqSort(this.sortOf(t.elem));
      case 'param': {
        const s = `P%${mangle(paramName(t.name))}`;
        this.once(`sort:${s}`, () => this.sort(`(declare-sort ${s} 0)`));
        return s;
      }
      case 'adt':
        this.noteInstance(t.name, t.args);
        return this.adtSort(t.name, t.args).sort;
      case 'builtin': {
        if (t.name === 'FnSpec') return this.fnSpecSort(t).sort;
        this.noteInstance(t.name, t.args);
        const a = t.args.map((x) => this.sortOf(x));
        switch (t.name) {
          case 'Box': case 'Ghost': case 'Tracked': return a[0] ?? 'Int';
          case 'Vec': case 'Seq': return this.seqSort(a[0] ?? 'Int');
          case 'Set': case 'ISet': return `(Array ${a[0] ?? 'Int'} Bool)`;
          case 'Option': return this.optionSort(a[0] ?? 'Int');
          case 'Map': case 'IMap': return this.mapSort(a[0] ?? 'Int', a[1] ?? 'Int');
        }
      }
    }
    return 'Int';
  }

  unitSort(): string { return this.tupleSort([]); }

  /**
   * A `spec_fn(P1, .., Pn) -> R` type: an uninterpreted sort with an `apply` function (the
   * closures themselves and what else is known of these values: src/vc/ir-closure.ts). One
   * sort per Rust type, not per SMT sort: `spec_fn(u8) -> int` and `spec_fn(int) -> int`
   * differ (what their parameters' and result's types promise is said per type).
   */
  fnSpecSort(ty: Type): { sort: string; apply: string; params: Type[]; ret: Type; paramSorts: string[]; retSort: string } {
    const t = rigidParams(this.substitute(ty));
    const args = t.k === 'builtin' ? t.args : [];
    const ps = args[0];
    const params = ps?.k === 'tuple' ? ps.elems : ps ? [ps] : [];
    const ret: Type = args[1] ?? { k: 'tuple', elems: [] };
    const sort = `Fn%${fnTypeKey(t)}`;
    const paramSorts = params.map((p) => this.sortOf(p));
    const retSort = this.sortOf(ret);
    const apply = `${sort}.apply`;
    this.once(`sort:${sort}`, () => {
      this.sort(`(declare-sort ${sort} 0)`);
      this.fun(`(declare-fun ${apply} (${[sort, ...paramSorts].join(' ')}) ${retSort})`);
    });
    return { sort, apply, params, ret, paramSorts, retSort };
  }

  tupleSort(elems: string[]): string {
    const s = elems.length === 0 ? 'Unit' : `Tuple${elems.length}%${elems.map(sortKey).join('%')}`;
    this.once(`sort:${s}`, () => {
      if (elems.length === 0) this.datatype('Unit', [{ name: 'unit', fields: [] }]);
      else this.datatype(s, [{ name: `${s}.mk`, fields: elems.map((e, i) => ({ accessor: `${s}.${i}`, sort: e })) }]);
    });
    return s;
  }

  optionSort(elem: string): string {
    const s = `Option%${sortKey(elem)}`;
    this.once(`sort:${s}`, () => this.datatype(s, [{ name: `${s}.None`, fields: [] }, { name: `${s}.Some`, fields: [{ accessor: `${s}.Some.0`, sort: elem }] }]));
    return s;
  }

  /**
   * Map<K, V> as an uninterpreted sort of mathematical maps: `dom`, `vals` (meaningful only
   * inside the domain), a constructor `mk` from a domain and values, and extensionality
   * (`ext`, which `=~=` is, implies `=`). A datatype of (dom, vals) arrays would make `==`
   * see values outside the domain (left behind by `remove`), which Verus's maps do not have.
   * Model: pairs (d, f restricted to d); `vals` extends f by any fixed default outside d.
   */
  mapSort(k: string, v: string): string {
    const s = `Map%${sortKey(k)}%${sortKey(v)}`;
    this.once(`sort:${s}`, () => {
      this.sort(`(declare-sort ${s} 0)`);
      const D = `(Array ${k} Bool)`;
      const A = `(Array ${k} ${v})`;
      this.fun([
        `(declare-fun ${s}.dom (${s}) ${D})`,
        `(declare-fun ${s}.vals (${s}) ${A})`,
        `(declare-fun ${s}.mk (${D} ${A}) ${s})`,
        `(declare-fun ${s}.ext (${s} ${s}) Bool)`,
        `(declare-const ${s}.default ${A})`,
      ].join('\n'));
      const mk = `(${s}.mk d v)`;
      this.axiom(`(forall ((d ${D}) (v ${A})) (! (= (${s}.dom ${mk}) d) :pattern (${mk})))`);
      const at = `(select (${s}.vals ${mk}) x)`;
      this.axiom(`(forall ((d ${D}) (v ${A}) (x ${k})) (! (=> (select d x) (= ${at} (select v x))) :pattern (${at})))`);
      const agree = `(forall ((x ${k})) (! (=> (select (${s}.dom a) x) (= (select (${s}.vals a) x) (select (${s}.vals b) x))) :pattern ((select (${s}.vals a) x)) :pattern ((select (${s}.vals b) x))))`;
      this.axiom(`(forall ((a ${s}) (b ${s})) (! (= (${s}.ext a b) (and (= (${s}.dom a) (${s}.dom b)) ${agree})) :pattern ((${s}.ext a b))))`);
      this.axiom(`(forall ((a ${s}) (b ${s})) (! (=> (${s}.ext a b) (= a b)) :pattern ((${s}.ext a b))))`);
    });
    return s;
  }

  /** Seq<T> as an uninterpreted sort with Verus-style axioms (all guarded by index ranges). */
  seqSort(elem: string): string {
    const Q = `Seq%${sortKey(elem)}`;
    this.once(`sort:${Q}`, () => {
      this.sort(`(declare-sort ${Q} 0)`);
      this.fun([
        `(declare-fun ${Q}.len (${Q}) Int)`,
        `(declare-fun ${Q}.index (${Q} Int) ${elem})`,
        `(declare-fun ${Q}.empty () ${Q})`,
        `(declare-fun ${Q}.push (${Q} ${elem}) ${Q})`,
        `(declare-fun ${Q}.update (${Q} Int ${elem}) ${Q})`,
        `(declare-fun ${Q}.subrange (${Q} Int Int) ${Q})`,
        `(declare-fun ${Q}.add (${Q} ${Q}) ${Q})`,
        `(declare-fun ${Q}.ext (${Q} ${Q}) Bool)`,
      ].join('\n'));
      const len = (s: string) => `(${Q}.len ${s})`;
      const idx = (s: string, i: string) => `(${Q}.index ${s} ${i})`;
      this.axiom(`(forall ((s ${Q})) (! (<= 0 ${len('s')}) :pattern (${len('s')})))`);
      this.axiom(`(= ${len(`${Q}.empty`)} 0)`);
      const push = `(${Q}.push s a)`;
      this.axiom(`(forall ((s ${Q}) (a ${elem})) (! (and (= ${len(push)} (+ 1 ${len('s')})) (= ${idx(push, len('s'))} a)) :pattern (${push})))`);
      this.axiom(`(forall ((s ${Q}) (a ${elem}) (i Int)) (! (=> (and (<= 0 i) (< i ${len('s')})) (= ${idx(push, 'i')} ${idx('s', 'i')})) :pattern (${idx(push, 'i')})))`);
      const upd = `(${Q}.update s i a)`;
      this.axiom(`(forall ((s ${Q}) (i Int) (a ${elem})) (! (=> (and (<= 0 i) (< i ${len('s')})) (and (= ${len(upd)} ${len('s')}) (= ${idx(upd, 'i')} a))) :pattern (${upd})))`);
      this.axiom(`(forall ((s ${Q}) (i Int) (a ${elem}) (j Int)) (! (=> (and (<= 0 i) (< i ${len('s')}) (<= 0 j) (< j ${len('s')}) (not (= i j))) (= ${idx(upd, 'j')} ${idx('s', 'j')})) :pattern (${idx(upd, 'j')})))`);
      const sub = `(${Q}.subrange s lo hi)`;
      this.axiom(`(forall ((s ${Q}) (lo Int) (hi Int)) (! (=> (and (<= 0 lo) (<= lo hi) (<= hi ${len('s')})) (= ${len(sub)} (- hi lo))) :pattern (${sub})))`);
      this.axiom(`(forall ((s ${Q}) (lo Int) (hi Int) (j Int)) (! (=> (and (<= 0 lo) (<= lo hi) (<= hi ${len('s')}) (<= 0 j) (< j (- hi lo))) (= ${idx(sub, 'j')} ${idx('s', '(+ j lo)')})) :pattern (${idx(sub, 'j')})))`);
      const add = `(${Q}.add s t)`;
      this.axiom(`(forall ((s ${Q}) (t ${Q})) (! (= ${len(add)} (+ ${len('s')} ${len('t')})) :pattern (${add})))`);
      this.axiom(`(forall ((s ${Q}) (t ${Q}) (i Int)) (! (=> (and (<= 0 i) (< i (+ ${len('s')} ${len('t')}))) (= ${idx(add, 'i')} (ite (< i ${len('s')}) ${idx('s', 'i')} ${idx('t', `(- i ${len('s')})`)}))) :pattern (${idx(add, 'i')})))`);
      this.axiom(`(forall ((s ${Q}) (t ${Q})) (! (= (${Q}.ext s t) (and (= ${len('s')} ${len('t')}) (forall ((i Int)) (! (=> (and (<= 0 i) (< i ${len('s')})) (= ${idx('s', 'i')} ${idx('t', 'i')})) :pattern (${idx('s', 'i')}) :pattern (${idx('t', 'i')}))))) :pattern ((${Q}.ext s t))))`);
      this.axiom(`(forall ((s ${Q}) (t ${Q})) (! (=> (${Q}.ext s t) (= s t)) :pattern ((${Q}.ext s t))))`);
    });
    return Q;
  }

  /**
   * `Seq::contains` as a function defined by its `exists` over indices (trigger: the index
   * term, as in vstd), plus consequences of that definition that rewrite it structurally
   * over `empty`, `push` and `+`, so literal and pushed sequences need no witness hint.
   * Each extra axiom only creates `contains` terms on strictly smaller sequences.
   */
  seqContains(elem: string): string {
    const Q = this.seqSort(elem);
    const C = `${Q}.contains`;
    this.once(`fn:${C}`, () => {
      this.fun(`(declare-fun ${C} (${Q} ${elem}) Bool)`);
      const def = `(exists ((i Int)) (! (and (<= 0 i) (< i (${Q}.len s)) (= (${Q}.index s i) x)) :pattern ((${Q}.index s i))))`;
      this.axiom(`(forall ((s ${Q}) (x ${elem})) (! (= (${C} s x) ${def}) :pattern ((${C} s x))))`);
      this.axiom(`(forall ((x ${elem})) (! (not (${C} ${Q}.empty x)) :pattern ((${C} ${Q}.empty x))))`);
      const push = `(${Q}.push s a)`;
      this.axiom(`(forall ((s ${Q}) (a ${elem}) (x ${elem})) (! (= (${C} ${push} x) (or (= a x) (${C} s x))) :pattern ((${C} ${push} x))))`);
      const add = `(${Q}.add s t)`;
      this.axiom(`(forall ((s ${Q}) (t ${Q}) (x ${elem})) (! (= (${C} ${add} x) (or (${C} s x) (${C} t x))) :pattern ((${C} ${add} x))))`);
    });
    return C;
  }

  /**
   * Union (`or`), intersection (`and`) or difference (`diff`: in the first, not the second)
   * on sets `(Array K Bool)`: a declared function with its pointwise axiom, in standard
   * SMT-LIB (z3's `(_ map or)` is not, and cvc5 rejects it). Array extensionality still
   * decides equalities of such sets.
   */
  setPointwise(op: 'or' | 'and' | 'diff', setSort: string, keySort: string): string {
    const F = `set.${op === 'or' ? 'union' : op === 'and' ? 'inter' : 'diff'}%${sortKey(setSort)}`;
    this.once(`fn:${F}`, () => {
      this.fun(`(declare-fun ${F} (${setSort} ${setSort}) ${setSort})`);
      const at = `(select (${F} a b) x)`;
      const body = op === 'diff' ? '(and (select a x) (not (select b x)))' : `(${op} (select a x) (select b x))`;
      this.axiom(`(forall ((a ${setSort}) (b ${setSort}) (x ${keySort})) (! (= ${at} ${body}) :pattern (${at})))`);
    });
    return F;
  }

  /**
   * `Set::len` and `Set::finite` on sets `(Array K Bool)`: uninterpreted, with vstd's axioms.
   * Sound in the model where `finite` is true finiteness and `len` the cardinality of a finite
   * set (any nat for an infinite one): every `len` fact is guarded by `finite`, and `finite`
   * only spreads from finite sets to the sets built from them (nothing makes a set finite
   * outright except the empty set). Triggers sit on the built set (`len(insert(s, a))`), so
   * an instance only creates terms on smaller sets and cannot loop.
   */
  setCard(setSort: string, keySort: string): { len: string; finite: string } {
    const k = sortKey(setSort);
    const L = `set.len%${k}`;
    const Fin = `set.finite%${k}`;
    this.once(`fn:${L}`, () => {
      const W = `set.witness%${k}`;
      this.fun([
        `(declare-fun ${L} (${setSort}) Int)`,
        `(declare-fun ${Fin} (${setSort}) Bool)`,
        `(declare-fun ${W} (${setSort}) ${keySort})`,
      ].join('\n'));
      const len = (s: string) => `(${L} ${s})`;
      const fin = (s: string) => `(${Fin} ${s})`;
      const empty = `((as const ${setSort}) false)`;
      // len is a nat
      this.axiom(`(forall ((s ${setSort})) (! (<= 0 ${len('s')}) :pattern (${len('s')})))`);
      // empty: finite, no elements
      this.axiom(fin(empty));
      this.axiom(`(= ${len(empty)} 0)`);
      // insert / remove keep finiteness and move len by one when the element is new / present
      const ins = '(store s a true)';
      const rem = '(store s a false)';
      this.axiom(`(forall ((s ${setSort}) (a ${keySort})) (! (=> ${fin('s')} ${fin(ins)}) :pattern (${fin(ins)})))`);
      this.axiom(`(forall ((s ${setSort}) (a ${keySort})) (! (=> ${fin('s')} (= ${len(ins)} (+ ${len('s')} (ite (select s a) 0 1)))) :pattern (${len(ins)})))`);
      this.axiom(`(forall ((s ${setSort}) (a ${keySort})) (! (=> ${fin('s')} ${fin(rem)}) :pattern (${fin(rem)})))`);
      this.axiom(`(forall ((s ${setSort}) (a ${keySort})) (! (=> ${fin('s')} (= ${len(rem)} (- ${len('s')} (ite (select s a) 1 0)))) :pattern (${len(rem)})))`);
      // union of finite sets, intersection with a finite set, difference from a finite set
      const U = this.setPointwise('or', setSort, keySort);
      const I = this.setPointwise('and', setSort, keySort);
      const D = this.setPointwise('diff', setSort, keySort);
      const ab = (f: string) => `(${f} a b)`;
      this.axiom(`(forall ((a ${setSort}) (b ${setSort})) (! (=> (and ${fin('a')} ${fin('b')}) ${fin(ab(U))}) :pattern (${fin(ab(U))})))`);
      this.axiom(`(forall ((a ${setSort}) (b ${setSort})) (! (=> (or ${fin('a')} ${fin('b')}) ${fin(ab(I))}) :pattern (${fin(ab(I))})))`);
      this.axiom(`(forall ((a ${setSort}) (b ${setSort})) (! (=> ${fin('a')} ${fin(ab(D))}) :pattern (${fin(ab(D))})))`);
      // a finite set with an element has len != 0; one with len != 0 has an element (the witness)
      this.axiom(`(forall ((s ${setSort}) (a ${keySort})) (! (=> (and ${fin('s')} (select s a)) (not (= ${len('s')} 0))) :pattern (${len('s')} (select s a))))`);
      this.axiom(`(forall ((s ${setSort})) (! (=> (and ${fin('s')} (not (= ${len('s')} 0))) (select s (${W} s))) :pattern (${len('s')})))`);
    });
    return { len: L, finite: Fin };
  }

  /**
   * The field types of `name<args>` itself, per constructor in its shape's order. A shape is
   * shared by the instances whose arguments have the same sorts (`W<u8>` and `W<int>`,
   * `W<Set<A>>` and `W<ISet<A>>`), and its field types are those of the first one: what a
   * field's type promises (a range, finiteness) must be read from these instead.
   */
  adtFieldTypes(name: string, args: Type[]): Type[][] | undefined {
    return this.source.adtFields(name, args)?.map((v) => v.fields.map((f) => rigidParams(f.ty)));
  }

  adtSort(name: string, args: Type[]): AdtShape {
    const argSorts = args.map((a) => sortKey(this.sortOf(a)));
    const sort = [mangle(name), ...argSorts].join('%');
    const existing = this.adts.get(sort);
    if (existing) return existing;
    const shape: AdtShape = { sort, ctors: [] };
    this.adts.set(sort, shape); // before the fields, so self-reference resolves
    if (this.source.adtOpaque?.(name)) {
      const ext = `${sort}.ext`;
      shape.opaque = { ext };
      this.opaqueInstances.push({ name, args });
      this.sort(`(declare-sort ${sort} 0)`);
      this.fun(`(declare-fun ${ext} (${sort} ${sort}) Bool)`);
      this.axiom(`(forall ((a ${sort}) (b ${sort})) (! (=> (${ext} a b) (= a b)) :pattern ((${ext} a b))))`);
      return shape;
    }
    const variants = this.source.adtFields(name, args) ?? [];
    for (const v of variants) {
      const ctor = v.variant === '' ? `${sort}.mk` : `${sort}.${v.variant}`;
      shape.ctors.push({
        name: ctor,
        variant: v.variant,
        // (a shape is shared by later uses under other substitutions: its field types, over
        // the parameters of the fn that made it, are rigid)
        fields: v.fields.map((f) => ({ name: f.name, accessor: `${ctor}.${mangle(f.name)}`, ty: rigidParams(f.ty), sort: this.sortOf(f.ty) })),
      });
    }
    this.datatype(sort, shape.ctors.length === 0
      ? [{ name: `${sort}.mk`, fields: [] }]
      : shape.ctors.map((c) => ({ name: c.name, fields: c.fields.map((f) => ({ accessor: f.accessor, sort: f.sort })) })));
    return shape;
  }
}
