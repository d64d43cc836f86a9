import { runFile, compare } from './harness.js';
import * as fs from 'node:fs';
let total = 0, bad = 0;
for (const f of process.argv.slice(2)) {
  const first = fs.readFileSync(f, 'utf8').split('\n')[0] ?? '';
  try {
    const t0 = Date.now();
    const r = runFile(f, { noVerify: first.startsWith('//@ no-verify') });
    const p = compare(f, r.diagnostics);
    total++;
    if (p.length) { bad++; console.log(`FAIL ${f} (${Date.now()-t0}ms)\n  ` + p.join('\n  ')); }
    else console.log(`ok   ${f} (${Date.now()-t0}ms)`);
    if (process.env.SHOW) for (const d of r.diagnostics) console.log('   ', d.kind, d.message, d.span.line, JSON.stringify(d.labels.map(l=>[l.message,l.span.line])));
  } catch (e) { bad++; console.log(`CRASH ${f}: ${(e as Error).stack?.split('\n').slice(0,4).join('\n')}`); }
}
console.log(`${total - bad}/${total}`);
