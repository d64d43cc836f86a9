/**
 * Value analysis of a checked crate (issue 13): every exec function with a body is lowered
 * to the IR and interpreted over intervals; each run-time error check that may fail is a
 * warning. A function the lowering or the analysis cannot handle is listed as skipped with
 * the reason, never passed in silence.
 *
 *   interval.ts  the interval domain;  state.ts  states and their lists
 *   eval.ts      expressions, lengths, refinement by conditions
 *   checks.ts    run-time error checks and their messages
 *   interp.ts    statements, loops (widening, narrowing), calls (contracts, in context)
 */
import type { CheckedCrate } from '../check/program.js';
import { lowerConstInitializers, lowerCrate, lowerFunction } from '../ir/lower.js';
import { recursionComponents } from '../check/callgraph.js';
import type { IrFunction, IrSpan, LowerResult } from '../ir/types.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { message, type CheckRecord } from './checks.js';
import { withSpecDefs, type SpecDefs } from './eval.js';
import { FnRun, type Analyzer } from './interp.js';

export interface AnalyzeOptions {
  /** Disjunctive states kept per program point (default 8). */
  stateLevel?: number;
  /** How deep calls without `ensures` are analysed in context (default 3). */
  callDepth?: number;
  functionFilter?: (qname: string) => boolean;
  /** false: analyse the code as if its requires/ensures/assertions were stripped (default true). */
  useSpecs?: boolean;
  /** Abstract steps allowed per function before it is skipped (default 2e6). */
  budget?: number;
  /**
   * In a crate with static errors: why a verified fn may not be analysed (an error in it or in
   * a signature it uses; isolation.ts), undefined when it may. Default: every fn may.
   */
  blocked?: (qname: string) => string | undefined;
  /** Told each loop's head state in the functions analysed (loop-facts.ts reads candidate invariants from it). */
  onLoopHead?: Analyzer['onLoopHead'];
}

export interface Skipped { function: string; reason: string; span: IrSpan }

export interface AnalyzeResult {
  diagnostics: Diagnostic[];
  analyzed: { function: string; span: IrSpan }[];
  skipped: Skipped[];
}

class OutOfBudget extends Error {}

export function analyzeCrate(crate: CheckedCrate, opts: AnalyzeOptions = {}): AnalyzeResult {
  const wanted = (q: string) => !opts.functionFilter || opts.functionFilter(q);
  const blocked: Skipped[] = [];
  const analysable = (q: string): boolean => {
    const why = opts.blocked?.(q);
    const f = info.get(q);
    if (why && f && ownFiles.has(f.file) && f.decl.mode === 'exec' && f.decl.body && wanted(q)) blocked.push({ function: q, reason: why, span: f.decl.nameSpan });
    return !why;
  };
  const info = new Map(crate.fns.map((f) => [f.qname, f]));
  // a dependency's fns are callees here; they are analysed with their own crate
  const ownFiles = new Set(crate.files);
  // const initializers are exec code run once: analysed as parameterless fns (docs/semantics.md)
  const inits = lowerConstInitializers(crate, (q) => !opts.blocked?.(q));
  const plain = lowerPlainFns(crate);
  const lowered = [...lowerCrate(crate, analysable, { trustedBodies: true }), ...plain.lowered, ...inits];
  const constNames = new Set(inits.map((r) => (r.ok ? r.fn.name : r.name)));
  const byName = new Map<string, IrFunction>();
  for (const r of lowered) if (r.ok) byName.set(r.fn.name, r.fn);
  const texts = new Map(crate.files.map((f) => [f.path, f.text]));
  // open spec fns are read through (closed and opaque ones stay abstract, as for the verifier)
  const defs: SpecDefs = {
    get: (n) => {
      const f = byName.get(n);
      const d = info.get(n)?.decl;
      if (!f || f.mode !== 'spec' || f.body?.k !== 'expr' || f.opaque || d?.openness !== 'open') return undefined;
      return { params: f.params.map((p) => p.id), body: f.body.value };
    },
  };
  const result = withSpecDefs(defs, () => analyzeAll(lowered.filter((r) => { const f = info.get(r.ok ? r.fn.name : r.name); return !f || ownFiles.has(f.file); }), byName, texts, info, constNames, opts));
  result.skipped.push(...blocked, ...plain.skipped.filter((s) => wanted(s.function)));
  return result;
}

