/**
 * `engine: verus`: the workflow's own Verus command (`verus-command`, e.g. svsm's
 * `cargo verify` with `--message-format=json`) run with a shell in the workspace instead of
 * our engine. Its rustc JSON diagnostics and Verus's summary line are read by
 * src/report/rustc-json.ts into the same results file our engine writes, so they go
 * through the same review, summary, annotations and SARIF.
 *
 * Nothing passes unproved: a command that exits non-zero without reporting an error, or
 * that prints neither a `verification results::` line nor an error, stops the run with one
 * line (exit 2); lines of its standard output that are not understood are findings.
 */
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { readFileSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { buildResults } from '../report/build-results.js';
import type { ResultsFile } from '../report/results.js';
import { parseVerusStreams } from '../report/rustc-json.js';
import { SourceSet } from '../report/sources.js';
import { VERSION } from '../version.js';
import { ActionUsageError } from './errors.js';

export interface CommandOutput {
  /** Exit status, or null when a signal ended it. */
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `command` with the shell in `cwd`. The Action's inputs (INPUT_*, the token among
 * them) are not passed on: the command gets the job's environment, not the Action's.
 */
export function runShell(command: string, cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<CommandOutput> {
  const childEnv = Object.fromEntries(Object.entries(env).filter(([k]) => !k.startsWith('INPUT_')));
  return new Promise((ok, fail) => {
    const child = spawn(command, { cwd, env: childEnv, shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e) => fail(new ActionUsageError(`verus-command could not be started: ${e.message}`)));
    child.on('close', (code, signal) => ok({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** `file` as the results report it: relative to the workspace when inside it, with `/`. */
function workspacePath(file: string, workspace: string): string {
  const rel = relative(workspace, resolve(workspace, file));
  if (rel.startsWith('..') || isAbsolute(rel)) return file;
  return rel.split(sep).join('/');
}

/** A file's text, if it is inside the workspace (symlinks followed); nothing outside is read. */
function readInside(workspace: string, file: string): string | undefined {
  try {
    const real = realpathSync(resolve(workspace, file));
    const rel = relative(realpathSync(workspace), real);
    if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
    return readFileSync(real, 'utf8');
  } catch {
    return undefined;
  }
}

function lastLine(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const last = lines[lines.length - 1];
  return last === undefined ? 'nothing on stderr' : `last stderr line: ${last.length > 160 ? `${last.slice(0, 157)}...` : last}`;
}

/** Reads a finished command's output into a results file (or the one-line reason it cannot be one). */
export function verusResults(output: CommandOutput, workspace: string, seconds: number): ResultsFile {
  const sources = new SourceSet();
  const parsed = parseVerusStreams(
    [
      { name: 'verus-command stdout', text: output.stdout },
      // rustc's --error-format=json diagnostics go to stderr; cargo's progress lines too (those are the log).
      { name: 'verus-command stderr', text: output.stderr, jsonOnly: true },
    ],
    {
      mapPath: (f) => workspacePath(f, workspace),
      sourceText: (f) => {
        const text = readInside(workspace, f);
        if (text !== undefined) sources.add(f, text);
        return text;
      },
    },
  );
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error').length;
  const exit = output.signal ? `was ended by ${output.signal}` : `exited with status ${output.code}`;
  if ((output.code !== 0 || output.signal) && errors === 0) {
    throw new ActionUsageError(`verus-command ${exit} and reported no error, so nothing can be said verified (${lastLine(output.stderr)})`);
  }
  if (!parsed.summary && errors === 0) {
    throw new ActionUsageError(`verus-command ${exit} without a \`verification results::\` line or an error diagnostic: nothing shows that it verified anything (does it run Verus with --error-format=json or --message-format=json?)`);
  }
  const results = buildResults({ version: VERSION, solver: 'verus', mode: 'verify', diagnostics: parsed.diagnostics, units: [], seconds }, sources);
  // Verus counts what it proved; we have no units of our own to count.
  results.summary.verified = parsed.summary?.verified ?? 0;
  return results;
}

export async function runVerusCommand(command: string, workspace: string, log: (msg: string) => void): Promise<ResultsFile> {
  const started = performance.now();
  log(`engine verus: running \`${command}\` in the workspace`);
  const output = await runShell(command, workspace);
  if (output.stderr.trim() !== '') {
    core.startGroup('verus-command stderr');
    core.info(output.stderr.trimEnd());
    core.endGroup();
  }
  log(`engine verus: the command ${output.signal ? `was ended by ${output.signal}` : `exited with status ${output.code}`}`);
  return verusResults(output, workspace, (performance.now() - started) / 1000);
}
