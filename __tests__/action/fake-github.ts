/**
 * A local stand-in for api.github.com, for the Action's tests: every request is checked
 * against GitHub's OpenAPI description (unknown routes get 404 and a recorded violation),
 * the pull request's reviews, review comments and threads are kept as state (with their
 * authors: other people's can be seeded), lists are paged with Link headers as GitHub
 * does, and faults can be injected: an error status (403, 422, 429, 5xx) before or after
 * the request is carried out, a dropped connection, a stalled reply, a malformed body.
 * As GitHub, it refuses a review body, review comment body or dismissal message longer
 * than BODY_LIMIT characters (422 Validation Failed), so a bot that does not cap its text
 * loses the request here too.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rightSideLines } from '../../src/action/diff.js';
import { validateRequest } from './openapi.js';

export interface FakeFile { filename: string; status: string; patch?: string }

export interface FakeUser { login: string; type: string }
export interface StoredComment {
  id: number; node_id: string; body: string; path: string; line: number | null; side: string;
  pull_request_review_id: number; commit_id: string; user: FakeUser;
}
export interface StoredReview { id: number; node_id: string; body: string; state: string; commit_id: string; user: FakeUser }
export interface StoredThread { id: string; isResolved: boolean; commentIds: number[] }
export interface RecordedRequest { method: string; path: string; body: unknown; operationId: string | null; status: number }

export interface Fault {
  method: string;
  path: RegExp;
  status: number;
  /** How many matching requests get the fault (default 1). */
  times?: number;
  headers?: Record<string, string>;
  message?: string;
  /** Only requests whose body this accepts. */
  when?: (body: unknown) => boolean;
  /** Carry the request out first, then fail it (as a gateway that times out after GitHub stored a write). */
  afterProcessing?: boolean;
  /** Close the connection without a reply (status is then unused). */
  drop?: boolean;
  /** Wait this long before replying (the client's timeout should end it first). */
  stallMs?: number;
  /** Reply 200 with this body instead (a malformed reply). */
  replyBody?: unknown;
}

/** GitHub's limit on a review's, review comment's or issue comment's body: characters (code points). */
export const BODY_LIMIT = 65_536;

/** The request's text fields GitHub limits to BODY_LIMIT characters, by operation. */
const LIMITED_FIELDS: Record<string, { resource: string; fields: string[]; comments?: boolean }> = {
  'pulls/create-review': { resource: 'PullRequestReview', fields: ['body'], comments: true },
  'pulls/update-review': { resource: 'PullRequestReview', fields: ['body'] },
  'pulls/update-review-comment': { resource: 'PullRequestReviewComment', fields: ['body'] },
  'pulls/dismiss-review': { resource: 'PullRequestReview', fields: ['message'] },
};

/** GitHub's 422 for a body over BODY_LIMIT, or null when every limited field fits. */
function tooLong(op: string, body: Record<string, unknown> | undefined): { message: string; errors: unknown[] } | null {
  const limited = LIMITED_FIELDS[op];
  if (!limited || !body) return null;
  const errors: unknown[] = [];
  const check = (resource: string, field: string, value: unknown) => {
    if (typeof value === 'string' && [...value].length > BODY_LIMIT) {
      errors.push({ resource, code: 'custom', field, message: `${field} is too long (maximum is ${BODY_LIMIT} characters)` });
    }
  };
  for (const f of limited.fields) check(limited.resource, f, body[f]);
  if (limited.comments && Array.isArray(body.comments)) {
    for (const c of body.comments as { body?: unknown }[]) check('PullRequestReviewComment', 'body', c?.body);
  }
  return errors.length > 0 ? { message: 'Validation Failed', errors } : null;
}

