/**
 * Publishes findings as one pull request review per run and keeps earlier ones current
 * (INTERFACES.md): new findings are posted, still-failing ones keep their comments, fixed
 * ones are edited and their threads resolved, blocking reviews never go stale.
 * A read-only token (403) ends publishing quietly: the summary and annotations remain.
 */
import type { ResultsDiagnostic, ResultsFile } from '../report/results.js';
import { commentableDiff } from './diff.js';
import { GitHubApi, httpStatus, type NewInlineComment } from './github.js';
import { bodyRow, codeSpan, findingComment, fixedComment, REVIEW_MARKER } from './markdown.js';
import { planReview, type EarlierReview, type ReviewPlan } from './placement.js';

export interface PublishContext {
  api: GitHubApi;
  headSha: string;
  results: ResultsFile;
  modeReason: string;
  maxComments: number;
  reviewEvent: 'COMMENT' | 'REQUEST_CHANGES';
  clauseOf: (d: ResultsDiagnostic) => string | null;
  absenceMeansFixed: (kind: string | null) => boolean;
  warn: (msg: string) => void;
}

export interface PublishOutcome {
  status: 'published' | 'read-only' | 'failed';
  reviewPosted: boolean;
  inline: number;
  body: number;
  kept: number;
  fixed: number;
  resolved: number;
  /** Inline comments GitHub rejected (422), shown in the review body instead. */
  movedToBody: number;
  dismissed: number;
  note?: string;
}

class ReadOnly extends Error {}

/** Runs a request; a 403 means the token cannot do this, which ends publishing. */
async function call<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (err) {
    if (httpStatus(err) === 403) throw new ReadOnly(what);
    throw err;
  }
}

export async function publishReview(ctx: PublishContext): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { status: 'published', reviewPosted: false, inline: 0, body: 0, kept: 0, fixed: 0, resolved: 0, movedToBody: 0, dismissed: 0 };
  try {
    await publish(ctx, outcome);
  } catch (err) {
    if (err instanceof ReadOnly) {
      outcome.status = 'read-only';
      outcome.note = `the token may not ${err.message} (403); findings are in the job summary and annotations`;
    } else {
      outcome.status = 'failed';
      outcome.note = `publishing the review failed: ${oneLine(err)}; findings are in the job summary and annotations`;
    }
    ctx.warn(`proofgate: ${outcome.note}`);
  }
  return outcome;
}

function oneLine(err: unknown): string {
  const status = httpStatus(err);
  const msg = err instanceof Error ? err.message : String(err);
  return `${status !== null ? `HTTP ${status}: ` : ''}${msg.split('\n')[0]}`;
}

async function publish(ctx: PublishContext, outcome: PublishOutcome): Promise<void> {
  const { api } = ctx;
  const files = await call('read the pull request files', () => api.listFiles());
  const earlierComments = await call('read review comments', () => api.listReviewComments());
  const earlierReviews = (await call('read reviews', () => api.listReviews())).filter((r) => r.body.includes(REVIEW_MARKER));

  const plan = planReview({
    findings: ctx.results.diagnostics,
    diff: commentableDiff(files),
    earlierComments,
    earlierReviews,
    maxComments: ctx.maxComments,
    absenceMeansFixed: ctx.absenceMeansFixed,
  });
  outcome.kept = plan.kept.length;

  for (const { comment, marker } of plan.fixedComments) {
    await call('edit review comments', () => api.updateReviewComment(comment.id, fixedComment(comment.body, marker, ctx.results.mode)));
    outcome.fixed++;
  }
  for (const { review, body } of plan.fixedReviewBodies) {
    await call('edit reviews', () => api.updateReview(review.id, body));
  }
  if (plan.fixedComments.length > 0) outcome.resolved = await resolveThreads(ctx, plan.fixedComments.map((f) => f.comment.id));

  await postReview(ctx, plan, earlierReviews, outcome);
}

/** Resolving needs GraphQL rights a token may lack: failures are warnings, not faults. */
async function resolveThreads(ctx: PublishContext, commentIds: number[]): Promise<number> {
  const wanted = new Set(commentIds);
  let resolved = 0;
  try {
    for (const thread of await ctx.api.listReviewThreads()) {
      if (thread.isResolved || !thread.commentIds.some((id) => wanted.has(id))) continue;
      await ctx.api.resolveReviewThread(thread.id);
      resolved++;
    }
  } catch (err) {
    ctx.warn(`proofgate: could not resolve fixed review threads (${oneLine(err)})`);
  }
  return resolved;
}

function errorsIn(findings: ResultsDiagnostic[]): number {
  return findings.filter((d) => d.severity === 'error').length;
}

