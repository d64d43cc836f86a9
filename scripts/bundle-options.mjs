// The esbuild options every bundle of Proofgate is built with: scripts/build.mjs for dist/,
// and bench/overhead-process.ts, which must measure code bundled as the CLI is.
export const nodeBundleOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Some CommonJS dependencies call require(); give ESM output a require of its own.
  banner: { js: "import { createRequire as __pgCreateRequire } from 'node:module'; const require = __pgCreateRequire(import.meta.url);" },
  // Never inline Emscripten's loader: it must stay a separate file its threads can load.
  external: ['./z3-built.js', './z3-built', 'z3-solver/build/z3-built.js'],
  legalComments: 'none',
};

// What dist/ holds: the CLI, the Action's entry and the WASM solver's worker thread.
export const entryPoints = { cli: 'src/cli.ts', index: 'src/action/main.ts', 'smt-worker': 'src/smt/worker.ts' };
