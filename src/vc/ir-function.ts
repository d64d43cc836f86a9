/**
 * An IR function to its passive program (ir.ts): SSA constants for locals, path conditions
 * for branches, a goal per `check`/`assert` under the facts before it. The IR already holds
 * every obligation as an explicit statement, so this decides no semantics: it only threads
 * versions of locals through control flow.
 *
 * Covers the family irEncodable (ir-family.ts) accepts; the rest is `not supported`.
 */
import type { CheckInfo, CheckCond, IrExpr, IrFunction, IrLocal, IrSpan, IrStmt, Place, Type } from '../ir/types.js';
import { diag, type Diagnostic } from '../report/diagnostic.js';
import type { AxiomDefinedFunction, Goal } from '../smt/query.js';
import type { SmtContext } from '../smt/encode/context.js';
import type { CheckedCrate, FnInfo } from '../check/program.js';
import type { ObligationInfo } from './obligation.js';
import { IrTerms, type IrEnv, type ShortCircuit } from './ir-expr.js';
import { OutsideFamily } from './ir-family.js';
import { Unsupported } from './errors.js';
import { PassiveProgram } from './ir.js';
import { mangle, rigidParams } from '../smt/encode/context.js';
import { irBitVectorGoal } from './bitvec-ir.js';
import { computeClaim, type SpecDefinition } from './compute.js';
import { andAll, implies, inRange, strip } from './terms.js';

/** The locals an expression reads (not its own binders), in order of first occurrence. */
function freeLocals(es: IrExpr[], fn: IrFunction): IrLocal[] {
  const out = new Map<number, IrLocal>();
  const bound = new Set<number>();
  const visit = (x: unknown): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) { x.forEach(visit); return; }
    const e = x as IrExpr;
    if ('k' in e && 'span' in e && 'ty' in e) {
      if (e.k === 'quant') e.binders.forEach((b) => bound.add(b.id));
      if (e.k === 'lambda') e.params.forEach((b) => bound.add(b.id));
      if (e.k === 'let') bound.add(e.binder.id);
      if (e.k === 'var' && !out.has(e.id)) { const l = fn.locals.get(e.id); if (l) out.set(e.id, l); }
    }
    for (const [key, v] of Object.entries(e)) if (key !== 'ty' && key !== 'span' && key !== 'binder' && key !== 'binders' && key !== 'params') visit(v);
  };
  es.forEach(visit);
  return [...out.values()].filter((l) => !bound.has(l.id));
}

function collectCounters(ss: IrStmt[], out: Set<number>): void {
  for (const s of ss) {
    if (s.k === 'loop') {
      if (s.counter !== undefined) out.add(s.counter);
      for (const part of [s.head, s.body, s.latch, s.exit]) collectCounters(part, out);
    }
    if (s.k === 'branch') { collectCounters(s.then, out); collectCounters(s.else, out); }
    if (s.k === 'ghost') collectCounters(s.body, out);
    if (s.k === 'assert' && s.by && s.by.k !== 'compute') collectCounters(s.by.body, out);
    if (s.k === 'assert_forall') collectCounters(s.proof, out);
  }
}

function sameSpan(a: IrSpan, b: IrSpan): boolean {
  return a.start === b.start && a.end === b.end && a.file === b.file;
}

/** A write's type-invariant checks, taken in order as the values around the written fields are built. */
interface InvariantChecks { checks: (IrStmt & { k: 'check' })[]; next: number }

/** The type-invariant checks the IR places right after statement `i` (a write), at its span. */
function invariantChecksAfter(ss: IrStmt[], i: number): (IrStmt & { k: 'check' })[] {
  const out: (IrStmt & { k: 'check' })[] = [];
  for (let j = i + 1; j < ss.length; j++) {
    const c = ss[j]!;
    if (c.k !== 'check' || c.info.kind !== 'type-invariant' || !sameSpan(c.span, ss[i]!.span)) break;
    out.push(c);
  }
  return out;
}

/** The placeKey of a place's read. */
function placeKeyOf(p: Place): string {
  let k = `${p.root}`;
  for (const x of p.proj) {
    if (x.k === 'field') k += `.${x.name}`;
    else if (x.k === 'index') throw new OutsideFamily('a `&mut` argument into an element');
  }
  return k;
}

/** `&mut T`, also inside Ghost/Tracked. */
function isMutRef(t: Type): boolean {
  let cur = t;
  while (cur.k === 'builtin' && (cur.name === 'Tracked' || cur.name === 'Ghost') && cur.args[0]) cur = cur.args[0];
  return cur.k === 'ref' && cur.mut;
}

interface State { pc: string; vars: Map<number, string> }

interface LoopCtx { id: number; breaks: State[]; latch: IrStmt[]; counter?: number }

type Obligation = Omit<ObligationInfo, 'label' | 'function'>;

export class IrFunctionEncoder extends IrTerms {
  readonly prog = new PassiveProgram();
  readonly obligations = new Map<string, ObligationInfo>();
  readonly diagnostics: Diagnostic[] = [];
  /** `by (nonlinear_arith)` goals: closed terms, checked in a separate query with nonlinear arithmetic on. */
  readonly nonlinearGoals: Goal[] = [];
  readonly nonlinearObligations = new Map<string, ObligationInfo>();
  /** `by (bit_vector)` goals, their constants' declarations, and obligations: one QF_BV query. */
  readonly bitVectorGoals: Goal[] = [];
  readonly bitVectorDecls: string[] = [];
  readonly bitVectorObligations = new Map<string, ObligationInfo>();
  private readonly loops: LoopCtx[] = [];
  /** `for` loop variables: the iterator's values, bound directly (no constant of their own but at the loop head). */
  private readonly counters = new Set<number>();
  /** The counter the latch being encoded advances (the iterator's next value, no constant of its own). */
  private iterating: number | undefined;
  private vars = new Map<number, string>();
  private readonly old = new Map<number, string>();
  private entry = new Map<number, string>();
  /** Temps declared without a value: bound by their first assignment (joined as `val`). */
  private readonly unbound = new Set<number>();
  private readonly sc: ShortCircuit = {
    enter: (cond) => { const saved = this.prog.pc; this.prog.pc = this.branchPc(saved, cond); return saved; },
    leave: (saved) => { this.prog.pc = saved; },
  };

