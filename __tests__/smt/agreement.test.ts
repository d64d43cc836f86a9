/**
 * Native z3 (Debian 4.8.12) and the WASM build (5.1) must give the same status for every
 * goal of every query the corpus produces (corpus/verify and the shared acceptance cases):
 * the GitHub Action uses WASM when no z3 is installed, and a proof must not depend on that.
 * Both backends run at once (the native one is a child process), ~15 s on 2 cores.
 * The native half is skipped, with a message, when no `z3` is on PATH; the WASM half then
 * still checks the statuses of the known-problem functions.
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { checkPaths } from '../../src/driver.js';
import type { SmtBackend } from '../../src/smt/backend.js';
import { checkQuery, type CheckOptions } from '../../src/smt/check-goals.js';
import { NativeZ3Backend, nativeZ3Name } from '../../src/smt/native-backend.js';
import type { Query, QueryResult } from '../../src/smt/query.js';
import { WasmZ3Backend } from '../../src/smt/wasm-backend.js';
import { generateVcs } from '../../src/vc/index.js';

/** A generous budget: a status that flips with machine load is not a disagreement. */
const opts: CheckOptions = { timeoutMs: 20_000, maxFailures: 3 };

const root = new URL('../../', import.meta.url).pathname;
const dirs = [join(root, 'corpus/verify'), join(root, 'corpus/cases')];

function corpusQueries(): Query[] {
  const queries: Query[] = [];
  for (const dir of dirs) {
    let files: string[];
    try {
      // (a `.verus.rs` file is `include!`d by a crate root, not a crate of its own)
      files = readdirSync(dir).filter((f) => f.endsWith('.rs') && !f.endsWith('.verus.rs')).sort();
    } catch {
      continue; // a folder not in this checkout
    }
    for (const f of files) {
      for (const crate of checkPaths([join(dir, f)]).clean) {
        queries.push(...generateVcs(crate).vcs.map((vc) => vc.query).filter((q) => q.goals.length > 0));
      }
    }
  }
  return queries;
}

/** Results by position in `queries` (ids may repeat across the two folders). */
async function checkAll(backend: SmtBackend, queries: Query[]): Promise<QueryResult[]> {
  const out: QueryResult[] = [];
  for (const q of queries) out.push(await checkQuery(backend, q, opts));
  return out;
}

const statusesOf = (r: QueryResult | undefined) => Object.fromEntries((r?.goals ?? []).map((g) => [g.label, g.status]));

const nativeMissing = nativeZ3Name() ? false : 'no `z3` on PATH: native half of the agreement test skipped';
if (nativeMissing) console.log(`# ${nativeMissing}`);

describe('native and WASM z3 agree on the corpus', () => {
  let queries: Query[];
  let wasm: QueryResult[];
  let native: QueryResult[] | undefined;
  const wasmResult = (id: string) => wasm.find((r) => r.id === id);

  before(async () => {
    queries = corpusQueries();
    const wasmBackend = await WasmZ3Backend.create();
    const nativeBackend = nativeMissing ? undefined : NativeZ3Backend.create();
    try {
      [wasm, native] = await Promise.all([checkAll(wasmBackend, queries), nativeBackend && checkAll(nativeBackend, queries)]);
    } finally {
      await Promise.all([wasmBackend.close(), nativeBackend?.close()]);
    }
  });

  test('the corpus yields queries with both proved and failing goals', () => {
    assert.ok(queries.length > 100, `${queries.length} queries`);
    const all = wasm.flatMap((r) => r.goals);
    assert.ok(all.some((g) => g.status === 'proved'));
    assert.ok(all.some((g) => g.status === 'failed'));
  });

  test('known WASM-vs-4.8.12 problems are proved on WASM, and their failing twins still fail', () => {
    // choose: the `exists` in the choose axiom has no :pattern (pattern inference must be on).
    assert.deepEqual(statusesOf(wasmResult('choose_ok::p')), { g0: 'proved' });
    assert.ok(wasmResult('choose_fail::p')!.goals.some((g) => g.status === 'failed'));
    // x*x as an opaque term with nonlinear arithmetic off (5.1's arith.solver 2 gives up).
    assert.deepEqual(statusesOf(wasmResult('lemma_call_ok::lemma_sq_nonneg')), { g0: 'proved' });
    assert.equal(wasmResult('lemma_call_ok::lemma_sq_nonneg#nonlinear')!.goals[0]!.status, 'proved');
    assert.ok(wasmResult('nonlinear_fail::f#nonlinear')!.goals.every((g) => g.status !== 'proved'));
  });

  test('every goal has the same status on both backends', { skip: nativeMissing }, () => {
    const disagreements: string[] = [];
    for (const [k, q] of queries.entries()) {
      const n = statusesOf(native![k]);
      const w = statusesOf(wasm[k]);
      if (JSON.stringify(n) !== JSON.stringify(w)) disagreements.push(`${q.id}: native ${JSON.stringify(n)} wasm ${JSON.stringify(w)}`);
    }
    assert.deepEqual(disagreements, []);
  });
});
