// Bundles the CLI, the Action and the solver worker into dist/, and copies
// z3-solver's WASM loader beside them (bundlers break its loader; see Z3-NOTES.md).
import { build } from 'esbuild';
import { entryPoints as allEntryPoints, nodeBundleOptions } from './bundle-options.mjs';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const z3dir = dirname(require.resolve('z3-solver/build/z3-built.js'));
// BUILD_OUTDIR lets the staleness test build elsewhere and compare with the committed dist/.
const outdir = process.env.BUILD_OUTDIR ?? 'dist';
mkdirSync(outdir, { recursive: true });
// The loader is CommonJS but this package is "type": "module", so it goes in as .cjs; the
// solver worker (src/smt/wasm-loader.ts) loads it from there and gives Emscripten its path.
copyFileSync(join(z3dir, 'z3-built.js'), join(outdir, 'z3-built.cjs'));
copyFileSync(join(z3dir, 'z3-built.wasm'), join(outdir, 'z3-built.wasm'));

const entryPoints = { ...allEntryPoints };
const { existsSync } = await import('node:fs');
for (const [name, file] of Object.entries(entryPoints)) if (!existsSync(file)) delete entryPoints[name];

await build({ ...nodeBundleOptions, entryPoints, outdir, logLevel: 'warning' });