  constructor(crate: CheckedCrate, ctx: SmtContext, readonly fn: IrFunction) {
    super(crate, ctx);
  }

  private get returnsUnit(): boolean {
    const t = strip(this.fn.ret.ty);
    return t.k === 'tuple' && t.elems.length === 0;
  }

  private get env(): IrEnv { return { now: this.vars, old: this.old, local: this.prog }; }

  /** Assume `requires`, run the body (its postcondition checks are statements of it). */
  encode(): void {
    const f = this.fn;
    for (const p of f.params) {
      const term = this.declare(p);
      this.old.set(p.id, term);
      this.prog.assume(andAll(this.typeFacts(term, p.ty, 2, !!p.execValue)));
    }
    this.entry = new Map(this.vars);
    this.assumeBroadcastLemmas();
    for (const r of f.requires) this.prog.assume(this.term(r, this.env));
    if (f.body?.k !== 'stmts') throw new Error('IR function without statements');
    collectCounters(f.body.stmts, this.counters);
    this.stmts(f.body.stmts);
    this.assumeLemmasAtUsedInstances();
  }

  /** Per free-standing generic broadcast lemma without bounds, its generics (set by the caller). */
  lemmaGenerics = new Map<IrFunction, string[]>();

  /**
   * A generic lemma without bounds holds at every type. One that speaks of an opaque type
   * (`Multiset<V>`) is stated at each instance of it the query uses (`Multiset<int>`, or
   * `Multiset<T>` at a type parameter), and only there (a query without multisets carries
   * none of their axioms): the opaque type has no constructor or theory of its own, so its
   * lemmas are all the solver knows of it. Any other is also stated at each instance of its
   * parameters' collection and datatype types the query uses (`Set<usize>` for a lemma over
   * `Set<A>`). Instances created meanwhile (by the axioms stated) are handled in turn.
   */
  private assumeLemmasAtUsedInstances(): void {
    const done = new Set<string>();
    const opaque = this.ctx.opaqueInstances;
    const used = this.ctx.typeInstances;
    // (both lists grow as axioms are stated: their instances are handled in turn, to a bound)
    for (let i = 0, j = 0; (i < opaque.length || j < used.length) && i + j < MAX_LEMMA_INSTANCES;) {
      const fromOpaque = i < opaque.length;
      const inst = fromOpaque ? opaque[i++]! : used[j++]!;
      for (const lemma of this.broadcastLemmas) {
        const generics = this.lemmaGenerics.get(lemma);
        if (!generics) continue;
        // a lemma about an opaque type only at its instances; any other generic one at every
        // instance of the collections and datatypes its parameters have (its own sorts done)
        const onOpaque = opaqueUses(lemma, generics, (n) => this.ctx.isOpaqueAdt(n)).length > 0;
        if (!fromOpaque && onOpaque) continue;
        for (const use of fromOpaque ? opaqueUses(lemma, generics, (n) => this.ctx.isOpaqueAdt(n)) : genericUses(lemma, generics)) {
          if (use.name !== inst.name || use.args.length !== inst.args.length) continue;
          const sub = new Map<string, Type>();
          use.args.forEach((g, k) => { if (g !== undefined) sub.set(g, rigidParams(inst.args[k]!)); });
          if (!generics.every((g) => sub.has(g))) continue;
          if (!fromOpaque && generics.every((g) => { const t = sub.get(g)!; return t.k === 'param' && t.name === g; })) continue;
          const key = `broadcast:${lemma.name}@${fromOpaque ? 'opaque' : 'at'}:${generics.map((g) => typeKeyOf(sub.get(g)!)).join(',')}`;
          if (done.has(key)) continue;
          done.add(key);
          const saved = this.ctx.typeSubst;
          this.ctx.typeSubst = new Map([...saved, ...sub]);
          try {
            const ax = this.broadcastAxiom(lemma);
            this.ctx.once(key, () => this.ctx.axiom(ax));
          } catch (err) {
            // an instance the encoding cannot state is left out: the proof knows less, never more
            if (!(err instanceof Unsupported) && !(err instanceof OutsideFamily)) throw err;
          } finally { this.ctx.typeSubst = saved; }
        }
      }
    }
  }

  /**
   * A recursive spec fn's termination: under its `requires`, each recursive call's measure is
   * below the fn's (the IR's termination checks, guarded by their paths).
   */
  encodeTermination(): void {
    const f = this.fn;
    for (const p of f.params) this.prog.assume(andAll(this.typeFacts(this.declare(p), p.ty)));
    this.entry = new Map(this.vars);
    this.assumeBroadcastLemmas();
    for (const r of f.requires) this.prog.assume(this.term(r, this.env));
    this.ctx.once('sort:Fuel', () => {
      this.ctx.sort('(declare-sort Fuel 0)');
      this.ctx.fun('(declare-fun fuel.zero () Fuel)\n(declare-fun fuel.succ (Fuel) Fuel)');
    });
    this.specFn(this.fnByName(f.name), []);
    for (const c of f.termination ?? []) {
      this.check(this.term(c.cond, this.env), { kind: 'termination', message: 'could not prove termination', span: c.span, labels: [] });
    }
    this.assumeLemmasAtUsedInstances();
  }

  /** Lowers a crate's fn by name (set by the caller; inline spec fns in bit-vector claims need their bodies). */
  lowerFn: (qname: string) => IrFunction | undefined = () => undefined;

  /**
   * A spec fn with a one-expression body, as the bit-vector translator expands it: Verus
   * simplifies a bit-vector claim with its interpreter first (sst_elaborate.rs), which
   * unfolds the calls of spec fns whose bodies it sees, `#[verifier::inline]` or not.
   * Opaque, trusted (uninterp, external_body) and recursive ones stay calls (not supported).
   */
  private inlineFn(qname: string): { params: { id: number; ty: Type }[]; body: IrExpr } | undefined {
    const f = this.lowerFn(qname);
    if (!f || f.mode !== 'spec' || f.opaque || f.trusted || f.decreases.length > 0 || f.body?.k !== 'expr') return undefined;
    return { params: f.params, body: f.body.value };
  }

