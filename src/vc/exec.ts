/**
 * Lowering of an exec/proof function body into the passive program (ir.ts) by symbolic
 * execution: checked arithmetic, calls against callee contracts, branches with joins,
 * loops cut at their invariants, early returns, assert/assume/proof blocks.
 */
import type { CheckedCrate, FnInfo } from '../check/program.js';
import { BOUND_ENSURES, BOUND_MEMBER_SUFFIX } from '../check/resolution.js';
import { INT, intBits, isSigned, type Type } from '../check/types.js';
import type { Block, Expr, ForStmt, LoopStmt, Pattern, Stmt, WhileStmt } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import { diag, type Diagnostic, type DiagnosticKind, type Label } from '../report/diagnostic.js';
import type { Goal } from '../smt/query.js';
import { mangle, type SmtContext } from '../smt/encode/context.js';
import { bitVectorGoal, freeLocals } from './bitvec.js';
import { Unsupported } from './errors.js';
import { hasEnclosingInnerAttr } from '../check/crate-attrs.js';
import { autoExtEqual } from '../check/auto-ext.js';
import { broadcastLemmasOf } from '../check/broadcast-scope.js';
import { PassiveProgram } from './ir.js';
import { childEnv, SpecTranslator, type SpecEnv } from './spec.js';
import { andAll, implies, inRange, intKindOf, isBounded, strip } from './terms.js';
import { walkBlock, walkExpr } from '../syntax/walk.js';

export interface ObligationInfo {
  label: string;
  kind: DiagnosticKind;
  message: string;
  span: Span;
  primaryLabel?: string;
  labels: Label[];
  function: string;
}

type Obligation = Omit<ObligationInfo, 'label' | 'function'>;

interface Place {
  id: number;
  steps: ({ k: 'field'; name: string; ty: Type } | { k: 'index'; idx: string; ty: Type })[];
}

interface State { pc: string; vars: Map<number, string> }

interface LoopCtx {
  label?: string;
  stmt: WhileStmt | LoopStmt | ForStmt;
  breaks: State[];
  endOfBody: () => void;
}

const MUTATING_BUILTINS = new Set(['Vec::push', 'Vec::pop', 'Vec::set', 'Vec::insert', 'Vec::remove', 'Vec::clear']);

/** Whether a `&mut` occurs anywhere in the type (a tuple element, an Option's content, ...). */
function containsMutRef(t: Type): boolean {
  switch (t.k) {
    case 'ref': return t.mut || containsMutRef(t.inner);
    case 'tuple': return t.elems.some(containsMutRef);
    case 'array': case 'slice': return containsMutRef(t.elem);
    case 'builtin': case 'adt': return t.args.some(containsMutRef);
    default: return false;
  }
}

function closingBrace(b: Block): Span {
  const s = b.span;
  return { ...s, start: s.end - 1, line: s.endLine, column: Math.max(1, s.endColumn - 1) };
}

export class FnLowerer extends SpecTranslator {
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
  env: SpecEnv;
  private ghost: boolean;
  private readonly loops: LoopCtx[] = [];
  private readonly varTypes = new Map<number, Type>();
  private readonly varNames = new Map<number, string>();
  private readonly paramIds = new Set<number>();
  /** Variables holding exec values: the only ones whose type invariants are assumed (see typeFacts). */
  private readonly execVars = new Set<number>();
  private entry: Map<number, string> = new Map();

  constructor(crate: CheckedCrate, ctx: SmtContext, readonly fn: FnInfo) {
    super(crate, ctx);
    this.env = { vars: new Map(), old: new Map(), bound: [], guards: [], local: this.prog };
    this.ghost = fn.decl.mode !== 'exec';
  }

  // ------------------------------------------------------------------ entry points

  /** Lowers an exec or proof fn: assume requires, run the body, check ensures at every exit. */
  lowerBody(): void {
    const d = this.fn.decl;
    for (const p of this.fn.params) {
      if (!this.isMutRef(p.ty) && containsMutRef(p.ty)) throw new Unsupported('a `&mut` reference inside a parameter type', d.params.find((q) => q.name === p.name)?.span ?? d.span);
      const term = this.declareVar(p.id, p.name, p.ty);
      this.paramIds.add(p.id);
      this.env.old.set(p.id, term);
      const exec = d.mode === 'exec' && p.mode === 'exec';
      if (exec) this.execVars.add(p.id);
      this.prog.assume(andAll(this.typeFacts(term, p.ty, 2, exec)));
    }
    this.entry = new Map(this.env.vars);
    this.assumeBroadcastLemmas();
    for (const r of d.requires) this.prog.assume(this.spec(r, this.env));
    const body = d.body!;
    const v = this.execBlock(body);
    if (this.prog.pc !== 'false') {
      const at = body.tail ? body.tail.span : closingBrace(body);
      this.checkEnsures(v, at, 'at the end of the function body');
    }
  }

  /**
   * `broadcast use` lemmas: `forall params. requires ==> ensures`, triggered by their `#[trigger]`
   * terms. A lemma whose spec cannot be encoded (`unencodableLemmas`) is left out: the proof
   * then knows less, never more, and `omittedContext` says so on its failures.
   */
  private assumeBroadcastLemmas(): void {
    for (const qname of broadcastLemmasOf(this.crate, this.fn.qname)) {
      const info = this.crate.fns.find((f) => f.qname === qname);
      if (!info || !this.broadcastAllowed(this.fn.decl, info.decl) || info.decl.ensures.length === 0) continue;
      const why = this.unencodableLemmas.get(qname);
      if (why !== undefined) {
        this.omittedContext.push(`the broadcast lemma \`${qname}\` was not assumed here (not supported: ${why}); a proof that needs it fails`);
        continue;
      }
      const ax = this.broadcastAxiom(info);
      this.ctx.once(`broadcast:${qname}`, () => this.ctx.axiom(ax));
    }
  }

  /** A broadcast lemma as one closed axiom; throws Unsupported when its spec cannot be encoded. */
  broadcastAxiom(info: FnInfo): string {
    const env: SpecEnv = { vars: new Map(), old: new Map(), bound: [], guards: [] };
    const decls = info.params.map((p, i) => {
      const n = `${mangle(p.name)}$b${i}`;
      env.vars.set(p.id, n);
      return `(${n} ${this.sortOf(p.ty)})`;
    });
    env.bound = info.params.map((p, i) => [`${mangle(p.name)}$b${i}`, this.sortOf(p.ty)]);
    const facts = info.params.flatMap((p, i) => this.typeFacts(`${mangle(p.name)}$b${i}`, p.ty, 0));
    const pre = andAll([...facts, ...info.decl.requires.map((r) => this.spec(r, env))]);
    const post = andAll(info.decl.ensures.map((c) => this.spec(c, env)));
    const body: Expr = info.decl.ensures.length === 1 ? info.decl.ensures[0]! : { kind: 'tuple', elems: info.decl.ensures, span: info.decl.span };
    const binders = info.params.map((p, i) => ({ name: p.name, span: info.decl.params[i]?.span ?? info.decl.span, id: p.id }));
    const pats = this.patterns({ body, triggers: info.decl.ensuresTriggers ?? [], binders } as never, env);
    const matrix = implies(pre, post);
    return decls.length ? `(forall (${decls.join(' ')}) ${pats ? `(! ${matrix} ${pats})` : matrix})` : matrix;
  }

  /** Set by the driver: the crate's broadcast lemmas whose spec cannot be encoded, with why. */
  unencodableLemmas: ReadonlyMap<string, string> = new Map();
  /** What this proof did without (lemmas left out): a note on each of its failures. */
  readonly omittedContext: string[] = [];