/**
 * The crate's plain Rust exec fns (CheckedCrate.plainBodies): those the checker typed in
 * full are lowered; the others are skipped with the checker's first word on them.
 */
function lowerPlainFns(crate: CheckedCrate): { lowered: LowerResult[]; skipped: Skipped[] } {
  const lowered: LowerResult[] = [];
  const skipped: Skipped[] = [];
  if (!crate.plainBodies || crate.plainBodies.size === 0) return { lowered, skipped };
  const scc = recursionComponents(crate);
  for (const [decl, diags] of crate.plainBodies) {
    const f = crate.fnByDecl.get(decl);
    if (!f) continue;
    const first = diags[0];
    if (first) {
      skipped.push({ function: f.qname, reason: `plain Rust outside what Proofgate reads: ${first.message} (${first.span.line}:${first.span.column})`, span: decl.nameSpan });
      continue;
    }
    try {
      lowered.push(lowerFunction(crate, f, scc, { trustedBodies: true }));
    } catch (err) {
      // a checked tree the lowering does not expect (plain Rust is checked leniently): skipped, never a crash
      skipped.push({ function: f.qname, reason: `internal error while lowering it: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`, span: decl.nameSpan });
    }
  }
  return { lowered, skipped };
}

function analyzeAll(
  lowered: ReturnType<typeof lowerCrate>, byName: Map<string, IrFunction>, texts: Map<string, string>,
  info: Map<string, CheckedCrate['fns'][number]>, constNames: Set<string>, opts: AnalyzeOptions,
): AnalyzeResult {
  const result: AnalyzeResult = { diagnostics: [], analyzed: [], skipped: [] };
  for (const r of lowered) {
    const name = r.ok ? r.fn.name : r.name;
    const fn = info.get(name);
    if (!constNames.has(name) && (!fn || fn.decl.mode !== 'exec' || !fn.decl.body)) continue;
    if (opts.functionFilter && !opts.functionFilter(name)) continue;
    if (!r.ok) {
      result.skipped.push({ function: name, reason: `not supported by the IR: ${r.what}${snippet(texts, r.span)}`, span: r.span });
      continue;
    }
    let steps = 0;
    const budget = opts.budget ?? 2_000_000;
    const an: Analyzer = {
      level: Math.max(1, opts.stateLevel ?? 8),
      maxDepth: opts.callDepth ?? 3,
      useSpecs: opts.useSpecs ?? true,
      callee: (n) => byName.get(n),
      text: (s) => (texts.get(s.file) ?? '').slice(s.start, s.end).replace(/\s+/g, ' '),
      records: new Map<string, CheckRecord>(),
      tick: () => { if (++steps > budget) throw new OutOfBudget(); },
      ...(opts.onLoopHead ? { onLoopHead: opts.onLoopHead } : {}),
    };
    try {
      const run = new FnRun(an, r.fn, 0, true);
      run.run(run.entry());
    } catch (err) {
      // never a crash of the run: the function is listed as skipped, saying why
      const reason = err instanceof OutOfBudget ? 'the analysis ran out of its step budget'
        : err instanceof RangeError ? 'nested too deeply'
          : `internal error in the analysis: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`;
      result.skipped.push({ function: name, reason, span: r.fn.nameSpan });
      continue;
    }
    result.analyzed.push({ function: name, span: r.fn.nameSpan });
    for (const rec of an.records.values()) {
      if (!rec.failing) continue;
      result.diagnostics.push({ severity: 'warning', kind: rec.kind, message: message(rec), span: rec.span, labels: [], function: rec.fn });
    }
  }
  return result;
}

/** ` (`text`)`: the source at a span, shortened, for a reason that names what stopped it. */
function snippet(texts: Map<string, string>, span: IrSpan): string {
  const text = (texts.get(span.file) ?? '').slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (!text) return '';
  return ` (\`${text.length > 60 ? `${text.slice(0, 57)}...` : text}\`)`;
}