  /** The `broadcast use` lemmas this function may assume (set by the caller; none by default). */
  broadcastLemmas: IrFunction[] = [];
  /**
   * What this proof did without (lemmas whose spec cannot be encoded, left out: the proof then
   * knows less, never more): a note on each of its failures. Set by the caller.
   */
  omittedContext: string[] = [];

  /** Each lemma as an axiom: `forall params. requires ==> ensures`, triggered by its trigger groups. */
  private assumeBroadcastLemmas(): void {
    for (const lemma of this.broadcastLemmas) {
      // one about an opaque type is stated only at the instances of it the query uses (below)
      const generics = this.lemmaGenerics.get(lemma);
      if (generics && opaqueUses(lemma, generics, (n) => this.ctx.isOpaqueAdt(n)).length > 0) continue;
      const ax = this.broadcastAxiom(lemma);
      const at = this.broadcastInstances.get(lemma);
      // (not at its own parameters' sorts when this fn has a same-named one not meeting its bounds)
      if (at?.base !== false) this.ctx.once(`broadcast:${lemma.name}`, () => this.ctx.axiom(ax));
      // a generic lemma, again at each of this fn's type parameters that meets its bounds
      for (const inst of at?.subs ?? []) {
        const saved = this.ctx.typeSubst;
        const at = Object.entries(inst).map(([g, p]): [string, Type] => [g, rigidParams(this.ctx.substitute({ k: 'param', name: p }))]);
        this.ctx.typeSubst = new Map([...saved, ...at]);
        try {
          const axi = this.broadcastAxiom(lemma);
          this.ctx.once(`broadcast:${lemma.name}@${JSON.stringify(inst)}`, () => this.ctx.axiom(axi));
        } finally { this.ctx.typeSubst = saved; }
      }
    }
  }

  /** Per generic broadcast lemma, the substitutions (its generics to this fn's type parameters) it is also stated at. */
  broadcastInstances = new Map<IrFunction, { base: boolean; subs: Record<string, string>[] }>();

  /** A broadcast lemma as one closed axiom; throws Unsupported (or OutsideFamily) when its spec cannot be encoded. */
  broadcastAxiom(lemma: IrFunction): string {
    const env: IrEnv = { now: new Map(), old: new Map(), bound: [] };
    const names = lemma.params.map((p, i) => `${mangle(p.name)}$b${i}`);
    lemma.params.forEach((p, i) => env.now.set(p.id, names[i]!));
    const decls = lemma.params.map((p, i) => `(${names[i]} ${this.sortOf(p.ty)})`);
    env.bound = lemma.params.map((p, i) => [names[i]!, this.sortOf(p.ty)]);
    const facts = lemma.params.flatMap((p, i) => this.typeFacts(names[i]!, p.ty, 0));
    const pre = andAll([...facts, ...lemma.requires.map((r) => this.term(r, env))]);
    const post = andAll(lemma.ensures.map((c) => this.term(c, env)));
    const pats = lemma.broadcastTriggers ? this.irPatterns(lemma.broadcastTriggers, env) : this.autoPatternsOver(names, lemma.ensures, env);
    const matrix = implies(pre, post);
    return decls.length ? `(forall (${decls.join(' ')}) ${pats ? `(! ${matrix} ${pats})` : matrix})` : matrix;
  }

  query(): { prelude: string; goals: Goal[]; definitions: readonly AxiomDefinedFunction[] } {
    return { prelude: [this.ctx.prelude(), this.prog.text()].filter((s) => s).join('\n'), goals: this.prog.goals, definitions: this.ctx.definitions };
  }

  private declare(l: IrLocal): string {
    const term = this.prog.fresh(l.name, this.sortOf(l.ty));
    this.vars.set(l.id, term);
    return term;
  }

  private isNamed(l: IrLocal | undefined): boolean {
    return !!l && l.origin !== 'temp' && l.origin !== 'ret';
  }

  // ------------------------------------------------------------------ obligations

  private check(term: string, ob: Obligation): void {
    const g = this.prog.goalTerm(term);
    if (g === undefined) return;
    const label = this.prog.nextLabel();
    this.prog.addGoal({ label, term: g, cex: this.counterexample() });
    this.obligations.set(label, { ...ob, label, function: this.fn.name });
    this.prog.assume(term);
  }

  /** Parameters (entry values) and live named locals, latest first. */
  private counterexample(): Goal['cex'] {
    const out: Goal['cex'] = [];
    const seen = new Set<string>();
    const one = (name: string, term: string, ty: Type) => {
      const s = this.sortOf(ty);
      const sort = s === 'Int' ? 'Int' : s === 'Bool' ? 'Bool' : undefined;
      if (!sort || seen.has(name)) return;
      seen.add(name);
      out.push({ name, term, sort });
    };
    // a local, and the scalar fields of a struct
    const add = (l: IrLocal, term: string) => {
      one(l.name, term, l.ty);
      for (const f of this.structFields(l.ty) ?? []) one(`${l.name}.${f.name}`, `(${f.accessor} ${term})`, f.ty);
    };
    const params = new Set(this.fn.params.map((p) => p.id));
    for (const p of this.fn.params) {
      const term = this.entry.get(p.id);
      if (term) add(p, term);
    }
    const live = [...this.vars.entries()].filter(([id]) => !params.has(id) && this.isNamed(this.fn.locals.get(id)));
    for (const [id, term] of live.reverse()) add(this.fn.locals.get(id)!, term);
    return out;
  }

  private checkTerm(c: CheckCond): string {
    switch (c.k) {
      case 'in_range': return inRange(this.term(c.value, this.env), c.kind);
      case 'nonzero': return `(not (= ${this.term(c.value, this.env)} 0))`;
      case 'shift_amount': { const b = this.term(c.amount, this.env); return `(and (<= 0 ${b}) (< ${b} ${c.bits}))`; }
      case 'holds': return this.term(c.cond, this.env);
      case 'in_bounds': {
        const seq = this.term(c.seq, this.env);
        const i = this.term(c.index, this.env);
        return `(and (<= 0 ${i}) (< ${i} (${this.sortOf(strip(this.ctx.substitute(c.seq.ty)))}.len ${seq})))`;
      }
      case 'is_some': return `((_ is ${this.sortOf(strip(this.ctx.substitute(c.value.ty)))}.Some) ${this.term(c.value, this.env)})`;
    }
  }