  /** Set by the driver: whether a fn's proof may assume a broadcast lemma (no lemma relies on itself). */
  broadcastAllowed: (fn: FnInfo['decl'], lemma: FnInfo['decl']) => boolean = (fn, lemma) => fn !== lemma;

  /** Checks that a recursive spec fn's recursive calls decrease its `decreases` measure. */
  lowerSpecTermination(): void {
    const d = this.fn.decl;
    for (const p of this.fn.params) {
      const term = this.declareVar(p.id, p.name, p.ty);
      this.paramIds.add(p.id);
      this.prog.assume(andAll(this.typeFacts(term, p.ty)));
    }
    this.entry = new Map(this.env.vars);
    for (const r of d.requires) this.prog.assume(this.spec(r, this.env));
    this.ctx.once('sort:Fuel', () => {
      this.ctx.sort('(declare-sort Fuel 0)');
      this.ctx.fun('(declare-fun fuel.zero () Fuel)\n(declare-fun fuel.succ (Fuel) Fuel)');
    });
    this.specFn(this.fn, []);
    const env: SpecEnv = {
      ...this.env,
      vars: new Map(this.env.vars),
      bound: [],
      guards: [],
      selfRec: {
        decl: d,
        fuel: 'fuel.zero',
        onCall: (callee, args, span, callEnv) => {
          const next: SpecEnv = { vars: new Map(), old: new Map(), bound: callEnv.bound, guards: [] };
          callee.params.forEach((p, i) => next.vars.set(p.id, args[i]!));
          let t = implies(andAll(callEnv.guards), this.decreasesTerm(callee.decl.decreases, next, d.decreases, this.env));
          if (callEnv.bound.length) t = `(forall (${callEnv.bound.map(([n, s]) => `(${n} ${s})`).join(' ')}) ${t})`;
          this.check(t, { kind: 'termination', message: 'could not prove termination', span, labels: [] });
        },
      },
    };
    this.block(d.body!, env);
  }

  /** A claim to prove (assert, ensures, invariant): `==` on collections means `=~=` (auto-ext-equal). */
  private claim(e: Expr, env: SpecEnv): string {
    return this.spec(autoExtEqual(e, (t) => this.hasExtEquality(t), (a, b) => this.sameType(a, b)), env);
  }

  query(): { prelude: string; goals: Goal[] } {
    return { prelude: [this.ctx.prelude(), this.prog.text()].filter((s) => s).join('\n'), goals: this.prog.goals };
  }

  // ------------------------------------------------------------------ obligations

  private declareVar(id: number, name: string, ty: Type): string {
    const term = this.prog.fresh(name, this.sortOf(ty));
    this.env.vars.set(id, term);
    this.varTypes.set(id, ty);
    this.varNames.set(id, name);
    return term;
  }

  check(term: string, ob: Obligation): void {
    const g = this.prog.goalTerm(term);
    if (g === undefined) return;
    const label = this.prog.nextLabel();
    this.prog.addGoal({ label, term: g, cex: this.counterexample() });
    this.obligations.set(label, { ...ob, label, function: this.fn.qname });
    this.prog.assume(term);
  }

  /** Parameters (entry values; scalar fields of struct params) and live locals. */
  private counterexample(): Goal['cex'] {
    const out: Goal['cex'] = [];
    const seen = new Set<string>();
    const add = (name: string, term: string, ty: Type) => {
      const s = this.sortOf(ty);
      const sort = s === 'Int' ? 'Int' : s === 'Bool' ? 'Bool' : undefined;
      if (!sort || seen.has(name)) return;
      seen.add(name);
      out.push({ name, term, sort });
    };
    for (const p of this.fn.params) {
      const term = this.entry.get(p.id);
      if (!term) continue;
      add(p.name, term, p.ty);
      for (const f of this.structFields(p.ty) ?? []) add(`${p.name}.${f.name}`, `(${f.accessor} ${term})`, f.ty);
    }
    const locals = [...this.env.vars.entries()].filter(([id]) => !this.paramIds.has(id) && this.varNames.has(id));
    for (const [id, term] of locals.reverse()) {
      const name = this.varNames.get(id)!;
      const ty = this.varTypes.get(id) ?? INT;
      add(name, term, ty);
      for (const f of this.structFields(ty) ?? []) add(`${name}.${f.name}`, `(${f.accessor} ${term})`, f.ty);
    }
    return out;
  }

  private checkEnsures(ret: string, at: Span, what: string): void {
    const env = childEnv(this.env, { old: this.env.old });
    // a by-value parameter (even `mut`) names its value on entry in `ensures`, as callers read it
    for (const p of this.fn.params) {
      const entry = this.entry.get(p.id);
      if (entry !== undefined && !this.isMutRef(p.ty)) env.vars.set(p.id, entry);
    }
    if (this.fn.retId !== undefined) env.vars.set(this.fn.retId, ret);
    for (const c of this.fn.decl.ensures) {
      this.check(this.claim(c, env), {
        kind: 'postcondition', message: 'postcondition not satisfied', span: c.span,
        primaryLabel: 'failed this postcondition', labels: [{ message: what, span: at }],
      });
    }
    for (const c of this.fn.decl.returns) {
      this.check(`(= ${ret} ${this.spec(c, env)})`, {
        kind: 'postcondition', message: 'postcondition not satisfied', span: c.span,
        primaryLabel: 'failed this postcondition', labels: [{ message: what, span: at }],
      });
    }
  }

  /** Lexicographic decrease of `measures` from `before` to `after`; int measures must stay >= 0. */
  decreasesTerm(afterMeasures: Expr[], after: SpecEnv, beforeMeasures: Expr[], before: SpecEnv): string {
    const n = Math.min(afterMeasures.length, beforeMeasures.length);
    if (n === 0) return 'false';
    for (const m of [...afterMeasures, ...beforeMeasures]) {
      if (this.sortOf(m.ty ?? INT) !== 'Int') throw new Unsupported('a decreases measure that is not an integer', m.span);
    }
    const nexts = afterMeasures.slice(0, n).map((m) => this.spec(m, after));
    const curs = beforeMeasures.slice(0, n).map((m) => this.spec(m, before));
    let t = 'false';
    for (let i = n - 1; i >= 0; i--) {
      const lt = `(and (<= 0 ${curs[i]}) (< ${nexts[i]} ${curs[i]}))`;
      t = i === n - 1 ? lt : `(or ${lt} (and (= ${nexts[i]} ${curs[i]}) ${t}))`;
    }
    return t;
  }

  // ------------------------------------------------------------------ state helpers

  private snapshot(): State {
    return { pc: this.prog.pc, vars: new Map(this.env.vars) };
  }

  private restore(s: State): void {
    this.prog.pc = s.pc;
    this.env.vars = new Map(s.vars);
  }

  private branchPc(base: string, cond: string): string {
    if (base === 'false') return 'false';
    return this.prog.define('pc', andAll([base, cond]));
  }

