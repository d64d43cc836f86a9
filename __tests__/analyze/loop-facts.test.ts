/**
 * What the analysis knows at loop heads (src/analyze/loop-facts.ts), the candidate
 * invariants of `verify`'s inference: bounds tighter than the types, and orders between
 * locals that the loop keeps; and the lowering of the candidates into the IR's loop spec.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { loopHeadFacts, type LoopHeadFacts, type LoopTerm } from '../../src/analyze/loop-facts.js';
import { checkPaths } from '../../src/driver.js';
import { inferCandidates } from '../../src/infer/candidates.js';
import { lowerCrate } from '../../src/ir/lower.js';
import { REPO_ROOT, rsFiles } from '../support/paths.js';

function factsOf(body: string): Map<string, string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-loop-facts-'));
  const file = join(dir, 'lf.rs');
  writeFileSync(file, `use vstd::prelude::*;\nverus! {\n${body}\n}\n`);
  const p = checkPaths([file]);
  assert.equal(p.diagnostics.filter((d) => d.severity === 'error').length, 0, p.diagnostics.map((d) => d.message).join('\n'));
  const out = new Map<string, string[]>();
  for (const [fn, loops] of loopHeadFacts(p.clean[0]!)) out.set(fn.split('::').pop()!, loops.flatMap(show));
  return out;
}

const term = (t: LoopTerm) => (t.len ? `${t.local.name}.len()` : t.local.name);

function show(f: LoopHeadFacts): string[] {
  return [
    ...f.bounds.map((b) => `${b.lo ?? '-inf'} <= ${term(b.term)} <= ${b.hi ?? '+inf'}`),
    ...f.relations.map((r) => `${term(r.left)} ${r.rel} ${term(r.right)}`),
  ];
}

describe('loop-head facts', () => {
  it('a counter keeps its order with the bound it is compared with (x < n before x += 1 is x <= n after)', () => {
    const f = factsOf('fn f(n: u32) { let mut i: u32 = 0; while i < n decreases n - i { i = i + 1; } }');
    assert.deepEqual(f.get('f'), ['i <= n']);
  });
  it('a constant a loop compares with stops the widening there', () => {
    const f = factsOf('fn f() { let mut i: u32 = 0; loop decreases 10 - i { if i == 10 { break; } i = i + 1; } }');
    assert.deepEqual(f.get('f'), ['-inf <= i <= 10']);
  });
  it('x != n with x <= n known gives x < n (a loop that breaks at its bound)', () => {
    const f = factsOf('fn f(n: u32) { let mut i: u32 = 0; loop decreases n - i { if i == n { break; } i = i + 1; } }');
    assert.deepEqual(f.get('f'), ['i <= n']);
  });
  it('relations true at entry by the intervals are kept when the body keeps them, weakened where a path only keeps <=', () => {
    const f = factsOf('fn f(n: u32) { let mut i: u32 = 0; let mut c: u32 = 0; while i < n decreases n - i { i = i + 1; if i % 2 == 0 { continue; } c = c + 1; } }');
    assert.deepEqual(f.get('f'), ['i <= n', 'c <= i']);
  });
  it('lengths: a counter below v.len(); bounds from requires on locals the loop leaves alone', () => {
    const f = factsOf('fn f(v: &Vec<u8>, n: u64) requires n <= 7 { let mut i: usize = 0; while i < v.len() decreases v.len() - i { i = i + 1; } }');
    assert.deepEqual(f.get('f'), ['-inf <= n <= 7', 'i <= v.len()']);
  });
  it('a relation true at entry that the body breaks is not kept (i passes j = 5)', () => {
    const f = factsOf('fn f(n: u32) { let mut i: u32 = 0; let j: u32 = 5; while i < n decreases n - i { i = i + 1; } }');
    assert.deepEqual(f.get('f'), ['5 <= j <= 5', 'i <= n']);
  });
});

describe('inferred candidates in the IR', () => {
  it('every corpus/infer function with candidates lowers, with them among its loops\' invariant_except_break', () => {
    let lowered = 0;
    for (const file of rsFiles(join(REPO_ROOT, 'corpus', 'infer'))) {
      const crate = checkPaths([file]).clean[0]!;
      const inf = inferCandidates(crate, () => true);
      for (const r of lowerCrate(crate, (q) => inf.has(q))) {
        assert.ok(r.ok, `${r.ok ? '' : `${r.name}: ${r.what}`}`);
        const loops: number[] = [];
        const walk = (ss: import('../../src/ir/types.js').IrStmt[]): void => {
          for (const s of ss) {
            if (s.k === 'loop') { loops.push(s.spec.invariantsExceptBreak.length); walk(s.body); }
            if (s.k === 'branch') { walk(s.then); walk(s.else); }
          }
        };
        if (r.fn.body?.k === 'stmts') walk(r.fn.body.stmts);
        const n = loops.reduce((a, b) => a + b, 0);
        assert.equal(n, inf.get(r.fn.name)!.candidates.length, r.fn.name);
        lowered++;
      }
      for (const x of inf.values()) x.uninstall();
    }
    assert.ok(lowered >= 20, `${lowered}`);
  });
});
