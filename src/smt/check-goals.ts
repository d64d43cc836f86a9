/**
 * Labelled checking of one Query in one solver session.
 *
 * Each goal i gets a fresh Bool `pg_fail__i` with `(assert (=> pg_fail__i (not goal_i)))`.
 * Asserting the disjunction of the open labels asks "can some open goal be false?":
 * unsat proves them all at once; a model names failing goals (labels true in it), which are
 * reported with counterexample values and excluded before re-checking. (An implication
 * rather than `label = goal` keeps each goal in negative polarity only, so a `forall` goal
 * is skolemised exactly as it would be when checked alone.)
 *
 * Z3 without MBQI answers `unknown` (incomplete quantifiers) where it would say sat; as in
 * Verus, such a model still makes a goal fail - but when several goals were checked
 * together, the goals it blames are first re-checked alone (the search differs, and one
 * Z3 version may prove alone what another leaves open together). Running out of budget, a
 * solver restart (native z3 killed past its guard, a WASM context interrupted or broken),
 * or no usable model gives 'timeout' / 'unknown' - and then each open goal is retried
 * alone in a rebuilt session, so no goal is lost and what can be proved is proved.
 * Nothing is ever 'proved' except on an `unsat` answer.
 */
import { guardFor, SolverCrashError, SolverTimeoutError, type SmtBackend, type TimedReply } from './backend.js';
import type { Goal, GoalResult, Query, QueryResult } from './query.js';
import { isResourceOut, readReply, reasonUnknown, satAnswer, valuesOf, type Reply } from './replies.js';
import { soleLease, type SessionLease } from './session-lease.js';
import { renderValue, type Sexpr } from './sexpr.js';
import { coreSettings, optionalSettings, wallClockBudget } from './settings.js';

export interface CheckOptions {
  timeoutMs: number;
  /** Failing goals reported per query; the rest are proved if they can be, else skipped. */
  maxFailures: number;
}

export const DEFAULT_MAX_FAILURES = 3;

/** Raised inside a check when the session can no longer be trusted (bad query text). */
class QueryRejected extends Error {}

type Outcome =
  | { kind: 'unsat' }
  | { kind: 'model'; reason?: string }
  | { kind: 'timeout'; reason: string }
  | { kind: 'unknown'; reason: string };

/**
 * Checks a query in a session. `lease` shares the session with queries checked at the same
 * time (session-lease.ts); without one the query has the backend to itself.
 */
export async function checkQuery(backend: SmtBackend, q: Query, opts: CheckOptions, lease: SessionLease = soleLease(backend)): Promise<QueryResult> {
  return new GoalChecker(lease, q, opts).run();
}

class GoalChecker {
  private readonly results = new Map<number, GoalResult>();
  private readonly timeoutMs: number;
  private failures = 0;
  private solverMs = 0;
  /** Whether check() left a pushed scope that must be popped. */
  private scoped = false;
  /**
   * A `(pop 1)` owed to the solver, sent in front of the next command rather than on its
   * own: a query's last pop never needs sending, as the next query starts with (reset).
   */
  private popOwed = false;
  /**
   * The opening's model, read in the opening itself: label values by goal, and the values
   * of every goal's cex terms. A queued query then reports its first failures without the
   * session's state, which later queries have usually replaced by the time it is answered.
   * Valid until the next check.
   */
  private openingModel: { labels?: Map<number, Sexpr>; values?: Map<string, Sexpr> } | undefined;
  /** The session lost this query's state; rebuild it before the next command. */
  private needsSetUp = false;

  constructor(
    private readonly lease: SessionLease,
    private readonly q: Query,
    private readonly opts: CheckOptions,
  ) {
    this.timeoutMs = wallClockBudget(q, opts.timeoutMs);
  }

