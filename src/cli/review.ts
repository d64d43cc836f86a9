/**
 * `proofgate review RESULTS.json`: posts a results file as a pull request review from any
 * CI, through publish.ts (the Action's placement, dedupe and fault handling) on an
 * @octokit/rest client with the same retry and throttling plugins and timeouts.
 * The token comes only from the environment (`--token-env NAME`, GITHUB_TOKEN, GH_TOKEN).
 */
import { errorReason, GitHubApi, makeOctokit } from '../action/github.js';
import { absenceMeansFixed, publishReview, type PublishOutcome } from '../action/publish.js';
import { checkedOutCommit, verifiedCommitMismatch } from '../action/checkout.js';
import { makeClauseReader } from '../action/snippet.js';
import { blobBaseUrl } from '../action/markdown.js';
import { apiTimingFromTestEnv } from '../action/test-timing.js';
import { readResultsFile } from '../report/read-results.js';
import { oneOf, positiveInt, str, UsageError, type Values } from './args.js';

export interface ReviewTarget {
  owner: string;
  repo: string;
  pr: number;
  token: string;
  tokenName: string;
  apiUrl: string;
}

/** Where to post and with which token: flags first, then the CI's environment. */
export function reviewTarget(values: Values, env: NodeJS.ProcessEnv): ReviewTarget {
  const repoText = str(values, 'repo') ?? env.GITHUB_REPOSITORY;
  if (!repoText) throw new UsageError('which repository? give --repo OWNER/NAME (or set GITHUB_REPOSITORY)');
  const m = /^([\w.-]+)\/([\w.-]+)$/.exec(repoText);
  if (!m) throw new UsageError(`--repo takes OWNER/NAME, got \`${repoText}\``);
  let pr: number | undefined = positiveInt('pr', str(values, 'pr'));
  if (pr === undefined) {
    const ref = /^refs\/pull\/(\d+)\/(merge|head)$/.exec(env.GITHUB_REF ?? '');
    if (ref) pr = Number(ref[1]);
  }
  if (pr === undefined) throw new UsageError('which pull request? give --pr N (or run where GITHUB_REF is refs/pull/N/merge)');
  const named = str(values, 'token-env');
  if (named !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(named)) throw new UsageError(`--token-env takes an environment variable's name, got \`${named}\``);
  const tokenName = named ?? (env.GITHUB_TOKEN ? 'GITHUB_TOKEN' : 'GH_TOKEN');
  const token = env[tokenName] ?? '';
  if (!token) {
    throw new UsageError(named !== undefined
      ? `--token-env ${named}: that variable is not set`
      : 'no token: set GITHUB_TOKEN or GH_TOKEN (a token with pull-requests write), or name its variable with --token-env');
  }
  return { owner: m[1]!, repo: m[2]!, pr, token, tokenName, apiUrl: str(values, 'api-url') ?? (env.GITHUB_API_URL || 'https://api.github.com') };
}

/** The web server of an API URL: api.github.com -> github.com; GHES's HOST/api/v3 -> HOST. */
function serverOf(apiUrl: string): string {
  const u = new URL(apiUrl);
  if (u.hostname === 'api.github.com') return 'https://github.com';
  return `${u.protocol}//${u.host}`;
}

function describe(outcome: PublishOutcome): string {
  const parts = [
    outcome.reviewPosted ? `posted ${outcome.inline} inline comment(s) and ${outcome.body} body row(s)` : 'nothing new to post',
    `${outcome.kept} earlier finding(s) still failing`,
    `${outcome.fixed} fixed comment(s) updated, ${outcome.resolved} thread(s) resolved`,
  ];
  if (outcome.movedToBody > 0) parts.push(`${outcome.movedToBody} comment(s) rejected by GitHub moved to the review body`);
  if (outcome.dismissed > 0) parts.push(`${outcome.dismissed} stale blocking review(s) dismissed`);
  return parts.join('; ');
}

export async function review(values: Values, positionals: string[], env: NodeJS.ProcessEnv): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('review takes one results file (merge the shards\' files first: `proofgate merge --output FILE ...`)');
  const file = positionals[0]!;
  const results = readResultsFile(file);
  const reviewEvent = oneOf('review-event', str(values, 'review-event'), ['COMMENT', 'REQUEST_CHANGES'] as const) ?? 'COMMENT';
  const maxComments = str(values, 'max-comments') === '0' ? 0 : positiveInt('max-comments', str(values, 'max-comments')) ?? 30;
  const target = reviewTarget(values, env);
  const { timing, note } = apiTimingFromTestEnv(env);
  const log = (m: string) => process.stderr.write(`proofgate: ${m}\n`);
  if (note) log(note);

  const api = new GitHubApi(makeOctokit(target.token, target.apiUrl, log, timing), { owner: target.owner, repo: target.repo, pull_number: target.pr });
  const where = `${target.owner}/${target.repo}#${target.pr}`;
  let head: string;
  try {
    head = await api.pullHeadSha();
  } catch (err) {
    throw new UsageError(`cannot read pull request ${where} (${errorReason(err)})`);
  }
  const sha = str(values, 'sha');
  if (sha !== undefined && sha.toLowerCase() !== head.toLowerCase()) {
    throw new UsageError(`the results are for ${sha.slice(0, 12)} but the head of ${where} is ${head.slice(0, 12)}: not placing comments on a diff that was not verified (re-run on the head)`);
  }
  // Without --sha, the working folder's checkout is what was verified, as in the Action.
  const mismatch = sha === undefined ? verifiedCommitMismatch(checkedOutCommit(process.cwd(), 'pull_request', env), head) : null;
  if (mismatch) throw new UsageError(`${mismatch} (of ${where}); run on the head, or give --sha`);
  const outcome = await publishReview({
    api,
    headSha: head,
    results,
    modeReason: `results file ${file.replace(/[`]/g, '')}`,
    maxComments,
    reviewEvent,
    clauseOf: makeClauseReader(process.cwd()),
    blobBase: blobBaseUrl(env.GITHUB_SERVER_URL || serverOf(target.apiUrl), target.owner, target.repo, head),
    absenceMeansFixed: absenceMeansFixed(results),
    warn: (m) => process.stderr.write(`${m}\n`),
    elsewhere: `the findings are in ${file.replace(/[`]/g, '')}`,
  });
  if (outcome.status !== 'published') throw new UsageError(`no review on ${where}: ${outcome.note ?? outcome.status}`);
  console.log(`proofgate: review of ${where}: ${describe(outcome)}`);
  return results.summary.errors > 0 ? 1 : 0;
}
