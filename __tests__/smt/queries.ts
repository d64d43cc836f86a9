/** Small hand-written queries shared by the solver tests and the bench. */
import type { Query } from '../../src/smt/query.js';

export const provedQuery: Query = {
  id: 'm::proved',
  prelude: '(declare-const x Int)\n(assert (> x 3))',
  goals: [
    { label: 'a1', term: '(> x 2)', cex: [{ name: 'x', term: 'x', sort: 'Int' }] },
    { label: 'a2', term: '(>= (+ x x) 8)', cex: [] },
  ],
};

export const failedQuery: Query = {
  id: 'm::failed',
  prelude: '(declare-const x Int)\n(declare-const b Bool)\n(assert (< x (- 3)))\n(assert (= b (> x 100)))',
  goals: [
    { label: 'ok', term: '(< x 0)', cex: [] },
    { label: 'bad', term: '(> x (- 5))', cex: [{ name: 'x', term: 'x', sort: 'Int' }, { name: 'b', term: 'b', sort: 'Bool' }, { name: 'missing', term: 'no_such_symbol', sort: 'Int' }] },
  ],
};

/** Four goals, three of which fail (in different models). */
export const severalFailedQuery: Query = {
  id: 'm::several',
  prelude: '(declare-const x Int)\n(declare-const y Int)\n(assert (and (>= x 0) (<= x 10) (>= y 0) (<= y 10)))',
  goals: [
    { label: 'g0', term: '(< x 5)', cex: [{ name: 'x', term: 'x', sort: 'Int' }] },
    { label: 'g1', term: '(<= (+ x y) 20)', cex: [] },
    { label: 'g2', term: '(< y 5)', cex: [{ name: 'y', term: 'y', sort: 'Int' }] },
    { label: 'g3', term: '(not (= x y))', cex: [{ name: 'x', term: 'x', sort: 'Int' }, { name: 'y', term: 'y', sort: 'Int' }] },
  ],
};

export const bitVectorQuery: Query = {
  id: 'm::bv',
  logic: 'QF_BV',
  prelude: '(declare-const x (_ BitVec 64))',
  goals: [
    { label: 'and_is_mod', term: '(= (bvand x #x0000000000000fff) (bvurem x #x0000000000001000))', cex: [] },
    { label: 'wrong', term: '(bvult x #x00000000000000ff)', cex: [{ name: 'x', term: 'x', sort: 'BV' }] },
  ],
};

/** Needs its :pattern to fire on `(f 7)`; without MBQI nothing else would prove it. */
export const patternQuery: Query = {
  id: 'm::pattern',
  prelude: [
    '(declare-fun f (Int) Int)',
    '(assert (forall ((i Int)) (! (> (f i) i) :pattern ((f i)))))',
  ].join('\n'),
  goals: [
    { label: 'fires', term: '(> (f 7) 7)', cex: [] },
    { label: 'forall_goal', term: '(forall ((j Int)) (! (> (f j) (- j 1)) :pattern ((f j))))', cex: [] },
    { label: 'not_implied', term: '(> (f 7) 8)', cex: [{ name: 'f(7)', term: '(f 7)', sort: 'Int' }] },
  ],
};

/** Hard nonlinear problem (factor a semiprime); with a tiny budget it must not come back proved. */
export function hardNonlinearQuery(timeoutMs: number): Query {
  return {
    id: 'm::hard',
    logic: 'QF_NIA',
    timeoutMs,
    prelude: '(declare-const p Int)\n(declare-const q Int)\n(assert (> p 1))\n(assert (> q 1))',
    goals: [
      { label: 'not_factorable', term: '(not (= (* p q) 1000000016000000063))', cex: [] },
      { label: 'easy', term: '(> (+ p q) 2)', cex: [] },
    ],
  };
}

export const negativeModelQuery: Query = {
  id: 'm::neg',
  prelude: '(declare-const n Int)\n(assert (= n (- 5)))',
  goals: [{ label: 'pos', term: '(>= n 0)', cex: [{ name: 'n', term: 'n', sort: 'Int' }] }],
};

export const builtInQueries: Query[] = [provedQuery, failedQuery, severalFailedQuery, bitVectorQuery, patternQuery, negativeModelQuery];

/** Pigeonhole: n+1 pigeons never fit injectively into n holes. Valid, and slow to prove for n >= 10. */
export function pigeonholeQuery(n: number, timeoutMs: number): Query {
  const v = (p: number, h: number) => `x_${p}_${h}`;
  const lines: string[] = [];
  const pigeons = [...Array(n + 1).keys()];
  const holes = [...Array(n).keys()];
  for (const p of pigeons) for (const h of holes) lines.push(`(declare-const ${v(p, h)} Bool)`);
  for (const h of holes) for (const p of pigeons) for (const q of pigeons) if (p < q) lines.push(`(assert (not (and ${v(p, h)} ${v(q, h)})))`);
  const placed = pigeons.map((p) => `(or ${holes.map((h) => v(p, h)).join(' ')})`);
  return { id: `m::php${n}`, timeoutMs, prelude: lines.join('\n'), goals: [{ label: 'no_fit', term: `(not (and ${placed.join(' ')}))`, cex: [] }] };
}
