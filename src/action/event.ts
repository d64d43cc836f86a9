/**
 * The workflow's event, read defensively from GITHUB_EVENT_PATH: only the fields the
 * Action uses, each checked, so a broken payload gives one clear line instead of a crash.
 */
import { readFileSync } from 'node:fs';
import { ActionUsageError } from './errors.js';

export interface PullRequestInfo {
  number: number;
  baseRef: string;
  headSha: string;
  labels: string[];
  /** Head repository differs from the base one (or is gone): the token may be read-only. */
  fromFork: boolean;
}

export interface ActionEvent {
  name: string;
  owner: string;
  repo: string;
  /** The pushed or dispatched branch (null for tags and for PR events). */
  branch: string | null;
  pullRequest: PullRequestInfo | null;
}

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function field(obj: Json, path: string, where: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (!isObject(cur)) throw new ActionUsageError(`event payload (${where}) has no '${path}'`);
    cur = cur[key];
  }
  return cur;
}

function str(obj: Json, path: string, where: string): string {
  const v = field(obj, path, where);
  if (typeof v !== 'string' || v === '') throw new ActionUsageError(`event payload (${where}) has no string '${path}'`);
  return v;
}

function branchOfRef(ref: string): string | null {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : null;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target']);

export function parseEvent(name: string, payload: unknown, env: NodeJS.ProcessEnv = {}): ActionEvent {
  if (!isObject(payload)) throw new ActionUsageError(`event payload (${name}) is not a JSON object`);
  const [envOwner, envRepo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repoObj = payload.repository;
  const owner = isObject(repoObj) ? str(payload, 'repository.owner.login', name) : envOwner;
  const repo = isObject(repoObj) ? str(payload, 'repository.name', name) : envRepo;
  if (!owner || !repo) throw new ActionUsageError(`event payload (${name}) names no repository`);

  if (PR_EVENTS.has(name)) {
    const pr = field(payload, 'pull_request', name);
    if (!isObject(pr)) throw new ActionUsageError(`event payload (${name}) has no 'pull_request' object`);
    const number = pr.number;
    if (typeof number !== 'number' || !Number.isInteger(number)) throw new ActionUsageError(`event payload (${name}) has no integer 'pull_request.number'`);
    const rawLabels = Array.isArray(pr.labels) ? pr.labels : [];
    const labels = rawLabels.flatMap((l) => (isObject(l) && typeof l.name === 'string' ? [l.name] : []));
    const headRepo = isObject(pr.head) ? pr.head.repo : null;
    const headName = isObject(headRepo) ? headRepo.full_name : null;
    const baseName = str(pr, 'base.repo.full_name', name);
    return {
      name, owner, repo, branch: null,
      pullRequest: {
        number,
        baseRef: str(pr, 'base.ref', name),
        headSha: str(pr, 'head.sha', name),
        labels,
        fromFork: typeof headName !== 'string' || headName.toLowerCase() !== baseName.toLowerCase(),
      },
    };
  }
  // push, workflow_dispatch and anything else: the branch of the ref that ran.
  const ref = typeof payload.ref === 'string' ? payload.ref : env.GITHUB_REF ?? '';
  const branch = branchOfRef(ref) ?? (ref && !ref.startsWith('refs/') ? ref : null);
  return { name, owner, repo, branch, pullRequest: null };
}

/**
 * Checks GITHUB_EVENT_NAME / GITHUB_EVENT_PATH: set, readable, JSON. Until this has passed,
 * @actions/github must not be loaded (it parses the payload at load time; actions-client.ts).
 */
export function checkEventPayload(env: NodeJS.ProcessEnv): string {
  const name = env.GITHUB_EVENT_NAME;
  const path = env.GITHUB_EVENT_PATH;
  if (!name) throw new ActionUsageError('GITHUB_EVENT_NAME is not set (is this running inside GitHub Actions?)');
  if (!path) throw new ActionUsageError('GITHUB_EVENT_PATH is not set (is this running inside GitHub Actions?)');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ActionUsageError(`cannot read the event payload at ${path}`);
  }
  try {
    JSON.parse(text);
  } catch {
    throw new ActionUsageError(`the event payload at ${path} is not valid JSON`);
  }
  return name;
}