  async run(): Promise<QueryResult> {
    const open = this.q.goals.map((_, i) => i);
    try {
      if (open.length > 0) {
        let first = await this.opening(open);
        if (first.outcome.kind !== 'unsat') {
          // Reading the model or re-checking needs the session alone, in this query's state.
          const intact = await this.lease.claim();
          if (first.lost) await this.setUp(); // a timeout or crash stands, as in check()
          else if (!intact && this.openingModelCovers(open)) this.needsSetUp = true; // before the next check
          else if (!intact) {
            // The model is gone with the state: check again.
            await this.setUp();
            first = { outcome: await this.check(open), lost: false };
          }
        }
        await this.checkTogether(open, first.outcome);
      }
    } catch (e) {
      // z3 4.8.12 reports a resource limit hit outside check-sat as a command error
      const status = e instanceof SolverTimeoutError || (e instanceof QueryRejected && isResourceOut(e.message)) ? 'timeout' : 'unknown';
      const reason = e instanceof QueryRejected || e instanceof SolverCrashError || e instanceof SolverTimeoutError
        ? e.message
        : `solver error: ${e instanceof Error ? e.message : String(e)}`;
      for (let i = 0; i < this.q.goals.length; i++) if (!this.results.has(i)) this.set(i, { status, reason });
    } finally {
      this.lease.release();
    }
    return {
      id: this.q.id,
      goals: this.q.goals.map((g, i) => this.results.get(i) ?? { label: g.label, status: 'unknown', reason: 'not checked' }),
      solverMs: Math.round(this.solverMs),
      cached: false,
    };
  }

  /** The disjunction loop: one check finds all proved goals or some failing ones. */
  private async checkTogether(open: number[], first?: Outcome): Promise<void> {
    while (open.length > 0) {
      const limitReached = this.failures >= this.opts.maxFailures;
      const outcome = first ?? (await this.check(open));
      first = undefined;
      if (outcome.kind === 'unsat') {
        this.pop();
        for (const i of open) this.set(i, { status: 'proved' });
        return;
      }
      if (limitReached) {
        this.pop();
        for (const i of open) this.set(i, { status: 'unknown', reason: `not reported: ${this.opts.maxFailures} goals of this query already failed`, skipped: true });
        return;
      }
      if (outcome.kind === 'model') {
        const failing = await this.failingLabels(open);
        if (failing.length > 0) {
          const named = failing.slice(0, this.opts.maxFailures - this.failures);
          if (outcome.reason === undefined || open.length === 1) {
            await this.reportFailed(named, outcome.reason);
            this.pop();
          } else {
            // Only a candidate model (`unknown`): it may blame a goal that is provable on
            // its own, where the solver's search differs. Check each named goal alone.
            this.pop();
            for (const i of named) await this.checkAlone(i);
          }
          open = open.filter((i) => !named.includes(i));
          continue;
        }
      }
      this.pop();
      if (open.length === 1) {
        // Checking it alone would repeat the same check.
        const only = open[0]!;
        if (outcome.kind === 'timeout') this.set(only, { status: 'timeout', reason: outcome.reason });
        else this.set(only, { status: 'unknown', reason: outcome.kind === 'unknown' ? outcome.reason : 'the solver gave no usable model' });
        return;
      }
      // Out of budget or no usable model for the whole set: try each goal on its own.
      await this.checkEach(open);
      return;
    }
  }

  private async checkEach(open: number[]): Promise<void> {
    for (const i of open) {
      if (this.failures >= this.opts.maxFailures) {
        await this.checkTogether(open.filter((j) => !this.results.has(j)));
        return;
      }
      await this.checkAlone(i);
    }
  }

  /** Checks one goal on its own and records what the solver says about it. */
  private async checkAlone(i: number): Promise<void> {
    const outcome = await this.check([i]);
    if (outcome.kind === 'unsat') this.set(i, { status: 'proved' });
    else if (outcome.kind === 'model' && (await this.failingLabels([i])).length === 1) await this.reportFailed([i], outcome.reason);
    else if (outcome.kind === 'timeout') this.set(i, { status: 'timeout', reason: outcome.reason });
    else this.set(i, { status: 'unknown', reason: outcome.kind === 'model' ? 'the solver gave no usable model' : outcome.reason });
    this.pop();
  }

  /** Pushes a scope asserting "one of these goals fails" and checks it. The scope stays open. */
  private async check(goals: number[]): Promise<Outcome> {
    this.openingModel = undefined;
    let reply: Reply;
    try {
      this.scoped = true;
      reply = await this.send(checkCommands(goals));
    } catch (e) {
      const lost = lostOutcome(e);
      // The backend restarted the solver (or will on the next send): rebuild the session.
      // If that fails too, run() reports every goal still open.
      this.scoped = false;
      await this.setUp();
      return lost;
    }
    return outcomeOf(reply);
  }