  private obligation(info: CheckInfo, span: IrSpan): Obligation {
    return { kind: info.kind, message: info.message, span, ...(info.primaryLabel ? { primaryLabel: info.primaryLabel } : {}), labels: info.labels };
  }

  // ------------------------------------------------------------------ statements

  private stmts(ss: IrStmt[]): void {
    for (let i = 0; i < ss.length; i++) {
      const s = ss[i]!;
      // a Vec method's result starts out as unit, before its checks
      if (s.k === 'check' || s.k === 'let' || s.k === 'assign') {
        let j = i;
        while (j < ss.length && (ss[j]!.k === 'check' || ss[j]!.k === 'let') && sameSpan(ss[j]!.span, s.span)) j++;
        const a = ss[j];
        if (a?.k === 'assign' && a.byMethod && sameSpan(a.span, s.span)) this.unit();
      }
      if (s.k === 'check' && (s.info.kind === 'precondition' || s.info.kind === 'termination')) {
        // a generic callee's termination and precondition checks are made at its type arguments
        let j = i;
        while (j < ss.length && ss[j]!.k === 'check' && sameSpan(ss[j]!.span, s.span) && ['precondition', 'termination'].includes((ss[j] as IrStmt & { k: 'check' }).info.kind)) j++;
        const call = ss[j];
        if (call?.k === 'call' && call.typeArgs.length > 0 && sameSpan(call.span, s.span)) {
          this.atCallTypes(call, () => { for (let k = i; k < j; k++) this.stmt(ss[k]!); });
          const checks = invariantChecksAfter(ss, j);
          this.call(call, checks);
          i = j + checks.length;
          continue;
        }
      }
      if (s.k === 'assign' && s.place.proj.some((x) => x.k !== 'deref')) {
        // the type-invariant checks of the enclosing values follow the write: made as it is built
        const checks = invariantChecksAfter(ss, i);
        const queue = { checks, next: 0 };
        this.writePart(s.place, this.value(s.value), queue);
        if (queue.next !== checks.length) throw new OutsideFamily('type invariant checks not matching the write');
        i += checks.length;
        continue;
      }
      const bound = ss[i + 1];
      if (s.k === 'let' && !s.init && s.local.origin === 'temp' && s.local.name.startsWith('interval%') && bound?.k === 'assume' && sameSpan(bound.span, s.span)) {
        // a harness input: any value of its type in `lo..=hi`, its type facts and bounds one fact
        const v = this.prog.fresh('interval', this.sortOf(s.local.ty));
        this.vars.set(s.local.id, v);
        const c = bound.cond;
        const range = c.k === 'logic' && c.op === 'and' ? [this.term(c.left, this.env), this.term(c.right, this.env)] : [this.term(c, this.env)];
        this.prog.assume(andAll([...this.typeFacts(v, s.local.ty), ...range]));
        i++;
        continue;
      }
      if (s.k === 'call') {
        const checks = invariantChecksAfter(ss, i);
        this.call(s, checks);
        i += checks.length;
        continue;
      }
      this.stmt(s);
    }
  }

  /**
   * A write into a field or element of a local: the local's new value is rebuilt around it;
   * each enclosing struct with a type invariant is checked against it as it is built
   * (`checks`, innermost first, are the IR's checks of those).
   */
  private writePart(place: Place, value: string, queue: InvariantChecks): void {
    const root = this.vars.get(place.root);
    if (root === undefined) throw new OutsideFamily('a write into a local without a value');
    const rebuild = (cur: string, i: number, containerTy: Type): string => {
      if (i === place.proj.length) return value;
      const step = place.proj[i]!;
      if (step.k === 'deref') return rebuild(cur, i + 1, step.ty);
      if (step.k === 'index') {
        const Q = this.sortOf(strip(containerTy));
        const idx = this.term(step.index, this.env);
        return `(${Q}.update ${cur} ${idx} ${rebuild(`(${Q}.index ${cur} ${idx})`, i + 1, step.ty)})`;
      }
      const fields = this.structFields(containerTy);
      if (!fields) throw new OutsideFamily('assigning to this field');
      const values = new Map(fields.map((f) => [f.name, f.name === step.name ? rebuild(`(${f.accessor} ${cur})`, i + 1, step.ty) : `(${f.accessor} ${cur})`]));
      const built = this.construct(containerTy, values, this.fn.span);
      const t = strip(this.ctx.substitute(containerTy));
      // (proof code checks only the values that are not spec: the IR states the others' checks not)
      const next = queue.checks[queue.next];
      if (t.k === 'adt' && this.typeInvariantOf(t.name) && next && checkedPrefixLength(next) === i) {
        const c = queue.checks[queue.next++]!;
        if (c.cond.k !== 'holds' || c.cond.cond.k !== 'spec_call') throw new OutsideFamily('a type invariant check not where expected');
        this.check(`(${this.specFn(this.fnByName(c.cond.cond.fn), c.cond.cond.typeArgs)} ${built})`, this.obligation(c.info, c.span));
      }
      return built;
    };
    const l = this.fn.locals.get(place.root)!;
    this.writeLocal(place.root, rebuild(root, 0, l.ty));
  }

  protected override freshValue(name: string, sort: string, facts?: (v: string) => string[]): string {
    const v = this.prog.fresh(name, sort);
    if (facts) this.prog.assume(andAll(facts(v)));
    return v;
  }

  private value(e: IrExpr): string {
    if (e.k === 'ctor' && e.adt === '' && e.fields.length === 0) return this.unit();
    return this.term(e, this.env, this.sc);
  }

