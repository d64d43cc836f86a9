/**
 * Publishes findings as one pull request review per run and keeps earlier ones current
 * (INTERFACES.md): new findings are posted, still-failing ones keep their comments, fixed
 * ones are edited and their threads resolved, blocking reviews never go stale.
 * Only the token's own comments and reviews are read as state; nobody else's is edited,
 * resolved or dismissed. A review whose creation may have reached GitHub despite an error
 * is not posted again blindly: the pull request is read again and only what is missing is
 * posted. A read-only token (403) ends publishing quietly: the summary and annotations remain.
 */
import type { ResultsDiagnostic, ResultsFile } from '../report/results.js';
import { commentableDiff, type PullRequestFile } from './diff.js';
import { errorReason, GitHubApi, httpStatus, mayHaveBeenProcessed, type NewInlineComment } from './github.js';
import { ranAnalysis } from './analysis.js';
import { BODY_LIMIT, fittingPrefix, textSize } from './limits.js';
import { bodyRow, codeSpan, findingComment, fixedBodyRow, fixedComment, isReviewBody, isWarningKind, REVIEW_MARKER } from './markdown.js';
import { isByToken, planReview, type EarlierComment, type EarlierReview, type ReviewPlan } from './placement.js';

export interface PublishContext {
  api: GitHubApi;
  headSha: string;
  results: ResultsFile;
  modeReason: string;
  maxComments: number;
  reviewEvent: 'COMMENT' | 'REQUEST_CHANGES';
  clauseOf: (d: ResultsDiagnostic) => string | null;
  /** The base of permalinks at the verified commit (blobBaseUrl), for clauses in files off the diff. */
  blobBase?: string;
  absenceMeansFixed: (kind: string | null) => boolean;
  warn: (msg: string) => void;
  /** Where the findings are when no review could be published (default: the Action's job summary and annotations). */
  elsewhere?: string;
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
  /**
   * Findings for the review body that did not fit GitHub's limit on it (counted apart from
   * `body`, the rows it shows): the body says how many and where they are.
   */
  notInBody: number;
  dismissed: number;
  /** Review posts answered with a fault after GitHub may have stored them (then re-read, see AmbiguousPost). */
  uncertainPosts: number;
  note?: string;
}

class ReadOnly extends Error {}

/** Creating a review failed in a way GitHub may still have carried out (see mayHaveBeenProcessed). */
class AmbiguousPost extends Error {
  constructor(readonly reason: unknown) {
    super(errorReason(reason));
  }
}

/** Reading the pull request again after an ambiguous post, then posting what is missing: at most this often. */
const MAX_POST_ATTEMPTS = 3;

/** Runs a request; a 403 means the token cannot do this, which ends publishing. */
async function call<T>(what: string, request: () => Promise<T>): Promise<T> {
  try {
    return await request();
  } catch (err) {
    if (httpStatus(err) === 403) throw new ReadOnly(what);
    throw err;
  }
}

const STATIC_KINDS = new Set(['syntax', 'type', 'mode', 'unsupported']);

/**
 * Whether an earlier finding's absence from `results` proves it fixed: only if this run
 * checked it. A shard's results cover only its share; a --no-verify run only static checks;
 * a run without the value analysis says nothing of its warnings.
 * (`kind` null: whether the whole run's absence of errors counts, for stale blocking reviews.)
 */
export function absenceMeansFixed(results: ResultsFile): (kind: string | null) => boolean {
  const complete = !results.shard;
  const analysed = ranAnalysis(results);
  return (kind) => {
    if (!complete) return false;
    // a warning is the value analysis's: only a run of the analysis could report it again
    if (isWarningKind(kind)) return analysed;
    return results.mode === 'verify' || (kind !== null && STATIC_KINDS.has(kind));
  };
}

