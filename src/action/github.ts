/**
 * The GitHub API as Proofgate uses it: REST (pull request files, review comments,
 * reviews, the token's account) and GraphQL (review threads, the token's account), with
 * plugin-retry and plugin-throttling. Two clients share one set of options
 * (clientOptions): the Action's, from @actions/github's getOctokit (actions-client.ts: the
 * runner's proxy settings, paginate, REST methods), and `proofgate review`'s, from
 * @octokit/rest (makeOctokit, any CI). The token goes only into the Authorization header.
 *
 * Faults are bounded and never doubled:
 * - every try has a timeout, and all tries together a time budget (see ApiTiming);
 * - idempotent requests retry on 5xx and dropped connections (plugin-retry), every request
 *   on 429 / secondary rate limits after `retry-after` (GitHub did not process those);
 * - creating a review is never retried blindly: a 5xx, a dropped connection or a timeout
 *   may come after GitHub stored it, so the caller re-reads the pull request instead
 *   (publish.ts);
 * - a list reply that is not a list of the expected objects is an error, never "none".
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';
import Bottleneck from 'bottleneck/light.js';
import type { PullRequestFile } from './diff.js';
import type { Author, EarlierComment, EarlierReview } from './placement.js';

const ProofgateOctokit = Octokit.plugin(retry, throttling);
/** What GitHubApi calls; both clients (getOctokit's and @octokit/rest's) provide it. */
export type Client = Pick<InstanceType<typeof ProofgateOctokit>, 'paginate' | 'graphql' | 'rest'>;
/** The plugins every client is built with. */
export const CLIENT_PLUGINS = [retry, throttling] as const;

const MAX_RATE_LIMIT_RETRIES = 3;

export interface NewInlineComment {
  path: string;
  line: number;
  side: 'RIGHT';
  body: string;
}

export interface ReviewThread {
  id: string;
  isResolved: boolean;
  commentIds: number[];
}

export interface PullRef {
  owner: string;
  repo: string;
  pull_number: number;
}

/** The HTTP status of a failed request, if it was one. */
export function httpStatus(err: unknown): number | null {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : null;
}

/**
 * Whether a failed write may still have been carried out: a server error, a dropped
 * connection or a timeout (octokit reports the last two as status 500) can come after
 * GitHub stored the write. A 4xx (bad request, rate limit) means it was not.
 */
export function mayHaveBeenProcessed(err: unknown): boolean {
  const status = httpStatus(err);
  return status === null || status >= 500;
}

/** A reply that is not what GitHub's API describes (not a list, a list of non-objects, ...). */
export class MalformedReply extends Error {
  override name = 'MalformedReply';
}

/**
 * How long the client waits. GitHub asks integrations to space writes (plugin-throttling:
 * 1 s between writes, 3 s between writes that notify people, such as reviews) and to wait
 * `retry-after` seconds after a rate limit; plugin-retry backs off 1 s, 4 s, 9 s on 5xx.
 * Each try gets REQUEST_TIMEOUT_MS and all requests of a run together TOTAL_BUDGET_MS.
 * `timeScale` multiplies all of these: always 1 in production; tests pass a small value so
 * that fault-injection runs take milliseconds instead of tens of seconds (the timeouts keep
 * a floor, so a loaded test machine is not mistaken for a stalled GitHub).
 */
export interface ApiTiming {
  timeScale: number;
  /** Tests only: the per-try timeout and the total budget, instead of the scaled ones. */
  requestTimeoutMs?: number;
  budgetMs?: number;
}

export const PRODUCTION_TIMING: ApiTiming = { timeScale: 1 };

// plugin-throttling's own spacing, which the groups below reproduce at a smaller scale.
const WRITE_SPACING_MS = 1000;
const NOTIFYING_WRITE_SPACING_MS = 3000;
const SECOND_MS = 1000;
const REQUEST_TIMEOUT_MS = 30_000;
const TOTAL_BUDGET_MS = 5 * 60_000;
// (a test fake validating a 65,536-character body against the OpenAPI description takes seconds on a loaded machine)
const SCALED_TIMEOUT_FLOOR_MS = 10_000;
const SCALED_BUDGET_FLOOR_MS = 20_000;

export function requestTimeoutMs(timing: ApiTiming): number {
  if (timing.requestTimeoutMs !== undefined && timing.timeScale !== 1) return timing.requestTimeoutMs;
  return timing.timeScale === 1 ? REQUEST_TIMEOUT_MS : Math.max(SCALED_TIMEOUT_FLOOR_MS, REQUEST_TIMEOUT_MS * timing.timeScale);
}

