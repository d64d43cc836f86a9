/**
 * `proofgate merge` and the Action's `results-files`: one results file from several. Shards'
 * files (`verify --shard I/N`, which carry `shard`) must be a complete set, every I/N of one N
 * exactly once: a missing shard's functions were never checked, and a merge without them
 * would read as a whole run. The same unit checked in several shards (its queries are split
 * among them) is one unit of the merged file: failed if any shard failed it.
 */
import type { UnitStatus } from './diagnostic.js';
import type { ResultsFile } from './results.js';

export class MergeError extends Error {
  override name = 'MergeError';
}

type Unit = ResultsFile['units'][number];

export function mergeResults(files: ResultsFile[]): ResultsFile {
  if (files.length === 0) throw new MergeError('nothing to merge');
  const modes = new Set(files.map((f) => f.mode));
  if (modes.size > 1) throw new MergeError('cannot merge results of different modes (verify and no-verify)');
  checkShards(files);
  const seen = new Set<string>();
  const diagnostics = files.flatMap((f) => f.diagnostics).filter((d) => {
    const key = `${d.fingerprint}@${d.file}:${d.line}:${d.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)));
  const units = mergeUnits(files.flatMap((f) => f.units));
  const solvers = [...new Set(files.map((f) => f.tool.solver).filter((s) => s !== 'none'))];
  return {
    tool: { ...files[0]!.tool, solver: solvers.length > 0 ? solvers.join(', ') : 'none' },
    mode: files[0]!.mode,
    summary: {
      verified: units.filter((u) => u.status === 'verified' || u.status === 'cached').length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      functions: new Set(units.map((u) => u.function)).size,
      cached: units.filter((u) => u.status === 'cached').length,
      seconds: Math.max(...files.map((f) => f.summary.seconds)),
      ...(files.some((f) => f.summary.items !== undefined) ? { items: Math.max(...files.map((f) => f.summary.items ?? 0)) } : {}),
      // the value analysis runs whole, in one shard (the Action's analyze input): its counts are that shard's
      ...(files.some((f) => f.summary.analyzed !== undefined) ? {
        analyzed: Math.max(...files.map((f) => f.summary.analyzed ?? 0)),
        warnings: Math.max(...files.map((f) => f.summary.warnings ?? 0)),
        skipped: Math.max(...files.map((f) => f.summary.skipped ?? 0)),
      } : {}),
    },
    diagnostics,
    units,
    ...mergeInferred(files),
  };
}

/** The loops' inferred invariants of every file, one entry per loop. */
function mergeInferred(files: ResultsFile[]): Pick<ResultsFile, 'inferred'> {
  const byLoop = new Map<string, NonNullable<ResultsFile['inferred']>[number]>();
  for (const x of files.flatMap((f) => f.inferred ?? [])) {
    const key = `${x.function}\u0000${x.file}\u0000${x.line}`;
    const had = byLoop.get(key);
    if (had) for (const i of x.invariants) { if (!had.invariants.includes(i)) had.invariants.push(i); }
    else byLoop.set(key, { ...x, invariants: [...x.invariants] });
  }
  if (byLoop.size === 0) return {};
  return { inferred: [...byLoop.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.function < b.function ? -1 : 1))) };
}

function checkShards(files: ResultsFile[]): void {
  const sharded = files.filter((f) => f.shard);
  if (sharded.length === 0) return;
  if (sharded.length !== files.length) throw new MergeError('cannot merge shards\' results with the results of a whole run');
  const counts = [...new Set(sharded.map((f) => f.shard!.count))];
  if (counts.length > 1) throw new MergeError(`the shards come from different splits (${counts.map((n) => `/${n}`).join(' and ')})`);
  const n = counts[0]!;
  const indices = sharded.map((f) => f.shard!.index);
  const twice = indices.find((i, k) => indices.indexOf(i) !== k);
  if (twice !== undefined) throw new MergeError(`the results of shard ${twice}/${n} are given twice`);
  const missing = Array.from({ length: n }, (_, k) => k + 1).filter((i) => !indices.includes(i));
  if (missing.length > 0) {
    throw new MergeError(`the results of shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${n}`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing: what ${missing.length > 1 ? 'they' : 'it'} checked would be neither reported nor verified`);
  }
}

const STATUS_ORDER: UnitStatus[] = ['failed', 'skipped', 'verified', 'cached'];

/** One unit per (function, file, line): the worst status wins; ms adds up. */
function mergeUnits(all: Unit[]): Unit[] {
  const byKey = new Map<string, Unit>();
  for (const u of all) {
    const key = `${u.function}\u0000${u.file}\u0000${u.line}`;
    const had = byKey.get(key);
    if (!had) {
      byKey.set(key, { ...u });
      continue;
    }
    had.ms += u.ms;
    if (STATUS_ORDER.indexOf(u.status) < STATUS_ORDER.indexOf(had.status)) had.status = u.status;
  }
  return [...byKey.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.function < b.function ? -1 : 1)));
}
