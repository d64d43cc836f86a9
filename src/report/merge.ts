/** `proofgate merge`: one results file from the shards' files. */
import type { ResultsFile } from './results.js';

export function mergeResults(files: ResultsFile[]): ResultsFile {
  if (files.length === 0) throw new Error('nothing to merge');
  const modes = new Set(files.map((f) => f.mode));
  if (modes.size > 1) throw new Error('cannot merge results of different modes');
  const seen = new Set<string>();
  const diagnostics = files.flatMap((f) => f.diagnostics).filter((d) => {
    const key = `${d.fingerprint}@${d.file}:${d.line}:${d.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const units = files.flatMap((f) => f.units);
  return {
    tool: files[0]!.tool,
    mode: files[0]!.mode,
    summary: {
      verified: files.reduce((n, f) => n + f.summary.verified, 0),
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      functions: new Set(units.map((u) => u.function)).size,
      cached: files.reduce((n, f) => n + f.summary.cached, 0),
      seconds: Math.max(...files.map((f) => f.summary.seconds)),
      ...(files.some((f) => f.summary.items !== undefined) ? { items: Math.max(...files.map((f) => f.summary.items ?? 0)) } : {}),
    },
    diagnostics,
    units,
  };
}
