/**
 * The abstract interpreter: runs a function's IR over lists of interval states (at most
 * `level` per program point; more are joined), loops to a fixpoint with widening then
 * narrowing, calls through the callee's `ensures` when it has any, else into its body with
 * the arguments' intervals (up to a depth), one state per state it returns (state split).
 * Ghost code is skipped: it is erased and cannot change exec values.
 */
import { isMutRef } from '../ir/lower-context.js';
import { substitute } from '../ir/rewrite.js';
import type { IrExpr, IrFunction, IrStmt, Place } from '../ir/types.js';
import { typeToString } from '../check/types.js';
import { visitCasts } from './casts.js';
import { evalCheck, merge, runtimeKind, type CheckRecord } from './checks.js';
import { rangeOf, refine, writeValue } from './eval.js';
import { within } from './interval.js';
import { capStates, joinAll, narrowStates, sameState, seedRelations, State, widenStates } from './state.js';

export interface Analyzer {
  level: number;
  maxDepth: number;
  /** false: requires, ensures and assertions are not used (the code as if its specs were stripped). */
  useSpecs: boolean;
  /** The lowered callee, when it can be analysed. */
  callee(name: string): IrFunction | undefined;
  /** Source text at a span. */
  text(span: IrExpr['span']): string;
  records: Map<string, CheckRecord>;
  /** Work budget: throws when exhausted (the function is then skipped). */
  tick(): void;
  /** Told each loop's head state (after narrowing) in the function analysed, not in callees run in context. */
  onLoopHead?(fn: IrFunction, loop: IrStmt & { k: 'loop' }, head: State): void;
}

const THRESHOLDS: bigint[] = (() => {
  const out = new Set<bigint>([-1n, 0n, 1n]);
  for (const b of [8n, 16n, 32n, 64n, 128n]) {
    out.add((1n << b) - 1n);
    out.add((1n << (b - 1n)) - 1n);
    out.add(-(1n << (b - 1n)));
  }
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
})();

const RET = 'ret';

/** The key of a place, when it is tracked (no index on the way). */
export function placeKey(p: Place): string | undefined {
  let k = String(p.root);
  for (const s of p.proj) {
    if (s.k === 'index') return undefined;
    if (s.k === 'field') k += `.${s.name}`;
  }
  return k;
}

export class FnRun {
  readonly returns: State[] = [];
  private readonly breaks = new Map<number, State[]>();
  private readonly continues = new Map<number, State[]>();

  constructor(readonly an: Analyzer, readonly fn: IrFunction, readonly depth: number, public report: boolean) {}

  /** The states at entry: parameters in their types' ranges, refined by `requires`. */
  entry(): State[] {
    const start = new State();
    // integer parameters start in their types' ranges, spelled out (the same as unknown, but a
    // join can then see that `i <= n` holds at a loop's entry with i = 0)
    for (const p of this.fn.params) if (stripRefs(p.ty).k === 'int') start.set(String(p.id), rangeOf(p.ty));
    let states = [start];
    if (this.an.useSpecs) for (const r of this.fn.requires) states = states.flatMap((s) => refine(s, stripOld(r), true));
    for (const s of states) for (const p of this.fn.params) s.copyTree(s, String(p.id), `${p.id}@old`);
    return capStates(states, this.an.level);
  }

  run(states: State[]): void {
    const b = this.fn.body;
    if (b?.k === 'stmts') this.block(b.stmts, states);
  }

  block(ss: IrStmt[], states: State[]): State[] {
    let cur = states;
    for (const s of ss) {
      if (cur.length === 0) return cur;
      this.an.tick();
      cur = capStates(this.stmt(s, cur), this.an.level);
    }
    return cur;
  }