/** The account GITHUB_TOKEN acts as. */
export const BOT: FakeUser = { login: 'github-actions[bot]', type: 'Bot' };

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  readonly reviews: StoredReview[] = [];
  readonly comments: StoredComment[] = [];
  readonly threads: StoredThread[] = [];
  readOnly = false;
  /** What GraphQL's `viewer { login }` answers (null: an error, as for a token without GraphQL access). */
  viewerLogin: string | null = BOT.login;
  /** What GET /user answers (null: 403, as GitHub answers installation tokens such as GITHUB_TOKEN). */
  userLogin: string | null = null;
  /** Who the token's writes are made as. */
  actor: FakeUser = BOT;
  /** The pull request's head commit, as GET /repos/{owner}/{repo}/pulls/{pull_number} answers. */
  headSha = 'a'.repeat(40);
  private faults: Fault[] = [];
  private readonly stalled = new Set<NodeJS.Timeout>();
  private nextId = 1000;
  private server: Server | null = null;

  constructor(
    readonly owner: string,
    readonly repo: string,
    readonly pullNumber: number,
    public files: FakeFile[],
    readonly token: string,
  ) {}

  inject(fault: Fault): void {
    this.faults.push({ times: 1, ...fault });
  }

  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && !(r.path === '/graphql' && isQuery(r.body)));
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((ok) => this.server!.listen(0, '127.0.0.1', ok));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const t of this.stalled) clearTimeout(t);
    this.server?.closeAllConnections();
    await new Promise<void>((ok) => this.server?.close(() => ok()));
  }

  /** A review by someone else (or by the bot, with `user` = BOT), with inline comments on the given lines. */
  seedReview(user: FakeUser, body: string, state: string, comments: { path: string; line: number; body: string }[] = []): StoredReview {
    const id = this.nextId++;
    const review: StoredReview = { id, node_id: `PRR_${id}`, body, state, commit_id: 'b'.repeat(40), user };
    this.reviews.push(review);
    for (const c of comments) this.addComment(review, c.path, c.line, c.body, user);
    return review;
  }

  private addComment(review: StoredReview, path: string, line: number | null, body: string, user: FakeUser): StoredComment {
    const cid = this.nextId++;
    const comment: StoredComment = { id: cid, node_id: `PRRC_${cid}`, body, path, line, side: 'RIGHT', pull_request_review_id: review.id, commit_id: review.commit_id, user };
    this.comments.push(comment);
    this.threads.push({ id: `PRRT_${cid}`, isResolved: false, commentIds: [cid] });
    return comment;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    let body: unknown;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      return this.reply(res, { method, path: url.pathname, body: text, operationId: null }, 400, { message: 'Problems parsing JSON' });
    }
    const record = { method, path: url.pathname, body, operationId: null as string | null };
    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.token}` && auth !== `bearer ${this.token}`) {
      this.violations.push(`${method} ${url.pathname}: missing or wrong Authorization header`);
      return this.reply(res, record, 401, { message: 'Bad credentials' });
    }
    if (url.pathname === '/graphql') return this.graphql(res, record, body);

    const v = validateRequest(method, url.pathname, body);
    record.operationId = v.operationId;
    if (v.problems.length > 0) {
      this.violations.push(...v.problems.map((p) => `${method} ${url.pathname}: ${p}`));
      return this.reply(res, record, v.operationId ? 422 : 404, { message: v.problems.join('; ') });
    }
    const fault = this.takeFault(method, url.pathname, body);
    if (fault && !fault.afterProcessing) return this.fail(res, record, fault);
    if (this.readOnly && method !== 'GET') {
      return this.reply(res, record, 403, { message: 'Resource not accessible by integration' });
    }
    const oversized = tooLong(v.operationId!, body as Record<string, unknown> | undefined);
    if (oversized) {
      this.violations.push(`${method} ${url.pathname}: a text over GitHub's ${BODY_LIMIT}-character limit`);
      return this.reply(res, record, 422, oversized);
    }
    const [status, data, headers] = this.route(v.operationId!, url, body as Record<string, unknown> | undefined);
    if (fault) return this.fail(res, record, fault);
    return this.reply(res, record, status, data, headers);
  }

  private fail(res: ServerResponse, record: Omit<RecordedRequest, 'status'>, fault: Fault): void {
    if (fault.replyBody !== undefined) return this.reply(res, record, 200, fault.replyBody);
    if (fault.drop) {
      this.requests.push({ ...record, status: 0 });
      res.socket?.destroy();
      return;
    }
    if (fault.stallMs !== undefined) {
      this.requests.push({ ...record, status: 0 });
      const t = setTimeout(() => {
        this.stalled.delete(t);
        if (!res.destroyed) res.socket?.destroy();
      }, fault.stallMs);
      this.stalled.add(t);
      return;
    }
    return this.reply(res, record, fault.status, { message: fault.message ?? 'injected fault' }, fault.headers);
  }

  private takeFault(method: string, path: string, body: unknown): Fault | null {
    const f = this.faults.find((x) => x.method === method && x.path.test(path) && (x.times ?? 1) > 0 && (!x.when || x.when(body)));
    if (!f) return null;
    f.times = (f.times ?? 1) - 1;
    return f;
  }

  private reply(res: ServerResponse, record: Omit<RecordedRequest, 'status'>, status: number, data: unknown, headers: Record<string, string> = {}): void {
    this.requests.push({ ...record, status });
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(status === 204 ? '' : JSON.stringify(data));
  }

  /** One page of a list, with GitHub's Link header naming the next one. */
  private page<T>(url: URL, items: T[]): [number, T[], Record<string, string>] {
    const per = Number(url.searchParams.get('per_page') ?? 30);
    const page = Number(url.searchParams.get('page') ?? 1);
    const headers: Record<string, string> = {};
    if (page * per < items.length) {
      const next = new URL(url.toString());
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${this.baseUrl}${next.pathname}${next.search}>; rel="next"`;
    }
    return [200, items.slice((page - 1) * per, page * per), headers];
  }

  private get baseUrl(): string {
    return `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
  }

  private route(op: string, url: URL, body: Record<string, unknown> | undefined): [number, unknown, Record<string, string>?] {
    const idInPath = (n: number) => Number(url.pathname.split('/')[n]);
    switch (op) {
      case 'pulls/get':
        if (idInPath(5) !== this.pullNumber || url.pathname.split('/')[2] !== this.owner || url.pathname.split('/')[3] !== this.repo) return [404, { message: 'Not Found' }];
        return [200, { number: this.pullNumber, state: 'open', head: { sha: this.headSha, ref: 'topic' }, base: { ref: 'verification' } }];
      case 'pulls/list-files':
        return this.page(url, this.files);
      case 'pulls/list-review-comments':
        return this.page(url, this.comments.filter((c) => this.reviewOf(c)?.state !== 'PENDING'));
      case 'pulls/list-reviews':
        return this.page(url, this.reviews);
      case 'users/get-authenticated':
        return this.userLogin === null
          ? [403, { message: 'Resource not accessible by integration' }]
          : [200, { login: this.userLogin, id: 1, type: 'User' }];
      case 'pulls/create-review':
        return this.createReview(body ?? {});
      case 'pulls/delete-pending-review': {
        const review = this.reviews.find((r) => r.id === idInPath(7));
        if (!review) return [404, { message: 'Not Found' }];
        if (review.state !== 'PENDING') return [422, { message: 'Can not delete a non-pending review' }];
        this.reviews.splice(this.reviews.indexOf(review), 1);
        for (const c of this.comments.filter((x) => x.pull_request_review_id === review.id)) this.removeComment(c);
        return [200, review];
      }
      case 'pulls/update-review-comment': {
        const c = this.comments.find((x) => x.id === idInPath(6));
        if (!c) return [404, { message: 'Not Found' }];
        c.body = String(body?.body);
        return [200, c];
      }
      case 'pulls/update-review': {
        const r = this.reviews.find((x) => x.id === idInPath(7));
        if (!r) return [404, { message: 'Not Found' }];
        r.body = String(body?.body);
        return [200, r];
      }
      case 'pulls/dismiss-review': {
        const r = this.reviews.find((x) => x.id === idInPath(7));
        if (!r) return [404, { message: 'Not Found' }];
        r.state = 'DISMISSED';
        return [200, r];
      }
      default:
        this.violations.push(`the fake does not implement ${op}`);
        return [501, { message: `not implemented: ${op}` }];
    }
  }

  private reviewOf(c: StoredComment): StoredReview | undefined {
    return this.reviews.find((r) => r.id === c.pull_request_review_id);
  }

  private removeComment(c: StoredComment): void {
    this.comments.splice(this.comments.indexOf(c), 1);
    const t = this.threads.findIndex((x) => x.commentIds.includes(c.id));
    if (t >= 0) this.threads.splice(t, 1);
  }

  /** As GitHub: every comment must sit on a RIGHT-side line of its file's patch, else 422. */
  private createReview(body: Record<string, unknown>): [number, unknown] {
    const event = body.event as string | undefined;
    if ((event === 'COMMENT' || event === 'REQUEST_CHANGES') && !body.body) return [422, { message: 'Unprocessable Entity', errors: ['Body is required'] }];
    if (!event && this.reviews.some((r) => r.state === 'PENDING')) {
      return [422, { message: 'Unprocessable Entity', errors: ['User can only have one pending review per pull request'] }];
    }
    const comments = (body.comments as { path: string; line?: number; side?: string; body: string }[] | undefined) ?? [];
    for (const c of comments) {
      const file = this.files.find((f) => f.filename === c.path);
      if (!file || c.line === undefined || !rightSideLines(file.patch ?? '').has(c.line) || (c.side ?? 'RIGHT') !== 'RIGHT') {
        return [422, { message: 'Unprocessable Entity', errors: ['Line could not be resolved'] }];
      }
    }
    const id = this.nextId++;
    const state = event === 'REQUEST_CHANGES' ? 'CHANGES_REQUESTED' : event === 'COMMENT' ? 'COMMENTED' : 'PENDING';
    const review: StoredReview = { id, node_id: `PRR_${id}`, body: String(body.body ?? ''), state, commit_id: String(body.commit_id ?? ''), user: this.actor };
    this.reviews.push(review);
    for (const c of comments) this.addComment(review, c.path, c.line ?? null, c.body, this.actor);
    return [200, review];
  }

  private graphql(res: ServerResponse, record: Omit<RecordedRequest, 'status'>, body: unknown): void {
    const { query, variables } = (body ?? {}) as { query?: unknown; variables?: Record<string, unknown> };
    if (typeof query !== 'string') {
      this.violations.push('POST /graphql without a query string');
      return this.reply(res, record, 400, { message: 'A query attribute must be specified' });
    }
    const fault = this.takeFault('POST', '/graphql', body);
    if (fault) return this.fail(res, record, fault);
    if (/^\s*query\s*\{\s*viewer\s*\{\s*login\s*\}\s*\}\s*$/.test(query)) {
      if (this.viewerLogin === null) return this.reply(res, record, 200, { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] });
      return this.reply(res, record, 200, { data: { viewer: { login: this.viewerLogin } } });
    }
    if (/resolveReviewThread/.test(query)) {
      if (this.readOnly) return this.reply(res, record, 200, { data: null, errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }] });
      const thread = this.threads.find((t) => t.id === variables?.threadId);
      if (!thread) return this.reply(res, record, 200, { data: null, errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to a node' }] });
      thread.isResolved = true;
      return this.reply(res, record, 200, { data: { resolveReviewThread: { thread: { id: thread.id, isResolved: true } } } });
    }
    if (/reviewThreads/.test(query)) {
      if (variables?.owner !== this.owner || variables?.repo !== this.repo || variables?.number !== this.pullNumber) {
        this.violations.push(`reviewThreads query for the wrong pull request: ${JSON.stringify(variables)}`);
      }
      const nodes = this.threads.map((t) => ({ id: t.id, isResolved: t.isResolved, comments: { nodes: t.commentIds.slice(0, 1).map((databaseId) => ({ databaseId })) } }));
      return this.reply(res, record, 200, { data: { repository: { pullRequest: { reviewThreads: { pageInfo: { hasNextPage: false, endCursor: null }, nodes } } } } });
    }
    this.violations.push(`unexpected GraphQL document: ${query.slice(0, 80)}`);
    return this.reply(res, record, 200, { data: null, errors: [{ message: 'unknown document' }] });
  }
}

function isQuery(body: unknown): boolean {
  const q = (body as { query?: unknown } | undefined)?.query;
  return typeof q === 'string' && !/^\s*mutation/.test(q);
}
