/**
 * The checker's diagnostic sink and its rustc-like message texts.
 */
import { diag, type Diagnostic, type DiagnosticKind } from '../report/diagnostic.js';
import type { Span } from '../syntax/span.js';

/**
 * A local a macro's body binds carries its expansion's hygiene mark (`name%N`, see
 * src/syntax/macro-hygiene.ts); messages name it as written.
 */
function unmarked(text: string): string {
  return text.includes('%') ? text.replace(/([A-Za-z0-9_])%\d+\b/g, '$1') : text;
}

export class Diags {
  readonly list: Diagnostic[] = [];
  /** While > 0, diagnostics are dropped (bodies of external_body fns, unverified items). */
  private muted = 0;

  error(kind: DiagnosticKind, message: string, span: Span, extra: Partial<Diagnostic> = {}): void {
    if (this.muted > 0) return;
    const shown = extra.primaryLabel === undefined ? extra : { ...extra, primaryLabel: unmarked(extra.primaryLabel) };
    this.list.push(diag(kind, unmarked(message), span, shown));
  }

  mismatch(expected: string, found: string, span: Span): void {
    this.error('type', 'mismatched types', span, { primaryLabel: `expected \`${expected}\`, found \`${found}\`` });
  }

  unsupported(what: string, span: Span): void {
    this.error('unsupported', `not supported: ${what}`, span);
  }

  withMuted<T>(mute: boolean, f: () => T): T {
    if (mute) this.muted++;
    try {
      return f();
    } finally {
      if (mute) this.muted--;
    }
  }
}

/** "this function takes 2 arguments but 1 argument was supplied" */
export function argCountMessage(expected: number, found: number): string {
  const a = (n: number): string => `${n} argument${n === 1 ? '' : 's'}`;
  return `this function takes ${a(expected)} but ${a(found)} ${found === 1 ? 'was' : 'were'} supplied`;
}
