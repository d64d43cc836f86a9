/**
 * Which bindings are in scope at each loop head of a function, from the checked tree. The
 * value analysis keeps a local's value after its scope ends (an earlier `for` loop's counter,
 * a `let` inside an earlier block), and an invariant naming such a local is not a claim a
 * user could write there: candidates are made only of locals in scope at the loop.
 */
import type { Block, Expr, FnItem, Pattern, Stmt } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import { walkBlock } from '../syntax/walk.js';

/** Where a binding can be named: from `start` to `end` (offsets in one file). */
interface Region { file: string; start: number; end: number }

/** The `let` and `for` bindings whose scope contains `at`, for one function (parameters are everywhere). */
export class FnScopes {
  private readonly regions = new Map<number, Region[]>();

  constructor(fn: FnItem) {
    if (!fn.body) return;
    const blocks: Block[] = [fn.body];
    walkBlock(fn.body, (e: Expr) => {
      if (e.kind === 'block') blocks.push(e.block);
      if (e.kind === 'if') {
        blocks.push(e.then);
        if (e.else && 'stmts' in e.else) blocks.push(e.else);
      }
    }, (st: Stmt) => {
      if (st.kind === 'while' || st.kind === 'loop' || st.kind === 'for') blocks.push(st.body);
      if (st.kind === 'proof') blocks.push(st.block);
      // a `for` pattern is in scope in the loop's own clauses and body, not after it
      if (st.kind === 'for') this.bindPattern(st.pattern, { file: st.span.file, start: st.span.start, end: st.span.end });
    });
    for (const b of blocks) {
      for (const st of b.stmts) {
        if (st.kind === 'let') this.bindPattern(st.pattern, { file: b.span.file, start: st.span.end, end: b.span.end });
      }
    }
  }

  /** Whether binding `id` can be named at `at` (a binding of unknown scope, e.g. of a match arm, cannot). */
  inScope(id: number, at: Span): boolean {
    return (this.regions.get(id) ?? []).some((r) => r.file === at.file && r.start <= at.start && at.end <= r.end);
  }

  private bindPattern(p: Pattern, r: Region): void {
    switch (p.kind) {
      case 'ident':
        if (p.id !== undefined) this.regions.set(p.id, [...(this.regions.get(p.id) ?? []), r]);
        return;
      case 'tuple': case 'tuple_struct': p.elems.forEach((x) => this.bindPattern(x, r)); return;
      case 'struct': p.fields.forEach((f) => this.bindPattern(f.pattern, r)); return;
      case 'or': p.alts.forEach((x) => this.bindPattern(x, r)); return;
      default: return;
    }
  }
}
