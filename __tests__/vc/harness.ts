/**
 * End-to-end harness for obligation generation: load -> check -> generateVcs -> native z3
 * (one `z3 -in` process per query, one push/pop per goal) -> resultToDiagnostics, and the
 * `//~` marker comparison of LANGUAGE.md.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import { loadCrates } from '../../src/syntax/load.js';
import { checkCrate } from '../../src/check/index.js';
import { generateVcs, resultToDiagnostics, type FunctionVc } from '../../src/vc/index.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import type { GoalResult, QueryResult } from '../../src/smt/query.js';
import { coreSettings, optionalSettings } from '../../src/smt/settings.js';

/** Checks each goal alone; `unknown` never counts as proved. */
export function solveNative(vc: FunctionVc, timeoutMs = 10000): QueryResult {
  const q = vc.query;
  if (q.goals.length === 0) return { id: q.id, goals: [], solverMs: 0, cached: false };
  const parts = [coreSettings(q.logic, timeoutMs), q.prelude];
  for (const g of q.goals) {
    parts.push(`(push 1)\n(assert (not ${g.term}))\n(check-sat)\n(get-info :reason-unknown)\n(pop 1)`);
  }
  const t0 = Date.now();
  let out: string;
  try {
    out = execFileSync('z3', ['-in', '-smt2'], { input: parts.join('\n'), encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (e) {
    out = String((e as { stdout?: string }).stdout ?? '');
  }
  if (/\(error/.test(out)) throw new Error(`z3 rejected query ${q.id}: ${out.split('\n').filter((l) => l.includes('error')).slice(0, 3).join('\n')}`);
  const answers = out.split('\n').map((l) => l.trim()).filter((l) => l === 'sat' || l === 'unsat' || l === 'unknown');
  const reasons = out.split('\n').filter((l) => l.includes(':reason-unknown')).map((l) => /"(.*)"/.exec(l)?.[1] ?? '');
  const goals: GoalResult[] = q.goals.map((g, i) => {
    const a = answers[i];
    if (a === 'unsat') return { label: g.label, status: 'proved' };
    if (a === 'sat') return { label: g.label, status: 'failed', model: {} };
    const reason = reasons[i] ?? 'no answer';
    if (/timeout|canceled|resource/.test(reason)) return { label: g.label, status: 'timeout', reason };
    // incomplete quantifier reasoning: a model may exist; report as failure like Verus does
    if (/incomplete/.test(reason)) return { label: g.label, status: 'failed', model: {} };
    return { label: g.label, status: 'unknown', reason };
  });
  return { id: q.id, goals, solverMs: Date.now() - t0, cached: false };
}

export interface RunResult { diagnostics: Diagnostic[]; vcs: FunctionVc[] }

export function runFile(path: string, opts: { timeoutMs?: number; noVerify?: boolean } = {}): RunResult {
  const loaded = loadCrates([path]);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const vcs: FunctionVc[] = [];
  for (const crate of loaded.crates) {
    const { checked, diagnostics: ds } = checkCrate(crate);
    diagnostics.push(...ds);
    if (opts.noVerify || ds.some((d) => d.severity === 'error')) continue;
    const g = generateVcs(checked);
    diagnostics.push(...g.diagnostics);
    for (const vc of g.vcs) {
      vcs.push(vc);
      diagnostics.push(...resultToDiagnostics(vc, solveNative(vc, opts.timeoutMs)));
    }
  }
  return { diagnostics, vcs };
}

export interface Marker { line: number; kind: 'ERROR' | 'NOTE'; text: string }

export function markers(text: string): Marker[] {
  const out: Marker[] = [];
  text.split('\n').forEach((l, i) => {
    const m = /\/\/~(\^*)\s*(ERROR|NOTE)\s*(.*)$/.exec(l);
    if (m) out.push({ line: i + 1 - m[1]!.length, kind: m[2] as 'ERROR', text: m[3]!.trim() });
  });
  return out;
}

/** Problems comparing diagnostics with markers (empty = match). */
export function compare(path: string, diags: Diagnostic[]): string[] {
  const text = fs.readFileSync(path, 'utf8');
  const ms = markers(text);
  const problems: string[] = [];
  const errors = diags.filter((d) => d.severity === 'error');
  const unmatched = new Set(errors);
  for (const m of ms.filter((x) => x.kind === 'ERROR')) {
    const hit = [...unmatched].find((d) => d.span.line === m.line && d.message.includes(m.text));
    if (hit) unmatched.delete(hit);
    else problems.push(`missing error at line ${m.line}: ${m.text}`);
  }
  for (const d of unmatched) problems.push(`unexpected error at line ${d.span.line}: ${d.message}`);
  for (const m of ms.filter((x) => x.kind === 'NOTE')) {
    const ok = errors.some((d) => d.labels.some((l) => l.span.line === m.line && l.message.includes(m.text)));
    if (!ok) problems.push(`missing note at line ${m.line}: ${m.text}`);
  }
  return problems;
}
