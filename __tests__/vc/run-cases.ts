// Manual runner: node --import tsx __tests__/vc/run-cases.ts FILE... (SHOW=1 prints diagnostics)
import * as fs from 'node:fs';
import { compare, pool, runFile } from './harness.js';

const files = process.argv.slice(2);
const lines = await pool(files, 3, async (f) => {
  const noVerify = (fs.readFileSync(f, 'utf8').split('\n')[0] ?? '').startsWith('//@ no-verify');
  const t0 = Date.now();
  try {
    const r = await runFile(f, { noVerify });
    const p = compare(f, r.diagnostics);
    let s = p.length ? `FAIL ${f} (${Date.now() - t0}ms)\n  ${p.join('\n  ')}` : `ok   ${f} (${Date.now() - t0}ms)`;
    if (process.env.SHOW) for (const d of r.diagnostics) s += `\n    ${d.kind} ${d.message} ${d.span.line} ${JSON.stringify(d.labels.map((l) => [l.message, l.span.line]))} ${JSON.stringify(d.counterexample ?? {})}`;
    return { ok: p.length === 0, s };
  } catch (e) {
    return { ok: false, s: `CRASH ${f}: ${(e as Error).stack?.split('\n').slice(0, 4).join('\n')}` };
  }
});
for (const l of lines) console.log(l.s);
console.log(`${lines.filter((l) => l.ok).length}/${lines.length}`);