  private stmt(s: IrStmt): void {
    switch (s.k) {
      case 'let': {
        const l = s.local;
        // a pattern's names are the parts of the matched value
        if ((s.pattern || this.counters.has(l.id)) && s.init) { this.vars.set(l.id, this.value(s.init)); return; }
        if (!this.isNamed(l)) {
          if (s.init) this.vars.set(l.id, this.value(s.init));
          else this.unbound.add(l.id);
          return;
        }
        const v = s.init ? this.value(s.init) : undefined;
        const x = this.declare(l);
        this.prog.assume(v !== undefined ? `(= ${x} ${v})` : andAll(this.typeFacts(x, l.ty)));
        return;
      }
      case 'assign': {
        if (s.place.proj.some((x) => x.k !== 'deref')) throw new OutsideFamily('a write into part of a local');
        this.writeLocal(s.place.root, this.value(s.value));
        // a Vec a method changed is again a value of its type (its length bound)
        const l = this.fn.locals.get(s.place.root);
        if (s.byMethod && l) this.prog.assume(andAll(this.typeFacts(this.vars.get(l.id)!, l.ty, 2, !!l.execValue)));
        return;
      }
      case 'check':
        // (the unit result of a unit fn is made before its postcondition is checked, as the direct encoding did)
        if (s.info.kind === 'postcondition' && this.returnsUnit) this.unit();
        this.check(this.checkTerm(s.cond), this.obligation(s.info, s.span));
        return;
      case 'assume': this.prog.assume(this.term(s.cond, this.env)); return;
      case 'assert': return this.assert(s);
      case 'branch': return this.branch(s);
      case 'return':
        // (a unit result is the unit value, as the direct encoding declared it)
        if (s.value) this.value(s.value);
        else this.unit();
        this.prog.pc = 'false';
        return;
      case 'ghost':
        this.stmts(s.body);
        this.unit(); // (a proof block is of unit type)
        return;
      case 'call': return this.call(s, []);
      case 'loop': return this.loop(s);
      case 'assert_forall': return this.assertForall(s);
      case 'break': {
        const l = this.loopById(s.loop);
        l.breaks.push({ pc: this.prog.pc, vars: new Map(this.vars) });
        this.prog.pc = 'false';
        return;
      }
      case 'continue': {
        const l = this.loopById(s.loop);
        this.latch(l.latch, l.counter);
        this.prog.pc = 'false';
        return;
      }
      case 'reveal': {
        const flag = this.revealName(this.fnByName(s.fn));
        if (flag) this.prog.assume(flag);
        return;
      }
      default: throw new Error(`IR statement ${s.k} outside the encoded family`);
    }
  }

  private assert(s: IrStmt & { k: 'assert' }): void {
    const ob: Obligation = { kind: 'assertion', message: s.message ?? 'assertion failed', span: s.span, labels: [] };
    const by = s.by;
    if (!by) { this.check(this.term(s.cond, this.env), ob); return; }
    if (by.k === 'block') {
      // the proof block's facts serve this assertion only
      const term = this.term(s.cond, this.env);
      const saved = { pc: this.prog.pc, vars: new Map(this.vars), scope: this.prog.scope };
      this.stmts(by.body);
      this.unit();
      this.check(term, ob);
      this.prog.pc = saved.pc;
      this.vars = saved.vars;
      this.prog.scope = saved.scope;
      this.prog.assume(term);
      return;
    }
    if (by.k === 'compute') { this.assertByCompute(s.cond, by.only, s.span, ob); return; }
    // bit_vector / nonlinear_arith: the requires are checked here, the claim in isolation
    const term = this.term(s.cond, this.env);
    for (const r of by.requires) this.check(this.term(r, this.env), { kind: 'assertion', message: 'assertion failed', span: r.span, labels: [] });
    if (this.prog.pc !== 'false') {
      if (by.k === 'bit_vector') {
        const label = `bv${this.bitVectorGoals.length}`;
        const g = irBitVectorGoal(s.cond, by.requires, s.span, label, { inlineFn: (q) => this.inlineFn(q) });
        this.bitVectorDecls.push(...g.decls);
        this.bitVectorGoals.push({ label, term: g.term, cex: [] });
        this.bitVectorObligations.set(label, { ...ob, label, function: this.fn.name });
      } else {
        const label = `nl${this.nonlinearGoals.length}`;
        this.nonlinearGoals.push({ label, term: this.nonlinearGoal(s.cond, by.requires), cex: [] });
        this.nonlinearObligations.set(label, { ...ob, label, function: this.fn.name });
      }
    }
    this.prog.assume(term);
  }

  /** The rlimit in force for this function (Verus units; set by the caller), which bounds `by (compute)`. */
  computeRlimit: number | undefined;

  /**
   * `by (compute)`: the claim evaluated (compute.ts). True: assumed. False, or the budget spent:
   * an error. Left open: `compute` proves the claim with the solver, `compute_only` fails.
   */
  private assertByCompute(cond: IrExpr, only: boolean, span: IrSpan, ob: Obligation): void {
    const r = computeClaim(cond, { definition: (q) => this.specDefinition(q), rlimit: this.computeRlimit });
    if (r.k === 'open' && !only) { this.check(this.term(cond, this.env), ob); return; }
    if (r.k !== 'true') {
      const message = r.k === 'false' ? 'expression simplifies to false'
        : r.k === 'error' ? r.message
          : 'assert_by_compute_only failed to simplify down to true';
      this.diagnostics.push(diag('assertion', message, span, { function: this.fn.name, ...(r.k === 'open' ? { notes: [`not computed: ${r.why}`] } : {}) }));
    }
    // (true: assumed, as Verus does; after an error the claim is assumed too, so it is reported once)
    if (this.prog.pc === 'false') return;
    try {
      this.prog.assume(this.term(cond, this.env));
    } catch (e) {
      // a claim the solver cannot be told: computed, but not known to the proof (knowing less is sound)
      if (!(e instanceof Unsupported || e instanceof OutsideFamily)) throw e;
    }
  }

  /** A spec fn's definition for the evaluator: a body, not trusted (uninterp, external). */
  private specDefinition(qname: string): SpecDefinition | undefined {
    const f = this.lowerFn(qname);
    if (!f || f.mode !== 'spec' || f.trusted || f.body?.k !== 'expr') return undefined;
    return { params: f.params.map((p) => p.id), body: f.body.value };
  }