  /**
   * Set-up and the first check of `goals` as one command group, the query's opening. `lost`:
   * the solver timed out or crashed on it, so the session holds none of this query's state.
   */
  private async opening(goals: number[]): Promise<{ outcome: Outcome; lost: boolean }> {
    const terms = this.cexTerms();
    let replies: Reply[];
    try {
      this.scoped = true;
      // The model reads fail harmlessly ("model is not available") when the check is unsat.
      replies = await this.sendParts([...this.setUpParts(), checkCommands(goals), getValue(goals.map(label)), getValue(terms)], true);
    } catch (e) {
      const outcome = lostOutcome(e);
      this.scoped = false;
      return { outcome, lost: true };
    }
    this.checkSetUp(replies);
    const outcome = outcomeOf(replies[3]!);
    if (outcome.kind === 'model') {
      const labels = valuesIn(replies[4]!, goals.length);
      const values = valuesIn(replies[5]!, terms.length);
      this.openingModel = {
        ...(labels ? { labels: new Map(goals.map((g, k) => [g, labels[k]!])) } : {}),
        ...(values ? { values: new Map(terms.map((t, k) => [t, values[k]!])) } : {}),
      };
    }
    return { outcome, lost: false };
  }

  /** Every goal's counterexample terms, each once. */
  private cexTerms(): string[] {
    return [...new Set(this.q.goals.flatMap((g) => g.cex.map((c) => c.term)))];
  }

  /** Whether the opening's model answers everything reporting its failures among `goals` needs. */
  private openingModelCovers(goals: number[]): boolean {
    const m = this.openingModel;
    return !!m?.labels && goals.every((i) => m.labels!.has(i) && this.q.goals[i]!.cex.every((c) => m.values?.has(c.term)));
  }

  /** Labels true in the current model, i.e. goals false in it. */
  private async failingLabels(goals: number[]): Promise<number[]> {
    const known = this.openingModel?.labels;
    if (known && goals.every((i) => known.has(i))) return goals.filter((i) => known.get(i) === 'true');
    const values = valuesIn(await this.send(getValue(goals.map(label))), goals.length);
    return values ? goals.filter((_, k) => values[k] === 'true') : [];
  }

  private async reportFailed(goals: number[], reason: string | undefined): Promise<void> {
    for (const i of goals) {
      const goal = this.q.goals[i]!;
      const model = await this.counterexample(goal);
      this.set(i, { status: 'failed', model, ...(reason ? { reason: `solver answered unknown (${reason})` } : {}) });
      this.failures++;
    }
  }

  /** Model values of the goal's cex terms; a term the solver cannot evaluate is left out. */
  private async counterexample(goal: Goal): Promise<Record<string, string>> {
    const model: Record<string, string> = {};
    if (goal.cex.length === 0) return model;
    const known = this.openingModel?.values;
    if (known && goal.cex.every((c) => known.has(c.term))) {
      for (const c of goal.cex) model[c.name] = renderValue(known.get(c.term)!);
      return model;
    }
    const values = valuesIn(await this.send(getValue(goal.cex.map((c) => c.term))), goal.cex.length);
    if (values) {
      goal.cex.forEach((c, k) => (model[c.name] = renderValue(values[k]!)));
      return model;
    }
    for (const c of goal.cex) {
      const v = valuesIn(await this.send(getValue([c.term])), 1)?.[0];
      if (v !== undefined) model[c.name] = renderValue(v);
    }
    return model;
  }

  /**
   * Fresh session state: settings, the prelude, and the goal labels, in one round trip
   * (echo markers split the reply, since errors from the optional settings are ignored).
   */
  private async setUp(): Promise<void> {
    this.checkSetUp(await this.sendParts(this.setUpParts()));
  }

  private setUpParts(): string[] {
    this.popOwed = false; // (reset) drops every scope
    return [`(reset)\n${coreSettings(this.q.logic, this.timeoutMs, this.q.rlimit)}`, optionalSettings(), `${this.q.prelude}\n${labelledGoals(this.q)}`];
  }

  private checkSetUp([core, , body]: Reply[]): void {
    if (core!.errors.length > 0) throw new QueryRejected(`solver rejected its settings: ${core!.errors[0]}`);
    if (body!.errors.length > 0) throw new QueryRejected(`solver rejected the query: ${body!.errors[0]}`);
  }