  private stmt(s: IrStmt, states: State[]): State[] {
    if (this.report) for (const e of execExprs(s)) for (const st of states) this.casts(st, e);
    switch (s.k) {
      case 'let':
        return states.map((st) => {
          const out = st.copy();
          if (s.init) writeValue(out, String(s.local.id), s.init, st);
          else out.clear(String(s.local.id));
          return out;
        });
      case 'assign': {
        const key = placeKey(s.place);
        return states.map((st) => {
          const out = st.copy();
          if (key !== undefined) writeValue(out, key, s.value, st);
          return out;
        });
      }
      case 'havoc': {
        const key = placeKey(s.place);
        return states.map((st) => { const out = st.copy(); if (key !== undefined) out.clear(key); return out; });
      }
      case 'check': return this.check(s, states);
      case 'assume': return states.flatMap((st) => refine(st, s.cond, true));
      // an assertion guides the analysis from here on; the verifier proves it (issue 13 item 5)
      case 'assert': return this.an.useSpecs ? states.flatMap((st) => refine(st, s.cond, true)) : states;
      case 'assert_forall': case 'reveal': case 'ghost': return states;
      case 'call': return this.call(s, states);
      case 'branch':
        return [
          ...this.block(s.then, states.flatMap((st) => refine(st, s.cond, true))),
          ...this.block(s.else, states.flatMap((st) => refine(st, s.cond, false))),
        ];
      case 'loop': return this.loop(s, states);
      case 'abort': return [];
      case 'break': push(this.breaks, s.loop, states); return [];
      case 'continue': push(this.continues, s.loop, states); return [];
      case 'return':
        for (const st of states) {
          const out = st.copy();
          if (s.value) writeValue(out, RET, s.value, st);
          this.returns.push(out);
        }
        return [];
    }
  }

  /** Records the `as` casts `e` evaluates in `st` (the `truncation` warning). */
  private casts(st: State, e: IrExpr): void {
    visitCasts(st, e, (c, value, limit) => {
      const key = `${c.span.file}:${c.span.start}:${c.span.end}:truncation`;
      const failing = !within(value, limit);
      const rec = this.an.records.get(key);
      if (rec) merge(rec, { value, failing });
      else {
        this.an.records.set(key, {
          kind: 'truncation', span: c.span, fn: this.fn.name, text: this.an.text(c.span), subject: this.an.text(c.arg.span),
          value, limit, failing, target: typeToString(c.ty),
        });
      }
    });
  }

  private check(s: IrStmt & { k: 'check' }, states: State[]): State[] {
    const kind = runtimeKind(s.cond, s.info.kind);
    if (!kind) return states;
    const out: State[] = [];
    for (const st of states) {
      const r = evalCheck(st, s.cond);
      if (this.report) {
        const key = `${s.span.file}:${s.span.start}:${s.span.end}:${kind}${s.info.subject ? `:${s.info.subject}` : ''}`;
        const rec = this.an.records.get(key);
        if (rec) merge(rec, r);
        else {
          const subjectExpr = s.cond.k === 'nonzero' ? s.cond.value : s.cond.k === 'shift_amount' ? s.cond.amount : s.cond.k === 'in_bounds' ? s.cond.index : undefined;
          this.an.records.set(key, {
            kind, span: s.span, fn: this.fn.name, text: s.info.text, subject: subjectExpr ? this.an.text(subjectExpr.span) : s.info.subject ?? s.info.text,
            value: r.value, ...(r.len ? { len: r.len } : {}), limit: r.limit, failing: r.failing,
          });
        }
      }
      out.push(...r.after);
    }
    return out;
  }

  private call(s: IrStmt & { k: 'call' }, states: State[]): State[] {
    const contract = this.an.useSpecs && s.ensures.length > 0;
    const callee = !contract && s.mode === 'exec' && this.depth < this.an.maxDepth ? this.an.callee(s.fn) : undefined;
    if (callee?.body?.k === 'stmts') return states.flatMap((st) => this.inline(s, callee, st));
    return states.flatMap((st) => {
      const out = st.copy();
      for (const p of s.mutArgs) { const k = placeKey(p); if (k !== undefined) out.clear(k); }
      if (s.dest) out.clear(String(s.dest.id));
      let res = [out];
      if (this.an.useSpecs) for (const e of s.ensures) res = res.flatMap((x) => refine(x, e, true));
      return res;
    });
  }

  /** The callee's body run on the arguments' values; one caller state per state it returns. */
  private inline(s: IrStmt & { k: 'call' }, callee: IrFunction, st: State): State[] {
    const entry = new State();
    callee.params.forEach((p, i) => {
      const a = s.args[i];
      if (a) writeValue(entry, String(p.id), a, st);
      entry.copyTree(entry, String(p.id), `${p.id}@old`);
    });
    const run = new FnRun(this.an, callee, this.depth + 1, false);
    let starts = [entry];
    if (this.an.useSpecs) for (const r of callee.requires) starts = starts.flatMap((x) => refine(x, stripOld(r), true));
    run.run(capStates(starts, this.an.level));
    // in the order of the call's mutArgs (the lowering's own test for a `&mut` parameter)
    const mutParams = callee.params.map((p, i) => ({ p, arg: s.args[i] })).filter(({ p }) => isMutRef(p.ty));
    return capStates(run.returns, this.an.level).map((r) => {
      const out = st.copy();
      if (s.dest) { out.clear(String(s.dest.id)); out.copyTree(r, RET, String(s.dest.id)); }
      mutParams.forEach(({ p }, j) => {
        const place = s.mutArgs[j];
        const k = place && placeKey(place);
        if (k === undefined) return;
        out.clear(k);
        out.copyTree(r, String(p.id), k);
      });
      return out;
    });
  }

