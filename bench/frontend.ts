/**
 * Front-end benchmark: `npx tsx bench/frontend.ts [lines]`. Generates a large verus! file of
 * varied functions, reports parse throughput (and parse+check when the checker exists),
 * and the time to parse the shared acceptance cases.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../src/syntax/parser.js';
import type { Crate } from '../src/syntax/crate.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const targetLines = Number(process.argv[2] ?? 200_000);

function generate(lines: number): string {
  const parts: string[] = ['use vstd::prelude::*;', '', 'verus! {', ''];
  let count = 4;
  for (let i = 0; count < lines; i++) {
    const body = TEMPLATES[i % TEMPLATES.length]!(i);
    parts.push(body);
    count += body.split('\n').length;
  }
  parts.push('} // verus!');
  return parts.join('\n');
}

const TEMPLATES: ((i: number) => string)[] = [
  (i) => `spec fn triangle_${i}(n: nat) -> nat
    decreases n,
{
    if n == 0 { 0 } else { n + triangle_${i}((n - 1) as nat) }
}
`,
  (i) => `fn find_${i}(xs: &Vec<u32>, key: u32) -> (idx: usize)
    requires
        forall|a: int, b: int| 0 <= a <= b < xs.len() ==> xs[a] <= xs[b],
        exists|a: int| 0 <= a < xs.len() && xs[a] == key,
    ensures
        idx < xs.len(),
        xs[idx as int] == key,
{
    let mut lo: usize = 0;
    let mut hi: usize = xs.len() - 1;
    while lo != hi
        invariant
            hi < xs.len(),
            exists|a: int| lo <= a <= hi && xs[a] == key,
        decreases hi - lo,
    {
        let mid = lo + (hi - lo) / 2;
        if xs[mid] < key {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}
`,
  (i) => `pub struct Counter${i} {
    pub value: u64,
    pub limit: u64,
}

impl Counter${i} {
    pub open spec fn wf(&self) -> bool {
        self.value <= self.limit
    }

    pub fn bump(&mut self) -> (bumped: bool)
        requires
            old(self).wf(),
        ensures
            final(self).wf(),
            bumped ==> final(self).value == old(self).value + 1,
    {
        if self.value < self.limit {
            self.value = self.value + 1;
            true
        } else {
            false
        }
    }
}
`,
  (i) => `proof fn lemma_${i}(x: int, y: int)
    requires
        &&& 0 <= x < 0x1_0000
        &&& 0 <= y < 0x1_0000,
    ensures
        x * y >= 0,
{
    assert(x * y >= 0) by (nonlinear_arith)
        requires
            x >= 0,
            y >= 0,
    {
    }
}
`,
  (i) => `fn mask_${i}(raw: u64) -> (r: u64)
    ensures
        r <= 0xffff,
{
    let v = raw & 0xffffu64;
    assert(v <= 0xffff) by (bit_vector)
        requires
            v == raw & 0xffff,
    ;
    match v % 3 {
        0 => v,
        1 => v & 0xff,
        _ => 0,
    }
}
`,
];

function time<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

async function main(): Promise<void> {
  const text = generate(targetLines);
  const lines = text.split('\n').length;
  parseFile('warmup.rs', text.slice(0, 200_000)); // JIT warm-up
  const parsed = time(() => parseFile('bench.rs', text));
  const errors = parsed.value.diagnostics.length;
  console.log(`parse: ${lines} lines in ${parsed.ms.toFixed(0)} ms = ${Math.round(lines / (parsed.ms / 1000))} lines/s (${errors} diagnostics)`);

  const checkPath = path.join(repoRoot, 'src', 'check', 'index.ts');
  if (fs.existsSync(checkPath)) {
    try {
      const mod = (await import('../src/check/index.js')) as { checkCrate?: (c: Crate) => unknown };
      if (typeof mod.checkCrate === 'function') {
        const both = time(() => {
          const r = parseFile('bench.rs', text);
          mod.checkCrate!({ name: 'bench', root: r.file, files: [r.file] });
        });
        console.log(`parse+check: ${lines} lines in ${both.ms.toFixed(0)} ms = ${Math.round(lines / (both.ms / 1000))} lines/s`);
      }
    } catch (e) {
      console.log(`parse+check: skipped (${e instanceof Error ? e.message : String(e)})`);
    }
  }

  const casesDir = path.resolve(repoRoot, '..', 'shared', 'cases');
  if (fs.existsSync(casesDir)) {
    const files = fs.readdirSync(casesDir).filter((f) => f.endsWith('.rs')).map((f) => [f, fs.readFileSync(path.join(casesDir, f), 'utf8')] as const);
    const c = time(() => files.forEach(([f, t]) => parseFile(f, t)));
    console.log(`shared cases: ${files.length} files parsed in ${c.ms.toFixed(1)} ms`);
  }
}

void main();
