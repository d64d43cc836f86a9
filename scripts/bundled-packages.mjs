// The npm packages whose code dist/ carries: those esbuild's metafile lists as inputs of the
// bundles scripts/build.mjs makes, plus z3-solver, whose Emscripten build (z3-built.js,
// z3-built.wasm) the build copies beside them. Used by scripts/third-party-notices.mjs
// and by the test that keeps THIRD_PARTY_NOTICES.md complete.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entryPoints, nodeBundleOptions } from './bundle-options.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @returns {Promise<{ name: string, version: string, license: string, author: string | null, repository: string | null, dir: string, licenseFile: string | null }[]>} */
export async function bundledPackages() {
  const result = await build({ ...nodeBundleOptions, entryPoints, absWorkingDir: root, outdir: join(root, '.bundled-packages-unused'), write: false, metafile: true, logLevel: 'silent' });
  const dirs = new Set([join(root, 'node_modules', 'z3-solver')]);
  for (const input of Object.keys(result.metafile.inputs)) {
    // The innermost node_modules/<name> (or node_modules/@scope/<name>) holding the file.
    const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.split('\\').join('/'));
    if (m) dirs.add(resolve(root, m[1]));
  }
  const seen = new Set();
  return [...dirs].map((dir) => {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const licenseFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f)) ?? null;
    const author = typeof pkg.author === 'string' ? pkg.author : pkg.author?.name ?? null;
    const repository = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url ?? null;
    return { name: pkg.name, version: pkg.version, author, repository, license: typeof pkg.license === 'string' ? pkg.license : pkg.license?.type ?? 'UNKNOWN', dir, licenseFile: licenseFile && existsSync(join(dir, licenseFile)) ? join(dir, licenseFile) : null };
  }).filter((p) => !seen.has(`${p.name}@${p.version}`) && seen.add(`${p.name}@${p.version}`)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : 1));
}