  /** Proves the conclusion for arbitrary binders (under the assumption), then knows the quantified fact. */
  private assertForall(s: IrStmt & { k: 'assert_forall' }): void {
    const saved = { pc: this.prog.pc, vars: new Map(this.vars), scope: this.prog.scope };
    for (const b of s.binders) {
      const x = this.declare(b);
      this.prog.assume(andAll(this.typeFacts(x, b.ty, 0)));
    }
    if (s.assumption) this.prog.assume(this.term(s.assumption, this.env));
    if (s.hasProof) {
      this.stmts(s.proof);
      this.unit();
    }
    this.check(this.term(s.conclusion, this.env), { kind: 'assertion', message: 'assertion failed', span: s.span, labels: [] });
    this.prog.pc = saved.pc;
    this.vars = saved.vars;
    this.prog.scope = saved.scope;
    this.prog.assume(this.term(s.fact, this.env));
  }

  /** `by (nonlinear_arith)`: requires => claim over the free locals (and entry values), nothing else known. */
  private nonlinearGoal(claim: IrExpr, requires: IrExpr[]): string {
    const env: IrEnv = { now: new Map(), old: new Map() };
    const decls: string[] = [];
    const facts: string[] = [];
    for (const l of freeLocals([claim, ...requires], this.fn)) {
      const name = `${mangle(l.name)}$nl`;
      env.now.set(l.id, name);
      decls.push(`(${name} ${this.sortOf(l.ty)})`);
      facts.push(...this.typeFacts(name, l.ty, 0));
      if (!this.old.has(l.id)) continue;
      const old = `${mangle(l.name)}$nl_old`;
      env.old.set(l.id, old);
      decls.push(`(${old} ${this.sortOf(l.ty)})`);
      facts.push(...this.typeFacts(old, l.ty, 0));
    }
    // the solver's nonlinear reasoning applies to the native operators only
    const saved = this.exactArith;
    this.exactArith = true;
    let body: string;
    try { body = implies(andAll([...facts, ...requires.map((r) => this.term(r, env))]), this.term(claim, env)); } finally { this.exactArith = saved; }
    return decls.length ? `(forall (${decls.join(' ')}) ${body})` : body;
  }

  private latch(ss: IrStmt[], counter: number | undefined): void {
    const saved = this.iterating;
    this.iterating = counter;
    try { this.stmts(ss); } finally { this.iterating = saved; }
  }

  private loopById(id: number): LoopCtx {
    const l = this.loops.find((x) => x.id === id);
    if (!l) throw new Error(`break or continue outside loop ${id}`);
    return l;
  }

  /**
   * A loop cut at its invariants (isolation): what it modifies gets fresh versions, only
   * type facts and invariants are known at the head; the body runs once from there, then
   * the latch (invariant-end and decreases checks). After the loop: the exit by the
   * condition joined with the breaks, under the facts of the loop body.
   */
  private loop(s: IrStmt & { k: 'loop' }): void {
    if (s.needsDecreases) {
      this.diagnostics.push(diag('decreases', 'loop must have a decreases clause', s.headSpan, { function: this.fn.name }));
    }
    const outerScope = this.prog.scope;
    const roots: number[] = [];
    for (const p of s.modifies) if (!roots.includes(p.root)) roots.push(p.root);
    for (const id of roots) {
      if (!this.vars.has(id)) continue;
      const l = this.fn.locals.get(id)!;
      this.vars.set(id, this.prog.fresh(l.name, this.sortOf(l.ty)));
    }
    // isolated: a fresh scope; `loop_isolation(false)`: the facts from before stay known
    if (s.isolated) this.prog.scope = 'true';
    for (const [id, term] of this.vars) {
      const l = this.fn.locals.get(id);
      // (the counter of `a..=T::MAX` reaches MAX + 1 at the exit: its range comes from its bounds, not its type)
      if (this.isNamed(l) && id !== s.counter) this.prog.assume(andAll(this.typeFacts(term, l!.ty, 2, !!l!.execValue)));
    }
    if (s.facts.length) this.prog.assume(andAll(s.facts.map((f) => this.term(f, this.env))));
    for (const c of [...s.spec.invariants, ...s.spec.invariantsExceptBreak]) this.prog.assume(this.term(c, this.env));
    this.stmts(s.head);
    const cond = s.cond ? this.value(s.cond) : 'true';
    const head: State = { pc: this.prog.pc, vars: new Map(this.vars) };
    const ctx: LoopCtx = { id: s.id, breaks: [], latch: s.latch, ...(s.counter !== undefined ? { counter: s.counter } : {}) };
    this.loops.push(ctx);
    this.prog.pc = this.branchPc(head.pc, cond);
    this.stmts(s.body);
    if (this.prog.pc !== 'false') this.latch(s.latch, s.counter);
    this.loops.pop();
    const exitPc = s.cond === undefined ? 'false' : this.branchPc(head.pc, `(not ${cond})`);
    this.prog.pc = exitPc;
    this.vars = new Map(head.vars);
    this.stmts(s.exit);
    const bodyScope = this.prog.scope;
    this.prog.scope = !s.isolated || outerScope === 'true' ? bodyScope : bodyScope === 'true' ? outerScope : this.prog.define('s', `(and ${outerScope} ${bodyScope})`);
    this.unit();
    this.join([{ pc: exitPc, vars: head.vars }, ...ctx.breaks], head, new Set());
    for (const c of s.spec.ensures) this.prog.assume(this.term(c, this.env));
    // out of scope: a later loop's cut must not assume the exhausted counter in its type
    if (s.counter !== undefined) this.vars.delete(s.counter);
  }

  /** A call through the callee's contract (its precondition checks precede it). */
  /** Runs `f` with the callee's type parameters bound to the call's type arguments. */
  private atCallTypes<T>(s: IrStmt & { k: 'call' }, f: () => T): T {
    const info = this.fnByName(s.fn);
    if (s.typeArgs.length === 0) {
      // a generic callee whose instantiation the checker left implicit: its contract's types are unknown
      if (this.genericsOf(info.decl).length > 0) throw new Unsupported('a call of a generic fn whose type arguments are not known here', s.span);
      return f();
    }
    // (a trait member at a known type means its impl's contract, which the IR's call does not carry yet)
    if (this.dispatched(info, s.typeArgs)) throw new Unsupported('a call of a trait fn at a known type (its impl\'s contract)', s.span);
    const inst = s.typeArgs.map((t) => this.ctx.substitute(t));
    const saved = this.ctx.typeSubst;
    this.ctx.typeSubst = new Map(saved);
    const generics = this.genericsOf(info.decl);
    if (generics.length === inst.length) inst.forEach((t, i) => this.ctx.typeSubst.set(generics[i]!, rigidParams(t)));
    try { return f(); } finally { this.ctx.typeSubst = saved; }
  }

