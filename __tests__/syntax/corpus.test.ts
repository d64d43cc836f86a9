/**
 * Every file of corpus/syntax and of the shared acceptance cases parses with exactly the
 * syntax-stage errors its `//~` markers announce (and none when it has no such marker).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadCrates } from '../../src/syntax/load.js';
import { matchErrors } from '../support/markers.js';
import { REPO_ROOT, SHARED_CASES, rsFiles } from '../support/paths.js';
import { isSyntaxMarker, readMarkers } from './markers.js';

const corpusDir = path.join(REPO_ROOT, 'corpus', 'syntax');
const casesDir = SHARED_CASES;

function check(file: string, allMarkersAreSyntax: boolean): void {
  const text = fs.readFileSync(file, 'utf8');
  const markers = readMarkers(text).filter((m) => m.kind === 'ERROR' && (allMarkersAreSyntax || isSyntaxMarker(m)));
  const { diagnostics } = loadCrates([file]);
  const got = diagnostics.filter((d) => d.kind === 'syntax' || d.kind === 'unsupported').map((d) => ({ line: d.span.line, message: d.message, d }));
  assert.deepEqual(matchErrors(markers, got, ({ d }) => `${d.span.line}:${d.span.column} ${d.message}`), [], path.basename(file));
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
