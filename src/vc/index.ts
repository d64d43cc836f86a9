/**
 * Obligation generation: one Query per checked function (exec/proof bodies, const
 * initializers, and recursive spec fns for termination), each encoded from the function's IR
 * (src/ir, lowered once per crate: lowered.ts) by ir-function.ts. A function that cannot be
 * lowered or encoded is `not supported`, never skipped. Loops are checked inside their
 * function's query (a loop body is cut at its invariants within the same passive program),
 * so a unit is a function.
 */
import type { CheckedCrate, FnInfo } from '../check/program.js';
import type { Type } from '../check/types.js';
import { diag, type Diagnostic } from '../report/diagnostic.js';
import { internalError } from '../report/internal-error.js';
import { isStackOverflow, NESTED_TOO_DEEPLY } from '../report/stack-limit.js';
import type { AxiomDefinedFunction, Goal, Query, QueryResult } from '../smt/query.js';
import { SmtContext, type AdtSource } from '../smt/encode/context.js';
import type { IrSpan as Span } from '../ir/types.js';
import { Unsupported } from './errors.js';
import type { ObligationInfo } from './obligation.js';
import { broadcastPlan, recursionComponents, type Scc } from '../check/callgraph.js';
import { allBroadcastLemmas, broadcastLemmasOf } from '../check/broadcast-scope.js';
import { checkedConsts, constInitializerFn } from '../check/const-init.js';
import { rlimitFor } from '../check/rlimit.js';
import { z3Rlimit } from './rlimit.js';
import { irEncodable, OutsideFamily } from './ir-family.js';
import type { IrFunction } from '../ir/types.js';
import { IrFunctionEncoder } from './ir-function.js';
import { loweredContract, loweredFn } from './lowered.js';

export type { ObligationInfo } from './obligation.js';

export interface FunctionVc {
  unit: { function: string; file: string; line: number };
  query: Query;
  obligations: Map<string, ObligationInfo>;
  /** The function's span (where timeouts and solver failures are reported). */
  span: Span;
  /** Context the proof went without (an unencodable broadcast lemma): a note on each failure. */
  notes?: string[];
}

function substitute(t: Type, m: Map<string, Type>): Type {
  switch (t.k) {
    case 'param': return m.get(t.name) ?? t;
    case 'tuple': return { k: 'tuple', elems: t.elems.map((e) => substitute(e, m)) };
    case 'ref': return { k: 'ref', mut: t.mut, inner: substitute(t.inner, m) };
    case 'array': return { k: 'array', elem: substitute(t.elem, m), len: t.len };
    case 'slice': return { k: 'slice', elem: substitute(t.elem, m) };
    case 'builtin': return { k: 'builtin', name: t.name, args: t.args.map((e) => substitute(e, m)) };
    case 'adt': return { k: 'adt', name: t.name, args: t.args.map((e) => substitute(e, m)) };
    default: return t;
  }
}

export function adtSource(crate: CheckedCrate): AdtSource {
  return {
    adtFields(name, args) {
      const s = crate.structs.get(name);
      if (s) {
        const m = new Map(s.generics.map((g, i) => [g, args[i] ?? { k: 'error' } as Type]));
        return [{ variant: '', fields: s.fields.map((f) => ({ name: f.name, ty: substitute(f.ty, m) })) }];
      }
      const e = crate.enums.get(name);
      if (e) {
        const m = new Map(e.generics.map((g, i) => [g, args[i] ?? { k: 'error' } as Type]));
        return e.variants.map((v) => ({ variant: v.name, fields: v.fields.map((f) => ({ name: f.name, ty: substitute(f.ty, m) })) }));
      }
      return undefined;
    },
    adtOpaque: (name) => !!crate.structs.get(name)?.opaque,
  };
}

function needsCheck(fn: FnInfo, scc: Scc): 'body' | 'termination' | undefined {
  const d = fn.decl;
  if (!fn.verified || !d.body || d.flags.external || d.flags.externalBody) return undefined;
  if (d.mode !== 'spec') return 'body';
  return scc(d).has(d) ? 'termination' : undefined;
}

export interface VcOptions {
  functionFilter?: (qname: string) => boolean;
}

export function generateVcs(crate: CheckedCrate, opts: VcOptions = {}): { vcs: FunctionVc[]; diagnostics: Diagnostic[] } {
  const vcs: FunctionVc[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const step of generateVcsInTurn(crate, opts)) {
    vcs.push(...step.vcs);
    diagnostics.push(...step.diagnostics);
  }
  return { vcs, diagnostics };
}

