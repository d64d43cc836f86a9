/**
 * `results-files`: publish results computed elsewhere (the shards of a matrix, which ran
 * with `review: none` and uploaded their results files) instead of running the engine.
 * Globs (`*` within a folder, `**` across, `?` one character) are expanded relative to the
 * workspace; the files are read and merged as `proofgate merge` does (a complete set of
 * shards, or whole runs).
 */
import { readdirSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { MergeError, mergeResults } from '../report/merge.js';
import { readResultsFile, ResultsFileError } from '../report/read-results.js';
import type { ResultsFile } from '../report/results.js';
import { ActionUsageError } from './errors.js';

const WILDCARD = /[*?]/;

// A path glob: `*` within a folder, `?` one character, `**` any depth (`**/` also no folder).
export function pathGlob(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (glob.startsWith('**/', i)) {
      re += '(?:.*/)?';
      i += 2;
    } else if (glob.startsWith('**', i)) {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** The files a pattern names: itself if it has no wildcard, else every file under its literal prefix that matches. */
export function expandPattern(pattern: string, workspace: string): string[] {
  const absolute = resolve(workspace, pattern);
  if (!WILDCARD.test(pattern)) return [absolute];
  const segments = absolute.split(sep);
  const firstWild = segments.findIndex((s) => WILDCARD.test(s));
  const base = segments.slice(0, firstWild).join(sep) || sep;
  const re = pathGlob(segments.slice(firstWild).join('/'));
  const found: string[] = [];
  const walk = (dir: string, depth: number) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names.sort()) {
      if (name === '.git' || name === 'node_modules') continue;
      const p = join(dir, name);
      let isDir = false;
      try {
        isDir = statSync(p).isDirectory();
      } catch {
        continue;
      }
      if (isDir) {
        if (depth < 32) walk(p, depth + 1);
      } else if (re.test(relative(base, p).split(sep).join('/'))) found.push(p);
    }
  };
  walk(base, 0);
  return found;
}

export interface LoadedResults {
  results: ResultsFile;
  /** For the summary: which files, and which shards they were. */
  reason: string;
}

export function loadResultsFiles(patterns: string[], workspace: string): LoadedResults {
  const files: string[] = [];
  for (const pattern of patterns) {
    const matched = expandPattern(pattern, workspace);
    if (matched.length === 0) throw new ActionUsageError(`input 'results-files': \`${pattern}\` matches no file`);
    for (const f of matched) if (!files.includes(f)) files.push(f);
  }
  let loaded: ResultsFile[];
  let results: ResultsFile;
  try {
    loaded = files.map((f) => readResultsFile(f));
    results = mergeResults(loaded);
  } catch (err) {
    if (err instanceof ResultsFileError || err instanceof MergeError) throw new ActionUsageError(`input 'results-files': ${err.message}`);
    throw err;
  }
  const shards = loaded.filter((f) => f.shard).length;
  const shown = files.map((f) => (isAbsolute(relative(workspace, f)) || relative(workspace, f).startsWith('..') ? f : relative(workspace, f)));
  const what = shards > 0 ? `the results of all ${shards} shards` : `${files.length} results file(s)`;
  return { results, reason: `${what} merged from results-files (${shown.join(', ')})` };
}
