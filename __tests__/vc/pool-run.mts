// Manual check through the real solver pool: node --import tsx __tests__/vc/pool-run.mts FILE...
import { createSolverPool } from '../../src/smt/pool.js';
import { loadCrates } from '../../src/syntax/load.js';
import { checkCrate } from '../../src/check/index.js';
import { generateVcs, resultToDiagnostics } from '../../src/vc/index.js';
import { compare } from './harness.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';

const pool = await createSolverPool({ backend: (process.env.BACKEND as 'wasm') ?? 'native', jobs: 2, timeoutMs: 10000, maxFailures: 3 });
let ok = 0;
const files = process.argv.slice(2);
for (const f of files) {
  const l = loadCrates([f]);
  const diags: Diagnostic[] = [...l.diagnostics];
  for (const crate of l.crates) {
    const c = checkCrate(crate);
    diags.push(...c.diagnostics);
    const g = generateVcs(c.checked);
    diags.push(...g.diagnostics);
    const results = await Promise.all(g.vcs.map((vc) => pool.check(vc.query)));
    g.vcs.forEach((vc, i) => diags.push(...resultToDiagnostics(vc, results[i]!)));
  }
  const p = compare(f, diags);
  if (p.length) console.log(`FAIL ${f}\n  ${p.join('\n  ')}`);
  else ok++;
}
console.log(`${ok}/${files.length}`);
await pool.close();
process.exit(0);