/**
 * generateVcs one function at a time, in the same order, so a caller can hand each
 * function's queries to the solver (and let its replies in) before lowering the next.
 */
export function* generateVcsInTurn(crate: CheckedCrate, opts: VcOptions = {}): Generator<{ vcs: FunctionVc[]; diagnostics: Diagnostic[] }> {
  const scc = recursionComponents(crate);
  const lemmaDecls = crate.broadcastLemmas.map((q) => crate.fns.find((f) => f.qname === q)?.decl).filter((d): d is FnInfo['decl'] => !!d);
  const broadcast = broadcastPlan(crate, lemmaDecls);
  const cyclic = new Set(broadcast.cyclic);
  const lemmas = broadcastLemmas(crate);
  // the lemmas a fn may assume (the crate's `broadcast use`, then its body's), in that order
  const lemmasOf = (qname: string): BroadcastLemma[] => broadcastLemmasOf(crate, qname).flatMap((q) => lemmas.get(q) ?? []);
  // a dependency's functions (vstd's too) are verified when it is checked itself
  const own = new Set(crate.files);
  for (const fn of crate.fns) {
    if (!own.has(fn.file)) continue;
    const what = needsCheck(fn, scc);
    if (!what) continue;
    if (opts.functionFilter && !opts.functionFilter(fn.qname)) continue;
    const diagnostics: Diagnostic[] = [];
    if (cyclic.has(fn.decl)) {
      diagnostics.push(diag('termination', 'found a cyclic self-reference in a definition, which may result in nontermination', fn.decl.nameSpan, {
        function: fn.qname, primaryLabel: 'this broadcast lemma depends on itself through `broadcast use`',
      }));
    }
    // a `broadcast use` in the body naming a lemma whose proof depends on this fn (often through
    // a group that holds the fn itself) is not granted: the proof goes without it and says so
    // (Verus accepts such code, so it is no error)
    const refused = broadcast.refusedInBody.filter((r) => r.fn === fn.decl).map((r) =>
      `the broadcast lemma \`${crate.fnByDecl.get(r.lemma)?.qname ?? r.lemma.name}\` of the \`broadcast use\` at line ${r.span.line} was not assumed here: its proof depends on this function`);
    const enc = encodeFunction(crate, fn, scc, lemmasOf(fn.qname), (lemma) => broadcast.assumes(fn.decl, lemma.decl), what);
    if (!enc.ok) {
      // never a silent pass: a function we cannot encode is an error
      // (code nested past the stack is a limit, as in the checker; anything else is our crash)
      const e = enc.error;
      const d = e instanceof Unsupported
        ? diag('unsupported', `not supported: ${e.what}`, e.span ?? fn.decl.span, { function: fn.qname })
        : e instanceof OutsideFamily
          ? diag('unsupported', `not supported: ${e.message}`, fn.decl.span, { function: fn.qname })
          : isStackOverflow(e)
            ? diag('unsupported', NESTED_TOO_DEEPLY, fn.decl.span, { function: fn.qname })
            : internalError('encoding this function', e, fn.decl.span, fn.qname);
      yield { vcs: [], diagnostics: [...diagnostics, ...enc.diagnostics, d] };
      continue;
    }
    yield { vcs: functionVcs(crate, fn, enc.enc, [...refused, ...enc.enc.omittedContext]), diagnostics: [...diagnostics, ...enc.enc.diagnostics] };
  }
  for (const c of checkedConsts(crate)) {
    if (opts.functionFilter && !opts.functionFilter(c.qname)) continue;
    const fn = constInitializerFn(crate, c);
    if (!fn) continue;
    const enc = encodeFunction(crate, fn, scc, lemmasOf(fn.qname), (lemma) => lemma.decl !== fn.decl, 'body');
    if (!enc.ok) {
      const e = enc.error;
      const what = e instanceof Unsupported ? e.what : e instanceof OutsideFamily ? e.message : `internal error while encoding this initializer (${e instanceof Error ? e.message : String(e)})`;
      yield { vcs: [], diagnostics: [...enc.diagnostics, diag('unsupported', `not supported: ${what}`, (e instanceof Unsupported && e.span) || c.decl.span, { function: c.qname })] };
      continue;
    }
    const q = enc.enc.query();
    // an initializer with nothing to prove (a literal, another const) is no unit of work
    if (q.goals.length === 0 && enc.enc.diagnostics.length === 0) continue;
    const notes = enc.enc.omittedContext;
    yield {
      vcs: [{ unit: { function: c.qname, file: fn.file.path, line: c.decl.span.line }, query: { id: c.qname, prelude: q.prelude, goals: q.goals, ...axiomDefined(q.definitions) }, obligations: enc.enc.obligations, span: c.decl.span, ...(notes.length ? { notes: [...notes] } : {}) }],
      diagnostics: enc.enc.diagnostics,
    };
  }
}

