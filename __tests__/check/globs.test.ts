/**
 * Glob imports in cycles (`use super::*`, `use crate::*`, `pub use m::*` in the parent), as
 * real crates nest them: every name resolves, unknown names are still reported, and the
 * time grows with the crate, not with the number of paths through the cycles.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkText } from './harness.js';

/** `n` modules, each globbing the root, its parent and the next module; the root re-exports them all. */
function globCycleCrate(n: number, unknownIn?: number): string {
  const out: string[] = ['use vstd::prelude::*;', 'verus! {'];
  for (let i = 0; i < n; i++) out.push(`pub use m${i}::*;`);
  for (let i = 0; i < n; i++) {
    const prev = i === 0 ? 'base' : `f${i - 1}`;
    out.push(`pub mod m${i} {`, '    use crate::*;', '    use super::*;', `    pub use crate::m${(i + 1) % n}::*;`);
    out.push(`    pub struct S${i} { pub v: u64 }`);
    out.push(`    pub fn f${i}(x: u64) -> u64 requires x < 10 { let s = S${i} { v: x }; ${i === unknownIn ? 'missing_fn(s.v)' : `${prev}(s.v)`} }`);
    out.push('}');
  }
  out.push('pub fn base(x: u64) -> u64 { x }', 'fn main() {}', '} // verus!');
  return out.join('\n');
}

describe('glob imports in cycles', () => {
  it('resolves names through 300 mutually globbing modules', { timeout: 20_000 }, () => {
    const r = checkText(globCycleCrate(300));
    assert.deepEqual([...r.syntax, ...r.diagnostics].map((d) => d.message), []);
  });

  it('still reports a name no glob brings in, once', { timeout: 20_000 }, () => {
    const r = checkText(globCycleCrate(40, 17));
    assert.deepEqual(r.diagnostics.map((d) => `${d.span.line}: ${d.message}`), [`${2 + 40 + 17 * 7 + 6}: cannot find function \`missing_fn\` in this scope`]);
  });

  it('grows linearly: 8x the modules take well under 8x squared the time', { timeout: 120_000 }, () => {
    const time = (n: number): number => {
      const text = globCycleCrate(n);
      // CPU time of this process: other processes on a shared machine do not count.
      const t0 = process.cpuUsage();
      checkText(text);
      const d = process.cpuUsage(t0);
      return (d.user + d.system) / 1000;
    };
    time(100); // warm up
    // Interleaved, best of 4 each: the machine is shared, the minimum is the least disturbed.
    let small = Infinity;
    let large = Infinity;
    for (let r = 0; r < 4; r++) {
      small = Math.min(small, time(100));
      large = Math.min(large, time(800));
    }
    // Linear would be ~8x; a quadratic front end is ~64x.
    assert.ok(large < small * 24, `100 modules: ${small.toFixed(1)} ms, 800 modules: ${large.toFixed(1)} ms`);
  });
});
