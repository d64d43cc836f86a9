/**
 * End-to-end harness for obligation generation: load -> check -> generateVcs -> native z3
 * (one `z3 -in` process per query, one push/pop per goal) -> resultToDiagnostics, and the
 * `//~` marker comparison of LANGUAGE.md.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import { loadCrates } from '../../src/syntax/load.js';
import { checkCrate } from '../../src/check/index.js';
import { generateVcs, resultToDiagnostics, type FunctionVc } from '../../src/vc/index.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import type { GoalResult, QueryResult } from '../../src/smt/query.js';
import { coreSettings } from '../../src/smt/settings.js';

function script(vc: FunctionVc, timeoutMs: number): string {
  const q = vc.query;
  const parts = ['(reset)', coreSettings(q.logic, timeoutMs), q.prelude];
  for (const g of q.goals) parts.push(`(push 1)\n(assert (not ${g.term}))\n(check-sat)\n(get-info :reason-unknown)\n(pop 1)\n(echo "@@goal")`);
  parts.push('(echo "@@end")');
  return parts.join('\n');
}

function parseAnswers(vc: FunctionVc, out: string): QueryResult {
  const q = vc.query;
  const chunks = out.split('@@goal');
  const fatal = (chunks[0] ?? '').split('\n').find((l) => l.includes('(error') && !l.includes('canceled'));
  if (fatal && !/^(sat|unsat|unknown)$/m.test(chunks[0] ?? '')) throw new Error(`z3 rejected query ${q.id}: ${fatal}`);
  const goals: GoalResult[] = q.goals.map((g, i) => {
    const lines = (chunks[i] ?? '').split('\n').map((l) => l.trim());
    const err = lines.find((l) => l.startsWith('(error') && !l.includes('canceled') && !l.includes('model is not available'));
    if (err) throw new Error(`z3 rejected goal ${g.label} of ${q.id}: ${err}`);
    const a = lines.find((l) => l === 'sat' || l === 'unsat' || l === 'unknown');
    if (a === 'unsat') return { label: g.label, status: 'proved' };
    if (a === 'sat') return { label: g.label, status: 'failed', model: {} };
    const reason = /:reason-unknown "(.*)"/.exec(lines.join('\n'))?.[1] ?? 'no answer';
    if (!a || /timeout|canceled|resource/.test(reason)) return { label: g.label, status: 'timeout', reason };
    // incomplete quantifier instantiation: no proof; reported as a failure, as Verus does
    if (/incomplete/.test(reason)) return { label: g.label, status: 'failed', model: {} };
    return { label: g.label, status: 'unknown', reason };
  });
  return { id: q.id, goals, solverMs: 0, cached: false };
}

/** Checks every goal of every query alone in one `z3 -in` process; `unknown` never counts as proved. */
export async function solveNative(vcs: FunctionVc[], timeoutMs = 10000): Promise<QueryResult[]> {
  if (vcs.length === 0) return [];
  const out = await new Promise<string>((resolve) => {
    const child = execFile('z3', ['-in', '-smt2'], { encoding: 'utf8', maxBuffer: 1 << 26 }, (_err, stdout) => resolve(String(stdout ?? '')));
    child.stdin!.end(vcs.map((vc) => script(vc, timeoutMs)).join('\n'));
  });
  const chunks = out.split('@@end');
  return vcs.map((vc, i) => parseAnswers(vc, chunks[i] ?? ''));
}

export interface RunResult { diagnostics: Diagnostic[]; vcs: FunctionVc[] }

export async function runFile(path: string, opts: { timeoutMs?: number; noVerify?: boolean } = {}): Promise<RunResult> {
  const loaded = loadCrates([path]);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const vcs: FunctionVc[] = [];
  for (const crate of loaded.crates) {
    const { checked, diagnostics: ds } = checkCrate(crate);
    diagnostics.push(...ds);
    if (opts.noVerify || ds.some((d) => d.severity === 'error')) continue;
    const g = generateVcs(checked);
    diagnostics.push(...g.diagnostics);
    const results = await solveNative(g.vcs, opts.timeoutMs);
    g.vcs.forEach((vc, i) => {
      vcs.push(vc);
      diagnostics.push(...resultToDiagnostics(vc, results[i]!));
    });
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

/** Runs `f` over items with at most `n` in flight. */
export async function pool<T, R>(items: T[], n: number, f: (x: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await f(items[i]!);
    }
  }));
  return out;
}
