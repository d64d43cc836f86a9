/**
 * The emulator on corpus/run/*.rs: each `ok_*` test must pass and each `fail_*`
 * test must fail with the expected message.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callFunction, runTests, RuntimeError, type TestOutcome } from '../../src/emu/index.js';
import { Cell, int, refTo, showValue } from '../../src/emu/value.js';
import { formatTestRun } from '../../src/emu/report.js';
import { loadRunCorpus } from './load.js';

function run(file: string, opts: { stepLimit?: number; filter?: string } = {}): Map<string, TestOutcome> {
  const { crate, errors } = loadRunCorpus(file);
  assert.deepEqual(errors, [], `static errors in ${file}`);
  const out = runTests(crate, opts);
  return new Map(out.map((o) => [o.name.split('::').pop()!, o]));
}

function expectOutcomes(results: Map<string, TestOutcome>, failures: Record<string, RegExp>): void {
  for (const [name, o] of results) {
    if (name.startsWith('ok_')) {
      assert.equal(o.status, 'passed', `${name}: ${o.message}`);
    } else {
      const want = failures[name];
      assert.ok(want, `no expectation for ${name}`);
      assert.equal(o.status, 'failed', `${name} should fail`);
      assert.match(o.message ?? '', want, name);
      assert.doesNotMatch(o.message ?? '', /internal emulator error|not supported/, name);
    }
  }
  for (const name of Object.keys(failures)) assert.ok(results.has(name), `test ${name} was not run`);
}

test('arithmetic is checked and casts wrap', () => {
  const r = run('arith.rs');
  expectOutcomes(r, {
    fail_add_overflow: /^arithmetic overflow at corpus\/run\/arith\.rs:7:5$/,
    fail_sub_underflow: /^arithmetic overflow at corpus\/run\/arith\.rs:11:5$/,
    fail_div_zero: /^attempt to divide by zero at corpus\/run\/arith\.rs:15:5$/,
    fail_rem_zero: /^attempt to calculate the remainder with a divisor of zero at /,
    fail_shift: /^attempt to shift left with overflow at corpus\/run\/arith\.rs:23:5$/,
    fail_neg: /^arithmetic overflow at corpus\/run\/arith\.rs:27:5$/,
    fail_compound_assign: /^arithmetic overflow at corpus\/run\/arith\.rs:\d+:5$/,
    fail_rem_min_by_minus_one: /^attempt to calculate the remainder with overflow at corpus\/run\/arith\.rs:19:5$/,
    fail_div_min_by_minus_one: /^arithmetic overflow at corpus\/run\/arith\.rs:\d+:13$/,
    fail_const_initializer_overflow: /^arithmetic overflow at corpus\/run\/arith\.rs:\d+:25$/,
    fail_should_panic_but_did_not: /did not panic/,
  });
  assert.equal(r.size, 15);
});

test('raw pointers: null, casts to integers and to the other mutability, NonNull::new', () => {
  const r = run('raw_ptrs.rs');
  expectOutcomes(r, { fail_null_is_not_null: /^assertion failed at corpus\/run\/raw_ptrs\.rs:\d+:5$/ });
  assert.equal(r.size, 4);
});

test('&mut parameters, fields and methods mutate the caller', () => {
  const r = run('refs.rs');
  expectOutcomes(r, { fail_overflow_through_ref: /^arithmetic overflow at corpus\/run\/refs\.rs:18:10$/ });
});

test('Vec operations, loops and bounds checks', () => {
  const r = run('vecs.rs');
  expectOutcomes(r, {
    fail_index_out_of_bounds: /^index out of bounds: the len is 3 but the index is 5 at corpus\/run\/vecs\.rs:\d+:13$/,
    fail_set_out_of_bounds: /^index out of bounds: the len is 1 but the index is 1 at /,
    fail_unwrap_none: /^called `Option::unwrap\(\)` on a `None` value at /,
  });
});

test('match on enums, Option, guards and discriminants', () => {
  const r = run('enums.rs');
  expectOutcomes(r, { fail_wrong_area: /^assertion failed at corpus\/run\/enums\.rs:\d+:5$/ });
});

test('Result and `?`, let-else, matches!, `->`, get and the integer methods', () => {
  const r = run('results.rs');
  expectOutcomes(r, { fail_unwrap_err_value: /^precondition failed: self is Ok at / });
  assert.equal(r.size, 5);
});

test('requires and asserts are evaluated; ghost code is skipped', () => {
  const r = run('specs.rs');
  expectOutcomes(r, {
    fail_precondition: /^precondition failed: x % 2 == 0 at corpus\/run\/specs\.rs:\d+:13$/,
    fail_precondition_second_clause: /^precondition failed: x < 1000 at /,
    fail_vec_precondition: /^precondition failed: i < v\.len\(\) at /,
    fail_assert: /^assertion failed at corpus\/run\/specs\.rs:\d+:5$/,
    fail_assert_spec_fn: /^assertion failed at /,
    fail_forall: /^assertion failed at corpus\/run\/specs\.rs:\d+:5$/,
  });
  // The ghost assert, the unbounded quantifier and needs_ghost's requires on a ghost parameter.
  assert.equal(r.get('ok_specs')!.unchecked, 3);
});

test('spec closures are evaluated in specifications', () => {
  const r = run('closures.rs');
  expectOutcomes(r, {
    fail_closure: /^assertion failed at corpus\/run\/closures\.rs:\d+:5$/,
    fail_range: /^assertion failed at corpus\/run\/closures\.rs:\d+:5$/,
  });
  assert.equal(r.get('ok_ranges')!.unchecked, 0);
  assert.equal(r.get('ok_map_ops')!.unchecked, 0);
  assert.equal(r.get('ok_closures')!.unchecked, 0);
  assert.equal(r.get('ok_predicate_sets_unchecked')!.unchecked, 1);
});

test('step limit, recursion and panics', () => {
  const r = run('steps.rs', { stepLimit: 200_000 });
  expectOutcomes(r, {
    fail_spin: /^step limit exceeded/,
    fail_forever: /^step limit exceeded/,
    fail_recursion: /stack overflow/,
    fail_unimplemented: /^not implemented at corpus\/run\/steps\.rs:/,
    fail_panic_message: /^bad code 6 at /,
    fail_assert_eq_macro: /^assertion `left == right` failed: left: 2, right: 3 at /,
  });
});

test('filter selects tests by qualified name', () => {
  const r = run('vecs.rs', { filter: 'fail_set' });
  assert.deepEqual([...r.keys()], ['fail_set_out_of_bounds']);
});

test('formatTestRun prints cargo-like lines and the closing count', () => {
  const text = formatTestRun([
    { name: 'model::tests::attack_remap', status: 'passed', ms: 3 },
    { name: 'model::tests::leak', status: 'failed', message: 'assertion failed at model/tests.rs:40:5', ms: 1 },
  ]);
  const lines = text.trimEnd().split('\n');
  assert.ok(lines.includes('test model::tests::attack_remap ... ok'));
  assert.ok(lines.includes('test model::tests::leak ... FAILED'));
  assert.ok(lines.some((l) => l.includes('assertion failed at model/tests.rs:40:5')));
  assert.match(lines[lines.length - 2]!, /^test result: FAILED\. 1 passed; 1 failed/);
  assert.equal(lines[lines.length - 1], '1 passed, 1 failed');
});

test('callFunction runs one function; &mut arguments write back; panics throw', () => {
  const { crate } = loadRunCorpus('refs.rs');
  const cell = new Cell(int(41n, 'u64'));
  callFunction(crate, 'refs::bump', [refTo(cell)]);
  assert.deepEqual(cell.get(), int(42n, 'u64'));
  const p = callFunction(crate, 'refs::Point::new', [int(2n, 'u64'), int(3n, 'u64')]);
  assert.equal(showValue(p), 'Point { x: 2, y: 3 }');
  assert.deepEqual(callFunction(crate, 'refs::Point::sum', [refTo(new Cell(p), false)]), int(5n, 'u64'));
  assert.throws(() => callFunction(crate, 'refs::bump', [refTo(new Cell(int(2n ** 64n - 1n, 'u64')))]), (e: unknown) => e instanceof RuntimeError && /^arithmetic overflow at corpus\/run\/refs\.rs:18:10$/.test(e.message));
});

test('fns with `with` ghost parameters run with their ghost arguments erased', () => {
  const r = run('with_params.rs');
  expectOutcomes(r, { fail_overflow_in_with_fn: /^arithmetic overflow at corpus\/run\/with_params\.rs:27:5$/ });
  assert.equal(r.size, 3);
});
