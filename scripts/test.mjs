#!/usr/bin/env node
/**
 * `npm test`: every __tests__/*.test.ts and __tests__/<dir>/*.test.ts under node's test
 * runner, two files at a time (CI has two cores), with two things the bare runner lacks:
 *
 * - Order. The runner starts files in the order given, so the few files that take minutes
 *   go first: started last, one of them would run alone on one core at the end.
 * - A proof cache shared by the files that verify the same crates (the corpus, model/),
 *   fresh for this run and removed after it (PROOFGATE_TEST_CACHE; see
 *   __tests__/support/shared-cache.ts). The cache is keyed by the whole query text, solver
 *   and budget, so a file reading another's answer gets the answer its own query would get.
 *   Files that produce answers are listed before the files that read them.
 *
 * Arguments are passed on to the runner (e.g. `npm test -- --test-reporter=spec`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const testsDir = join(root, '__tests__');

/** Heaviest first; the producers of the shared cache (cases, model) before its readers. */
const FIRST = [
  'cases.test.ts',
  'model/model.test.ts',
  'ir/corpus-passes.test.ts',
  'smt/agreement.test.ts',
  'soundness/assert-false.test.ts',
  'smt/cross-check.test.ts',
  'oracle/oracle.test.ts',
  'infer/infer.test.ts',
];

function testFiles() {
  const out = [];
  for (const entry of readdirSync(testsDir).sort()) {
    const path = join(testsDir, entry);
    if (entry.endsWith('.test.ts')) out.push(entry);
    else if (statSync(path).isDirectory()) {
      for (const f of readdirSync(path).sort()) if (f.endsWith('.test.ts')) out.push(`${entry}/${f}`);
    }
  }
  return out;
}

const all = testFiles();
const missing = FIRST.filter((f) => !all.includes(f));
if (missing.length > 0) {
  console.error(`scripts/test.mjs: listed first but not found: ${missing.join(', ')}`);
  process.exit(2);
}
const ordered = [...FIRST, ...all.filter((f) => !FIRST.includes(f))].map((f) => join('__tests__', f));

const cache = mkdtempSync(join(tmpdir(), 'proofgate-test-cache-'));
let status = 1;
try {
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...process.argv.slice(2), ...ordered], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, PROOFGATE_TEST_CACHE: cache },
  });
  status = r.status ?? 1;
  if (r.error) console.error(`scripts/test.mjs: ${r.error.message}`);
} finally {
  rmSync(cache, { recursive: true, force: true });
}
process.exit(status);
