#!/usr/bin/env node
/**
 * Compares the verifier's JSON results over the whole corpus between two checkouts (e.g. main
 * before a refactoring of src/vc and a branch after it), byte for byte apart from timings.
 *
 *   node scripts/compare-results.mjs collect CODE_ROOT OUT.json   # run CODE_ROOT's CLI over this repo's corpus
 *   node scripts/compare-results.mjs diff BEFORE.json AFTER.json   # exit 1 and list what differs
 *
 * The corpus read is the current folder's (model/, corpus/cases, corpus/verify, corpus/soundness),
 * one CLI run per file (model/ is one crate), without the proof cache.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FOLDERS = ['corpus/cases', 'corpus/verify', 'corpus/soundness'];

/** Drops what legitimately changes from run to run: timings and cache counts. */
function normalize(result) {
  delete result.tool;
  if (result.summary) { delete result.summary.seconds; delete result.summary.cached; }
  for (const u of result.units ?? []) { delete u.ms; delete u.cached; }
  return result;
}

function runOne(codeRoot, target) {
  let stdout;
  try {
    stdout = execFileSync(process.execPath, ['--import', 'tsx', join(codeRoot, 'src/cli.ts'), 'verify', target, '--format', 'json', '--no-cache', '--jobs', '1'], {
      encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000,
    });
  } catch (e) {
    if (typeof e.stdout !== 'string' || e.status !== 1) return { crashed: e.status ?? String(e.signal), stderr: String(e.stderr ?? '').slice(0, 2000) };
    stdout = e.stdout;
  }
  return normalize(JSON.parse(stdout));
}

function targets() {
  const out = ['model'];
  for (const f of FOLDERS) {
    for (const name of readdirSync(f).sort()) if (name.endsWith('.rs')) out.push(join(f, name));
  }
  return out;
}

function collect(codeRoot, outFile) {
  const root = resolve(codeRoot);
  const results = {};
  const all = targets();
  const only = process.env.ONLY ? new RegExp(process.env.ONLY) : undefined;
  for (const t of all) {
    if (only && !only.test(t)) continue;
    results[t] = runOne(root, t);
    process.stderr.write('.');
  }
  process.stderr.write('\n');
  writeFileSync(outFile, JSON.stringify(results, null, 1));
}

function diff(beforeFile, afterFile) {
  const before = JSON.parse(readFileSync(beforeFile, 'utf8'));
  const after = JSON.parse(readFileSync(afterFile, 'utf8'));
  let same = 0;
  const differing = [];
  for (const t of Object.keys(before)) {
    if (!(t in after)) continue;
    if (JSON.stringify(before[t]) === JSON.stringify(after[t])) { same++; continue; }
    differing.push(t);
    const b = before[t].diagnostics ?? [];
    const a = after[t].diagnostics ?? [];
    const key = (d) => JSON.stringify(d);
    const bs = new Set(b.map(key));
    const as = new Set(a.map(key));
    console.log(`--- ${t}`);
    for (const d of b) if (!as.has(key(d))) console.log(`  - ${d.function}: ${d.kind}: ${d.message} @${d.line}:${d.column}${d.counterexample ? ' cex ' + JSON.stringify(d.counterexample) : ''}`);
    for (const d of a) if (!bs.has(key(d))) console.log(`  + ${d.function}: ${d.kind}: ${d.message} @${d.line}:${d.column}${d.counterexample ? ' cex ' + JSON.stringify(d.counterexample) : ''}`);
    const bu = JSON.stringify(before[t].units ?? []);
    const au = JSON.stringify(after[t].units ?? []);
    if (bu !== au) console.log('  units differ');
  }
  console.log(`${same} identical, ${differing.length} differing (of ${Object.keys(before).length})`);
  process.exit(differing.length ? 1 : 0);
}

const [cmd, a, b] = process.argv.slice(2);
if (cmd === 'collect' && a && b) collect(a, b);
else if (cmd === 'diff' && a && b) diff(a, b);
else { console.error('usage: compare-results.mjs collect CODE_ROOT OUT.json | diff BEFORE.json AFTER.json'); process.exit(2); }
