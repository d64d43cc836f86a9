/**
 * The engine overhead of a fresh process running bundled JavaScript, tuned as
 * `proofgate verify` tunes it (src/jit-tuning.ts). The in-process "cold JIT" run of
 * bench/engine.ts also pays for tsx compiling the TypeScript sources on the fly, which no
 * user does. This file bundles itself with esbuild (as scripts/build.mjs bundles the CLI),
 * runs the bundle in a new node process, and reads back its RunMeasure.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundleOptions } from '../scripts/bundle-options.mjs';
import { tuneJitFor } from '../src/jit-tuning.js';
import { measureRun, type RunMeasure } from './engine-overhead.js';

const MARK = 'pg-overhead-measure:';

/** Bundles this file, runs it once on `paths` in a fresh process, returns what it measured. */
export async function measureFreshProcess(paths: string[]): Promise<RunMeasure> {
  const dir = mkdtempSync(path.join(tmpdir(), 'proofgate-bench-'));
  try {
    const outfile = path.join(dir, 'overhead.mjs');
    // Imported here, not at the top: the bundle leaves esbuild out and must not load it.
    const { build } = await import('esbuild');
    await build({ ...nodeBundleOptions, entryPoints: [fileURLToPath(import.meta.url)], outfile, external: [...nodeBundleOptions.external, 'esbuild'], logLevel: 'error' });
    const r = spawnSync(process.execPath, [outfile, '--measure', ...paths], { encoding: 'utf8', timeout: 300_000 });
    const line = r.stdout?.split('\n').find((l) => l.startsWith(MARK));
    if (r.status !== 0 || !line) throw new Error(`the measuring process failed (${r.status ?? r.signal}): ${r.stderr}`);
    return JSON.parse(line.slice(MARK.length)) as RunMeasure;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--measure') {
  tuneJitFor({ mode: 'verify', solver: 'native' }); // as `proofgate verify` does
  const m = await measureRun(process.argv.slice(3), { backend: 'native', jobs: 1, cacheDir: null });
  console.log(MARK + JSON.stringify(m));
}