export async function publishReview(ctx: PublishContext): Promise<PublishOutcome> {
  const outcome: PublishOutcome = { status: 'published', reviewPosted: false, inline: 0, body: 0, kept: 0, fixed: 0, resolved: 0, movedToBody: 0, notInBody: 0, dismissed: 0, uncertainPosts: 0 };
  try {
    await publish(ctx, outcome);
  } catch (err) {
    const elsewhere = ctx.elsewhere ?? 'findings are in the job summary and annotations';
    if (err instanceof ReadOnly) {
      outcome.status = 'read-only';
      outcome.note = `the token may not ${err.message} (403); ${elsewhere}`;
    } else {
      outcome.status = 'failed';
      outcome.note = `publishing the review failed: ${oneLine(err)}; ${elsewhere}`;
    }
    ctx.warn(`proofgate: ${outcome.note}`);
  }
  return outcome;
}

function oneLine(err: unknown): string {
  return errorReason(err instanceof AmbiguousPost ? err.reason : err);
}

async function publish(ctx: PublishContext, outcome: PublishOutcome): Promise<void> {
  const { api } = ctx;
  const login = await call('identify its account', () => api.tokenLogin());
  const files = await call('read the pull request files', () => api.listFiles());
  for (let attempt = 1; ; attempt++) {
    try {
      await publishOnce(ctx, outcome, login, files);
      return;
    } catch (err) {
      if (!(err instanceof AmbiguousPost)) throw err;
      outcome.uncertainPosts++;
      if (attempt >= MAX_POST_ATTEMPTS) throw err;
      ctx.warn(`proofgate: posting the review failed (${err.message}) after GitHub may have stored it; reading the pull request again to post only what is missing`);
    }
  }
}

/** The token's own comments and reviews (reviews: only those with the bot's review trailer). */
async function ownState(api: GitHubApi, login: string): Promise<{ comments: EarlierComment[]; reviews: EarlierReview[] }> {
  const comments = (await call('read review comments', () => api.listReviewComments())).filter((c) => isByToken(c.author, login));
  const reviews = (await call('read reviews', () => api.listReviews())).filter((r) => isByToken(r.author, login) && isReviewBody(r.body));
  return { comments, reviews };
}