  /** Merges branch states; returns the merged value (fresh constant when branches differ). */
  private join(branches: (State & { value?: string })[], ty: Type | undefined, base: Map<number, string>): string {
    const live = branches.filter((b) => b.pc !== 'false');
    if (live.length === 0) {
      this.prog.pc = 'false';
      this.env.vars = new Map(base);
      return this.dummy(ty);
    }
    if (live.length === 1) {
      this.prog.pc = live[0]!.pc;
      this.env.vars = new Map(live[0]!.vars);
      return live[0]!.value ?? this.dummy(ty);
    }
    const vars = new Map(base);
    for (const id of base.keys()) {
      const terms = live.map((b) => b.vars.get(id) ?? base.get(id)!);
      if (terms.every((t) => t === terms[0])) { vars.set(id, terms[0]!); continue; }
      const v = this.prog.fresh(this.varNames.get(id) ?? 'v', this.sortOf(this.varTypes.get(id) ?? INT));
      live.forEach((b, i) => this.prog.assumeRaw(`(=> ${b.pc} (= ${v} ${terms[i]}))`));
      vars.set(id, v);
    }
    this.env.vars = vars;
    this.prog.pc = this.prog.define('pc', `(or ${live.map((b) => b.pc).join(' ')})`);
    const values = live.map((b) => b.value ?? this.dummy(ty));
    if (values.every((x) => x === values[0])) return values[0]!;
    const sort = this.sortOf(ty ?? INT);
    const r = this.prog.fresh('val', sort);
    live.forEach((b, i) => this.prog.assumeRaw(`(=> ${b.pc} (= ${r} ${values[i]}))`));
    return r;
  }

  private dummy(ty: Type | undefined): string {
    const t = ty ? strip(ty) : INT;
    if (t.k === 'tuple' && t.elems.length === 0) return this.unit();
    const s = this.sortOf(t);
    if (s === 'Int') return '0';
    if (s === 'Bool') return 'false';
    return this.prog.fresh('dead', s);
  }

  private withGhost<T>(g: boolean, f: () => T): T {
    const saved = this.ghost;
    this.ghost = this.ghost || g;
    try { return f(); } finally { this.ghost = saved; }
  }

  /** Binds pattern variables, remembering their names and types (for joins and counterexamples). */
  private bindAll(p: Pattern, binds: [number, string][]): void {
    const info = new Map<number, { name: string; ty?: Type }>();
    const visit = (q: Pattern): void => {
      switch (q.kind) {
        case 'ident': if (q.id !== undefined) info.set(q.id, { name: q.name, ty: q.ty }); break;
        case 'tuple': case 'tuple_struct': q.elems.forEach(visit); break;
        case 'struct': q.fields.forEach((f) => visit(f.pattern)); break;
        case 'or': q.alts.forEach(visit); break;
        default: break;
      }
    };
    visit(p);
    for (const [id, t] of binds) {
      this.env.vars.set(id, t);
      const i = info.get(id);
      if (!i?.ty) throw new Unsupported('a pattern binding without a known type', p.span);
      if (containsMutRef(i.ty)) throw new Unsupported('a `&mut` reference held in a variable', p.span);
      this.varNames.set(id, i.name);
      this.varTypes.set(id, i.ty);
    }
  }

  // ------------------------------------------------------------------ places

  private rootOf(e: Expr): number | undefined {
    switch (e.kind) {
      case 'path': return e.res?.kind === 'local' ? e.res.id : undefined;
      case 'unary': return e.op === '*' ? this.rootOf(e.operand) : undefined;
      case 'ref': return this.rootOf(e.operand);
      case 'field': return this.rootOf(e.base);
      case 'index': return this.rootOf(e.base);
      case 'call':
        if (e.callee.kind === 'path' && e.callee.res?.kind === 'builtin' && ['Tracked', 'Ghost'].includes(e.callee.res.name) && e.args[0]) return this.rootOf(e.args[0]);
        return undefined;
      case 'method':
        if (e.res?.kind === 'builtin' && e.res.name.startsWith('Tracked::borrow')) return this.rootOf(e.receiver);
        return undefined;
      default: return undefined;
    }
  }

  private placeOf(e: Expr): Place | undefined {
    switch (e.kind) {
      case 'path': return e.res?.kind === 'local' ? { id: e.res.id, steps: [] } : undefined;
      case 'unary': return e.op === '*' ? this.placeOf(e.operand) : undefined;
      case 'ref': return this.placeOf(e.operand);
      case 'field': {
        const p = this.placeOf(e.base);
        if (p) p.steps.push({ k: 'field', name: e.name, ty: this.ty(e.base) });
        return p;
      }
      case 'index': {
        const p = this.placeOf(e.base);
        if (!p) return undefined;
        const base = this.readPlace(p);
        const idx = this.exec(e.index);
        this.indexCheck(base, this.ty(e.base), idx, e);
        p.steps.push({ k: 'index', idx, ty: this.ty(e.base) });
        return p;
      }
      case 'call':
        if (e.callee.kind === 'path' && e.callee.res?.kind === 'builtin' && ['Tracked', 'Ghost'].includes(e.callee.res.name) && e.args[0]) return this.placeOf(e.args[0]);
        return undefined;
      case 'method':
        if (e.res?.kind === 'builtin' && e.res.name.startsWith('Tracked::borrow')) return this.placeOf(e.receiver);
        return undefined;
      default: return undefined;
    }
  }

  private readPlace(p: Place): string {
    let t = this.env.vars.get(p.id);
    if (t === undefined) throw new Error('unbound place');
    for (const s of p.steps) t = s.k === 'field' ? this.field(t, s.ty, s.name, undefined as unknown as Span) : this.indexTerm(t, s.ty, s.idx, undefined as unknown as Span);
    return t;
  }

  private writePlace(p: Place, value: string, span: Span): void {
    const root = this.env.vars.get(p.id)!;
    const rebuild = (cur: string, i: number): string => {
      if (i === p.steps.length) return value;
      const s = p.steps[i]!;
      if (s.k === 'index') {
        const Q = this.sortOf(strip(s.ty));
        return `(${Q}.update ${cur} ${s.idx} ${rebuild(`(${Q}.index ${cur} ${s.idx})`, i + 1)})`;
      }
      const fields = this.structFields(s.ty);
      if (!fields) throw new Unsupported('assigning to this field', span);
      const values = new Map(fields.map((f) => [f.name, f.name === s.name ? rebuild(`(${f.accessor} ${cur})`, i + 1) : `(${f.accessor} ${cur})`]));
      const built = this.construct(s.ty, values, span);
      if (!this.ghost) this.typeInvariantCheck(built, s.ty, span);
      return built;
    };
    const next = rebuild(root, 0);
    const v = this.prog.fresh(this.varNames.get(p.id) ?? 'v', this.sortOf(this.varTypes.get(p.id) ?? INT));
    this.prog.assume(`(= ${v} ${next})`);
    this.env.vars.set(p.id, v);
  }

  private typeInvariantCheck(value: string, ty: Type, span: Span): void {
    const t = strip(this.ctx.substitute(ty));
    if (t.k !== 'adt') return;
    const inv = this.typeInvariantOf(t.name);
    if (!inv) return;
    this.check(`(${this.specFn(inv, t.args)} ${value})`, {
      kind: 'type-invariant', message: 'constructed value may fail to meet its declared type invariant', span,
      labels: [{ message: 'type invariant declared here', span: inv.decl.nameSpan }],
    });
  }

  private indexCheck(base: string, baseTy: Type, idx: string, e: Expr): void {
    if (this.ghost) return;
    const t = strip(this.ctx.substitute(baseTy));
    const Q = this.sortOf(t);
    if (!Q.startsWith('Seq%')) throw new Unsupported('indexing this type', e.span);
    const ok = `(and (<= 0 ${idx}) (< ${idx} (${Q}.len ${base})))`;
    if (t.k === 'builtin' && t.name === 'Vec') {
      const at = e.kind === 'index' ? e.index.span : e.span;
      this.check(ok, { kind: 'precondition', message: 'precondition not satisfied', span: e.span, labels: [{ message: 'failed precondition', span: at }] });
    } else {
      this.check(ok, { kind: 'index', message: 'precondition not met: index in bounds for this access', span: e.span, labels: [] });
    }
  }

  // ------------------------------------------------------------------ statements

