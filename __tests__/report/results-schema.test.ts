/**
 * docs/results.schema.json describes the results file the code writes: real files pass,
 * files with one thing wrong fail, and the schema's enums are the code's.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { runProofgate } from '../../src/driver.js';
import { mergeResults } from '../../src/report/merge.js';
import type { ResultsFile } from '../../src/report/results.js';
import { REPO_ROOT, SHARED_CASES } from '../support/paths.js';
import { assertValidResults, RESULTS_SCHEMA_PATH, resultsSchemaErrors } from '../support/results-schema.js';

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('results schema', () => {
  let failing: ResultsFile;
  let checked: ResultsFile;
  before(async () => {
    failing = await runProofgate({ paths: [join(SHARED_CASES, 'precondition.rs')], mode: 'verify', cacheDir: null, solver: 'auto' });
    checked = await runProofgate({ paths: [join(SHARED_CASES, 'mode_error.rs')], mode: 'no-verify', cacheDir: null });
  });

  it('accepts what verify, --no-verify and merge write', () => {
    assert.ok(failing.diagnostics.length > 0 && failing.diagnostics[0]!.labels.length > 0 && failing.diagnostics[0]!.counterexample, 'the good file has every optional part');
    assertValidResults(failing);
    assertValidResults(checked);
    assert.ok(checked.summary.items !== undefined);
    assertValidResults(mergeResults([failing, failing]));
  });

  const mutations: [string, (r: Mutable) => void][] = [
    ['a missing top-level field', (r) => delete r.units],
    ['an unknown top-level field', (r) => { r.extra = 1; }],
    ['another tool name', (r) => { r.tool.name = 'verus'; }],
    ['an unknown mode', (r) => { r.mode = 'prove'; }],
    ['a negative count', (r) => { r.summary.verified = -1; }],
    ['a fractional count', (r) => { r.summary.cached = 0.5; }],
    ['an unknown diagnostic kind', (r) => { r.diagnostics[0].kind = 'lint'; }],
    ['an unknown severity', (r) => { r.diagnostics[0].severity = 'note'; }],
    ['a 0 line (lines are 1-based)', (r) => { r.diagnostics[0].line = 0; }],
    ['a string column', (r) => { r.diagnostics[0].column = '5'; }],
    ['a Windows path', (r) => { r.diagnostics[0].file = 'cases\\precondition.rs'; }],
    ['a missing fingerprint', (r) => delete r.diagnostics[0].fingerprint],
    ['a fingerprint that is not 20 hex digits', (r) => { r.diagnostics[0].fingerprint = 'xyz'; }],
    ['a label without its message', (r) => delete r.diagnostics[0].labels[0].message],
    ['a label with an unknown field', (r) => { r.diagnostics[0].labels[0].note = 'x'; }],
    ['a counterexample value that is not a string', (r) => { r.diagnostics[0].counterexample.x = 0; }],
    ['an unknown field on a diagnostic', (r) => { r.diagnostics[0].help = 'x'; }],
    ['an unknown unit status', (r) => { r.units[0].status = 'proved'; }],
    ['a unit without ms', (r) => delete r.units[0].ms],
  ];
  for (const [what, mutate] of mutations) {
    it(`rejects ${what}`, () => {
      const bad = structuredClone(failing) as Mutable;
      mutate(bad);
      assert.notDeepEqual(resultsSchemaErrors(bad), [], what);
    });
  }

  it('rejects a summary that disagrees with its diagnostics', () => {
    const bad = structuredClone(failing);
    bad.summary.errors += 1;
    assert.deepEqual(resultsSchemaErrors(bad), [], 'the schema alone cannot see it');
    assert.throws(() => assertValidResults(bad), /summary\.errors/);
  });

  it("lists the code's diagnostic kinds and unit statuses, no more, no fewer", () => {
    const schema = JSON.parse(readFileSync(RESULTS_SCHEMA_PATH, 'utf8'));
    // Without comments: a `;` or quote in one must not end or extend the union.
    const source = readFileSync(join(REPO_ROOT, 'src', 'report', 'diagnostic.ts'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const union = (name: string) => [.../export type \w+ =([^;]+);/g[Symbol.matchAll](source)]
      .find((m) => m[0].includes(`type ${name} =`))![1]!.match(/'[a-z-]+'/g)!.map((s) => s.slice(1, -1)).sort();
    assert.deepEqual([...schema.$defs.kind.enum].sort(), union('DiagnosticKind'));
    assert.deepEqual([...schema.$defs.unit.properties.status.enum].sort(), union('UnitStatus'));
  });
});