  /** One pass over a loop from a head state: the states back at the head and the exits. */
  private iterate(s: IrStmt & { k: 'loop' }, head: State): { back: State[]; exits: State[] } {
    this.breaks.set(s.id, []);
    this.continues.set(s.id, []);
    const afterHead = this.block(s.head, [head]);
    if (this.report && s.cond) for (const st of afterHead) this.casts(st, s.cond);
    const inBody = s.cond ? afterHead.flatMap((x) => refine(x, s.cond!, true)) : afterHead;
    const endBody = this.block(s.body, inBody);
    const back = this.block(s.latch, [...endBody, ...(this.continues.get(s.id) ?? [])]);
    const byCond = s.cond ? this.block(s.exit, afterHead.flatMap((x) => refine(x, s.cond!, false))) : [];
    const exits = [...byCond, ...(this.breaks.get(s.id) ?? [])];
    return { back, exits };
  }

  private loop(s: IrStmt & { k: 'loop' }, states: State[]): State[] {
    const entry = joinAll(states);
    if (!entry) return [];
    seedRelations(entry, new Set(s.modifies.map((p) => String(p.root))));
    const report = this.report;
    this.report = false;
    let head = entry;
    let stable = false;
    try {
      const thresholds = withLoopConstants(s);
      for (let i = 0; i < 60 && !stable; i++) {
        const { back } = this.iterate(s, head);
        const next = widenStates(head, joinAll([head, ...back])!, thresholds);
        stable = sameState(next, head);
        head = next;
      }
      if (!stable) head = new State(); // no fixpoint found: nothing is known at the head
      for (let i = 0; i < 3; i++) {
        const { back } = this.iterate(s, head);
        head = narrowStates(head, joinAll([entry, ...back])!);
      }
    } finally {
      this.report = report;
    }
    if (report) this.an.onLoopHead?.(this.fn, s, head);
    return capStates(this.iterate(s, head).exits, this.an.level);
  }
}

/** The expressions a statement evaluates at run time (ghost code and spec clauses are not run). */
function execExprs(s: IrStmt): IrExpr[] {
  switch (s.k) {
    case 'let': return s.init && s.local.mode === 'exec' ? [s.init] : [];
    case 'assign': return [s.value];
    case 'call': return s.mode === 'exec' ? s.args : [];
    case 'return': return s.value ? [s.value] : [];
    case 'branch': return [s.cond];
    default: return [];
  }
}

/**
 * The widening thresholds for a loop: the machine bounds and the constants its conditions
 * compare with (`if i == 10 { break }` stops i at 10 rather than at the type's bound).
 */
function withLoopConstants(loop: IrStmt & { k: 'loop' }): bigint[] {
  const out = new Set(THRESHOLDS);
  const expr = (e: IrExpr): void => {
    if (e.k === 'cmp') {
      for (const side of [e.left, e.right]) if (side.k === 'int') { out.add(side.value); out.add(side.value - 1n); out.add(side.value + 1n); }
    }
    if (e.k === 'logic') { expr(e.left); expr(e.right); }
    if (e.k === 'not') expr(e.arg);
  };
  const stmts = (ss: IrStmt[]): void => {
    for (const st of ss) {
      if (st.k === 'branch') { expr(st.cond); stmts(st.then); stmts(st.else); }
      if (st.k === 'loop') { if (st.cond) expr(st.cond); stmts(st.head); stmts(st.body); stmts(st.latch); }
    }
  };
  if (loop.cond) expr(loop.cond);
  stmts(loop.head);
  stmts(loop.body);
  return [...out].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function push(m: Map<number, State[]>, id: number, ss: State[]): void {
  const cur = m.get(id);
  if (cur) cur.push(...ss);
  else m.set(id, [...ss]);
}

function stripRefs(t: IrFunction['params'][number]['ty']): IrFunction['params'][number]['ty'] {
  let cur = t;
  while (cur.k === 'ref') cur = cur.inner;
  return cur;
}

/** At entry, `old(x)` is `x`. */
function stripOld(e: IrExpr): IrExpr {
  return substitute(e, new Map(), true);
}