  execBlock(b: Block): string {
    for (const st of b.stmts) this.stmt(st);
    return b.tail ? this.exec(b.tail) : this.unit();
  }

  stmt(st: Stmt): void {
    switch (st.kind) {
      case 'let': {
        if (st.elseBlock) throw new Unsupported('`let ... else`', st.span);
        const ghost = st.mode !== 'exec';
        const p = st.pattern;
        const ty = (p.kind === 'ident' ? p.ty : undefined) ?? st.init?.ty ?? INT;
        // a `&mut` held in a variable would alias its referent: writes through it would be lost
        if (containsMutRef(ty) || (st.init?.ty && containsMutRef(st.init.ty))) throw new Unsupported('a `&mut` reference held in a variable', st.span);
        const v = st.init ? this.withGhost(ghost, () => this.exec(st.init!)) : undefined;
        if (p.kind === 'ident' && p.id !== undefined) {
          const x = this.declareVar(p.id, p.name, ty);
          if (!ghost && !this.ghost) this.execVars.add(p.id);
          if (v !== undefined) this.prog.assume(`(= ${x} ${v})`);
          else this.prog.assume(andAll(this.typeFacts(x, ty)));
          return;
        }
        if (v === undefined) throw new Unsupported('this let pattern without a value', st.span);
        const m = this.matchPattern(p, v, st.init?.ty ?? ty, this.env);
        this.bindAll(p, m.binds);
        return;
      }
      case 'expr': this.exec(st.expr); return;
      case 'assign': return this.assign(st);
      case 'while': case 'loop': case 'for': return this.loop(st);
      case 'assert': return this.assertStmt(st);
      case 'assume': this.prog.assume(this.spec(st.expr, this.env)); return;
      case 'assert_forall': return this.assertForall(st);
      case 'proof': this.withGhost(true, () => this.execBlock(st.block)); return;
      case 'item': return;
    }
  }

  private assign(st: Stmt & { kind: 'assign' }): void {
    const place = this.placeOf(st.target);
    if (!place) throw new Unsupported('assignment to this place', st.target.span);
    if (!this.env.vars.has(place.id)) throw new Unsupported('assignment to this place', st.target.span);
    // `a = b` on a `&mut` variable re-points it; the encoding tracks referents, not pointers
    if (place.steps.length === 0 && st.target.kind === 'path' && this.isMutRef(this.varTypes.get(place.id) ?? INT)) {
      throw new Unsupported('reassigning a `&mut` reference', st.target.span);
    }
    let v: string;
    if (st.op === '=') v = this.exec(st.value);
    else {
      const cur = this.readPlace(place);
      const rhs = this.exec(st.value);
      v = this.arithChecked(st.op.slice(0, -1), cur, rhs, st.target.ty ?? INT, st.value, st.span);
    }
    this.writePlace(place, v, st.span);
  }

  private assertStmt(st: Stmt & { kind: 'assert' }): void {
    const by = st.by;
    const ob: Obligation = { kind: 'assertion', message: 'assertion failed', span: st.span, labels: [] };
    if (!by) { this.check(this.claim(st.expr, this.env), ob); return; }
    if (by.kind === 'compute') throw new Unsupported('assert by (compute)', st.span);
    if (by.kind === 'block') {
      const term = this.claim(st.expr, this.env);
      const saved = { ...this.snapshot(), scope: this.prog.scope };
      this.withGhost(true, () => this.execBlock(by.block));
      this.check(term, ob);
      this.restore(saved);
      this.prog.scope = saved.scope;
      this.prog.assume(term);
      return;
    }
    const term = this.spec(st.expr, this.env);
    // bit_vector / nonlinear_arith: the requires are checked here, the claim in isolation.
    for (const r of by.requires) {
      this.check(this.spec(r, this.env), { kind: 'assertion', message: 'assertion failed', span: r.span, labels: [] });
    }
    if (this.prog.pc !== 'false') {
      if (by.kind === 'bit_vector') {
        // bit-vector goals go to their own QF_BV query, over constants of their own
        const label = `bv${this.bitVectorGoals.length}`;
        const g = bitVectorGoal(st.expr, by.requires, st.span, label, { constInfo: (q) => this.crate.consts.get(q), fnInfo: (d) => this.fnInfo(d) });
        this.bitVectorDecls.push(...g.decls);
        this.bitVectorGoals.push({ label, term: g.term, cex: [] });
        this.bitVectorObligations.set(label, { ...ob, label, function: this.fn.qname });
      } else {
        // nonlinear goals go to their own query: nonlinear arithmetic is off elsewhere (as in Verus)
        const label = `nl${this.nonlinearGoals.length}`;
        this.nonlinearGoals.push({ label, term: this.nonlinearGoal(st.expr, by.requires), cex: [] });
        this.nonlinearObligations.set(label, { ...ob, label, function: this.fn.qname });
      }
    }
    this.prog.assume(term);
  }

  /** `by (nonlinear_arith)`: requires => claim over the free variables, nothing else known. */
  private nonlinearGoal(claim: Expr, requires: Expr[]): string {
    const locals = freeLocals([claim, ...requires]);
    const env: SpecEnv = { vars: new Map(), old: new Map(), bound: [], guards: [] };
    const decls: string[] = [];
    const facts: string[] = [];
    for (const l of locals) {
      const name = `${mangle(l.name)}$nl`;
      env.vars.set(l.id, name);
      env.bound.push([name, this.sortOf(l.ty)]); // a `choose` inside depends on them
      decls.push(`(${name} ${this.sortOf(l.ty)})`);
      facts.push(...this.typeFacts(name, l.ty, 0));
      if (!this.env.old.has(l.id)) continue;
      // `old(x)` is x's entry value: a variable of its own, not the current one
      const old = `${mangle(l.name)}$nl_old`;
      env.old.set(l.id, old);
      env.bound.push([old, this.sortOf(l.ty)]);
      decls.push(`(${old} ${this.sortOf(l.ty)})`);
      facts.push(...this.typeFacts(old, l.ty, 0));
    }
    const body = implies(andAll([...facts, ...requires.map((r) => this.spec(r, env))]), this.spec(claim, env));
    return decls.length ? `(forall (${decls.join(' ')}) ${body})` : body;
  }

  private assertForall(st: Stmt & { kind: 'assert_forall' }): void {
    const saved = { ...this.snapshot(), scope: this.prog.scope };
    const conclusionTy = (b: (typeof st.binders)[number]) => this.binderType(b, { kind: 'tuple', elems: [st.assumption ?? st.conclusion, st.conclusion], span: st.span });
    for (const b of st.binders) {
      const ty = conclusionTy(b);
      const x = this.declareVar(b.id ?? -1, b.name, ty);
      this.prog.assume(andAll(this.typeFacts(x, ty, 0)));
    }
    if (st.assumption) this.prog.assume(this.spec(st.assumption, this.env));
    if (st.proof) this.withGhost(true, () => this.execBlock(st.proof!));
    this.check(this.claim(st.conclusion, this.env), { kind: 'assertion', message: 'assertion failed', span: st.span, labels: [] });
    this.restore(saved);
    this.prog.scope = saved.scope;
    const q: Expr = {
      kind: 'quant', quant: 'forall', binders: st.binders, triggers: st.triggers, auto: st.auto, span: st.span, ty: { k: 'bool' },
      body: st.assumption
        ? { kind: 'binary', op: '==>', left: st.assumption, right: st.conclusion, opSpan: st.span, span: st.span, ty: { k: 'bool' } }
        : st.conclusion,
    };
    this.prog.assume(this.spec(q, this.env));
  }

  // ------------------------------------------------------------------ loops

