/**
 * The checker's corpus (corpus/check) and the shared acceptance cases, through the
 * parser and checker only: the `//~ ERROR` markers must match the static errors exactly,
 * and every expression of a clean file must carry a concrete type.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { matchErrors, readCaseSpec } from '../support/markers.js';
import { REPO_ROOT, SHARED_CASES, rsFiles } from '../support/paths.js';
import { annotationProblems, checkText } from './harness.js';

function problemsFor(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const spec = readCaseSpec(text);
  const out = checkText(text, path);
  const errors = [...out.syntax, ...out.diagnostics].filter((d) => d.severity === 'error');
  // Verification-time expectations (no `//@ no-verify`) are not the checker's business.
  const expected = spec.noVerify ? spec.expectations : [];
  const problems = matchErrors(expected, errors.map((d) => ({ line: d.span.line, message: d.message, d })), ({ d }) => `${d.kind} ${d.span.line}:${d.span.column}: ${d.message}`);
  if (errors.length === 0) problems.push(...annotationProblems(out.file));
  return problems;
}

const corpus = rsFiles(join(REPO_ROOT, 'corpus', 'check'));

describe('corpus/check', () => {
  it('has at least 45 files, each starting with //@ no-verify', () => {
    assert.ok(corpus.length >= 45, `only ${corpus.length} files`);
    for (const f of corpus) assert.match(readFileSync(f, 'utf8'), /^\/\/@ no-verify/, f);
  });
  for (const f of corpus) {
    it(f, () => {
      const problems = problemsFor(f);
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }
});

describe('shared cases: no static errors beyond the marked ones', () => {
  for (const f of rsFiles(SHARED_CASES)) {
    it(f, () => {
      const problems = problemsFor(f);
      assert.deepEqual(problems, [], problems.join('\n'));
    });
  }
});
