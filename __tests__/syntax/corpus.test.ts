/**
 * Every file of corpus/syntax and of the shared acceptance cases parses with exactly the
 * syntax-stage errors its `//~` markers announce (and none when it has no such marker).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCrates } from '../../src/syntax/load.js';
import { isSyntaxMarker, readMarkers } from './markers.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = path.join(repoRoot, 'corpus', 'syntax');
const casesDir = path.resolve(repoRoot, '..', 'shared', 'cases');

function rsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).filter((f) => f.endsWith('.rs') && !f.endsWith('.verus.rs')).sort().map((f) => path.join(dir, f));
}

function check(file: string, allMarkersAreSyntax: boolean): void {
  const text = fs.readFileSync(file, 'utf8');
  const markers = readMarkers(text).filter((m) => m.kind === 'ERROR' && (allMarkersAreSyntax || isSyntaxMarker(m)));
  const { diagnostics } = loadCrates([file]);
  const got = diagnostics.filter((d) => d.kind === 'syntax' || d.kind === 'unsupported');
  const unmatched = [...markers];
  const extra: string[] = [];
  for (const d of got) {
    const i = unmatched.findIndex((m) => m.line === d.span.line && d.message.includes(m.text));
    if (i >= 0) unmatched.splice(i, 1);
    else extra.push(`${d.span.line}:${d.span.column} ${d.message}`);
  }
  assert.deepEqual({ extra, missing: unmatched.map((m) => `${m.line}: ${m.text}`) }, { extra: [], missing: [] }, path.basename(file));
}

test('corpus/syntax has at least 45 files, each starting with //@ no-verify', () => {
  const all = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.rs'));
  assert.ok(all.length >= 45, `only ${all.length} files`);
  for (const f of all) assert.ok(fs.readFileSync(path.join(corpusDir, f), 'utf8').startsWith('//@ no-verify'), f);
});

for (const file of rsFiles(corpusDir)) {
  test(`corpus: ${path.basename(file)}`, () => check(file, true));
}

for (const file of rsFiles(casesDir)) {
  test(`shared case: ${path.basename(file)}`, () => check(file, false));
}
