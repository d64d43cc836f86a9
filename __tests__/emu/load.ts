/** Loads and checks a corpus/run program for the emulator tests. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { checkCrate } from '../../src/check/index.js';
import type { CheckedCrate } from '../../src/check/program.js';
import { loadCrates } from '../../src/syntax/load.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export function loadRunCorpus(name: string): { crate: CheckedCrate; errors: string[] } {
  const prev = process.cwd();
  process.chdir(root);
  try {
    const loaded = loadCrates([`corpus/run/${name}`]);
    const crate = loaded.crates[0];
    if (!crate) throw new Error(`no crate loaded from ${name}`);
    const { checked, diagnostics } = checkCrate(crate);
    const errors = [...loaded.diagnostics, ...diagnostics]
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.span.file}:${d.span.line}:${d.span.column}: ${d.message}`);
    return { crate: checked, errors };
  } finally {
    process.chdir(prev);
  }
}
