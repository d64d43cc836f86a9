import { runFile } from './harness.js';
for (const f of process.argv.slice(2)) {
  try {
    const r = await runFile(f);
    for (const d of r.diagnostics) if (d.kind === 'unsupported' || d.kind === 'timeout' || d.message.includes('internal')) console.log(f.split('/').pop(), d.span.line, d.message);
    const errs = r.diagnostics.filter(d => d.severity === 'error').length;
    console.log('  ', f.split('/').pop(), 'errors', errs, r.diagnostics.filter(d=>d.severity==='error').map(d=>d.span.line+':'+d.message.slice(0,40)).join(' | '));
  } catch (e) { console.log('CRASH', f, (e as Error).message.slice(0, 300)); }
}
