/**
 * How check-goals treats `unknown` answers, against a scripted solver (deterministic: a real
 * Z3 decides by itself which goals a candidate model blames).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { SmtBackend } from '../../src/smt/backend.js';
import { checkQuery } from '../../src/smt/check-goals.js';
import type { Query, QueryResult } from '../../src/smt/query.js';

/** Answers each `(check-sat)` from `answer(open labels)`; every label is true in its models. */
class ScriptedBackend implements SmtBackend {
  readonly solverName = 'scripted';
  readonly checked: string[][] = [];
  constructor(private readonly answer: (labels: string[]) => 'sat' | 'unsat' | { unknown: string }) {}

  /** Command groups sent together are split by echoes; each part is answered in turn. */
  async send(commands: string): Promise<string> {
    return commands.split(/^\(echo "([^"]*)"\)$/m).map((part, k) => (k % 2 === 1 ? `${part}\n` : this.answerPart(part))).join('');
  }

  private lastAnswer: 'sat' | 'unsat' | 'unknown' | undefined;

  private answerPart(commands: string): string {
    const check = /\(push 1\)\n\(assert (.*)\)\n\(check-sat\)/.exec(commands);
    if (check) {
      const labels = check[1]!.match(/pg_fail__\d+/g)!;
      this.checked.push(labels);
      const a = this.answer(labels);
      this.lastAnswer = typeof a === 'string' ? a : 'unknown';
      return typeof a === 'string' ? `${a}\n(:reason-unknown "")\n` : `unknown\n(:reason-unknown "${a.unknown}")\n`;
    }
    const values = /^\(get-value \((.*)\)\)$/.exec(commands.trim());
    if (values) {
      if (this.lastAnswer === 'unsat') return '(error "line 1 column 1: model is not available")\n';
      return `(${values[1]!.split(' ').map((t) => `(${t} ${t.startsWith('pg_fail') ? 'true' : '0'})`).join(' ')})\n`;
    }
    return '';
  }

  async close(): Promise<void> {}
}

const query: Query = {
  id: 'm::q',
  prelude: '',
  goals: ['a', 'b', 'c'].map((label) => ({ label, term: 'true', cex: [] })),
};
const statuses = (r: QueryResult) => Object.fromEntries(r.goals.map((g) => [g.label, g.status]));
const opts = { timeoutMs: 1000, maxFailures: 3 };

test('an unknown blaming several goals re-checks each alone: unsat alone is proved', async () => {
  const b = new ScriptedBackend((labels) =>
    labels.length > 1 ? { unknown: '(incomplete quantifiers)' } : labels[0] === 'pg_fail__1' ? 'unsat' : { unknown: '(incomplete quantifiers)' });
  const r = await checkQuery(b, query, opts);
  assert.deepEqual(statuses(r), { a: 'failed', b: 'proved', c: 'failed' });
  assert.match(r.goals[0]!.reason!, /incomplete quantifiers/);
  assert.deepEqual(b.checked, [['pg_fail__0', 'pg_fail__1', 'pg_fail__2'], ['pg_fail__0'], ['pg_fail__1'], ['pg_fail__2']]);
});

test('a sat model is a real counterexample: its goals fail without re-checking', async () => {
  const b = new ScriptedBackend((labels) => (labels.length > 1 ? 'sat' : 'unsat'));
  const r = await checkQuery(b, query, opts);
  assert.deepEqual(statuses(r), { a: 'failed', b: 'failed', c: 'failed' });
  assert.equal(b.checked.length, 1);
});

test('unknown everywhere is never proved', async () => {
  const b = new ScriptedBackend(() => ({ unknown: '(incomplete (theory arithmetic))' }));
  const r = await checkQuery(b, query, opts);
  assert.ok(r.goals.every((g) => g.status === 'failed'), JSON.stringify(r.goals));
});

test('re-checks alone respect maxFailures', async () => {
  const b = new ScriptedBackend(() => ({ unknown: '(incomplete quantifiers)' }));
  const r = await checkQuery(b, query, { timeoutMs: 1000, maxFailures: 2 });
  assert.deepEqual(statuses(r), { a: 'failed', b: 'failed', c: 'unknown' });
  assert.equal(r.goals[2]!.skipped, true);
});
