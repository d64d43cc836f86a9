/**
 * Writes every query src/vc generates for model/ and the corpus (prelude, goals, obligations),
 * without solving, so two checkouts' encodings can be compared exactly (a refactoring of
 * src/vc that changes no query text cannot change a diagnostic).
 *
 *   node --import tsx scripts/dump-queries.ts CODE_ROOT OUT.json   # CODE_ROOT's src, this folder's corpus
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
const root = resolve(process.argv[2]!);
const { checkPaths } = await import(join(root, 'src/driver.ts'));
const { generateVcs } = await import(join(root, 'src/vc/index.ts'));
const targets = ['model'];
for (const f of ['corpus/cases', 'corpus/verify', 'corpus/soundness']) for (const n of readdirSync(f).sort()) if (n.endsWith('.rs')) targets.push(join(f, n));
const out: Record<string, unknown> = {};
const t0 = Date.now();
for (const t of targets) {
  try {
    for (const c of checkPaths([t]).clean) {
      const r = generateVcs(c);
      for (const vc of r.vcs) out[`${t} ${vc.query.id}`] = { q: vc.query, ob: [...vc.obligations.entries()] };
      out[`${t} #diags`] = r.diagnostics;
    }
  } catch (e) { out[`${t} #crash`] = String(e); }
}
console.error(`${Date.now() - t0} ms`);
writeFileSync(process.argv[3]!, JSON.stringify(out));