  /** Variables a loop may change: assignment targets, &mut borrows, mutating receivers. */
  private modifiedBy(st: WhileStmt | LoopStmt | ForStmt): Set<number> {
    const out = new Set<number>();
    const add = (e: Expr) => { const r = this.rootOf(e); if (r !== undefined) out.add(r); };
    const visit = (e: Expr) => {
      if (e.kind === 'ref' && e.mut) add(e.operand);
      if (e.kind === 'method') {
        if (e.res?.kind === 'builtin' && MUTATING_BUILTINS.has(e.res.name)) add(e.receiver);
        if (e.res?.kind === 'fn') {
          const p0 = this.fnInfo(e.res.decl)?.params[0];
          if (p0 && this.isMutRef(p0.ty)) add(e.receiver);
          this.mutArgs(e.res.decl, e.args, 1).forEach(add);
        }
      }
      if (e.kind === 'call' && e.callee.kind === 'path' && e.callee.res?.kind === 'fn') this.mutArgs(e.callee.res.decl, e.args, 0).forEach(add);
    };
    const stmtVisit = (s: Stmt) => { if (s.kind === 'assign') add(s.target); };
    walkBlock(st.body, visit, stmtVisit);
    if (st.kind === 'while') walkExpr(st.cond, visit, stmtVisit);
    return out;
  }

  private mutArgs(decl: FnInfo['decl'], args: Expr[], offset: number): Expr[] {
    const info = this.fnInfo(decl);
    if (!info) return [];
    return args.filter((_, i) => { const p = info.params[i + offset]; return !!p && this.isMutRef(p.ty); });
  }

  /** A Ghost/Tracked wrapper anywhere on the way to the value (through references). */
  private wrapsGhost(t: Type): boolean {
    let cur = t;
    for (;;) {
      if (cur.k === 'ref') cur = cur.inner;
      else if (cur.k === 'builtin' && (cur.name === 'Ghost' || cur.name === 'Tracked')) return true;
      else if (cur.k === 'builtin' && cur.name === 'Box' && cur.args[0]) cur = cur.args[0];
      else return false;
    }
  }

  private isMutRef(t: Type): boolean {
    let cur = t;
    while (cur.k === 'builtin' && (cur.name === 'Tracked' || cur.name === 'Ghost') && cur.args[0]) cur = cur.args[0];
    return cur.k === 'ref' && cur.mut;
  }

  /** `#[verifier::exec_allows_no_decreases_clause]` on the fn, or `#![..]` on its crate/module file. */
  private execAllowsNoDecreases(): boolean {
    const attr = 'verifier::exec_allows_no_decreases_clause';
    return this.fn.decl.flags.execAllowsNoDecreases || hasEnclosingInnerAttr(this.crate, this.fn, attr);
  }

  private loop(st: WhileStmt | LoopStmt | ForStmt): void {
    const execLoop = this.fn.decl.mode === 'exec' && !this.ghost;
    // proof code must terminate: its loops always need `decreases` (the exec opt-out is for exec loops only)
    if (st.kind !== 'for' && st.decreases.length === 0 && (!execLoop || !this.execAllowsNoDecreases())) {
      this.diagnostics.push(diag('decreases', 'loop must have a decreases clause', st.headSpan, { function: this.fn.qname }));
    }
    const allInv = [...st.invariants, ...st.invariantsExceptBreak];
    let forVar: { id: number; start: string; end: string; name: string; ty: Type } | undefined;
    if (st.kind === 'for') {
      const p = st.pattern;
      if (p.kind !== 'ident' || p.id === undefined) throw new Unsupported('this for-loop pattern', p.span);
      const start = this.exec(st.start);
      const end = this.exec(st.end);
      forVar = { id: p.id, start, end: st.inclusive ? `(+ ${end} 1)` : end, name: p.name, ty: p.ty ?? st.start.ty ?? INT };
      this.varTypes.set(p.id, forVar.ty);
      this.varNames.set(p.id, p.name);
      this.env.vars.set(p.id, start);
    }
    for (const c of allInv) this.check(this.claim(c, this.env), { kind: 'invariant-entry', message: 'invariant not satisfied before loop', span: c.span, labels: [] });

    // Cut: havoc what the loop changes, keep only type facts + invariants (loop isolation).
    const outer = { ...this.snapshot(), scope: this.prog.scope };
    const modified = this.modifiedBy(st);
    if (forVar) modified.add(forVar.id);
    for (const id of modified) {
      if (!this.env.vars.has(id)) continue;
      const ty = this.varTypes.get(id) ?? INT;
      const v = this.prog.fresh(this.varNames.get(id) ?? 'v', this.sortOf(ty));
      this.env.vars.set(id, v);
    }
    this.prog.scope = 'true';
    for (const [id, term] of this.env.vars) {
      const ty = this.varTypes.get(id);
      // the counter of `a..=T::MAX` reaches MAX + 1 at the exit: its range comes from its bounds, not its type
      if (ty && id !== forVar?.id) this.prog.assume(andAll(this.typeFacts(term, ty, 2, this.execVars.has(id))));
    }
    if (forVar) {
      const i = this.env.vars.get(forVar.id)!;
      this.prog.assume(`(and (<= ${forVar.start} ${i}) (or (<= ${i} ${forVar.end}) (= ${i} ${forVar.start})))`);
    }
    for (const c of allInv) this.prog.assume(this.claim(c, this.env));
    const headEnv = childEnv(this.env);
    const cond = st.kind === 'while' ? this.exec(st.cond) : forVar ? `(< ${this.env.vars.get(forVar.id)} ${forVar.end})` : 'true';
    const head = this.snapshot();

    const endOfBody = () => {
      // the next value comes from the iterator: a write to `mut i` in the body does not change it
      if (forVar) this.env.vars.set(forVar.id, `(+ ${head.vars.get(forVar.id)} 1)`);
      for (const c of allInv) this.check(this.claim(c, this.env), { kind: 'invariant-end', message: 'invariant not satisfied at end of loop body', span: c.span, labels: [] });
      if (st.decreases.length > 0) {
        this.check(this.decreasesTerm(st.decreases, this.env, st.decreases, headEnv), { kind: 'decreases', message: 'decreases not satisfied at end of loop', span: st.headSpan, labels: [] });
      }
    };
    const ctx: LoopCtx = { label: st.label, stmt: st, breaks: [], endOfBody };
    this.loops.push(ctx);
    this.prog.pc = this.branchPc(head.pc, cond);
    this.execBlock(st.body);
    if (this.prog.pc !== 'false') endOfBody();
    this.loops.pop();

    // After the loop: normal exit (condition false) or a break.
    const exitPc = st.kind === 'loop' ? 'false' : this.branchPc(head.pc, `(not ${cond})`);
    this.restore({ pc: exitPc, vars: head.vars });
    for (const c of st.ensures) this.check(this.spec(c, this.env), { kind: 'postcondition', message: 'postcondition not satisfied', span: c.span, primaryLabel: 'failed this postcondition', labels: [{ message: 'at this loop exit', span: st.headSpan }] });
    const exits: State[] = [{ pc: exitPc, vars: head.vars }, ...ctx.breaks];
    const bodyScope = this.prog.scope;
    this.prog.scope = outer.scope === 'true' ? bodyScope : bodyScope === 'true' ? outer.scope : this.prog.define('s', `(and ${outer.scope} ${bodyScope})`);
    this.join(exits, { k: 'tuple', elems: [] }, head.vars);
    for (const c of st.ensures) this.prog.assume(this.spec(c, this.env));
    // out of scope: a later loop's cut must not assume the exhausted counter (T::MAX + 1) in T
    if (forVar) this.env.vars.delete(forVar.id);
  }

