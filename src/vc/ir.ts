/**
 * The verification IR: a passive (SSA) program built by symbolic execution.
 *
 * The encoder (ir-function.ts) turns a function's IR into three kinds of records:
 *   - declarations of SSA constants (`x@3`), each assignment/havoc making a fresh one;
 *   - assumptions, each guarded by the path condition where it was made and chained into
 *     a scope (`s!7 = s!6 && a!7`), so a goal sees exactly the facts before it;
 *   - assertions (goals): `scope => (pc => P)`.
 * Branches fork the path condition and join with guarded equalities; a loop body gets a
 * fresh scope (loop isolation); `return`/`break` make the rest of a path dead (pc false).
 * This is the "SSA + path conditions" form of weakest preconditions, emitted directly.
 */
import type { Goal } from '../smt/query.js';

export interface ScopeMark { scope: string }

export class PassiveProgram {
  private readonly lines: string[] = [];
  private counter = 0;
  private readonly names = new Map<string, number>();
  /** The conjunction of assumptions in force (a Bool symbol or 'true'). */
  scope = 'true';
  /** The current path condition. 'false' = unreachable. */
  pc = 'true';
  readonly goals: Goal[] = [];

  /** A fresh SSA constant named after a Rust name. */
  fresh(base: string, sort: string): string {
    const clean = base.replace(/[^A-Za-z0-9_]/g, '_') || 'tmp';
    const n = this.names.get(clean) ?? 0;
    this.names.set(clean, n + 1);
    const name = `${clean}@${n}`;
    this.lines.push(`(declare-const ${name} ${sort})`);
    return name;
  }

  /** A definition visible to everything after (used for path-condition names). */
  define(base: string, term: string): string {
    const name = `${base}!${this.counter++}`;
    this.lines.push(`(define-fun ${name} () Bool ${term})`);
    return name;
  }

  /** Extra prelude text (e.g. a skolem function's axiom) that is a conservative extension. */
  raw(line: string): void { this.lines.push(line); }

  assume(term: string): void {
    if (this.pc === 'false' || term === 'true') return;
    const guarded = this.pc === 'true' ? term : `(=> ${this.pc} ${term})`;
    this.scope = this.define('s', this.scope === 'true' ? guarded : `(and ${this.scope} ${guarded})`);
  }

  /** Assume without the path-condition guard (for terms already guarded). */
  assumeRaw(term: string): void {
    if (term === 'true') return;
    this.scope = this.define('s', this.scope === 'true' ? term : `(and ${this.scope} ${term})`);
  }

  /** The goal text for P at the current point, or undefined when the path is dead. */
  goalTerm(p: string): string | undefined {
    if (this.pc === 'false') return undefined;
    let t = p;
    if (this.pc !== 'true') t = `(=> ${this.pc} ${t})`;
    if (this.scope !== 'true') t = `(=> ${this.scope} ${t})`;
    return t;
  }

  addGoal(goal: Goal): void { this.goals.push(goal); }

  nextLabel(): string { return `g${this.goals.length}`; }

  text(): string { return this.lines.join('\n'); }
}