/** The crate's broadcast lemmas (with an `ensures`), each lowered, or why its spec cannot be encoded. */
type BroadcastLemma = { info: FnInfo; decl: FnInfo['decl'] } & ({ ok: true; fn: IrFunction } | { ok: false; why: string });

/**
 * Each lemma is tried once, in a context of its own (a failed attempt leaves nothing
 * half-declared behind); the functions that would assume one that cannot be encoded go
 * without it (knowing less is sound) and say so.
 */
function broadcastLemmas(crate: CheckedCrate): Map<string, BroadcastLemma> {
  const out = new Map<string, BroadcastLemma>();
  for (const qname of allBroadcastLemmas(crate)) {
    const info = crate.fns.find((f) => f.qname === qname);
    if (!info || info.decl.ensures.length === 0) continue;
    const lowered = loweredContract(crate, info);
    if (!lowered.ok) { out.set(qname, { info, decl: info.decl, ok: false, why: lowered.what }); continue; }
    try {
      new IrFunctionEncoder(crate, new SmtContext(adtSource(crate)), lowered.fn).broadcastAxiom(lowered.fn);
      out.set(qname, { info, decl: info.decl, ok: true, fn: lowered.fn });
    } catch (e) {
      if (e instanceof Unsupported) out.set(qname, { info, decl: info.decl, ok: false, why: e.what });
      else if (e instanceof OutsideFamily) out.set(qname, { info, decl: info.decl, ok: false, why: e.message });
      else throw e;
    }
  }
  return out;
}

/** `by (compute)` under `rlimit(infinity)` still has a bound (40 million steps): running out is an error, never a pass. */
const COMPUTE_RLIMIT_CAP = 100;

type Encoded = { ok: true; enc: IrFunctionEncoder } | { ok: false; error: unknown; diagnostics: Diagnostic[] };

/** A function's body (or a recursive spec fn's termination) encoded from its IR. */
function encodeFunction(crate: CheckedCrate, fn: FnInfo, scc: Scc, lemmas: BroadcastLemma[], allowed: (lemma: BroadcastLemma) => boolean, what: 'body' | 'termination'): Encoded {
  const lowered = loweredFn(crate, fn);
  if (!lowered.ok) return { ok: false, error: new Unsupported(lowered.what, lowered.span), diagnostics: [] };
  const enc = new IrFunctionEncoder(crate, new SmtContext(adtSource(crate)), lowered.fn);
  enc.scc = scc;
  try {
    if (what === 'body' && !irEncodable(lowered.fn)) throw new OutsideFamily('a construct in this function that the verifier does not encode yet');
    // (a termination check may use the broadcast lemmas in force too, as in Verus)
    for (const lemma of lemmas) {
      if (!allowed(lemma)) continue;
      if (lemma.ok) {
        enc.broadcastLemmas.push(lemma.fn);
        const at = crate.broadcastInstances?.get(fn.qname)?.get(lemma.info.qname);
        if (at) enc.broadcastInstances.set(lemma.fn, at);
        // a free-standing generic lemma without bounds holds at every type: also stated at each opaque type instance the query uses
        const d = lemma.info.decl;
        if (d.generics.length > 0 && (d.bounds ?? []).length === 0 && !d.implSelf) enc.lemmaGenerics.set(lemma.fn, d.generics);
      }
      else enc.omittedContext.push(`the broadcast lemma \`${lemma.info.qname}\` was not assumed here (not supported: ${lemma.why}); a proof that needs it fails`);
    }
    if (what === 'termination') {
      enc.encodeTermination();
      return { ok: true, enc };
    }
    const rl = rlimitFor(crate, fn);
    enc.computeRlimit = rl === 'infinity' ? COMPUTE_RLIMIT_CAP : rl;
    enc.lowerFn = (qname) => {
      const info = crate.fns.find((f) => f.qname === qname);
      const r = info ? loweredFn(crate, info) : undefined;
      return r?.ok ? r.fn : undefined;
    };
    enc.encode();
  } catch (e) {
    return { ok: false, error: e, diagnostics: enc.diagnostics };
  }
  return { ok: true, enc };
}

/** A query's `definitions`, when its prelude has any. */
function axiomDefined(defs: readonly AxiomDefinedFunction[]): { definitions?: AxiomDefinedFunction[] } {
  return defs.length > 0 ? { definitions: [...defs] } : {};
}