  private breakOrContinue(e: Expr & { kind: 'break' | 'continue' }): string {
    const ctx = e.label ? [...this.loops].reverse().find((l) => l.label === e.label) : this.loops[this.loops.length - 1];
    if (!ctx) throw new Unsupported(`\`${e.kind}\` outside a loop`, e.span);
    if (e.kind === 'continue') ctx.endOfBody();
    else {
      for (const c of ctx.stmt.invariants) {
        this.check(this.claim(c, this.env), {
          kind: 'invariant-break', message: 'loop invariant not satisfied', span: e.span, primaryLabel: 'at this loop exit',
          labels: [{ message: 'failed this invariant', span: c.span }],
        });
      }
      for (const c of ctx.stmt.ensures) {
        this.check(this.spec(c, this.env), {
          kind: 'postcondition', message: 'postcondition not satisfied', span: c.span, primaryLabel: 'failed this postcondition',
          labels: [{ message: 'at this loop exit', span: e.span }],
        });
      }
      ctx.breaks.push(this.snapshot());
    }
    this.prog.pc = 'false';
    return this.unit();
  }

  // ------------------------------------------------------------------ expressions

  /** Exec-mode arithmetic with its obligations (none in ghost code). */
  arithChecked(op: string, a: string, b: string, resTy: Type, rhs: Expr, span: Span): string {
    const rs = this.sortOf(strip(resTy));
    if (op === '+' && rs.startsWith('Seq%')) return `(${rs}.add ${a} ${b})`;
    const k = intKindOf(resTy);
    const check = !this.ghost && isBounded(k);
    if (strip(resTy).k === 'bool') return this.compare(op === '&' ? '&&' : op === '|' ? '||' : op, a, b, resTy) ?? `(xor ${a} ${b})`;
    if ((op === '/' || op === '%') && !this.ghost) this.check(`(not (= ${b} 0))`, { kind: 'division', message: 'possible division by zero', span, labels: [] });
    if ((op === '<<' || op === '>>') && check) this.check(`(and (<= 0 ${b}) (< ${b} ${intBits(k!)}))`, { kind: 'shift', message: 'possible bit shift underflow/overflow', span, labels: [] });
    const r = this.arith(op, a, b, k, !this.ghost, this.literalValue(rhs));
    const overflowing = op === '+' || op === '-' || op === '*' || ((op === '/' || op === '%') && k !== undefined && isSigned(k));
    if (check && overflowing) this.check(inRange(r, k!), { kind: 'overflow', message: 'possible arithmetic underflow/overflow', span, labels: [] });
    // `MIN % -1` panics in Rust (the quotient overflows) although the remainder, 0, fits
    if (check && op === '%' && isSigned(k!)) this.check(inRange(this.arith('/', a, b, k, true), k!), { kind: 'overflow', message: 'possible arithmetic underflow/overflow', span, labels: [] });
    return r;
  }

  exec(e: Expr): string {
    switch (e.kind) {
      case 'path': {
        const v = this.spec(e, this.env);
        // a unit variant or unit struct named as a value is a construction; a const's
        // initializer is spec-evaluated (never checked), so its value is checked where exec code takes it
        if (!this.ghost && (e.res?.kind === 'variant' || e.res?.kind === 'struct' || e.res?.kind === 'const')) this.typeInvariantCheck(v, this.ty(e), e.span);
        return v;
      }
      case 'int': case 'bool': case 'char': case 'quant': case 'old': case 'final': case 'view':
        if (e.kind === 'view' && e.res?.kind === 'fn') {
          const info = this.fnInfo(e.res.decl);
          if (!info) throw new Unsupported(`calling \`${e.res.qname}\``, e.span);
          return this.specApp(info, e.res.typeArgs, [this.withGhost(true, () => this.exec(e.operand))], e.span, this.env);
        }
        return e.kind === 'view' ? this.exec(e.operand) : this.spec(e, this.env);
      case 'unary': {
        const x = this.exec(e.operand);
        if (e.op === '*') return x;
        if (e.op === '-') {
          const r = `(- ${x})`;
          const k = intKindOf(e.ty);
          if (!this.ghost && isBounded(k)) this.check(inRange(r, k), { kind: 'overflow', message: 'possible arithmetic underflow/overflow', span: e.span, labels: [] });
          return r;
        }
        if (strip(this.ty(e.operand)).k === 'bool') return `(not ${x})`;
        return `(${this.bitFn('not', intKindOf(e.operand.ty), 1)} ${x})`;
      }
      case 'ref':
        // a `&mut` borrow held in a variable would alias; only call arguments are supported
        if (e.mut && !this.ghost) throw new Unsupported('a `&mut` borrow outside a call argument', e.span);
        return this.exec(e.operand);
      case 'trigger': return this.exec(e.operand);
      case 'binary': {
        if (e.op === '&&' || e.op === '||' || e.op === '==>') {
          const a = this.exec(e.left);
          const saved = this.prog.pc;
          this.prog.pc = this.branchPc(saved, e.op === '||' ? `(not ${a})` : a);
          const b = this.exec(e.right);
          this.prog.pc = saved;
          return this.compare(e.op, a, b, this.ty(e.left))!;
        }
        if (e.res?.kind === 'builtin') {
          // `==` whose `eq` is unknown (a type parameter's): evaluated, its result unconstrained
          this.exec(e.left);
          this.exec(e.right);
          return this.prog.fresh('eq', 'Bool');
        }
        if (e.res?.kind === 'fn') {
          // a user type's operator: its impl's fn (src/check/operators.ts)
          const info = this.fnInfo(e.res.decl);
          if (!info) throw new Unsupported(`calling \`${e.res.qname}\``, e.span);
          const r = this.callFn(info, e.res.typeArgs, [e.left, e.right], e.span);
          return e.op === '!=' ? `(not ${r})` : r;
        }
        const a = this.exec(e.left);
        const b = this.exec(e.right);
        const c = this.compare(e.op, a, b, this.ty(e.left));
        if (c) return c;
        return this.arithChecked(e.op, a, b, this.ty(e), e.right, e.span);
      }
      case 'chain': {
        const ts = e.operands.map((x) => this.exec(x));
        return andAll(e.ops.map((op, i) => this.compare(op, ts[i]!, ts[i + 1]!, this.ty(e.operands[i]!))!));
      }
      case 'call': return this.call(e);
      case 'method': return this.method(e);
      case 'field': return this.field(this.exec(e.base), this.ty(e.base), e.name, e.span);
      case 'index': {
        const base = this.exec(e.base);
        const idx = this.exec(e.index);
        this.indexCheck(base, this.ty(e.base), idx, e);
        return this.indexTerm(base, this.ty(e.base), idx, e.span);
      }
      case 'cast': return this.cast(this.exec(e.operand), e.operand.ty, this.ty(e), e.span);
      case 'if': return this.ifExpr(e);
      case 'match': return this.matchExpr(e);
      case 'is': {
        const v = this.exec(e.operand);
        const tmp = childEnv(this.env);
        const id = -1000000;
        tmp.vars.set(id, v);
        return this.spec({ ...e, operand: { kind: 'path', segments: ['_'], generics: [], span: e.span, ty: e.operand.ty, res: { kind: 'local', id, name: '_', mode: 'exec', mutable: false, ty: e.operand.ty ?? INT } } }, tmp);
      }
      case 'block': return this.execBlock(e.block);
      case 'struct': {
        const v = this.structLit(e, (x) => this.exec(x));
        if (!this.ghost) this.typeInvariantCheck(v, this.ty(e), e.span);
        return v;
      }
      case 'tuple': return e.elems.length === 0 ? this.unit() : `(${this.sortOf(this.ty(e))}.mk ${e.elems.map((x) => this.exec(x)).join(' ')})`;
      case 'array': case 'seq': {
        if (e.kind === 'array' && e.repeat) {
          const n = e.repeat.count.kind === 'int' ? Number(e.repeat.count.value) : strip(this.ty(e)).k === 'array' ? Number((strip(this.ty(e)) as { len: bigint }).len) : -1;
          if (n < 0 || n > 256) throw new Unsupported('this array repeat expression', e.span);
          const v = this.exec(e.repeat.value);
          return this.seqLit(this.ty(e), Array.from({ length: n }, () => v));
        }
        return this.seqLit(this.ty(e), e.elems.map((x) => this.exec(x)));
      }
      case 'return': {
        const v = e.value ? this.exec(e.value) : this.unit();
        if (this.prog.pc !== 'false') this.checkEnsures(v, e.span, 'at this exit');
        this.prog.pc = 'false';
        return this.dummy(e.ty);
      }
      case 'break': case 'continue': return this.breakOrContinue(e);
      case 'macro':
        if (e.name === 'vec' && e.args) return this.seqLit(this.ty(e), e.args.map((x) => this.exec(x)));
        throw new Unsupported(`the macro \`${e.name}!\` in verified code`, e.span);
      default: throw new Unsupported(`this expression (${e.kind})`, e.span);
    }
  }

