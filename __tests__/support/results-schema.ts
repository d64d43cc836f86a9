/**
 * The results file's JSON Schema (docs/results.schema.json), checked with ajv on every
 * results file the tests produce: the driver's, the CLI's `--output`, the Action's.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { ResultsFile } from '../../src/report/results.js';
import { REPO_ROOT } from './paths.js';

export const RESULTS_SCHEMA_PATH = join(REPO_ROOT, 'docs', 'results.schema.json');

// ajv-formats is CommonJS: its default export arrives wrapped under ESM.
type AddFormats = (a: Ajv2020) => Ajv2020;
const addFormats = ((addFormatsModule as unknown as { default?: AddFormats }).default ?? addFormatsModule) as unknown as AddFormats;

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(RESULTS_SCHEMA_PATH, 'utf8')) as object);

/** The schema's complaints about a value (empty when it is a valid results file). */
export function resultsSchemaErrors(value: unknown): string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}${e.params ? ' ' + JSON.stringify(e.params) : ''}`);
}

/**
 * Asserts that `value` is a results file: the schema holds, and the summary agrees with the
 * lists it summarises (what a schema cannot say).
 */
export function assertValidResults(value: unknown, what = 'results file'): asserts value is ResultsFile {
  const problems = resultsSchemaErrors(value);
  assert.deepEqual(problems, [], `${what} does not match docs/results.schema.json:\n${problems.join('\n')}`);
  const r = value as ResultsFile;
  assert.equal(r.summary.errors, r.diagnostics.filter((d) => d.severity === 'error').length, `${what}: summary.errors counts the error diagnostics`);
  assert.equal(r.summary.functions, new Set(r.units.map((u) => u.function)).size, `${what}: summary.functions counts the units' functions`);
  assert.ok(r.summary.cached <= r.summary.verified, `${what}: cached units are counted among the verified`);
  if (r.mode === 'no-verify') assert.equal(r.tool.solver, 'none', `${what}: a no-verify run uses no solver`);
}

/** Reads a results file from disk and asserts it is valid; returns it. */
export function readValidResults(path: string): ResultsFile {
  const value: unknown = JSON.parse(readFileSync(path, 'utf8'));
  assertValidResults(value, path);
  return value;
}