export function totalBudgetMs(timing: ApiTiming): number {
  if (timing.budgetMs !== undefined && timing.timeScale !== 1) return timing.budgetMs;
  return timing.timeScale === 1 ? TOTAL_BUDGET_MS : Math.max(SCALED_BUDGET_FLOOR_MS, TOTAL_BUDGET_MS * timing.timeScale);
}

function throttleTiming(timing: ApiTiming): { retryAfterBaseValue?: number; write?: Bottleneck.Group; notifications?: Bottleneck.Group } {
  if (timing.timeScale === 1) return {}; // the plugin's defaults, shared by every client in the process
  const ms = (base: number) => Math.max(1, Math.round(base * timing.timeScale));
  return {
    retryAfterBaseValue: ms(SECOND_MS),
    write: new Bottleneck.Group({ id: 'proofgate-write', maxConcurrent: 1, minTime: ms(WRITE_SPACING_MS) }),
    notifications: new Bottleneck.Group({ id: 'proofgate-notifications', maxConcurrent: 1, minTime: ms(NOTIFYING_WRITE_SPACING_MS) }),
  };
}

/**
 * fetch with a timeout per try that covers the whole exchange (headers and body), inside
 * the run's time budget. The body is read here so that a reply stalled half-way times out
 * like one that never starts.
 */
function timedFetch(inner: typeof fetch, perTryMs: number, deadline: number, budgetMs: number): typeof fetch {
  return async (url, init) => {
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`GitHub requests used up their ${Math.round(budgetMs / 1000)} s budget`);
    const ms = Math.min(perTryMs, left);
    const timeout = AbortSignal.timeout(ms);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    try {
      const res = await inner(url, { ...init, signal });
      const body = res.status === 204 || res.status === 205 || res.status === 304 ? null : await res.arrayBuffer();
      return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
    } catch (err) {
      if (timeout.aborted) throw new Error(`no reply from GitHub within ${ms} ms`);
      throw err;
    }
  };
}

/** A request's path, without the host and query (paginate passes full URLs). */
function pathOf(url: string | undefined): string {
  return (url ?? '').replace(/^[a-z]+:\/\/[^/]+/i, '').replace(/\?.*$/, '');
}

/**
 * The options of every client (all but the token): request timeouts and budget around
 * `innerFetch` (the fetch that reaches GitHub: the runner's proxy-aware one in the Action,
 * the global one elsewhere), the retry and throttling plugins' settings, the log.
 */
