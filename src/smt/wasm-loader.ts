/**
 * Loads z3-solver's WASM build (low-level API only). Bundlers break its loader (Z3-NOTES),
 * so we find `z3-built` ourselves: beside the running bundle in dist/ (copied there by
 * scripts/build.mjs as z3-built.cjs: the package is ESM, the loader is CommonJS), else in
 * node_modules during development. The same file is given to Emscripten as the script its
 * pthread workers load (`mainScriptUrlOrBlob`), and its directory to find the .wasm.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init as initLowLevel } from 'z3-solver/build/low-level/index.js';

export type Z3Wasm = Awaited<ReturnType<typeof initLowLevel>>;

const require = createRequire(import.meta.url);

/** Path of the Emscripten loader script to use. */
export function locateZ3Built(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, 'z3-built.cjs'), join(here, '..', 'z3-built.cjs')]) {
    if (existsSync(candidate) && existsSync(join(dirname(candidate), 'z3-built.wasm'))) return candidate;
  }
  return require.resolve('z3-solver/build/z3-built.js');
}

/** One WASM Z3 instance: call once per worker thread (Z3-NOTES: one running check per instance). */
export async function loadZ3Wasm(): Promise<Z3Wasm> {
  const script = locateZ3Built();
  const dir = dirname(script);
  const initModule = require(script) as Parameters<typeof initLowLevel>[0];
  return initLowLevel(initModule, {
    locateFile: (file: string) => join(dir, file),
    mainScriptUrlOrBlob: script,
  });
}
