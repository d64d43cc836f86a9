/**
 * Which commit the workspace holds, so that review comments are placed on a pull
 * request's diff only when that diff is what was verified. `pull_request` runs check out
 * GitHub's merge of the head (a commit whose second parent is the head);
 * `pull_request_target` runs check out the base unless the workflow asks for the head.
 */
import { execFileSync } from 'node:child_process';

export interface CheckedOut {
  sha: string;
  /** Parents after the first: for a merge commit, the merged head. */
  mergedHeads: string[];
  /** How it was found (for the message). */
  source: 'git' | 'GITHUB_SHA';
}

function git(workspace: string, args: string[]): string | null {
  try {
    // safe.directory: a container job's workspace may belong to another user; reading HEAD is harmless.
    return execFileSync('git', ['-c', 'safe.directory=*', ...args], { cwd: workspace, encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

/**
 * The workspace's HEAD from git; without git (or a repository), for pull_request_target,
 * GITHUB_SHA: what actions/checkout checks out by default there (the base). Null when
 * unknown (a `pull_request` run outside git: GitHub's merge commit, as checkout makes it).
 */
export function checkedOutCommit(workspace: string, eventName: string, env: NodeJS.ProcessEnv): CheckedOut | null {
  const sha = git(workspace, ['rev-parse', '--verify', '-q', 'HEAD']);
  if (sha && /^[0-9a-f]{40}$/i.test(sha)) {
    // The commit object itself, not rev-list: a shallow clone (checkout's default depth 1)
    // hides a commit's parents from rev-list but not from its object.
    const object = git(workspace, ['cat-file', 'commit', sha]) ?? '';
    const parents = [...object.split('\n\n')[0]!.matchAll(/^parent ([0-9a-f]{40})$/gim)].map((m) => m[1]!);
    return { sha, mergedHeads: parents.slice(1), source: 'git' };
  }
  if (eventName === 'pull_request_target' && env.GITHUB_SHA) return { sha: env.GITHUB_SHA, mergedHeads: [], source: 'GITHUB_SHA' };
  return null;
}

/** Why comments must not be placed on the head's diff, or null when the head is what was verified. */
export function verifiedCommitMismatch(checkedOut: CheckedOut | null, headSha: string): string | null {
  if (!checkedOut) return null;
  const same = (a: string) => a.toLowerCase() === headSha.toLowerCase();
  if (same(checkedOut.sha) || checkedOut.mergedHeads.some(same)) return null;
  const from = checkedOut.source === 'git' ? 'the checked-out commit' : 'the checked-out commit (GITHUB_SHA)';
  return `${from} ${checkedOut.sha.slice(0, 12)} is not the pull request head ${headSha.slice(0, 12)}, so no review comments are placed on the head's diff, which was not verified`;
}
