/**
 * Where each finding goes (pure): an inline comment on its primary line when that line
 * is in the diff (at most `maxComments` new ones), otherwise a row in the review body.
 * Earlier comments and body rows are matched by fingerprint: still failing -> kept as
 * is, no longer reported -> edited to say so (only when this run could have reported it).
 * The caller passes only the bot's own comments and reviews: nobody else's text is state.
 */
import type { ResultsDiagnostic } from '../report/results.js';
import { isVstdPath } from '../syntax/vstd-lib.js';
import type { CommentableDiff } from './diff.js';
import { fixedBodyRow, isWarningKind, parseMarker, type ParsedMarker } from './markdown.js';

/** Who wrote a comment or review, as GitHub's REST API says (null: a deleted account). */
export interface Author {
  login: string;
  type: string;
}

export interface EarlierComment {
  id: number;
  body: string;
  author: Author | null;
}

export interface EarlierReview {
  id: number;
  body: string;
  state: string;
  author: Author | null;
}

/**
 * Whether `author` is the account the token acts as (`tokenLogin`). REST names an app's
 * bot account `<slug>[bot]`; GraphQL's viewer may name it with or without the suffix, so
 * a Bot-type author matches either. A user's login cannot contain `[bot]`.
 */
export function isByToken(author: Author | null, tokenLogin: string): boolean {
  if (!author) return false;
  const login = author.login.toLowerCase();
  const own = tokenLogin.toLowerCase();
  return login === own || (author.type === 'Bot' && login === `${own}[bot]`);
}

export interface InlinePlacement {
  finding: ResultsDiagnostic;
  path: string;
  line: number;
}

export interface ReviewPlan {
  inline: InlinePlacement[];
  body: ResultsDiagnostic[];
  /** Findings whose earlier comment or body row still stands. */
  kept: ResultsDiagnostic[];
  fixedComments: { comment: EarlierComment; marker: ParsedMarker }[];
  fixedReviewBodies: { review: EarlierReview; body: string }[];
}

export interface PlanInput {
  findings: ResultsDiagnostic[];
  diff: CommentableDiff;
  earlierComments: EarlierComment[];
  earlierReviews: EarlierReview[];
  maxComments: number;
  /**
   * Whether this run checked what a finding of this kind (from an earlier run) covers,
   * so its absence means it is fixed. False for proof findings in a --no-verify run
   * or a shard, which must never be called "verified"; for a warning (`warning-` kinds),
   * true only in a run that ran the value analysis.
   */
  absenceMeansFixed: (kind: string | null) => boolean;
}

function normalizePath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^\.\//, '');
}

/**
 * A finding's identity as state: its fingerprint and whether it is a warning. An earlier
 * warning's comment never stands for an error (which must still be posted), nor the reverse.
 */
function stateKey(fingerprint: string, warning: boolean): string {
  return `${fingerprint}${warning ? ';warning' : ''}`;
}

function markerKey(marker: ParsedMarker): string {
  return stateKey(marker.fingerprint, isWarningKind(marker.kind));
}

export function planReview(input: PlanInput): ReviewPlan {
  const failing = new Map<string, ResultsDiagnostic>();
  for (const f of input.findings) {
    const key = stateKey(f.fingerprint, f.severity === 'warning');
    if (!failing.has(key)) failing.set(key, f);
  }

  const alreadyShown = new Set<string>();
  const fixedComments: ReviewPlan['fixedComments'] = [];
  for (const comment of input.earlierComments) {
    const marker = parseMarker(comment.body);
    if (!marker || marker.fixed) continue;
    if (failing.has(markerKey(marker))) alreadyShown.add(markerKey(marker));
    else if (input.absenceMeansFixed(marker.kind)) fixedComments.push({ comment, marker });
  }

  const fixedReviewBodies: ReviewPlan['fixedReviewBodies'] = [];
  for (const review of input.earlierReviews) {
    let changed = false;
    const lines = review.body.split('\n').map((line) => {
      const marker = parseMarker(line);
      if (!marker || marker.fixed) return line;
      if (failing.has(markerKey(marker))) {
        alreadyShown.add(markerKey(marker));
        return line;
      }
      if (!input.absenceMeansFixed(marker.kind)) return line;
      changed = true;
      return fixedBodyRow(line);
    });
    if (changed) fixedReviewBodies.push({ review, body: lines.join('\n') });
  }

  const inline: InlinePlacement[] = [];
  const body: ResultsDiagnostic[] = [];
  const kept: ResultsDiagnostic[] = [];
  // errors take the inline comments first: a warning never pushes an error into the body
  const errorsFirst = [...failing].sort(([, a], [, b]) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1));
  for (const [key, finding] of errorsFirst) {
    if (alreadyShown.has(key)) {
      kept.push(finding);
      continue;
    }
    const path = normalizePath(finding.file);
    // Proofgate's vstd (`<vstd>/...`) is never on the diff, whatever a pull request names its files.
    const inDiff = !isVstdPath(path) && (input.diff.get(path)?.has(finding.line) ?? false);
    if (inDiff && inline.length < input.maxComments) inline.push({ finding, path, line: finding.line });
    else body.push(finding);
  }
  return { inline, body, kept, fixedComments, fixedReviewBodies };
}
