/**
 * Candidate loop invariants from the value analysis (issue 13 item 7): each fact the
 * analysis found at a loop head (a bound of an integer local or a length, an order between
 * two of them, src/analyze/loop-facts.ts) becomes a spec expression added to that loop's
 * `invariant_except_break` clauses. They are added to the checked tree, so every consumer
 * that lowers the tree (the verifier today, the IR) sees them as ordinary invariants; each
 * has a span of its own at the loop head, which marks its obligations as inferred. The
 * Houdini rounds (houdini.ts) then keep only those the verifier proves.
 *
 * `invariant_except_break` because a fact at the head says nothing about the state at a
 * `break` in the middle of the body; it still holds when the loop ends by its condition.
 */
import { loopHeadFacts, termType, type LoopHeadFacts, type LoopTerm } from '../analyze/loop-facts.js';
import type { CheckedCrate, FnInfo } from '../check/program.js';
import { BOOL, type Type } from '../check/types.js';
import type { IrSpan } from '../ir/types.js';
import type { Block, Expr, ForStmt, LoopStmt, WhileStmt } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import { walkBlock } from '../syntax/walk.js';
import { FnScopes } from './scopes.js';

export type AstLoop = WhileStmt | LoopStmt | ForStmt;

export interface InferredCandidate {
  loop: AstLoop;
  /** The invariant, as a checked spec expression. */
  expr: Expr;
  /** Its text, as a user would write it (for the results file). */
  text: string;
}

/** A function's candidates and which of them are still in play. */
export class FnInference {
  readonly active: Set<InferredCandidate>;
  private readonly original = new Map<AstLoop, Expr[]>();
  private readonly bySpan = new Map<string, InferredCandidate>();

  constructor(readonly qname: string, readonly candidates: InferredCandidate[]) {
    this.active = new Set(candidates);
    for (const c of candidates) {
      if (!this.original.has(c.loop)) this.original.set(c.loop, c.loop.invariantsExceptBreak);
      this.bySpan.set(spanKey(c.expr.span), c);
    }
  }

  /** Puts the active candidates into their loops' clauses (after the user's own). */
  install(): void {
    for (const [loop, own] of this.original) loop.invariantsExceptBreak = [...own, ...this.candidates.filter((c) => c.loop === loop && this.active.has(c)).map((c) => c.expr)];
  }

  /** The loops' clauses as the user wrote them. */
  uninstall(): void {
    for (const [loop, own] of this.original) loop.invariantsExceptBreak = own;
  }

  /** The candidate an obligation is about, when it is an inferred invariant's entry or end check. */
  candidateOf(ob: { kind: string; span: Span | IrSpan }): InferredCandidate | undefined {
    if (ob.kind !== 'invariant-entry' && ob.kind !== 'invariant-end' && ob.kind !== 'invariant-break') return undefined;
    return this.bySpan.get(spanKey(ob.span));
  }

  /** The candidate whose span this is (a failure to encode it names its span). */
  candidateAt(span: Span | IrSpan): InferredCandidate | undefined {
    return this.bySpan.get(spanKey(span));
  }
}

export type { ResultsInferred as InferredLoop } from '../report/results.js';

/**
 * Runs the analysis over the crate's functions that have loops (and pass `filter`) and
 * installs every candidate in the tree. Returns the functions that got candidates.
 */
export function inferCandidates(crate: CheckedCrate, filter: (qname: string) => boolean): Map<string, FnInference> {
  const withLoops = new Map<string, { fn: FnInfo; loops: Map<string, AstLoop> }>();
  for (const fn of crate.fns) {
    if (!fn.verified || fn.decl.mode !== 'exec' || !fn.decl.body || fn.decl.flags.external || fn.decl.flags.externalBody || !filter(fn.qname)) continue;
    const loops = loopsOf(fn.decl.body);
    if (loops.size > 0) withLoops.set(fn.qname, { fn, loops });
  }
  const out = new Map<string, FnInference>();
  if (withLoops.size === 0) return out;
  const facts = loopHeadFacts(crate, { functionFilter: (q) => withLoops.has(q) });
  for (const [qname, loopFacts] of facts) {
    const entry = withLoops.get(qname);
    if (!entry) continue;
    const scopes = new FnScopes(entry.fn.decl);
    const candidates = loopFacts.flatMap((f) => {
      const loop = entry.loops.get(spanKey(f.headSpan));
      return loop ? candidatesFor(loop, inScope(f, (t) => t.local.origin === 'param' || scopes.inScope(t.local.id, loop.headSpan))) : [];
    });
    if (candidates.length > 0) out.set(qname, new FnInference(qname, candidates));
  }
  // only once all are made: a failure above leaves the tree untouched
  for (const inf of out.values()) inf.install();
  return out;
}