  /** `checks`: the type-invariant checks after the call, of the values around the fields it wrote. */
  private call(s: IrStmt & { k: 'call' }, checks: (IrStmt & { k: 'check' })[]): void {
    if (this.dispatched(this.fnByName(s.fn), s.typeArgs)) throw new OutsideFamily('a call dispatched to a trait impl');
    // the values the callee leaves in its `&mut` arguments, named after its parameters
    const mutParams = this.fnByName(s.fn).params.filter((p) => isMutRef(p.ty));
    if (mutParams.length !== s.mutArgs.length) throw new OutsideFamily('`&mut` arguments not matching the parameters');
    const posts = this.callEffects(s, mutParams);
    const queue = { checks, next: 0 };
    s.mutArgs.forEach((pl, i) => {
      if (pl.proj.every((x) => x.k === 'deref')) this.writeLocal(pl.root, posts[i]!);
      else this.writePart(pl, posts[i]!, queue);
    });
    if (queue.next !== checks.length) throw new OutsideFamily('type invariant checks not matching the writes');
  }

  /**
   * The callee's new `&mut` values and result, and its postcondition. Only what is the
   * callee's (its parameters' types, its clauses) is encoded at the call's type arguments:
   * the call's result is the caller's local, of the caller's type, whose parameters may have
   * the names of the callee's (`T` at `PointsTo<T>`), so substituting there would capture them.
   */
  private callEffects(s: IrStmt & { k: 'call' }, mutParams: FnInfo['params']): string[] {
    const posts = this.atCallTypes(s, () => s.mutArgs.map((_, i) => {
      const p = mutParams[i]!;
      const inner = strip(p.ty);
      const v = this.prog.fresh(p.name, this.sortOf(inner));
      this.prog.assume(andAll(this.typeFacts(v, inner, 2, s.mode === 'exec' && p.mode === 'exec')));
      return v;
    }));
    if (s.dest) {
      // named as the direct encoding named it: `f_ret@N`
      const base = s.dest.name.replace(/%\d+$/, '');
      const ret = this.prog.fresh(base, this.sortOf(s.dest.ty));
      this.prog.assume(andAll(this.typeFacts(ret, s.dest.ty, 2, !!s.dest.execValue)));
      this.vars.set(s.dest.id, ret);
    } else {
      this.unit();
    }
    // the ensures read the places' new values
    s.mutArgs.forEach((pl, i) => this.placeValues.set(placeKeyOf(pl), posts[i]!));
    let ensures: string[];
    try {
      ensures = this.atCallTypes(s, () => s.ensures.map((c) => this.term(c, this.env)));
    } finally {
      this.placeValues.clear();
    }
    for (const c of ensures) this.prog.assume(c);
    return posts;
  }

  /** A new version of a whole local. */
  private writeLocal(id: number, value: string): void {
    const l = this.fn.locals.get(id);
    if (!this.isNamed(l) || id === this.iterating) { this.vars.set(id, value); return; }
    const x = this.prog.fresh(l!.name, this.sortOf(l!.ty));
    this.prog.assume(`(= ${x} ${value})`);
    this.vars.set(id, x);
  }

  private branchPc(base: string, cond: string): string {
    if (base === 'false') return 'false';
    return this.prog.define('pc', andAll([base, cond]));
  }

  /** A match: each arm runs when its condition holds and no earlier one's did; all join at once. */
  private match(s: IrStmt & { k: 'branch' }): void {
    const arms: { cond: IrExpr; body: IrStmt[] }[] = [];
    for (let node: IrStmt | undefined = s; ;) {
      if (node?.k !== 'branch' || node.from !== 'match') throw new OutsideFamily('a match of an unexpected shape');
      arms.push({ cond: node.cond, body: node.then });
      if (node.lastArm) { arms.push({ cond: node.lastArm, body: node.else }); break; }
      if (node.else.length !== 1) throw new OutsideFamily('a match of an unexpected shape');
      node = node.else[0];
    }
    const base: State = { pc: this.prog.pc, vars: new Map(this.vars) };
    const pending = new Set(this.unbound);
    const branches: State[] = [];
    const notBefore: string[] = [];
    for (const arm of arms) {
      this.vars = new Map(base.vars);
      this.prog.pc = base.pc;
      const c = this.term(arm.cond, this.env);
      this.prog.pc = this.branchPc(base.pc, andAll([...notBefore, c]));
      this.stmts(arm.body);
      branches.push({ pc: this.prog.pc, vars: this.vars });
      notBefore.push(`(not ${c})`);
    }
    if (![...pending].some((id) => branches.some((b) => b.vars.has(id)))) this.unit();
    this.join(branches, base, pending);
  }

  /**
   * `a && b` (`||`, `==>`) whose right operand has effects: they happen under the path
   * condition that it runs; the value is the operator applied (no join).
   */
  private shortCircuit(s: IrStmt & { k: 'branch' }): void {
    const last = s.then[s.then.length - 1];
    if (!s.op || last?.k !== 'assign' || s.else.length > 0) throw new OutsideFamily('a short-circuit of an unexpected shape');
    const effects = s.then.slice(0, -1);
    const a = this.term(s.op === 'or' && s.cond.k === 'not' ? s.cond.arg : s.cond, this.env);
    const saved = this.prog.pc;
    this.prog.pc = this.branchPc(saved, s.op === 'or' ? `(not ${a})` : a);
    this.stmts(effects);
    const b = this.value(last.value);
    this.prog.pc = saved;
    this.vars.set(last.place.root, s.op === 'and' ? `(and ${a} ${b})` : s.op === 'or' ? `(or ${a} ${b})` : `(=> ${a} ${b})`);
  }

