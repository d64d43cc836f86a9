/**
 * A failure the user must fix (bad input, unreadable event payload): reported as one
 * line and exit status 2, never as a stack trace.
 */
export class ActionUsageError extends Error {
  override name = 'ActionUsageError';
}
