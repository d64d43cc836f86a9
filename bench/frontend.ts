/**
 * Front-end benchmark: `npx tsx bench/frontend.ts [lines] [runs]`. Generates a large verus!
 * file of varied functions and reports, each as the best of `runs` (default 3):
 *   - parse-only throughput (lex + delimiters + parse, in memory),
 *   - parse+check throughput through the `--no-verify` pipeline (driver.checkPaths: load the
 *     file from disk, parse, resolve, type and mode check),
 *   - parse+check throughput on a generated crate of modules in glob-import cycles, at 1x
 *     and 8x its size (a front end linear in the crate keeps the two rates close),
 *   - the `--no-verify` front-end time for the shared acceptance cases and for model/.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkPaths } from '../src/driver.js';
import { parseFile } from '../src/syntax/parser.js';
import { writeGlobCycleCrate } from './glob-cycles.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const targetLines = Number(process.argv[2] ?? 200_000);
const runs = Math.max(1, Number(process.argv[3] ?? 3));

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

/** Best wall time of `runs` runs (the machine is shared: the minimum is the least disturbed). */
function best<T>(fn: () => T): { value: T; ms: number } {
  let result = time(fn);
  for (let r = 1; r < runs; r++) {
    const next = time(fn);
    if (next.ms < result.ms) result = next;
  }
  return result;
}

function rate(lines: number, ms: number): string {
  return `${lines} lines in ${ms.toFixed(0)} ms = ${Math.round(lines / (ms / 1000))} lines/s`;
}

function main(): void {
  const text = generate(targetLines);
  const lines = text.split('\n').length;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proofgate-bench-'));
  try {
    const benchFile = path.join(tmp, 'bench.rs');
    fs.writeFileSync(benchFile, text);
    // JIT warm-up on a slice of the input, through both entry points.
    const warm = path.join(tmp, 'warmup.rs');
    fs.writeFileSync(warm, text.slice(0, text.indexOf('\n', 200_000)) + '\n}\n');
    parseFile('warmup.rs', fs.readFileSync(warm, 'utf8'));
    checkPaths([warm]);

    const parsed = best(() => parseFile('bench.rs', text));
    console.log(`parse:             ${rate(lines, parsed.ms)} (${parsed.value.diagnostics.length} diagnostics)`);

    const checked = best(() => checkPaths([benchFile]));
    console.log(`parse+check:       ${rate(lines, checked.ms)} (${checked.value.diagnostics.length} diagnostics)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }

  globCycles();

  const casesDir = path.join(repoRoot, 'corpus', 'cases');
  if (fs.existsSync(casesDir)) {
    const files = fs.readdirSync(casesDir).filter((f) => f.endsWith('.rs')).map((f) => path.join(casesDir, f));
    const c = best(() => files.forEach((f) => checkPaths([f])));
    console.log(`shared cases:      ${files.length} files, --no-verify front end in ${c.ms.toFixed(1)} ms`);
  }

  const modelDir = path.join(repoRoot, 'model');
  if (fs.existsSync(modelDir)) {
    const m = best(() => checkPaths([modelDir]));
    const modelLines = countLines(m.value.crates.flatMap((c) => c.files.map((f) => f.text)));
    console.log(`model/:            ${modelLines} lines, --no-verify front end in ${m.ms.toFixed(1)} ms (${m.value.diagnostics.length} diagnostics)`);
  }
}

/** The glob-cycle workload at 1x (250 modules) and 8x: lines/s of each and their ratio. */
function globCycles(): void {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'proofgate-bench-globs-'));
  try {
    const sizes = ([['1x', 250], ['8x', 2000]] as const).map(([label, modules]) => {
      const dir = path.join(tmp, `globs_${label}`);
      return { label, modules, dir, lines: writeGlobCycleCrate(dir, modules) };
    });
    for (const s of sizes) checkPaths([s.dir]); // JIT warm-up on both before timing either
    // CPU time of this process (best of `runs`, the two sizes interleaved): on a machine shared
    // with other work, wall time mostly measures the neighbours at the larger size.
    const cpuMs = sizes.map(() => Infinity);
    const diagnostics = sizes.map(() => 0);
    for (let r = 0; r < runs; r++) {
      sizes.forEach((s, i) => {
        const c0 = process.cpuUsage();
        diagnostics[i] = checkPaths([s.dir]).diagnostics.length;
        const c = process.cpuUsage(c0);
        cpuMs[i] = Math.min(cpuMs[i]!, (c.user + c.system) / 1000);
      });
    }
    const rates: number[] = [];
    sizes.forEach((s, i) => {
      rates.push(s.lines / (cpuMs[i]! / 1000));
      console.log(`glob cycles ${s.label}:    ${s.modules} modules, ${rate(s.lines, cpuMs[i]!)} of CPU time (${diagnostics[i]} diagnostics)`);
    });
    console.log(`glob cycles 8x/1x: lines/s ratio ${(rates[1]! / rates[0]!).toFixed(2)} (1.00 = linear)`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function countLines(texts: string[]): number {
  return texts.reduce((n, t) => n + t.split('\n').length, 0);
}

main();
