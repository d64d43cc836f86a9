/**
 * Reads a results file someone else wrote (`proofgate merge`, `proofgate review`, the
 * Action's `results-files`): one clear line for a file that cannot be read or is not a
 * results file (docs/results.md), rather than a crash later on a missing field.
 */
import { readFileSync } from 'node:fs';
import type { ResultsFile } from './results.js';

export class ResultsFileError extends Error {
  override name = 'ResultsFileError';
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const COUNTS = ['verified', 'errors', 'functions', 'cached', 'seconds'] as const;

/** What is wrong with `v` as a results file, or null. Checks the fields the readers use. */
export function resultsFileProblem(v: unknown): string | null {
  if (!isObject(v)) return 'not a JSON object';
  if (!isObject(v.tool) || v.tool.name !== 'proofgate') return 'no `tool.name: "proofgate"`';
  if (v.mode !== 'verify' && v.mode !== 'no-verify') return '`mode` is neither verify nor no-verify';
  if (!isObject(v.summary) || COUNTS.some((k) => typeof (v.summary as Record<string, unknown>)[k] !== 'number')) return '`summary` lacks its counts';
  if (!Array.isArray(v.units)) return 'no `units` list';
  if (!Array.isArray(v.diagnostics)) return 'no `diagnostics` list';
  for (const d of v.diagnostics) {
    if (!isObject(d) || typeof d.file !== 'string' || typeof d.message !== 'string' || typeof d.fingerprint !== 'string' || !Number.isInteger(d.line) || !Array.isArray(d.labels) || (d.severity !== 'error' && d.severity !== 'warning')) {
      return 'a diagnostic lacks its severity, file, line, message, labels or fingerprint';
    }
  }
  if (v.shard !== undefined) {
    const s = v.shard;
    if (!isObject(s) || !Number.isInteger(s.index) || !Number.isInteger(s.count) || (s.index as number) < 1 || (s.index as number) > (s.count as number)) return '`shard` is not {index, count} with 1 <= index <= count';
  }
  return null;
}

export function readResultsFile(path: string): ResultsFile {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ResultsFileError(`cannot read results file \`${path}\``);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ResultsFileError(`\`${path}\` is not a JSON results file`);
  }
  const problem = resultsFileProblem(value);
  if (problem) throw new ResultsFileError(`\`${path}\` is not a results file (docs/results.md): ${problem}`);
  return value as ResultsFile;
}