  private branch(s: IrStmt & { k: 'branch' }): void {
    if (s.from === 'match') return this.match(s);
    if (s.from === 'short_circuit') return this.shortCircuit(s);
    const c = this.value(s.cond);
    const base: State = { pc: this.prog.pc, vars: new Map(this.vars) };
    const pending = new Set(this.unbound);
    this.prog.pc = this.branchPc(base.pc, c);
    this.stmts(s.then);
    const t: State = { pc: this.prog.pc, vars: this.vars };
    this.vars = new Map(base.vars);
    this.prog.pc = this.branchPc(base.pc, `(not ${c})`);
    this.stmts(s.else);
    const f: State = { pc: this.prog.pc, vars: this.vars };
    // an `if` statement (no result given in its arms) is of unit type, as the direct encoding declared it
    if (![...pending].some((id) => t.vars.has(id) || f.vars.has(id))) this.unit();
    this.join([t, f], base, pending);
  }

  /** Merges branch states: a fresh constant for each local whose version differs. */
  private join(branches: State[], base: State, pending: Set<number>): void {
    const live = branches.filter((b) => b.pc !== 'false');
    if (live.length === 0) {
      this.prog.pc = 'false';
      this.vars = new Map(base.vars);
      return;
    }
    if (live.length === 1) {
      this.prog.pc = live[0]!.pc;
      this.vars = new Map(live[0]!.vars);
      for (const id of pending) if (this.vars.has(id)) this.unbound.delete(id);
      return;
    }
    const vars = new Map(base.vars);
    for (const id of base.vars.keys()) {
      const terms = live.map((b) => b.vars.get(id) ?? base.vars.get(id)!);
      if (terms.every((x) => x === terms[0])) { vars.set(id, terms[0]!); continue; }
      const l = this.fn.locals.get(id);
      const v = this.prog.fresh(l?.name ?? 'v', this.sortOf(l?.ty ?? { k: 'int', kind: 'int' }));
      live.forEach((b, i) => this.prog.assumeRaw(`(=> ${b.pc} (= ${v} ${terms[i]}))`));
      vars.set(id, v);
    }
    this.vars = vars;
    this.prog.pc = this.prog.define('pc', `(or ${live.map((b) => b.pc).join(' ')})`);
    // a temp first given its value in the branches (an `if` used as a value)
    for (const id of pending) {
      const values = live.map((b) => b.vars.get(id));
      if (values.some((x) => x === undefined)) continue;
      this.unbound.delete(id);
      if (values.every((x) => x === values[0])) { this.vars.set(id, values[0]!); continue; }
      const l = this.fn.locals.get(id)!;
      const r = this.prog.fresh('val', this.sortOf(l.ty));
      live.forEach((b, i) => this.prog.assumeRaw(`(=> ${b.pc} (= ${r} ${values[i]}))`));
      this.vars.set(id, r);
    }
  }
}

function typeKeyOf(t: Type): string { return JSON.stringify(t, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)); }

/**
 * The opaque ADT types a lemma's IR mentions whose arguments are its generics (`Multiset<V>`), each
 * with the generic at each argument (undefined where the argument is not one).
 */
function opaqueUses(lemma: IrFunction, generics: string[], isOpaque: (name: string) => boolean): { name: string; args: (string | undefined)[] }[] {
  let out = opaqueUseCache.get(lemma);
  if (out) return out;
  const found = new Map<string, { name: string; args: (string | undefined)[] }>();
  const seen = new Set<object>();
  const walk = (x: unknown): void => {
    if (typeof x !== 'object' || x === null || seen.has(x)) return;
    seen.add(x);
    if (Array.isArray(x)) { for (const y of x) walk(y); return; }
    if (x instanceof Map) { for (const y of x.values()) walk(y); return; }
    const o = x as { k?: unknown; name?: unknown; args?: unknown };
    if (o.k === 'adt' && typeof o.name === 'string' && Array.isArray(o.args) && isOpaque(o.name)) {
      const args = (o.args as Type[]).map((a) => (a.k === 'param' && generics.includes(a.name) ? a.name : undefined));
      if (args.some((a) => a !== undefined)) found.set(JSON.stringify([o.name, args]), { name: o.name, args });
    }
    for (const v of Object.values(x)) walk(v);
  };
  walk([lemma.params, lemma.locals, lemma.requires, lemma.ensures]);
  out = [...found.values()];
  opaqueUseCache.set(lemma, out);
  return out;
}
const opaqueUseCache = new WeakMap<IrFunction, { name: string; args: (string | undefined)[] }[]>();

/**
 * The collection and datatype types (`Set<A>`, `Map<K, V>`, `W<A>`) the lemma's parameters
 * have with its generics as arguments: the shapes it is stated at, at each instance of them
 * the query uses.
 */
function genericUses(lemma: IrFunction, generics: string[]): { name: string; args: (string | undefined)[] }[] {
  let out = genericUseCache.get(lemma);
  if (out) return out;
  const found = new Map<string, { name: string; args: (string | undefined)[] }>();
  const visit = (t: Type): void => {
    if (t.k === 'ref') return visit(t.inner);
    if (t.k !== 'adt' && t.k !== 'builtin') return;
    const args = t.args.map((a) => (a.k === 'param' && generics.includes(a.name) ? a.name : undefined));
    if (args.some((a) => a !== undefined)) found.set(JSON.stringify([t.name, args]), { name: t.name, args });
    for (const a of t.args) visit(a);
  };
  for (const p of lemma.params) visit(p.ty);
  out = [...found.values()];
  genericUseCache.set(lemma, out);
  return out;
}
const genericUseCache = new WeakMap<IrFunction, { name: string; args: (string | undefined)[] }[]>();
const MAX_LEMMA_INSTANCES = 64;

/** The length of the place prefix a type invariant check after a write is about (its argument, a read of that prefix). */
function checkedPrefixLength(c: IrStmt & { k: 'check' }): number | undefined {
  if (c.cond.k !== 'holds' || c.cond.cond.k !== 'spec_call') return undefined;
  let e = c.cond.cond.args[0];
  let n = 0;
  for (;;) {
    if (!e) return undefined;
    if (e.k === 'var') return n;
    if (e.k === 'field' || e.k === 'index') e = e.base;
    else if (e.k === 'deref') e = e.arg;
    else return undefined;
    n++;
  }
}
