/** Which runs cap V8's optimizing tiers (src/jit-tuning.ts): verify runs on native z3 only. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { wantsBaselineJit } from '../../src/jit-tuning.js';
import { nativeZ3Name } from '../../src/smt/native-backend.js';

test('only a verify run on native z3 gives up the optimizing compiler', () => {
  assert.equal(wantsBaselineJit({ mode: 'verify', solver: 'native' }), true);
  assert.equal(wantsBaselineJit({ mode: 'verify', solver: 'wasm' }), false, 'V8 compiles WASM z3 too');
  assert.equal(wantsBaselineJit({ mode: 'no-verify', solver: 'native' }), false, 'the front end alone needs TurboFan');
  assert.equal(wantsBaselineJit({ mode: 'no-verify' }), false);
  assert.equal(wantsBaselineJit({ mode: 'verify' }), nativeZ3Name() !== undefined, "'auto' follows the solver it picks");
});
