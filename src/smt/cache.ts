/**
 * The proof cache: query results stored as files, keyed by a hash of everything that
 * decides the answer (solver, budget, logic, prelude, goals). Only definite answers are
 * stored (every goal proved or failed): an unknown or timeout may go another way next time.
 * Unreadable or malformed entries are treated as misses.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoalResult, Query } from './query.js';

const FORMAT = 1;

interface Entry {
  format: number;
  key: string;
  goals: GoalResult[];
}

/** A hash of everything that decides a query's answer: equal keys, equal answers. */
export function queryKey(q: Query, solverName: string, timeoutMs: number): string {
  const material = JSON.stringify({
    format: FORMAT,
    solverName,
    timeoutMs: q.timeoutMs ?? timeoutMs,
    ...(q.rlimit !== undefined ? { rlimit: q.rlimit } : {}),
    logic: q.logic ?? 'ALL',
    prelude: q.prelude,
    goals: q.goals.map((g) => [g.label, g.term, g.cex.map((c) => [c.name, c.term, c.sort])]),
  });
  return createHash('sha256').update(material).digest('hex');
}

export class ProofCache {
  constructor(readonly dir: string) {}

  get(key: string): GoalResult[] | undefined {
    let text: string;
    try {
      text = readFileSync(this.file(key), 'utf8');
    } catch {
      return undefined;
    }
    try {
      const entry = JSON.parse(text) as unknown;
      if (isEntry(entry) && entry.key === key) return entry.goals;
    } catch {
      /* corrupt: fall through */
    }
    try {
      rmSync(this.file(key), { force: true });
    } catch {
      /* leave it; it is ignored anyway */
    }
    return undefined;
  }

  /** Stores the goals if every one has a definite answer; otherwise does nothing. */
  put(key: string, goals: GoalResult[]): void {
    if (!goals.every((g) => g.status === 'proved' || g.status === 'failed')) return;
    const file = this.file(key);
    const entry: Entry = { format: FORMAT, key, goals };
    // Write then rename: readers (other shards, other processes) never see half a file.
    const tmp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      writeFileSync(tmp, JSON.stringify(entry));
      renameSync(tmp, file);
    } catch {
      // A cache that cannot be written only costs time.
      try {
        rmSync(tmp, { force: true });
      } catch {
        /* nothing more to do */
      }
    }
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

function isEntry(v: unknown): v is Entry {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Partial<Entry>;
  return e.format === FORMAT && typeof e.key === 'string' && Array.isArray(e.goals) && e.goals.every(isGoalResult);
}

function isGoalResult(v: unknown): v is GoalResult {
  if (typeof v !== 'object' || v === null) return false;
  const g = v as Partial<GoalResult>;
  if (typeof g.label !== 'string' || (g.status !== 'proved' && g.status !== 'failed')) return false;
  if (g.model === undefined) return true;
  return typeof g.model === 'object' && g.model !== null && Object.values(g.model).every((x) => typeof x === 'string');
}
