/** `auto` mode: which runs get full proofs (docs/action.md). */
import type { ActionInputs } from './inputs.js';
import type { ActionEvent } from './event.js';

export interface ModeDecision {
  mode: 'verify' | 'no-verify';
  reason: string;
}

/** Branch globs: `*` matches within one path segment, `**` across segments, `?` one char. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

export function branchMatches(branch: string, globs: string[]): boolean {
  return globs.some((g) => globToRegExp(g).test(branch));
}

export function decideMode(inputs: Pick<ActionInputs, 'mode' | 'verificationBranches' | 'verificationLabel'>, event: ActionEvent): ModeDecision {
  if (inputs.mode !== 'auto') return { mode: inputs.mode, reason: `mode input is '${inputs.mode}'` };
  const pr = event.pullRequest;
  if (pr) {
    if (branchMatches(pr.baseRef, inputs.verificationBranches)) {
      return { mode: 'verify', reason: `pull request into verification branch '${pr.baseRef}'` };
    }
    if (inputs.verificationLabel && pr.labels.includes(inputs.verificationLabel)) {
      return { mode: 'verify', reason: `pull request labelled '${inputs.verificationLabel}'` };
    }
    return { mode: 'no-verify', reason: `pull request into '${pr.baseRef}', not a verification branch` };
  }
  if (event.branch !== null && branchMatches(event.branch, inputs.verificationBranches)) {
    return { mode: 'verify', reason: `${event.name} on verification branch '${event.branch}'` };
  }
  return { mode: 'no-verify', reason: event.branch === null ? `${event.name} not on a branch` : `${event.name} on '${event.branch}', not a verification branch` };
}