function loopsOf(body: Block): Map<string, AstLoop> {
  const loops = new Map<string, AstLoop>();
  walkBlock(body, () => undefined, (st) => {
    if (st.kind === 'while' || st.kind === 'loop' || st.kind === 'for') loops.set(spanKey(st.headSpan), st);
  });
  return loops;
}

function spanKey(s: Span | IrSpan): string {
  return `${s.file}:${s.start}:${s.end}`;
}

/** The facts that name only locals in scope at the loop (the analysis keeps values past their scope). */
function inScope(facts: LoopHeadFacts, visible: (t: LoopTerm) => boolean): LoopHeadFacts {
  return {
    ...facts,
    bounds: facts.bounds.filter((b) => visible(b.term)),
    relations: facts.relations.filter((r) => visible(r.left) && visible(r.right)),
  };
}

function candidatesFor(loop: AstLoop, facts: LoopHeadFacts): InferredCandidate[] {
  const out: InferredCandidate[] = [];
  // each candidate gets a span of its own at the loop head (no clause the user writes starts
  // there), which is how its obligations are told apart from the user's
  const nextSpan = (): Span => {
    const k = out.length + 1;
    const h = loop.headSpan;
    return { file: h.file, start: h.start, end: h.start + k, line: h.line, column: h.column, endLine: h.line, endColumn: h.column + k };
  };
  for (const b of facts.bounds) {
    const ty = termType(b.term);
    if (b.lo !== undefined) {
      const span = nextSpan();
      out.push({ loop, expr: cmp('<=', intLit(b.lo, ty, span), term(b.term, span), span), text: `${b.lo} <= ${termText(b.term)}` });
    }
    if (b.hi !== undefined) {
      const span = nextSpan();
      out.push({ loop, expr: cmp('<=', term(b.term, span), intLit(b.hi, ty, span), span), text: `${termText(b.term)} <= ${b.hi}` });
    }
  }
  for (const r of facts.relations) {
    const span = nextSpan();
    out.push({ loop, expr: cmp(r.rel, term(r.left, span), term(r.right, span), span), text: `${termText(r.left)} ${r.rel} ${termText(r.right)}` });
  }
  return out;
}

function termText(t: LoopTerm): string {
  return t.len ? `${t.local.name}.len()` : t.local.name;
}

/** `x`, or `v.len()` resolved as the checker resolves it (Vec::len, slice::len). */
function term(t: LoopTerm, span: Span): Expr {
  const l = t.local;
  const path: Expr = { kind: 'path', segments: [l.name], generics: [], res: { kind: 'local', id: l.id, name: l.name, mode: l.mode, mutable: true, ty: l.ty }, ty: l.ty, span };
  if (!t.len) return path;
  let seq = l.ty;
  while (seq.k === 'ref') seq = seq.inner;
  const res = seq.k === 'builtin' ? { kind: 'builtin' as const, name: 'Vec::len', typeArgs: seq.args } : { kind: 'builtin' as const, name: 'slice::len', typeArgs: seq.k === 'slice' ? [seq.elem] : [] };
  return { kind: 'method', receiver: path, method: 'len', methodSpan: span, generics: [], args: [], res, ty: termType(t), span };
}

function intLit(value: bigint, ty: Type, span: Span): Expr {
  return { kind: 'int', value, ty, span };
}

function cmp(op: '<' | '<=', left: Expr, right: Expr, span: Span): Expr {
  return { kind: 'binary', op, left, right, opSpan: span, ty: BOOL, span };
}
