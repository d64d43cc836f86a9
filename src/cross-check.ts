/**
 * `--cross-check cvc5`: every query z3 answered is re-proved by cvc5 from its standalone
 * script (the `--dump-smt` text), and any disagreement on a goal is an error: z3 proved it
 * where cvc5 finds a counterexample, or z3 found a real counterexample (a `sat` answer)
 * where cvc5 proves it. cvc5's unknowns and timeouts are counted, not errors.
 */
import { diag, type Diagnostic } from './report/diagnostic.js';
import { Cvc5Session, type Answer, type Cvc5Answers } from './smt/cvc5.js';
import { standaloneScript } from './smt/dump.js';
import type { GoalResult, QueryResult } from './smt/query.js';
import type { FunctionVc } from './vc/index.js';

export interface CrossCheckStats {
  queries: number;
  goals: number;
  /** Goals both solvers decided the same way. */
  agreed: number;
  /** Goals cvc5 left unknown or ran out of time on, or z3 did. */
  undecided: number;
  disagreements: number;
  /** Queries cvc5 rejected a command of. */
  rejected: number;
}

type Verdict = 'valid' | 'invalid' | 'undecided';

function z3Verdict(g: GoalResult): Verdict {
  if (g.status === 'proved') return 'valid';
  // A model from an `unknown` answer (no MBQI) is not a proof that the goal fails.
  if (g.status === 'failed' && g.reason === undefined) return 'invalid';
  return 'undecided';
}

function cvc5Verdict(a: Answer | undefined): Verdict {
  return a === 'unsat' ? 'valid' : a === 'sat' ? 'invalid' : 'undecided';
}

export class Cvc5CrossCheck {
  readonly stats: CrossCheckStats = { queries: 0, goals: 0, agreed: 0, undecided: 0, disagreements: 0, rejected: 0 };
  /** Sessions not running a script; at most `jobs` exist. */
  private readonly idle: Cvc5Session[] = [];
  private sessions = 0;
  private readonly waiting: ((s: Cvc5Session) => void)[] = [];

  /**
   * `aloneWhenUndecided: false` leaves the goals of a query whose check of all goals cvc5
   * could not decide (unknown, timeout) undecided instead of checking each alone: on the
   * model's largest queries that costs minutes (tests use it there).
   */
  constructor(private readonly jobs: number, private readonly timeoutMs: number,
    private readonly opts: { aloneWhenUndecided?: boolean; binary?: string } = {}) {}

  /** Error diagnostics for the goals of `vc` where cvc5 contradicts z3's `result`. */
  async check(vc: FunctionVc, result: QueryResult): Promise<Diagnostic[]> {
    const q = vc.query;
    const timeoutMs = q.timeoutMs ?? this.timeoutMs;
    const session = await this.session();
    let answers: Cvc5Answers;
    try {
      // All goals together first, as the engine checks them: unsat proves every goal, and
      // only otherwise is each goal checked alone.
      answers = await session.run(standaloneScript(q, timeoutMs, { eachAlone: false, defined: true }), 1, timeoutMs);
      const decided = answers.all === 'sat' || answers.all === 'unsat';
      if (answers.all === 'unsat' && !answers.error) for (const g of q.goals) answers.byLabel.set(g.label, 'unsat');
      // one goal alone is the same check again
      else if (q.goals.length === 1 && answers.all !== undefined && !answers.error) answers.byLabel.set(q.goals[0]!.label, answers.all);
      else if (q.goals.length > 0 && (decided || this.opts.aloneWhenUndecided !== false)) {
        answers = await session.run(standaloneScript(q, timeoutMs, { defined: true }), q.goals.length + 1, timeoutMs);
      }
    } finally {
      this.release(session);
    }
    this.stats.queries++;
    const out: Diagnostic[] = [];
    if (answers.error) {
      this.stats.rejected++;
      out.push(diag('disagreement', `cross-check: cvc5 rejected the query: ${answers.error}`, vc.span, { function: vc.unit.function }));
    }
    const z3 = new Map(result.goals.map((g) => [g.label, z3Verdict(g)]));
    for (const g of q.goals) {
      this.stats.goals++;
      const mine = z3.get(g.label) ?? 'undecided';
      const theirs = cvc5Verdict(answers.byLabel.get(g.label));
      if (mine === 'undecided' || theirs === 'undecided') this.stats.undecided++;
      else if (mine === theirs) this.stats.agreed++;
      else {
        this.stats.disagreements++;
        const ob = vc.obligations.get(g.label);
        const message = mine === 'valid'
          ? `solvers disagree: z3 proved this, cvc5 finds it can fail (${ob?.message ?? g.label})`
          : `solvers disagree: z3 finds this can fail, cvc5 proves it (${ob?.message ?? g.label})`;
        out.push(diag('disagreement', message, ob?.span ?? vc.span, { function: vc.unit.function }));
      }
    }
    // The engine's own proof is the check of all goals together: z3 proved them all, so cvc5 must not find that one fails.
    if (q.goals.length > 0 && result.goals.every((g) => g.status === 'proved') && answers.all === 'sat' && out.length === 0) {
      this.stats.disagreements++;
      out.push(diag('disagreement', 'solvers disagree: z3 proved every goal, cvc5 finds one can fail', vc.span, { function: vc.unit.function }));
    }
    return out;
  }

  private async session(): Promise<Cvc5Session> {
    const free = this.idle.pop();
    if (free) return free;
    if (this.sessions < this.jobs) {
      this.sessions++;
      return new Cvc5Session(this.opts.binary);
    }
    return new Promise<Cvc5Session>((resolve) => this.waiting.push(resolve));
  }

  private release(s: Cvc5Session): void {
    const next = this.waiting.shift();
    if (next) next(s); // the session passes on
    else this.idle.push(s);
  }
}