export function clientOptions(baseUrl: string, userAgent: string, log: (msg: string) => void, timing: ApiTiming, innerFetch: typeof fetch) {
  if (!(timing.timeScale > 0 && timing.timeScale <= 1)) throw new Error(`API time scale must be in (0, 1] (got ${timing.timeScale})`);
  const budgetMs = totalBudgetMs(timing);
  const deadline = Date.now() + budgetMs;
  // A rate limit asking for more time than the budget has left is not waited for.
  const withinBudget = (retryAfterS: number) => Date.now() + retryAfterS * SECOND_MS * timing.timeScale < deadline;
  return {
    baseUrl,
    userAgent,
    request: { fetch: timedFetch(innerFetch, requestTimeoutMs(timing), deadline, budgetMs) },
    // 429 is the throttling plugin's (it honours retry-after); plugin-retry's fixed
    // backoff handles 5xx and dropped connections.
    retry: {
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      ...(timing.timeScale !== 1 ? { retryAfterBaseValue: Math.max(1, Math.round(SECOND_MS * timing.timeScale)) } : {}),
    },
    throttle: {
      ...throttleTiming(timing),
      onRateLimit: (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
        log(`rate limited on ${options.method} ${pathOf(options.url)}; retrying after ${retryAfter}s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES && withinBudget(retryAfter);
      },
      onSecondaryRateLimit: (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
        log(`secondary rate limit on ${options.method} ${pathOf(options.url)}; retrying after ${retryAfter}s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES && withinBudget(retryAfter);
      },
    },
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
  };
}

/** `proofgate review`'s client (and the API tests'): @octokit/rest with the same plugins and options. */
export function makeOctokit(token: string, baseUrl: string, log: (msg: string) => void, timing: ApiTiming = PRODUCTION_TIMING, userAgent = 'proofgate-cli'): Client {
  return new ProofgateOctokit({ auth: token, ...clientOptions(baseUrl, userAgent, log, timing, globalThis.fetch) });
}

const PER_PAGE = 100;
/** For requests that must not be repeated blindly (see mayHaveBeenProcessed). */
const NO_RETRY = { request: { retries: 0 } };

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function authorOf(item: Json, what: string): Author | null {
  const user = item.user;
  if (user === null || user === undefined) return null; // a deleted account: never the bot
  if (!isObject(user) || typeof user.login !== 'string') throw new MalformedReply(`${what}: an item's user has no login`);
  return { login: user.login, type: typeof user.type === 'string' ? user.type : 'User' };
}

/** The items of a list reply, each checked to be an object with a numeric id (or a filename). */
function listItems(data: unknown, what: string, key: 'id' | 'filename'): Json[] {
  if (!Array.isArray(data)) throw new MalformedReply(`${what}: the reply is not a list`);
  for (const item of data) {
    if (!isObject(item)) throw new MalformedReply(`${what}: an item of the reply is not an object`);
    const ok = key === 'id' ? typeof item.id === 'number' : typeof item.filename === 'string';
    if (!ok) throw new MalformedReply(`${what}: an item of the reply has no ${key}`);
  }
  return data as Json[];
}

function optionalString(v: unknown, what: string, field: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') throw new MalformedReply(`${what}: an item's ${field} is not text`);
  return v;
}

export class GitHubApi {
  constructor(private readonly octokit: Client, private readonly pr: PullRef) {}

  /** Every page of a list, through paginate (GitHub's Link headers); anything but a list of objects is an error. */
  private async allPages(what: string, route: string, key: 'id' | 'filename'): Promise<Json[]> {
    let data: unknown;
    try {
      data = await this.octokit.paginate(route, { ...this.pr, per_page: PER_PAGE });
    } catch (err) {
      // paginate itself trips over a body that is not JSON (a string, null).
      if (err instanceof TypeError) throw new MalformedReply(`${what}: the reply is not a list`);
      throw err;
    }
    return listItems(data, what, key);
  }

  async listFiles(): Promise<PullRequestFile[]> {
    const what = 'listing the pull request files';
    const items = await this.allPages(what, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/files', 'filename');
    return items.map((f) => {
      const status = optionalString(f.status, what, 'status');
      const patch = optionalString(f.patch, what, 'patch');
      return { filename: f.filename as string, ...(status !== undefined ? { status } : {}), ...(patch !== undefined ? { patch } : {}) };
    });
  }

  async listReviewComments(): Promise<EarlierComment[]> {
    const what = 'listing review comments';
    const items = await this.allPages(what, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/comments', 'id');
    return items.map((c) => ({ id: c.id as number, body: optionalString(c.body, what, 'body') ?? '', author: authorOf(c, what) }));
  }

  async listReviews(): Promise<EarlierReview[]> {
    const what = 'listing reviews';
    const items = await this.allPages(what, 'GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews', 'id');
    return items.map((r) => ({
      id: r.id as number,
      body: optionalString(r.body, what, 'body') ?? '',
      state: optionalString(r.state, what, 'state') ?? '',
      author: authorOf(r, what),
    }));
  }

  /**
   * The login of the account the token acts as: GraphQL's `viewer` (which answers user
   * tokens and GitHub App installation tokens alike, `GITHUB_TOKEN` included), else REST
   * `GET /user` (user tokens). Neither answering is an error: without knowing which
   * comments are its own, the bot must not read any as its state.
   */
  async tokenLogin(): Promise<string> {
    let viewerProblem: string;
    try {
      const data = await this.octokit.graphql<{ viewer?: { login?: unknown } }>(VIEWER_QUERY);
      const login = data?.viewer?.login;
      if (typeof login === 'string' && login !== '') return login;
      viewerProblem = 'no login in the reply';
    } catch (err) {
      viewerProblem = errorReason(err);
    }
    try {
      const { data } = await this.octokit.rest.users.getAuthenticated();
      if (typeof data?.login === 'string' && data.login !== '') return data.login;
      throw new MalformedReply('no login in the reply');
    } catch (err) {
      throw new Error(`could not tell which account the token acts as (GraphQL viewer: ${viewerProblem}; GET /user: ${errorReason(err)})`, { cause: err });
    }
  }

  /** The pull request's head commit (`proofgate review` checks its results are for it). */
  async pullHeadSha(): Promise<string> {
    const { data } = await this.octokit.rest.pulls.get({ ...this.pr });
    const sha = (data as { head?: { sha?: unknown } } | null)?.head?.sha;
    if (typeof sha !== 'string' || !/^[0-9a-f]{40}$/i.test(sha)) throw new MalformedReply('reading the pull request: no head commit in the reply');
    return sha;
  }

  /** Not retried on a fault that GitHub may have processed: the caller re-reads instead. */
  async createReview(commitId: string, body: string, event: 'COMMENT' | 'REQUEST_CHANGES', comments: NewInlineComment[]): Promise<number> {
    const { data } = await this.octokit.rest.pulls.createReview({ ...this.pr, commit_id: commitId, body, event, comments, ...NO_RETRY });
    return Number(data.id);
  }

  /** A PENDING review (no event): used to find out which comments GitHub rejects. */
  async createPendingReview(commitId: string, comments: NewInlineComment[]): Promise<number> {
    const { data } = await this.octokit.rest.pulls.createReview({ ...this.pr, commit_id: commitId, comments, ...NO_RETRY });
    return Number(data.id);
  }

  async deletePendingReview(reviewId: number): Promise<void> {
    await this.octokit.rest.pulls.deletePendingReview({ ...this.pr, review_id: reviewId });
  }

  async updateReviewComment(commentId: number, body: string): Promise<void> {
    await this.octokit.rest.pulls.updateReviewComment({ owner: this.pr.owner, repo: this.pr.repo, comment_id: commentId, body });
  }

  async updateReview(reviewId: number, body: string): Promise<void> {
    await this.octokit.rest.pulls.updateReview({ ...this.pr, review_id: reviewId, body });
  }

  async dismissReview(reviewId: number, message: string): Promise<void> {
    await this.octokit.rest.pulls.dismissReview({ ...this.pr, review_id: reviewId, message, event: 'DISMISS' });
  }

  async listReviewThreads(): Promise<ReviewThread[]> {
    const threads: ReviewThread[] = [];
    let cursor: string | null = null;
    for (;;) {
      const data: ThreadsPage = await this.octokit.graphql<ThreadsPage>(THREADS_QUERY, {
        owner: this.pr.owner, repo: this.pr.repo, number: this.pr.pull_number, cursor,
      });
      const page = data?.repository?.pullRequest?.reviewThreads;
      if (!page || !Array.isArray(page.nodes)) throw new MalformedReply('listing review threads: the reply holds no thread list');
      for (const t of page.nodes) {
        threads.push({ id: t.id, isResolved: t.isResolved, commentIds: (t.comments?.nodes ?? []).map((c) => c.databaseId) });
      }
      if (!page.pageInfo?.hasNextPage) return threads;
      cursor = page.pageInfo.endCursor;
    }
  }

  async resolveReviewThread(threadId: string): Promise<void> {
    await this.octokit.graphql(RESOLVE_MUTATION, { threadId });
  }
}

/**
 * A failed call's reason on one line. A GraphQL error's message starts with a generic
 * first line ("Request failed due to following response errors:"); its reasons are the
 * messages of its `errors`, which are kept.
 */
export function errorReason(err: unknown): string {
  const status = httpStatus(err);
  const graphqlErrors = (err as { errors?: unknown } | null)?.errors;
  let msg: string;
  if (Array.isArray(graphqlErrors) && graphqlErrors.length > 0) {
    msg = graphqlErrors.map((e) => (isObject(e) && typeof e.message === 'string' ? e.message : JSON.stringify(e))).join('; ');
  } else {
    msg = err instanceof Error ? err.message : String(err);
  }
  return `${status !== null ? `HTTP ${status}: ` : ''}${msg.replace(/\s*\n\s*/g, ' ').trim()}`;
}

interface ThreadsPage {
  repository: { pullRequest: { reviewThreads: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number }[] } }[];
  } } | null } | null;
}

const VIEWER_QUERY = 'query { viewer { login } }';

const THREADS_QUERY = `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $cursor) {
        pageInfo { hasNextPage endCursor }
        nodes { id isResolved comments(first: 1) { nodes { databaseId } } }
      }
    }
  }
}`;

const RESOLVE_MUTATION = `mutation($threadId: ID!) {
  resolveReviewThread(input: { threadId: $threadId }) { thread { id isResolved } }
}`;