async function postReview(ctx: PublishContext, plan: ReviewPlan, earlierReviews: EarlierReview[], outcome: PublishOutcome): Promise<void> {
  const { api } = ctx;
  const failingErrors = errorsIn(ctx.results.diagnostics);
  const blocking = earlierReviews.filter((r) => r.state === 'CHANGES_REQUESTED');
  const wantsBlock = ctx.reviewEvent === 'REQUEST_CHANGES' && failingErrors > 0;
  const hasNew = plan.inline.length + plan.body.length > 0;
  // A blocking run with errors but no live blocking review must still block.
  const mustPost = hasNew || (wantsBlock && blocking.length === 0);
  const event = wantsBlock ? 'REQUEST_CHANGES' : 'COMMENT';

  let inline = plan.inline.map((p) => ({ placement: p, comment: inlineComment(p.path, p.line, findingComment(p.finding, ctx.clauseOf(p.finding))) }));
  let moved: ResultsDiagnostic[] = [];
  if (mustPost) {
    const reviewBody = () => buildReviewBody(ctx, plan, moved);
    try {
      await call('post reviews', () => api.createReview(ctx.headSha, reviewBody(), event, inline.map((i) => i.comment)));
    } catch (err) {
      if (httpStatus(err) !== 422) throw err;
      const rejected = await rejectedComments(api, ctx.headSha, inline.map((i) => i.comment), true);
      moved = inline.filter((i) => rejected.has(i.comment)).map((i) => i.placement.finding);
      inline = inline.filter((i) => !rejected.has(i.comment));
      ctx.warn(`proofgate: GitHub rejected ${moved.length} inline comment(s) (422); they are in the review body`);
      await call('post reviews', () => api.createReview(ctx.headSha, reviewBody(), event, inline.map((i) => i.comment)));
    }
    outcome.reviewPosted = true;
    outcome.inline = inline.length;
    outcome.body = plan.body.length + moved.length;
    outcome.movedToBody = moved.length;
  }

  // Blocking reviews are stale once nothing fails (in a run that could tell) or once a
  // newer review replaces them.
  const allChecked = ctx.absenceMeansFixed(null);
  const supersededByNew = outcome.reviewPosted && event === 'REQUEST_CHANGES';
  const stale = (failingErrors === 0 && allChecked) || supersededByNew ? blocking : [];
  for (const review of stale) {
    const message = failingErrors === 0 ? 'proofgate: everything this review flagged now verifies.' : 'proofgate: superseded by a newer review.';
    await call('dismiss reviews', () => api.dismissReview(review.id, message));
    outcome.dismissed++;
  }
}

function inlineComment(path: string, line: number, body: string): NewInlineComment {
  return { path, line, side: 'RIGHT', body };
}

/**
 * Which comments GitHub refuses, found by bisection with PENDING reviews (created, then
 * deleted) since a rejected review does not say which comment was at fault.
 */
async function rejectedComments(api: GitHubApi, sha: string, comments: NewInlineComment[], knownToFail: boolean): Promise<Set<NewInlineComment>> {
  if (comments.length === 0) return new Set();
  if (!knownToFail) {
    try {
      const id = await call('post reviews', () => api.createPendingReview(sha, comments));
      await call('delete pending reviews', () => api.deletePendingReview(id));
      return new Set();
    } catch (err) {
      if (httpStatus(err) !== 422) throw err;
    }
  }
  if (comments.length === 1) return new Set(comments);
  const mid = Math.ceil(comments.length / 2);
  const left = await rejectedComments(api, sha, comments.slice(0, mid), false);
  const right = await rejectedComments(api, sha, comments.slice(mid), false);
  return new Set([...left, ...right]);
}

function buildReviewBody(ctx: PublishContext, plan: ReviewPlan, moved: ResultsDiagnostic[]): string {
  const { results } = ctx;
  const s = results.summary;
  const head = results.mode === 'verify'
    ? `### proofgate: ${s.verified} verified, ${s.errors} errors`
    : `### proofgate (--no-verify): ${s.items ?? s.functions} items checked, ${s.errors} errors`;
  const parts = [head, `Mode: ${codeSpan(results.mode)} (${ctx.modeReason.replace(/[<>]/g, '')}).`];
  const rows = [...plan.body, ...moved];
  if (rows.length > 0) {
    parts.push('Findings without an inline comment (outside the diff, over the comment limit, or rejected by GitHub):');
    parts.push(rows.map((d) => bodyRow(d, ctx.clauseOf(d))).join('\n'));
  }
  if (plan.kept.length > 0) parts.push(`${plan.kept.length} finding(s) from earlier reviews still fail; their comments stand.`);
  parts.push(REVIEW_MARKER);
  return parts.join('\n\n');
}