async function publishOnce(ctx: PublishContext, outcome: PublishOutcome, login: string, files: PullRequestFile[]): Promise<void> {
  const { api } = ctx;
  const { comments: earlierComments, reviews: earlierReviews } = await ownState(api, login);
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
    // Bodies written now keep room for this edit; an older one might not fit once edited.
    if (textSize(body) > BODY_LIMIT) {
      ctx.warn(`proofgate: review ${review.id}'s rows of fixed findings were not marked: the edited body would exceed GitHub's ${BODY_LIMIT}-character limit`);
      continue;
    }
    await call('edit reviews', () => api.updateReview(review.id, body));
  }
  if (plan.fixedComments.length > 0) outcome.resolved += await resolveThreads(ctx, plan.fixedComments.map((f) => f.comment.id));

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

  let inline = plan.inline.map((p) => ({ placement: p, comment: inlineComment(p.path, p.line, findingComment(p.finding, ctx.clauseOf(p.finding), ctx.blobBase)) }));
  let moved: ResultsDiagnostic[] = [];
  let body: ReviewBody = { text: '', rows: 0, left: [] };
  if (mustPost) {
    const reviewBody = () => {
      body = buildReviewBody(ctx, plan, moved);
      return body.text;
    };
    try {
      await createReview(ctx, reviewBody(), event, inline.map((i) => i.comment));
    } catch (err) {
      if (httpStatus(err) !== 422) throw err;
      const rejected = await rejectedComments(api, ctx.headSha, inline.map((i) => i.comment), true);
      // no comment at fault: the review itself was refused, and posting it again would not help
      if (rejected.size === 0) throw err;
      moved = inline.filter((i) => rejected.has(i.comment)).map((i) => i.placement.finding);
      inline = inline.filter((i) => !rejected.has(i.comment));
      ctx.warn(`proofgate: GitHub rejected ${moved.length} inline comment(s) (422); they are in the review body`);
      await createReview(ctx, reviewBody(), event, inline.map((i) => i.comment));
    }
    outcome.reviewPosted = true;
    outcome.inline = inline.length;
    outcome.body = body.rows;
    outcome.movedToBody = moved.length;
    outcome.notInBody = body.left.length;
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

/** One create-review POST; a failure GitHub may have carried out becomes AmbiguousPost. */
async function createReview(ctx: PublishContext, body: string, event: 'COMMENT' | 'REQUEST_CHANGES', comments: NewInlineComment[]): Promise<void> {
  try {
    await call('post reviews', () => ctx.api.createReview(ctx.headSha, body, event, comments));
  } catch (err) {
    if (err instanceof ReadOnly || !mayHaveBeenProcessed(err)) throw err;
    throw new AmbiguousPost(err);
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

/** A review body, with how many finding rows it shows and the findings left out of it (over GitHub's limit). */
interface ReviewBody {
  text: string;
  rows: number;
  left: ResultsDiagnostic[];
}

/** Room the review body keeps under GitHub's limit, beyond its rows' later "fixed" edits (fixedBodyRow). */
const BODY_MARGIN = 1024;

function buildReviewBody(ctx: PublishContext, plan: ReviewPlan, moved: ResultsDiagnostic[]): ReviewBody {
  const { results } = ctx;
  const s = results.summary;
  const head = results.mode === 'verify'
    ? `### proofgate: ${s.verified} verified, ${s.errors} errors`
    : `### proofgate (--no-verify): ${s.items ?? s.functions} items checked, ${s.errors} errors${ranAnalysis(results) ? `; value analysis: ${s.warnings ?? 0} warnings, ${s.skipped ?? 0} functions not analysed` : ''}`;
  const parts = [head, `Mode: ${codeSpan(results.mode)} (${ctx.modeReason.replace(/[<>]/g, '')}).`];
  // The most important first, should not all fit: errors before warnings.
  const findings = [...plan.body, ...moved].sort((a, b) => severityRank(a) - severityRank(b));
  const rows = findings.map((d) => bodyRow(d, ctx.clauseOf(d)));
  const tail: string[] = [];
  if (plan.kept.length > 0) tail.push(`${plan.kept.length} finding(s) from earlier reviews still fail; their comments stand.`);
  tail.push(REVIEW_MARKER);
  const intro = 'Findings without an inline comment (outside the diff, over the comment limit, or rejected by GitHub):';
  const fixed = textSize([...parts, intro, leftOutNote(findings), ...tail].join('\n\n')) + 8;
  // A row costs its "fixed" form's size (a later run may edit it so) and its newline.
  const shown = fittingPrefix(rows, BODY_LIMIT - BODY_MARGIN - fixed, (row) => Math.max(textSize(row), textSize(fixedBodyRow(row))) + 2);
  const left = findings.slice(shown.length);
  if (rows.length > 0) {
    parts.push(intro);
    if (shown.length > 0) parts.push(shown.join('\n'));
    if (left.length > 0) parts.push(leftOutNote(left));
  }
  parts.push(...tail);
  return { text: parts.join('\n\n'), rows: shown.length, left };
}

function severityRank(d: ResultsDiagnostic): number {
  return d.severity === 'error' ? 0 : 1;
}

/** Says how many findings the review body could not hold, and where they are. */
function leftOutNote(left: ResultsDiagnostic[]): string {
  const errors = errorsIn(left);
  return `…and ${left.length} more (${errors} error(s), ${left.length - errors} warning(s)) not listed here: GitHub limits a review body to ${BODY_LIMIT.toLocaleString('en-US')} characters. `
    + 'Each is an annotation of this run\'s step (the step log shows every one) and a row of its job summary (as many as GitHub\'s 1 MiB limit on it allows, errors first), and every finding is in the results file and the SARIF file (the step\'s `results-file` and `sarif-file` outputs). A later run lists those still failing that are not shown here.';
}
