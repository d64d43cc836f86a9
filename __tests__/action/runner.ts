/**
 * Runs an Action entry as a GitHub runner does: INPUT_* variables, GITHUB_EVENT_PATH,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_API_URL, in a scratch workspace.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ResultsFile } from '../../src/report/results.js';
import { readValidResults } from '../support/results-schema.js';

const require = createRequire(import.meta.url);
export const FIXTURES = resolve(import.meta.dirname, '../fixtures/action');

interface WebhookDefinition { name: string; examples: Record<string, unknown>[] }

/** A real payload from @octokit/webhooks-examples (a deep copy). */
export function webhookExample(name: string, action?: string): Record<string, unknown> {
  const defs = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookDefinition[];
  const def = defs.find((d) => d.name === name);
  const ex = def?.examples.find((e) => action === undefined || e.action === action);
  if (!ex) throw new Error(`no webhook example ${name}/${action}`);
  return structuredClone(ex);
}

type Obj = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface PrPayloadOptions { owner: string; repo: string; number: number; base: string; headSha: string; labels?: string[]; fork?: boolean; event?: string }

/** A pull request payload built from the webhooks example, pointed at our fake repository. */
export function pullRequestPayload(o: PrPayloadOptions): Obj {
  const p = webhookExample(o.event === 'pull_request_target' ? 'pull_request' : 'pull_request', 'opened') as Obj;
  const full = `${o.owner}/${o.repo}`;
  p.repository.name = o.repo;
  p.repository.full_name = full;
  p.repository.owner.login = o.owner;
  p.number = o.number;
  p.pull_request.number = o.number;
  p.pull_request.base.ref = o.base;
  p.pull_request.base.repo.full_name = full;
  p.pull_request.head.sha = o.headSha;
  p.pull_request.head.repo.full_name = o.fork ? `contributor/${o.repo}` : full;
  if (o.fork) p.pull_request.head.repo.fork = true;
  p.pull_request.labels = (o.labels ?? []).map((name, i) => ({ id: i + 1, node_id: `LA_${i}`, url: '', name, color: 'ededed', default: false, description: null }));
  return p;
}

export function pushPayload(owner: string, repo: string, branch: string): Obj {
  const p = webhookExample('push') as Obj;
  p.ref = `refs/heads/${branch}`;
  p.repository.name = repo;
  p.repository.full_name = `${owner}/${repo}`;
  p.repository.owner.login = owner;
  if (p.repository.owner.name !== undefined) p.repository.owner.name = owner;
  return p;
}

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the shipped bundles (scripts/build.mjs, as `npm run build` does) into a fresh
 * temporary folder and returns the Action's entry there, so the test runs what the sources
 * make today whatever state the committed dist/ is in (its staleness is another test's job).
 */
export async function buildAction(opts: { packageLayout?: boolean } = {}): Promise<{ entry: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-action-dist-'));
  // packageLayout: dist/ beside a copy of lib/vstd, as the Action's checkout holds them (vstd-lib.ts finds it so)
  const out = opts.packageLayout ? join(dir, 'dist') : dir;
  if (opts.packageLayout) cpSync(join(REPO_ROOT, 'lib', 'vstd'), join(dir, 'lib', 'vstd'), { recursive: true });
  await new Promise<void>((ok, fail) => {
    execFile(process.execPath, ['scripts/build.mjs'], { cwd: REPO_ROOT, env: { ...process.env, BUILD_OUTDIR: out }, timeout: 120_000 }, (err, _out, stderr) =>
      err ? fail(new Error(`build failed: ${stderr || err.message}`)) : ok());
  });
  return { entry: join(out, 'index.js'), dir };
}

export interface RunSpec {
  entry: string;
  eventName: string;
  payload: unknown;
  inputs: Record<string, string>;
  apiUrl?: string;
  /** Folder copied to be the workspace. */
  repo: string;
  /** PROOFGATE_TEST_API_TIME_SCALE for the run (see src/action/test-timing.ts); default 0.01. */
  apiTimeScale?: string | null;
  /** More runner variables (GITHUB_SHA, ...). */
  env?: Record<string, string>;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** The results file the run wrote (outputs['results-file']), parsed; null if none. */
  results: ResultsFile | null;
  /** The SARIF file the run wrote (outputs['sarif-file']), parsed; null if none. */
  sarif: unknown;
  ms: number;
  /** The Action did not exit on its own within RUN_TIMEOUT_MS and was killed. */
  hung: boolean;
}

/** A run of the small fixture takes about a second; far past this, the Action is stuck. */
const RUN_TIMEOUT_MS = 45_000;

function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]!);
    out[m[1]!] = value.join('\n');
  }
  return out;
}

export async function runEntry(spec: RunSpec): Promise<RunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-action-run-'));
  const workspace = join(dir, 'workspace');
  cpSync(spec.repo, workspace, { recursive: true });
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, typeof spec.payload === 'string' ? spec.payload : JSON.stringify(spec.payload));
  for (const f of ['output', 'summary']) writeFileSync(join(dir, f), '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: spec.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: 'octo/proofs',
    GITHUB_API_URL: spec.apiUrl ?? 'http://127.0.0.1:9',
    RUNNER_TEMP: join(dir, 'tmp'),
  };
  Object.assign(env, spec.env);
  const scale = spec.apiTimeScale === undefined ? '0.01' : spec.apiTimeScale;
  if (scale !== null) env.PROOFGATE_TEST_API_TIME_SCALE = scale;
  for (const [k, v] of Object.entries(spec.inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const started = performance.now();
  const { code, stdout, stderr, hung } = await new Promise<{ code: number; stdout: string; stderr: string; hung: boolean }>((ok) => {
    execFile(process.execPath, [spec.entry], { cwd: workspace, env, timeout: RUN_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 99) : 0;
      ok({ code, stdout, stderr, hung: err?.killed === true });
    });
  });
  const outputs = parseOutputFile(readFileSync(join(dir, 'output'), 'utf8'));
  const resultsFile = outputs['results-file'];
  const result: RunResult = {
    code, stdout, stderr, outputs, hung,
    summary: readFileSync(join(dir, 'summary'), 'utf8'),
    results: resultsFile && existsSync(resultsFile) ? readValidResults(resultsFile) : null,
    sarif: outputs['sarif-file'] && existsSync(outputs['sarif-file']) ? JSON.parse(readFileSync(outputs['sarif-file'], 'utf8')) : null,
    ms: Math.round(performance.now() - started),
  };
  rmSync(dir, { recursive: true, force: true });
  return result;
}

/** A patch that adds lines from..to of `file` (as a new hunk). */
export function addedLinesPatch(fileText: string, from: number, to: number): string {
  const lines = fileText.split('\n').slice(from - 1, to);
  return [`@@ -${from - 1},0 +${from},${lines.length} @@`, ...lines.map((l) => `+${l}`)].join('\n');
}
