/**
 * Abstract states: an interval per tracked location. A location is a key: a local's id,
 * followed by field names (`12.base.0`), `#len` for the length of a sequence, and `@old`
 * right after the id for a parameter's entry value. A missing key means "any value of its
 * type". Unreachable states are simply not in a state list.
 */
import { equal, join, narrow, widen, type Interval } from './interval.js';

export class State {
  /**
   * Relations between locations, `a<b` and `a<=b` (a pentagon-style addition to the
   * intervals): what keeps `v[i]` in bounds after `i < v.len()`.
   */
  constructor(readonly vals: Map<string, Interval> = new Map(), readonly facts: Set<string> = new Set()) {}

  get(key: string): Interval | undefined { return this.vals.get(key); }

  copy(): State { return new State(new Map(this.vals), new Set(this.facts)); }

  relate(a: string, rel: '<' | '<=', b: string): void { this.facts.add(`${a}${rel}${b}`); }

  /** Whether a < b (strict) or a <= b is known. */
  knows(a: string, rel: '<' | '<=', b: string): boolean {
    return this.facts.has(`${a}<${b}`) || (rel === '<=' && this.facts.has(`${a}<=${b}`));
  }

  set(key: string, v: Interval | undefined): void {
    if (v === undefined || (v.lo === undefined && v.hi === undefined)) this.vals.delete(key);
    else this.vals.set(key, v);
  }

  /** Forgets a location and everything inside it. */
  clear(key: string): void {
    for (const k of [...this.vals.keys()]) if (isWithin(k, key)) this.vals.delete(k);
    for (const f of [...this.facts]) {
      const [a, b] = f.split(/<=?/) as [string, string];
      if (isWithin(a, key) || isWithin(b, key)) this.facts.delete(f);
    }
  }

  /** The values inside `from` (in `src`) copied to the same paths inside `to`. */
  copyTree(src: State, from: string, to: string): void {
    for (const [k, v] of src.vals) if (isWithin(k, from)) this.vals.set(to + k.slice(from.length), v);
  }
}

export function isWithin(k: string, prefix: string): boolean {
  if (!k.startsWith(prefix)) return false;
  const c = k.charAt(prefix.length);
  return c === '' || c === '.' || c === '#';
}

/** Whether a relation holds in `s` by its intervals alone (`i <= n` with i = 0 and n >= 0). */
function holdsByIntervals(s: State, fact: string): boolean {
  const m = /^(.*?)(<=|<)(.*)$/.exec(fact);
  if (!m) return false;
  const x = s.get(m[1]!);
  // a length is never negative
  const y = s.get(m[3]!) ?? (m[3]!.endsWith('#len') ? { lo: 0n } : undefined);
  if (x?.hi === undefined || y?.lo === undefined) return false;
  return m[2] === '<' ? x.hi < y.lo : x.hi <= y.lo;
}

/** The strongest of `fact` and its weakening (`<` to `<=`) that `other` also holds. */
function commonFact(fact: string, other: State): string | undefined {
  const m = /^(.*?)(<=|<)(.*)$/.exec(fact);
  if (!m) return undefined;
  const [, x, rel, y] = m as unknown as [string, string, string, string];
  if (rel === '<' && (other.knows(x, '<', y) || holdsByIntervals(other, fact))) return fact;
  const weak = `${x}<=${y}`;
  return other.knows(x, '<=', y) || holdsByIntervals(other, weak) ? weak : undefined;
}

/**
 * A relation is kept where both sides know it, or one knows it and the other's intervals
 * imply it (a counter's `i <= n` from the body meets `i = 0` at entry). `newFacts`: also
 * those only `b` knows (a join); a widening keeps only `a`'s, so its facts only shrink.
 */
function combine(a: State, b: State, f: (x: Interval, y: Interval) => Interval, newFacts: boolean): State {
  const facts = new Set<string>();
  for (const x of a.facts) { const w = commonFact(x, b); if (w) facts.add(w); }
  if (newFacts) for (const x of b.facts) { const w = commonFact(x, a); if (w) facts.add(w); }
  const out = new State(new Map(), facts);
  for (const [k, v] of a.vals) {
    const w = b.vals.get(k);
    if (w) out.set(k, f(v, w));
  }
  return out;
}

/**
 * Before a loop: the order relations that hold by the intervals (`c <= i` with both 0)
 * between integer locals (and lengths), one of them changed by the loop (`modified`: root
 * keys), so the fixpoint can keep those the body preserves.
 */
export function seedRelations(s: State, modified: Set<string>): void {
  const keys = [...s.vals.keys()].filter((k) => /^\d+(#len)?$/.test(k));
  const changes = (k: string) => modified.has(k.replace(/#len$/, ''));
  for (const a of keys) {
    for (const b of keys) {
      // a relation between two locals the loop leaves alone needs no fixpoint
      if (a === b || (!changes(a) && !changes(b))) continue;
      if (holdsByIntervals(s, `${a}<${b}`)) s.relate(a, '<', b);
      else if (holdsByIntervals(s, `${a}<=${b}`)) s.relate(a, '<=', b);
    }
  }
}

export function joinStates(a: State, b: State): State { return combine(a, b, join, true); }

export function joinAll(ss: State[]): State | undefined {
  return ss.length === 0 ? undefined : ss.slice(1).reduce(joinStates, ss[0]!);
}

export function widenStates(a: State, b: State, thresholds: bigint[]): State { return combine(a, b, (x, y) => widen(x, y, thresholds), false); }

/** Narrowing keeps a's keys; a key known only in b is taken from b. */
export function narrowStates(a: State, b: State): State {
  const out = new State(new Map(), new Set(b.facts));
  for (const [k, v] of b.vals) {
    const w = a.vals.get(k);
    out.set(k, w ? narrow(w, v) : v);
  }
  return out;
}

export function sameState(a: State, b: State): boolean {
  if (a.vals.size !== b.vals.size || a.facts.size !== b.facts.size) return false;
  for (const f of a.facts) if (!b.facts.has(f)) return false;
  for (const [k, v] of a.vals) {
    const w = b.vals.get(k);
    if (!w || !equal(v, w)) return false;
  }
  return true;
}

/** At most `level` states: the extra ones are joined into the last kept one. */
export function capStates(ss: State[], level: number): State[] {
  if (ss.length <= level) return ss;
  const kept = ss.slice(0, level - 1);
  kept.push(joinAll(ss.slice(level - 1))!);
  return kept;
}