/** What the encoder has made of one function, to be sent as queries. */
interface EncodedFunction {
  readonly ctx: SmtContext;
  query(): { prelude: string; goals: Goal[]; definitions: readonly AxiomDefinedFunction[] };
  readonly obligations: Map<string, ObligationInfo>;
  readonly nonlinearGoals: Goal[];
  readonly nonlinearObligations: Map<string, ObligationInfo>;
  readonly bitVectorGoals: Goal[];
  readonly bitVectorDecls: string[];
  readonly bitVectorObligations: Map<string, ObligationInfo>;
}

/**
 * A function's queries: its body, and apart from it the `by (nonlinear_arith)` goals (over the
 * crate's declarations and definitions, none of the body's facts) and the `by (bit_vector)`
 * goals. `notes` (context the proof went without) go on every failure of each.
 */
function functionVcs(crate: CheckedCrate, fn: FnInfo, enc: EncodedFunction, notes: string[] = []): FunctionVc[] {
  const q = enc.query();
  const rlimit = z3Rlimit(rlimitFor(crate, fn));
  const budget = rlimit === undefined ? {} : { rlimit };
  const common = { unit: { function: fn.qname, file: fn.file.path, line: fn.decl.span.line }, span: fn.decl.span, ...(notes.length ? { notes: [...notes] } : {}) };
  const vcs: FunctionVc[] = [{ ...common, query: { id: fn.qname, prelude: q.prelude, goals: q.goals, ...budget, ...axiomDefined(q.definitions) }, obligations: enc.obligations }];
  if (enc.nonlinearGoals.length > 0) {
    vcs.push({ ...common, query: { id: `${fn.qname}#nonlinear`, prelude: enc.ctx.prelude(), goals: enc.nonlinearGoals, logic: 'QF_NIA', ...budget, ...axiomDefined(enc.ctx.definitions) }, obligations: enc.nonlinearObligations });
  }
  if (enc.bitVectorGoals.length > 0) {
    vcs.push({ ...common, query: { id: `${fn.qname}#bit_vector`, prelude: enc.bitVectorDecls.join('\n'), goals: enc.bitVectorGoals, logic: 'QF_BV', ...budget }, obligations: enc.bitVectorObligations });
  }
  return vcs;
}

const RLIMIT_MESSAGE = 'function body check: Resource limit (rlimit) exceeded';
const CLOCK_MESSAGE = 'function body check: Time limit exceeded (the wall-clock timeout, --timeout-ms)';

/**
 * Whether a query's `timeout` was its deterministic resource limit running out, rather than the
 * wall clock (z3's `:timeout` answers "timeout"; a forced stop says it gave no answer in time).
 */
function rlimitOut(rlimit: number | undefined, reason: string | undefined): boolean {
  if (!rlimit) return false;
  return !/timeout|gave no answer|interrupted/i.test(reason ?? '');
}

export function resultToDiagnostics(vc: FunctionVc, result: QueryResult): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  let solverTrouble: Diagnostic | undefined;
  for (const g of result.goals) {
    if (g.status === 'proved') continue;
    const ob = vc.obligations.get(g.label);
    if (g.status === 'failed' && ob) {
      // the same clause failing on several paths (e.g. at `continue` and at the body's end) is one error
      const key = [ob.kind, ob.message, ob.span.file, ob.span.start, ...ob.labels.map((l) => `${l.message}@${l.span.file}:${l.span.start}`)].join('|');
      if (reported.has(key)) continue;
      reported.add(key);
      out.push({
        severity: 'error', kind: ob.kind, message: ob.message, span: ob.span, labels: ob.labels, function: ob.function,
        ...(ob.primaryLabel ? { primaryLabel: ob.primaryLabel } : {}),
        ...(g.model && Object.keys(g.model).length ? { counterexample: g.model } : {}),
        ...(vc.notes ? { notes: [...vc.notes] } : {}),
      });
      continue;
    }
    if ((g as { skipped?: boolean }).skipped && out.some((d) => d.kind !== 'timeout')) continue;
    if (solverTrouble) continue;
    const message = g.status !== 'timeout'
      ? `function body check: solver returned unknown: ${g.reason ?? 'unknown'}`
      : rlimitOut(vc.query.rlimit, g.reason) ? RLIMIT_MESSAGE : CLOCK_MESSAGE;
    solverTrouble = diag('timeout', message, vc.span, { function: vc.unit.function, ...(vc.notes ? { notes: [...vc.notes] } : {}) });
  }
  if (solverTrouble) out.push(solverTrouble);
  return out;
}