  private ifExpr(e: Expr & { kind: 'if' }): string {
    const c = this.exec(e.cond);
    const base = this.snapshot();
    this.prog.pc = this.branchPc(base.pc, c);
    const vt = this.execBlock(e.then);
    const t = { ...this.snapshot(), value: vt };
    this.restore(base);
    this.prog.pc = this.branchPc(base.pc, `(not ${c})`);
    const ve = !e.else ? this.unit() : 'stmts' in e.else ? this.execBlock(e.else) : this.exec(e.else);
    const f = { ...this.snapshot(), value: ve };
    return this.join([t, f], e.ty, base.vars);
  }

  private matchExpr(e: Expr & { kind: 'match' }): string {
    const v = this.exec(e.scrutinee);
    const ty = this.ty(e.scrutinee);
    const base = this.snapshot();
    const branches: (State & { value?: string })[] = [];
    let notBefore: string[] = [];
    for (const arm of e.arms) {
      this.restore(base);
      const m = this.matchPattern(arm.pattern, v, ty, this.env);
      this.bindAll(arm.pattern, m.binds);
      const guard = arm.guard ? this.spec(arm.guard, this.env) : 'true';
      const cond = andAll([m.cond, guard]);
      this.prog.pc = this.branchPc(base.pc, andAll([...notBefore, cond]));
      const value = this.exec(arm.body);
      branches.push({ ...this.snapshot(), value });
      notBefore = [...notBefore, `(not ${cond})`];
    }
    return this.join(branches, e.ty, base.vars);
  }

  // ------------------------------------------------------------------ calls

  private call(e: Expr & { kind: 'call' }): string {
    const res = e.callee.kind === 'path' ? e.callee.res : undefined;
    if (res?.kind === 'fn') {
      const info = this.fnInfo(res.decl);
      if (!info) throw new Unsupported(`calling \`${res.qname}\``, e.span);
      return this.callFn(info, res.typeArgs, e.args, e.span);
    }
    if (res?.kind === 'struct') {
      const values = new Map<string, string>();
      e.args.forEach((a, i) => values.set(String(i), this.exec(a)));
      const v = this.construct(this.ty(e), values, e.span);
      if (!this.ghost) this.typeInvariantCheck(v, this.ty(e), e.span);
      return v;
    }
    if (res?.kind === 'variant') {
      const v = this.variantCtor(this.ty(e), res.variant.name, e.args.map((a) => this.exec(a)), e.span);
      if (!this.ghost) this.typeInvariantCheck(v, this.ty(e), e.span);
      return v;
    }
    if (res?.kind === 'builtin') {
      if (res.name === 'reveal') {
        const target = e.args[0];
        const r = target?.kind === 'path' && target.res?.kind === 'fn' ? this.fnInfo(target.res.decl) : undefined;
        const flag = r ? this.revealName(r) : undefined;
        if (flag) this.prog.assume(flag);
        return this.unit();
      }
      if (res.name === 'Ghost') return this.withGhost(true, () => this.exec(e.args[0]!));
      if (res.name === 'use_type_invariant') {
        const a = e.args[0];
        if (a) {
          // only exec values are known to meet their invariants (ghost ones are never checked)
          const root = this.rootOf(a);
          if (root === undefined || !this.execVars.has(root) || this.wrapsGhost(this.ty(a))) {
            throw new Unsupported('`use_type_invariant` on a value that is not exec (only exec values are checked against their type invariant)', a.span);
          }
          const v = this.withGhost(true, () => this.exec(a));
          const inv = this.typeInvariantTerm(v, strip(this.ctx.substitute(this.ty(a))));
          if (inv) this.prog.assume(inv);
        }
        return this.unit();
      }
      if (res.name === 'arbitrary') return this.prog.fresh('arbitrary', this.sortOf(this.ty(e)));
      if (res.name.endsWith(BOUND_MEMBER_SUFFIX)) return this.boundMember(e.args, this.ty(e), res, e.span);
      const args = e.args.map((a) => this.exec(a));
      if (res.name === 'proofgate::interval') return this.intervalInput(args[0]!, args[1]!, this.ty(e));
      return this.builtinCall(res.name, undefined, undefined, args, e.args.map((a) => this.ty(a)), this.ty(e), e.span);
    }
    throw new Unsupported('this call', e.span);
  }

  /** A harness input `proofgate::interval(lo, hi)`: any value of its type in `lo..=hi`. */
  private intervalInput(lo: string, hi: string, ty: Type): string {
    const v = this.prog.fresh('interval', this.sortOf(ty));
    this.prog.assume(andAll([...this.typeFacts(v, ty), `(<= ${lo} ${v})`, `(<= ${v} ${hi})`]));
    return v;
  }

  private method(e: Expr & { kind: 'method' }): string {
    const res = e.res;
    if (res?.kind === 'fn') {
      const info = this.fnInfo(res.decl);
      if (!info) throw new Unsupported(`calling \`${res.qname}\``, e.span);
      return this.callFn(info, res.typeArgs, [e.receiver, ...e.args], e.span);
    }
    if (res?.kind !== 'builtin') throw new Unsupported(`method \`${e.method}\``, e.span);
    if (res.name.endsWith(BOUND_MEMBER_SUFFIX)) return this.boundMember([e.receiver], this.ty(e), res, e.span);
    const recvTy = this.ty(e.receiver);
    if (MUTATING_BUILTINS.has(res.name) && !this.ghost) return this.mutatingBuiltin(res.name, e);
    const recv = this.exec(e.receiver);
    const args = e.args.map((a) => this.exec(a));
    if (res.name === 'Option::unwrap' && !this.ghost) {
      const O = this.sortOf(strip(recvTy));
      this.check(`((_ is ${O}.Some) ${recv})`, { kind: 'precondition', message: 'precondition not satisfied', span: e.span, labels: [{ message: 'failed precondition', span: e.methodSpan }] });
    }
    if (res.name === 'Vec::clone') return recv;
    return this.builtinCall(res.name, recv, recvTy, args, e.args.map((a) => this.ty(a)), this.ty(e), e.span);
  }