  /**
   * Sends several command groups at once and returns one reply per group. The first must
   * begin with (reset); `opening` sends them as the query's opening (session-lease.ts).
   */
  private async sendParts(parts: string[], opening = false): Promise<Reply[]> {
    const commands = parts.map((p, i) => (i === 0 ? p : `(echo "${PART_MARK}")\n${p}`)).join('\n');
    const { out } = await this.timed(opening ? this.lease.open(commands, guardFor(this.timeoutMs)) : this.lease.send(commands, guardFor(this.timeoutMs)));
    const chunks = out.split(PART_LINE);
    return parts.map((_, i) => readReply(chunks[i] ?? ''));
  }

  /** Closes check()'s scope; the `(pop 1)` goes out in front of the next command. */
  private pop(): void {
    if (!this.scoped) return;
    this.scoped = false;
    this.popOwed = true;
  }

  private async send(commands: string): Promise<Reply> {
    if (this.needsSetUp) {
      this.needsSetUp = false;
      await this.setUp(); // also drops the pop owed: (reset) ends every scope
    }
    if (this.popOwed) {
      commands = `(pop 1)\n${commands}`;
      this.popOwed = false;
    }
    return readReply((await this.timed(this.lease.send(commands, guardFor(this.timeoutMs)))).out);
  }

  /** Adds the solver's time on a reply to the query's solverMs. */
  private async timed(reply: Promise<TimedReply>): Promise<TimedReply> {
    const start = performance.now();
    try {
      const r = await reply;
      this.solverMs += r.ms;
      return r;
    } catch (e) {
      this.solverMs += performance.now() - start;
      throw e;
    }
  }

  private set(i: number, r: Omit<GoalResult, 'label'>): void {
    this.results.set(i, { label: this.q.goals[i]!.label, ...r });
  }
}

/** Separates the replies of command groups sent together (never a solver answer). */
const PART_MARK = 'pg-part-boundary';
const PART_LINE = new RegExp(`^${PART_MARK}$`, 'm');

function label(i: number): string {
  return `pg_fail__${i}`;
}

/** Each goal's label, true only where the goal fails: `(assert (=> label (not goal)))`. */
export function labelledGoals(q: Query): string {
  return q.goals.map((g, i) => `(declare-const ${label(i)} Bool)\n(assert (=> ${label(i)} (not ${g.term})))`).join('\n');
}

/** Pushes a scope asserting that one of `goals` (indexes) fails, and checks it; the scope stays open. */
export function failureCheck(goals: number[]): string {
  const disjunction = goals.length === 1 ? label(goals[0]!) : `(or ${goals.map(label).join(' ')})`;
  return `(push 1)\n(assert ${disjunction})\n(check-sat)`;
}

/** failureCheck, and why the solver answered unknown if it did. */
function checkCommands(goals: number[]): string {
  return `${failureCheck(goals)}\n(get-info :reason-unknown)`;
}

/** `(get-value ...)` of `terms`; nothing when there are none. */
function getValue(terms: string[]): string {
  return terms.length > 0 ? `(get-value (${terms.join(' ')}))` : '';
}

/** The `count` values a get-value reply holds, or undefined if it is an error or short. */
function valuesIn(reply: Reply, count: number): Sexpr[] | undefined {
  if (count === 0) return [];
  const values = valuesOf(reply);
  return reply.errors.length === 0 && values && values.length === count ? values : undefined;
}

/** The outcome of a check the session was lost on (a timeout or crash); rethrows anything else. */
function lostOutcome(e: unknown): Outcome {
  if (e instanceof SolverTimeoutError) return { kind: 'timeout', reason: e.message };
  if (e instanceof SolverCrashError) return { kind: 'unknown', reason: e.message };
  throw e;
}

/** What the solver said to checkCommands. */
function outcomeOf(reply: Reply): Outcome {
  const answer = satAnswer(reply);
  if (reply.errors.length > 0 && isResourceOut(reply.errors[0]!)) return { kind: 'timeout', reason: reply.errors[0]! };
  if (reply.errors.length > 0 || !answer) throw new QueryRejected(`solver error: ${reply.errors[0] ?? 'no answer to check-sat'}`);
  if (answer === 'unsat') return { kind: 'unsat' };
  if (answer === 'sat') return { kind: 'model' };
  const reason = reasonUnknown(reply) ?? 'unknown';
  if (isResourceOut(reason)) return { kind: 'timeout', reason };
  return { kind: 'model', reason };
}
