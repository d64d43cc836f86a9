/**
 * Interval test harnesses in the emulator (issue 13 item 6): a #[test] fn with
 * `proofgate::interval` inputs runs on both boundaries and seeded random samples; a failing
 * sample names its inputs; the sampling is deterministic.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runTests } from '../../src/emu/index.js';
import { drawer, laterPlans, RANDOM_SAMPLES } from '../../src/emu/sampling.js';
import { loadRunCorpus } from './load.js';

function outcomes() {
  const { crate, errors } = loadRunCorpus('harness.rs');
  assert.deepEqual(errors, []);
  return new Map(runTests(crate).map((o) => [o.name.split('::').pop()!, o]));
}

describe('interval harnesses (proofgate run)', () => {
  it('a safe harness passes on every sample: both boundaries and the random ones', () => {
    const o = outcomes().get('clamp_add_harness')!;
    assert.equal(o.status, 'passed', o.message);
    assert.equal(o.samples, 2 + RANDOM_SAMPLES);
  });
  it('a harness failing at its high bound fails with the inputs that broke it', () => {
    const o = outcomes().get('high_end_overflows')!;
    assert.equal(o.status, 'failed');
    assert.equal(o.samples, 2);
    assert.match(o.message!, /arithmetic overflow .* \(interval inputs: 255\)$/);
  });
  it('a harness failing only inside its range is found by the random samples, the same way each run', () => {
    const a = outcomes().get('middle_fails')!;
    const b = outcomes().get('middle_fails')!;
    assert.equal(a.status, 'failed');
    assert.ok(a.samples! > 2, `failed at sample ${a.samples}`);
    assert.match(a.message!, /assertion failed .* \(interval inputs: [12]\)$/);
    assert.deepEqual([a.message, a.samples], [b.message, b.samples]);
  });
  it('a test without interval inputs runs once', () => {
    const o = outcomes().get('not_a_harness')!;
    assert.equal(o.status, 'passed');
    assert.equal(o.samples, undefined);
  });
  it('random samples stay in the range and reach its inside', () => {
    const seen = new Set<bigint>();
    for (const p of laterPlans('t')) {
      const d = drawer(p);
      for (let i = 0; i < 50; i++) {
        const v = d(-5n, 5n);
        assert.ok(v >= -5n && v <= 5n);
        seen.add(v);
      }
    }
    assert.ok(seen.size >= 9, `${seen.size} distinct values`);
    const wide = drawer(laterPlans('u')[1]!)(0n, (1n << 128n) - 1n);
    assert.ok(wide >= 0n && wide < 1n << 128n);
  });
});
