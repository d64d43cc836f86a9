/**
 * Which lines of a pull request can carry an inline review comment: the RIGHT-side lines
 * (added or context) of each file's unified-diff patch from the pull request files API.
 */

/** RIGHT-side line numbers present in one file's patch. */
export function rightSideLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0; // next RIGHT-side line number; 0 before the first hunk
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      continue;
    }
    if (next === 0) continue;
    const tag = line[0];
    if (tag === '+' || tag === ' ') lines.add(next++);
    else if (tag === '-' || tag === '\\') continue; // removed line, or "\ No newline at end of file"
    else if (line === '') continue; // trailing newline of the patch text
  }
  return lines;
}

export interface PullRequestFile {
  filename: string;
  status?: string;
  patch?: string;
}

/** Path -> commentable lines. Files without a patch (binary, too large) get an empty set. */
export type CommentableDiff = Map<string, Set<number>>;

export function commentableDiff(files: PullRequestFile[]): CommentableDiff {
  const diff: CommentableDiff = new Map();
  for (const f of files) {
    if (f.status === 'removed') continue;
    diff.set(f.filename, f.patch ? rightSideLines(f.patch) : new Set());
  }
  return diff;
}
