/**
 * The opaque arithmetic of src/vc/opaque-arith.ts: each function the prelude declares with
 * axioms carries its closed-form definition (Query.definitions), and every one of those
 * axioms holds of that definition. This is what makes the cvc5 cross-check's script (which
 * gives the definitions and drops the axioms) the same question as z3's.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { checkCrate } from '../../src/check/index.js';
import { standaloneScript } from '../../src/smt/dump.js';
import { cvc5Name } from '../../src/smt/cvc5.js';
import { nativeZ3Name } from '../../src/smt/native-backend.js';
import type { AxiomDefinedFunction } from '../../src/smt/query.js';
import { loadCrates } from '../../src/syntax/load.js';
import { generateVcs } from '../../src/vc/index.js';

const solvers = [cvc5Name() && 'cvc5', nativeZ3Name() && 'z3'].filter((s): s is string => !!s);
const noSolver = solvers.length > 0 ? false : 'neither z3 nor cvc5 on PATH (CI installs both with apt)';

const SOURCE = `use vstd::prelude::*;
verus! {
fn arith(a: u64, b: u64, c: i32, d: u8) -> (r: u64)
    requires b > 0,
{
    let x = a / b;
    let y = a % b;
    let z = (a as u128 * b as u128) as u64;
    let w = c as u8;
    let v = d as i8;
    let u = a as i16;
    x
}
}
`;

function queries() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-opaque-'));
  const file = path.join(dir, 'o.rs');
  fs.writeFileSync(file, SOURCE);
  try {
    const c = checkCrate(loadCrates([file]).crates[0]!);
    assert.deepEqual(c.diagnostics.filter((d) => d.severity === 'error'), []);
    return generateVcs(c.checked).vcs.map((v) => v.query);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Whether the axiom holds of the definition: the first decided answer, cvc5's then z3's
 * (nonlinear arithmetic on), to the definition with the axiom's negation: `unsat`, it holds;
 * `sat`, it does not (z3 cannot prove `x div y <= x`; cvc5 can).
 */
function axiomCounterexample(d: AxiomDefinedFunction, axiom: string): string {
  const body = /^\(assert (.*)\)$/s.exec(axiom)![1]!;
  const script = `(set-logic ALL)\n${d.define}\n(assert (not ${body}))\n(check-sat)\n`;
  const answers: string[] = [];
  for (const s of solvers) {
    const a = spawnSync(s, s === 'z3' ? ['-in', '-T:10'] : ['--lang', 'smt2', '--tlimit=10000'], { input: script, encoding: 'utf8' }).stdout.trim();
    if (a === 'sat' || a === 'unsat') return a;
    answers.push(`${s}: ${a}`);
  }
  return answers.join(', ');
}

test('each axiom-defined function appears in the prelude as declared, with its axioms, and a definition', () => {
  const q = queries().find((x) => x.id.endsWith('::arith'))!;
  const names = (q.definitions ?? []).map((d) => /\(declare-fun (\S+)/.exec(d.declare)![1]);
  for (const n of ['nl.div', 'nl.mod', 'clip.u64', 'clip.u8', 'clip.i8', 'clip.i16']) assert.ok(names.includes(n), `${n} in ${names.join(', ')}`);
  const lines = new Set(q.prelude.split('\n'));
  for (const d of q.definitions!) {
    assert.ok(lines.has(d.declare), d.declare);
    for (const a of d.axioms) assert.ok(lines.has(a), a);
    assert.match(d.define, /^\(define-fun /);
  }
  // the script for another solver swaps each declaration for its definition and drops the axioms
  const defined = standaloneScript(q, 1000, { defined: true });
  for (const d of q.definitions!) {
    assert.ok(defined.includes(d.define) && !defined.includes(d.declare), d.define);
    for (const a of d.axioms) assert.ok(!defined.includes(a), a);
  }
  assert.ok(!/\(forall/.test(defined), 'no quantifier is left in this query once the arithmetic is defined');
});

test('every axiom holds of its function\'s definition (z3 and cvc5, nonlinear arithmetic on), and a false one is caught', { skip: noSolver }, () => {
  const seen = new Set<string>();
  for (const q of queries()) {
    for (const d of q.definitions ?? []) {
      if (seen.has(d.define)) continue;
      seen.add(d.define);
      for (const a of d.axioms) assert.equal(axiomCounterexample(d, a), 'unsat', `${a}\nfails of ${d.define}`);
    }
  }
  assert.ok(seen.size >= 6, `${seen.size} definitions`);
  const div = [...seen].find((s) => s.includes('nl.div'))!;
  const planted = '(assert (forall ((x Int) (y Int)) (=> (and (<= 0 x) (< 0 y)) (< (nl.div x y) x))))';
  assert.equal(axiomCounterexample({ declare: '', define: div, axioms: [] }, planted), 'sat');
});
