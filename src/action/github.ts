/**
 * The GitHub API as the Action uses it: REST (pull request files, review comments,
 * reviews) and GraphQL (review threads). Requests retry on 5xx (plugin-retry) and on
 * 429/secondary rate limits after GitHub's `retry-after` (plugin-throttling), which also
 * spaces out writes. The token goes only into the Authorization header.
 */
import { Octokit } from '@octokit/core';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck/light.js';
import type { PullRequestFile } from './diff.js';
import type { EarlierComment, EarlierReview } from './placement.js';

const ProofgateOctokit = Octokit.plugin(restEndpointMethods, retry, throttling);
type Client = InstanceType<typeof ProofgateOctokit>;

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
 * How long the client waits. GitHub asks integrations to space writes (plugin-throttling:
 * 1 s between writes, 3 s between writes that notify people, such as reviews) and to wait
 * `retry-after` seconds after a rate limit; plugin-retry backs off 1 s, 4 s, 9 s on 5xx.
 * `timeScale` multiplies all of these: always 1 in production; tests pass a small value so
 * that fault-injection runs take milliseconds instead of tens of seconds.
 */
export interface ApiTiming {
  timeScale: number;
}

export const PRODUCTION_TIMING: ApiTiming = { timeScale: 1 };

// plugin-throttling's own spacing, which the groups below reproduce at a smaller scale.
const WRITE_SPACING_MS = 1000;
const NOTIFYING_WRITE_SPACING_MS = 3000;
const SECOND_MS = 1000;

function throttleTiming(timing: ApiTiming): { retryAfterBaseValue?: number; write?: Bottleneck.Group; notifications?: Bottleneck.Group } {
  if (timing.timeScale === 1) return {}; // the plugin's defaults, shared by every client in the process
  const ms = (base: number) => Math.max(1, Math.round(base * timing.timeScale));
  return {
    retryAfterBaseValue: ms(SECOND_MS),
    write: new Bottleneck.Group({ id: 'proofgate-write', maxConcurrent: 1, minTime: ms(WRITE_SPACING_MS) }),
    notifications: new Bottleneck.Group({ id: 'proofgate-notifications', maxConcurrent: 1, minTime: ms(NOTIFYING_WRITE_SPACING_MS) }),
  };
}

export function makeOctokit(token: string, baseUrl: string, log: (msg: string) => void, timing: ApiTiming = PRODUCTION_TIMING): Client {
  if (!(timing.timeScale > 0 && timing.timeScale <= 1)) throw new Error(`API time scale must be in (0, 1] (got ${timing.timeScale})`);
  return new ProofgateOctokit({
    auth: token,
    baseUrl,
    userAgent: 'proofgate-action',
    // 429 is the throttling plugin's (it honours retry-after); plugin-retry's fixed
    // backoff handles 5xx.
    retry: {
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
      ...(timing.timeScale !== 1 ? { retryAfterBaseValue: Math.max(1, Math.round(SECOND_MS * timing.timeScale)) } : {}),
    },
    throttle: {
      ...throttleTiming(timing),
      onRateLimit: (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
        log(`rate limited on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
        log(`secondary rate limit on ${options.method} ${options.url}; retrying after ${retryAfter}s`);
        return retryCount < MAX_RATE_LIMIT_RETRIES;
      },
    },
    log: { debug: () => {}, info: () => {}, warn: log, error: log },
  });
}

const PER_PAGE = 100;

export class GitHubApi {
  constructor(private readonly octokit: Client, private readonly pr: PullRef) {}

  private async allPages<T>(fetchPage: (page: number) => Promise<{ data: T[] }>): Promise<T[]> {
    const all: T[] = [];
    for (let page = 1; ; page++) {
      const { data } = await fetchPage(page);
      all.push(...data);
      if (data.length < PER_PAGE) return all;
    }
  }

  listFiles(): Promise<PullRequestFile[]> {
    return this.allPages((page) => this.octokit.rest.pulls.listFiles({ ...this.pr, per_page: PER_PAGE, page }));
  }

  async listReviewComments(): Promise<EarlierComment[]> {
    const all = await this.allPages((page) => this.octokit.rest.pulls.listReviewComments({ ...this.pr, per_page: PER_PAGE, page }));
    return all.map((c) => ({ id: Number(c.id), nodeId: c.node_id, body: c.body }));
  }

  async listReviews(): Promise<EarlierReview[]> {
    const all = await this.allPages((page) => this.octokit.rest.pulls.listReviews({ ...this.pr, per_page: PER_PAGE, page }));
    return all.map((r) => ({ id: Number(r.id), body: r.body ?? '', state: r.state }));
  }

  async createReview(commitId: string, body: string, event: 'COMMENT' | 'REQUEST_CHANGES', comments: NewInlineComment[]): Promise<number> {
    const { data } = await this.octokit.rest.pulls.createReview({ ...this.pr, commit_id: commitId, body, event, comments });
    return Number(data.id);
  }

  /** A PENDING review (no event): used to find out which comments GitHub rejects. */
  async createPendingReview(commitId: string, comments: NewInlineComment[]): Promise<number> {
    const { data } = await this.octokit.rest.pulls.createReview({ ...this.pr, commit_id: commitId, comments });
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
      const page = data.repository?.pullRequest?.reviewThreads;
      if (!page) return threads;
      for (const t of page.nodes) {
        threads.push({ id: t.id, isResolved: t.isResolved, commentIds: t.comments.nodes.map((c) => c.databaseId) });
      }
      if (!page.pageInfo.hasNextPage) return threads;
      cursor = page.pageInfo.endCursor;
    }
  }

  async resolveReviewThread(threadId: string): Promise<void> {
    await this.octokit.graphql(RESOLVE_MUTATION, { threadId });
  }
}

interface ThreadsPage {
  repository: { pullRequest: { reviewThreads: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number }[] } }[];
  } } | null } | null;
}

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
