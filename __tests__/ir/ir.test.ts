/**
 * The core IR: snapshots of printed functions (a loop, a tracked permission, overflow
 * checks) and the meaning of a few constructs checked on the IR itself (the lowering's
 * coverage of model/, the corpus and the acceptance cases: corpus-passes.test.ts).
 * UPDATE_SNAPSHOTS=1 rewrites the snapshot files.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { checkPaths } from '../../src/driver.js';
import { lowerCrate } from '../../src/ir/lower.js';
import { printResult } from '../../src/ir/print.js';
import { strip } from '../../src/ir/lower-context.js';
import { mapChildren } from '../../src/ir/rewrite.js';
import type { IrExpr, IrStmt, LowerResult } from '../../src/ir/types.js';
import { REPO_ROOT, SHARED_CASES } from '../support/paths.js';

const SNAP = join(REPO_ROOT, '__tests__', 'ir', 'snapshots');

function lowerPaths(paths: string[], filter?: (q: string) => boolean): LowerResult[] {
  const p = checkPaths(paths);
  assert.deepEqual(p.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
  return p.clean.flatMap((c) => lowerCrate(c, filter));
}

function snapshot(name: string, text: string): void {
  const file = join(SNAP, `${name}.txt`);
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
    mkdirSync(SNAP, { recursive: true });
    writeFileSync(file, text + '\n');
  }
  assert.equal(text + '\n', readFileSync(file, 'utf8'));
}

function one(paths: string[], qname: string): LowerResult {
  const rs = lowerPaths(paths, (q) => q === qname);
  assert.equal(rs.length, 1, `${qname} found once`);
  return rs[0]!;
}

function walk(ss: IrStmt[], f: (s: IrStmt) => void): void {
  for (const s of ss) {
    f(s);
    if (s.k === 'branch') { walk(s.then, f); walk(s.else, f); }
    if (s.k === 'loop') { walk(s.head, f); walk(s.body, f); walk(s.latch, f); }
    if (s.k === 'ghost') walk(s.body, f);
  }
}

function stmtsOf(r: LowerResult): IrStmt[] {
  assert.ok(r.ok, r.ok ? '' : `${r.what}`);
  const b = r.fn.body;
  assert.ok(b && b.k === 'stmts');
  return b.stmts;
}

describe('IR snapshots', () => {
  it('a loop: model VcpuTable::new', () => {
    snapshot('vcpu-table-new', printResult(one(['model'], 'model::svsm::vcpu::VcpuTable::new')));
  });
  it('a tracked permission: the acceptance case make_guest_page', () => {
    snapshot('tracked-make-guest-page', printResult(one([join(SHARED_CASES, 'tracked_permission.rs')], 'tracked_permission::make_guest_page')));
  });
  it('overflow checks: model region_end', () => {
    snapshot('region-end', printResult(one(['model'], 'model::svsm::addr::region_end')));
  });
});

describe('IR semantics', () => {
  const file = join(REPO_ROOT, '__tests__', 'ir', 'fixtures', 'semantics.rs');
  it('exec arithmetic has overflow, division and shift checks; ghost arithmetic has none', () => {
    const checks: string[] = [];
    walk(stmtsOf(one([file], 'semantics::arith')), (s) => { if (s.k === 'check') checks.push(`${s.info.kind}:${s.info.text}`); });
    assert.deepEqual(checks, ['overflow:a + b', 'division:a / b', 'shift:a << 3', 'postcondition:r == a']);
  });
  it('a for loop is a loop over its variable with the increment as latch', () => {
    const loops: IrStmt[] = [];
    walk(stmtsOf(one([file], 'semantics::sum_to')), (s) => { if (s.k === 'loop') loops.push(s); });
    assert.equal(loops.length, 1);
    const l = loops[0]!;
    assert.ok(l.k === 'loop' && l.source === 'for' && l.cond && l.facts.length === 2);
    assert.deepEqual(l.latch.map((s) => (s.k === 'check' ? `check ${s.info.kind}` : s.k)), ['assign', 'check invariant-end']);
    const before = stmtsOf(one([file], 'semantics::sum_to')).map((s) => (s.k === 'check' ? `check ${s.info.kind}` : s.k));
    assert.deepEqual(before.slice(0, before.indexOf('loop') + 1), ['let', 'let', 'let', 'let', 'check invariant-entry', 'loop']);
  });
  it('loop checks are explicit: the measure saved at the head, invariant-break before a break, decreases in the latch', () => {
    const seen: string[] = [];
    walk(stmtsOf(one([file], 'semantics::find_zero')), (s) => {
      if (s.k === 'check') seen.push(s.info.kind);
      if (s.k === 'break') seen.push('break');
      if (s.k === 'loop') seen.push(`head:${s.head.map((h) => h.k).join(',')}`);
    });
    assert.deepEqual(seen, ['invariant-entry', 'head:let', 'precondition', 'invariant-break', 'break', 'overflow', 'invariant-end', 'decreases', 'postcondition']);
  });
  it('a recursive spec fn carries one termination obligation per recursive call, guarded by its path', () => {
    const r = one([join(SHARED_CASES, 'recursion_lemma.rs')], 'recursion_lemma::triangle');
    assert.ok(r.ok && r.fn.termination?.length === 1);
    assert.equal(printResult(r).split('\n').pop(), 'check termination: (!(widen<int>(n) == 0)) ==> ((0 <= widen<int>(n)) && (clamp_nat<nat>(widen<int>(n) -@int 1) < n));  // 13:13');
  });
  it('a spec closure is a lambda over its parameters reading the locals it captures; applying one is an apply', () => {
    const text = printResult(one([file], 'semantics::closures'));
    assert.match(text, /let ghost f: spec_fn\(int\) -> int = \(\|ghost i: int\| i \+@int widen<int>\(y\)\)/);
    assert.match(text, /assert f\(1\) == /);
    assert.match(text, /Seq::new\(2, \(\|ghost i: int\| i \*@int 2\)\)\[1\] == 2/);
  });
  it('a match on integer ranges covering the type lowers, its last arm as the else', () => {
    const branches: IrStmt[] = [];
    walk(stmtsOf(one([file], 'semantics::int_match')), (s) => { if (s.k === 'branch') branches.push(s); });
    assert.equal(branches.length, 1, 'two arms: one condition');
  });
  it('exhaustiveness is the checker\'s: a covering tuple match lowers; a guarded last arm covers nothing, a static error before any lowering', () => {
    assert.ok(one([file], 'semantics::pair').ok);
    const p = checkPaths([join(REPO_ROOT, '__tests__', 'ir', 'fixtures', 'nonexhaustive.rs')]);
    assert.deepEqual(p.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), ['non-exhaustive patterns: `(None, false)` not covered']);
    assert.deepEqual(p.clean, []);
  });
  it('an exhaustive enum match needs no condition on its last arm', () => {
    const branches: IrStmt[] = [];
    walk(stmtsOf(one([file], 'semantics::pick')), (s) => { if (s.k === 'branch') branches.push(s); });
    assert.equal(branches.length, 1, 'two arms: one condition');
  });
  it('a for counter\'s next value comes from the iterator: the latch reads the value saved at the head, not the body\'s write', () => {
    const loops: IrStmt[] = [];
    walk(stmtsOf(one([file], 'semantics::skip_ahead')), (s) => { if (s.k === 'loop') loops.push(s); });
    const l = loops[0]!;
    assert.ok(l.k === 'loop' && l.head.length === 1 && l.head[0]!.k === 'let');
    const saved = (l.head[0] as IrStmt & { k: 'let' }).local.id;
    const step = l.latch[0]!;
    assert.ok(step.k === 'assign' && step.value.k === 'arith' && step.value.left.k === 'var' && step.value.left.id === saved);
  });
  it('in ensures a by-value parameter, even `mut`, is the value passed', () => {
    const text = printResult(one([file], 'semantics::bump'));
    assert.match(text, /check postcondition: widen<int>\(x\) == \(widen<int>\(old\(x\)\) \+@int 1\)/);
  });
  it('only exec values are marked as meeting their type invariants: exec params and lets, not ghost lets or proof fn params', () => {
    const r = one([file], 'semantics::arith');
    assert.ok(r.ok);
    const marked = [...r.fn.locals.values()].filter((l) => l.execValue).map((l) => l.name).sort();
    assert.deepEqual(marked, ['a', 'b', 'q', 's', 't']);
    const lemma = one([join(REPO_ROOT, 'corpus', 'verify', 'type_inv_ghost_value_fail.rs')], 'type_inv_ghost_value_fail::ghost_param');
    assert.ok(lemma.ok && [...lemma.fn.locals.values()].every((l) => !l.execValue));
  });
  it('a field written through `&mut` by a call is followed by the type-invariant check of the value around it (exec code, and proof code where it is not spec)', () => {
    const inv = join(REPO_ROOT, 'corpus', 'soundness', 'type_invariants.rs');
    const ss = stmtsOf(one([inv], 'type_invariants::Small::write_false'));
    const at = ss.findIndex((s) => s.k === 'call' && s.fn.endsWith('::set_to'));
    const next = ss[at + 1];
    assert.ok(at >= 0 && next?.k === 'check' && next.info.kind === 'type-invariant', printResult(one([inv], 'type_invariants::Small::write_false')));
    assert.match(printResult(one([inv], 'type_invariants::Small::write_false')), /check type-invariant: type_invariants::Small::inv\(\*self\)/);
    // a tracked value changed in proof code meets it too: checked; a spec one never is
    const tracked = stmtsOf(one([join(REPO_ROOT, 'corpus', 'verify', 'type_inv_ghost_value_fail.rs')], 'type_inv_ghost_value_fail::tracked_update'));
    let checks = 0;
    walk(tracked, (s) => { if (s.k === 'check' && s.info.kind === 'type-invariant') checks++; });
    assert.equal(checks, 1);
    const spec = stmtsOf(one([join(REPO_ROOT, 'corpus', 'soundness', 'type_invariants_tracked.rs')], 'type_invariants_tracked::spec_value_true'));
    checks = 0;
    walk(spec, (s) => { if (s.k === 'check' && s.info.kind === 'type-invariant') checks++; });
    assert.equal(checks, 1); // `Token { v: 42 }`, made of a literal, is checked (as Verus); `Token { v: x }` and `h.v = 0` are not
  });
  it('a const whose initializer overflows is one unknown value of its type, the same at every use', () => {
    const text = printResult(one([join(REPO_ROOT, 'corpus', 'verify', 'sound_const_init_fail.rs')], 'sound_const_init_fail::k_is_a_u8'));
    assert.match(text, /assert widen<int>\(unknown_const<u8>\(sound_const_init_fail::K\)\) > 255;/);
  });
  it('claims prove `==` at Seq as `=~=` in positive positions only (auto extensional equality); requires keep `==`', () => {
    const r = one([file], 'semantics::ext');
    assert.ok(r.ok);
    const ops: string[][] = [];
    const cmps = (e: IrExpr, out: string[]): void => {
      if (e.k === 'cmp') out.push(`${e.op}:${strip(e.left.ty).k === 'builtin' ? 'seq' : 'int'}`);
      mapChildren(e, (x) => { cmps(x, out); return x; });
    };
    walk(stmtsOf(r), (s) => { if (s.k === 'assert') { const o: string[] = []; cmps(s.cond, o); ops.push(o); } });
    assert.deepEqual(ops, [['ext_eq:seq', 'eq:int', 'ext_eq:seq'], ['eq:seq', 'eq:int']]);
    const req: string[] = [];
    cmps(r.fn.requires[0]!, req);
    assert.deepEqual(req, ['eq:seq']);
  });
});
