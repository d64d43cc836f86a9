/**
 * The soundness oracle (`proofgate check-soundness`, src/oracle): it finds nothing on the
 * corpus and model/, and it catches verifier bugs planted into the VCs (see plant.ts).
 */
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { join } from 'node:path';
import { checkSoundness, type OracleReport } from '../../src/oracle/oracle.js';
import { createSolverPool, type SolverPool } from '../../src/smt/pool.js';
import { REPO_ROOT } from '../support/paths.js';
import { SHARED_CACHE, SHARED_MAX_FAILURES, SHARED_TIMEOUT_MS } from '../support/shared-cache.js';
import { contradictoryExit, divisionOverflowUnchecked, dropKind, type Fault } from './plant.js';

const hasNativeZ3 = (() => {
  try {
    execFileSync('z3', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

const at = (...p: string[]) => join(REPO_ROOT, ...p);

describe('check-soundness', () => {
  let pool: SolverPool | undefined;
  before(async () => {
    pool = await createSolverPool({ backend: hasNativeZ3 ? 'native' : 'wasm', jobs: 2, timeoutMs: SHARED_TIMEOUT_MS, maxFailures: SHARED_MAX_FAILURES });
  });
  after(async () => {
    await pool?.close();
  });

  const oracle = (paths: string[], plantFault?: Fault, budgetMs = 5_000): Promise<OracleReport> =>
    checkSoundness({ paths, seed: 7, budgetMs, maxInputs: 400, verify: { pool, timeoutMs: SHARED_TIMEOUT_MS, cacheDir: SHARED_CACHE, ...(plantFault ? { plantFault } : {}) } });

  const render = (r: OracleReport) => r.findings.map((f) => `${f.function}: ${f.what} on ${f.input}`).join('\n');

  it('finds no unsoundness in corpus/verify, corpus/cases, corpus/soundness and model/', async () => {
    const r = await oracle([at('corpus', 'verify'), at('corpus', 'cases'), at('corpus', 'soundness'), at('model')], undefined, 25_000);
    assert.deepEqual(r.findings, [], render(r));
    // It did run: most proved functions got inputs.
    const ran = r.functions.filter((f) => f.inputs > 0).length;
    assert.ok(ran >= 250, `only ${ran} functions ran`);
    assert.ok(r.inputsRun >= 10_000, `only ${r.inputsRun} inputs`);
  });

  const planted: { name: string; file: string; fault: Fault; fn: string; what: RegExp }[] = [
    { name: 'MIN / -1 unchecked (issue 9 class 9)', file: 'div_min.rs', fault: divisionOverflowUnchecked, fn: 'div_min::div_min', what: /panics: arithmetic overflow/ },
    { name: 'a contradictory loop exit (issue 9 class 2)', file: 'for_loops.rs', fault: contradictoryExit, fn: 'for_loops::for_incl_false', what: /postcondition does not hold: r == n/ },
    { name: 'postconditions taken unproved', file: 'casts.rs', fault: dropKind('postcondition'), fn: 'casts::cast_', what: /postcondition does not hold/ },
    { name: "callees' requires unchecked", file: 'calls.rs', fault: dropKind('precondition'), fn: 'calls::', what: /panics: precondition failed/ },
    { name: 'index bounds unchecked', file: 'arrays.rs', fault: dropKind('index'), fn: 'arrays::', what: /panics: index out of bounds/ },
    { name: 'type invariants unchecked at construction', file: 'type_invariants.rs', fault: dropKind('type-invariant'), fn: 'type_invariants::', what: /breaks its type invariant/ },
    { name: 'loop invariants unchecked at the end of the body', file: 'loops.rs', fault: dropKind('invariant-end'), fn: 'loops::inv_end', what: /panics: loop invariant does not hold: i % 2 == 0/ },
    { name: 'loop invariants unchecked on entry', file: 'loops.rs', fault: dropKind('invariant-entry'), fn: 'loops::inv_entry', what: /panics: loop invariant does not hold: i >= 2/ },
    { name: 'overflow unchecked', file: 'int_widths_add.rs', fault: dropKind('overflow'), fn: 'int_widths_add::add_', what: /panics: arithmetic overflow/ },
  ];
  for (const p of planted) {
    it(`catches a planted bug: ${p.name}`, async () => {
      const file = at('corpus', 'soundness', p.file);
      const clean = await oracle([file]);
      assert.deepEqual(clean.findings, [], render(clean));
      const r = await oracle([file], p.fault);
      assert.ok(r.findings.length > 0, `nothing found; ${r.proved} proved`);
      for (const f of r.findings) {
        assert.ok(f.function.startsWith(p.fn) && f.function.endsWith('_false'), `finding on ${f.function}: ${f.what}`);
        assert.match(f.what, p.what);
        assert.notEqual(f.input, undefined);
      }
    });
  }

  it("leaves out a proved fn resting on the contract of one that failed (modular verification assumes it)", async () => {
    // check_index fails (its panic! is reachable), so its `ensures i < n` is false: the emulator
    // would see plain_caller panic in it, which is the failure already reported, not a new one
    const r = await oracle([at('corpus', 'verify', 'no_unwind.rs')]);
    assert.deepEqual(r.findings, [], render(r));
    const caller = r.functions.find((f) => f.function === 'no_unwind::plain_caller');
    assert.match(caller?.skipped ?? '', /contract of a fn that failed/);
    assert.ok(r.functions.some((f) => f.function === 'no_unwind::calls_may_unwind_unreachable' && f.inputs > 0), 'the fns resting on nothing that failed still run');
  });

  it('is deterministic for a seed', async () => {
    const file = at('corpus', 'soundness', 'div_min.rs');
    const a = await oracle([file], divisionOverflowUnchecked);
    const b = await oracle([file], divisionOverflowUnchecked);
    assert.deepEqual(a.findings, b.findings);
    assert.equal(a.seed, 7);
  });
});

describe('proofgate check-soundness (CLI, from the sources)', () => {
  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, 'src', 'cli.ts'), 'check-soundness', ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };
  it('prints the seed and the counts, exit 0 when nothing is found', () => {
    const r = cli([join('corpus', 'soundness', 'div_min.rs'), '--seed', '3', '--budget-ms', '3000']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /^check-soundness: seed 3$/m);
    assert.match(r.stdout.trim().split('\n').pop()!, /^check-soundness:: 3 functions checked .* \d+ inputs run, .* 0 unsound \(seed 3, \d+ ms\)$/);
  });
  it('rejects a bad seed as a usage error', () => {
    const r = cli(['--seed', 'x', 'corpus']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^proofgate: --seed takes a whole number/);
  });
});