  private mutatingBuiltin(name: string, e: Expr & { kind: 'method' }): string {
    const place = this.placeOf(e.receiver);
    if (!place) throw new Unsupported(`\`${e.method}\` on this receiver`, e.span);
    const v = this.readPlace(place);
    const Q = this.sortOf(strip(this.ty(e.receiver)));
    const args = e.args.map((a) => this.exec(a));
    const pre = (cond: string) => this.check(cond, { kind: 'precondition', message: 'precondition not satisfied', span: e.span, labels: [{ message: 'failed precondition', span: e.methodSpan }] });
    const len = `(${Q}.len ${v})`;
    let next: string;
    let result = this.unit();
    switch (name) {
      case 'Vec::push': next = `(${Q}.push ${v} ${args[0]})`; break;
      case 'Vec::set':
        pre(`(and (<= 0 ${args[0]}) (< ${args[0]} ${len}))`);
        next = `(${Q}.update ${v} ${args[0]} ${args[1]})`;
        break;
      case 'Vec::pop': {
        const O = this.sortOf(this.ty(e));
        result = `(ite (> ${len} 0) (${O}.Some (${Q}.index ${v} (- ${len} 1))) ${O}.None)`;
        next = `(ite (> ${len} 0) (${Q}.subrange ${v} 0 (- ${len} 1)) ${v})`;
        break;
      }
      case 'Vec::clear': next = `${Q}.empty`; break;
      case 'Vec::insert':
        pre(`(and (<= 0 ${args[0]}) (<= ${args[0]} ${len}))`);
        next = `(${Q}.add (${Q}.push (${Q}.subrange ${v} 0 ${args[0]}) ${args[1]}) (${Q}.subrange ${v} ${args[0]} ${len}))`;
        break;
      case 'Vec::remove':
        pre(`(and (<= 0 ${args[0]}) (< ${args[0]} ${len}))`);
        result = `(${Q}.index ${v} ${args[0]})`;
        next = `(${Q}.add (${Q}.subrange ${v} 0 ${args[0]}) (${Q}.subrange ${v} (+ ${args[0]} 1) ${len}))`;
        break;
      default: throw new Unsupported(`\`${name}\``, e.span);
    }
    this.writePlace(place, next, e.span);
    const after = this.env.vars.get(place.id)!;
    const rootTy = this.varTypes.get(place.id);
    if (rootTy && place.steps.length === 0) this.prog.assume(andAll(this.typeFacts(after, rootTy, 2, this.execVars.has(place.id))));
    return result;
  }

  /** A std trait's member through a type parameter's bound (src/check/operators.ts): nothing is known of its result but its type. */
  private boundMember(args: Expr[], ty: Type, res: { name: string; typeArgs: Type[] }, span: Span): string {
    const terms = args.map((a) => this.exec(a));
    const v = this.prog.fresh('bound', this.sortOf(ty));
    this.prog.assume(andAll(this.typeFacts(v, ty, 2, !this.ghost)));
    // `T::from(x)` meets `T::from.ensures((x,), v)` (as src/ir/lower-call.ts boundCall)
    const pred = BOUND_ENSURES[res.name.slice(0, -BOUND_MEMBER_SUFFIX.length)];
    const info = pred && res.typeArgs.length === 2 && terms.length === 1 ? this.crate.fns.find((f) => f.qname === pred) : undefined;
    if (info) this.prog.assume(this.specApp(info, res.typeArgs, [terms[0]!, v], span, this.env));
    return v;
  }

  /** A call to a user fn: spec fns are applied; exec/proof fns are used through their contract. */
  private callFn(info: FnInfo, typeArgs: Type[], argExprs: Expr[], span: Span): string {
    const impl = this.dispatched(info, typeArgs);
    if (impl) return this.callFn(impl.info, impl.typeArgs, argExprs, span);
    const decl = info.decl;
    if (decl.mode === 'spec') {
      const args = this.withGhost(true, () => argExprs.map((a) => this.exec(a)));
      return this.specApp(info, typeArgs, args, span, this.env);
    }
    // a `&mut` inside a parameter (a tuple, an Option, ...) would be written without the caller seeing it
    const nested = info.params.find((p) => !this.isMutRef(p.ty) && containsMutRef(p.ty));
    if (nested || containsMutRef(info.retTy)) throw new Unsupported('a `&mut` reference inside a parameter or return type', span);
    const places: (Place | undefined)[] = [];
    const pre: string[] = [];
    argExprs.forEach((a, i) => {
      const p = info.params[i];
      const ghostArg = !!p && p.mode !== 'exec';
      if (p && this.isMutRef(p.ty)) {
        const place = this.withGhost(ghostArg, () => this.placeOf(a));
        if (!place || !this.env.vars.has(place.id)) throw new Unsupported('this `&mut` argument', a.span);
        places.push(place);
        pre.push(this.readPlace(place));
      } else {
        places.push(undefined);
        pre.push(this.withGhost(ghostArg, () => this.exec(a)));
      }
    });
    const inst = typeArgs.map((t) => this.ctx.substitute(t));
    const savedSubst = this.ctx.typeSubst;
    this.ctx.typeSubst = new Map(savedSubst);
    const generics = this.genericsOf(decl);
    if (generics.length === inst.length) inst.forEach((t, i) => this.ctx.typeSubst.set(generics[i]!, t));
    try {
      const callee: SpecEnv = { vars: new Map(), old: new Map(), bound: [], guards: [], local: this.prog };
      info.params.forEach((p, i) => { callee.vars.set(p.id, pre[i]!); callee.old.set(p.id, pre[i]!); });
      // as in Verus, an exec fn allowed to go without `decreases` (and giving none) may recurse without a termination proof
      const unchecked = this.fn.decl.mode === 'exec' && decl.mode === 'exec' && this.fn.decl.decreases.length === 0 && this.execAllowsNoDecreases();
      if (this.sameComponent(this.fn.decl, decl) && !unchecked) {
        const term = this.decreasesTerm(decl.decreases, callee, this.fn.decl.decreases, { ...this.env, vars: this.entry, old: this.env.old });
        this.check(term, { kind: 'termination', message: 'could not prove termination', span, labels: [] });
      }
      for (const r of decl.requires) {
        this.check(this.spec(r, callee), { kind: 'precondition', message: 'precondition not satisfied', span, labels: [{ message: 'failed precondition', span: r.span }] });
      }
      const post = new Map(callee.vars);
      info.params.forEach((p, i) => {
        if (!places[i]) return;
        const inner = strip(p.ty);
        const v = this.prog.fresh(p.name, this.sortOf(inner));
        // an exec callee checked the invariants of what it wrote to an exec `&mut`
        this.prog.assume(andAll(this.typeFacts(v, inner, 2, decl.mode === 'exec' && p.mode === 'exec')));
        post.set(p.id, v);
      });
      const retSort = this.sortOf(info.retTy);
      const ret = retSort === 'Unit' ? this.unit() : this.prog.fresh(`${decl.name}_ret`, retSort);
      if (retSort !== 'Unit') this.prog.assume(andAll(this.typeFacts(ret, info.retTy, 2, decl.mode === 'exec' && !decl.retTracked)));
      if (info.retId !== undefined) post.set(info.retId, ret);
      const after: SpecEnv = { ...callee, vars: post };
      for (const c of decl.ensures) this.prog.assume(this.spec(c, after));
      for (const c of decl.returns) this.prog.assume(`(= ${ret} ${this.spec(c, after)})`);
      this.ctx.typeSubst = savedSubst;
      info.params.forEach((p, i) => {
        const place = places[i];
        if (place) this.writePlace(place, post.get(p.id)!, span);
      });
      return ret;
    } finally {
      this.ctx.typeSubst = savedSubst;
    }
  }
}
