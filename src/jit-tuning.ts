/**
 * V8 tuning for the process that runs a verification on native z3 (the CLI and the Action
 * call this; the engine's own modules never change process-wide settings).
 *
 * Measured on a 2-core machine (bench/engine.ts, and `proofgate verify` itself): in a fresh
 * process, V8's optimizing compiler (TurboFan) compiles the front end and VC generation on
 * a second core, beside z3, and the run's JavaScript is done before the optimized code pays
 * off. With optimization capped at the baseline compiler the front end of the bench set
 * finished in 1.0 s instead of 1.25-1.5 s, z3 stopped losing its core to the compiler, and
 * the wall time of the run fell by about a tenth (engine overhead by z3 CPU time
 * 1.09-1.16 -> 1.03-1.07). Not for `--no-verify`, which is all JavaScript: there TurboFan
 * doubles the throughput on large inputs. Not for WASM z3, which V8 compiles too.
 */
import { setFlagsFromString } from 'node:v8';
import type { RunOptions } from './driver.js';
import { nativeZ3Name } from './smt/native-backend.js';

export function tuneJitFor(opts: Pick<RunOptions, 'mode' | 'solver'>): void {
  // Tiers: 0 interpreter, 1 baseline (Sparkplug), 2 Maglev, 3 TurboFan.
  if (wantsBaselineJit(opts)) setFlagsFromString('--max-opt=1');
}

/** A verify run whose solver will be native z3. */
export function wantsBaselineJit(opts: Pick<RunOptions, 'mode' | 'solver'>): boolean {
  if (opts.mode !== 'verify') return false;
  const solver = opts.solver ?? 'auto';
  return solver === 'native' || (solver === 'auto' && nativeZ3Name() !== undefined);
}
