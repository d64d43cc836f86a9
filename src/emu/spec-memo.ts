/**
 * Memo of spec fn results. A spec fn is a pure function of its arguments and of the
 * storage they reach, so while no storage is written (heap.epoch unchanged) a call with
 * the same arguments gives the same result: the same value, or the same NotEvaluable.
 * Arguments are keyed by value for scalars and by object identity for compound values
 * (specifications share values rather than copy them, so an unchanged `self` is the same
 * object). The work the first evaluation did (steps, counted clauses, call depth) is kept
 * so a hit can charge it again and be refused where the evaluation would have hit a limit.
 */
import type { NotEvaluable } from './errors.js';
import type { Value } from './value.js';

export interface MemoEntry {
  result: { value: Value } | { error: NotEvaluable };
  steps: number;
  checked: number;
  unchecked: number;
  /** Deepest call depth reached below the call. */
  depthUsed: number;
}

const ids = new WeakMap<object, number>();
let nextId = 0;

function idOf(o: object): number {
  let id = ids.get(o);
  if (id === undefined) ids.set(o, (id = nextId++));
  return id;
}

/** The memo key of an argument list. */
export function argsKey(args: Value[]): string {
  let key = '';
  for (const a of args) key += valueKey(a) + ',';
  return key;
}

function valueKey(v: Value): string {
  let prefix = '';
  while (v.t === 'ref') {
    prefix += v.mut ? 'R' : 'r';
    v = v.place.get();
  }
  switch (v.t) {
    case 'int': return `${prefix}i${v.kind}:${v.v}`;
    case 'bool': return `${prefix}${v.v ? 'T' : 'F'}`;
    case 'char': return `${prefix}c${v.v}`;
    case 'str': return `${prefix}s${JSON.stringify(v.v)}`;
    case 'erased': return `${prefix}E`;
    case 'uninit': return `${prefix}U`;
    // A seq never changes its elements array, which may be a Vec's (the Vec's writes bump the epoch).
    case 'seq': return `${prefix}q${idOf(v.elems)}`;
    default: return `${prefix}o${idOf(v)}`;
  }
}

export class SpecMemo {
  private epoch = -1;
  private readonly byFn = new Map<object, Map<string, MemoEntry>>();

  /** The entry for fn and key if storage is unchanged since it was stored. */
  get(fn: object, key: string, epoch: number): MemoEntry | undefined {
    if (epoch !== this.epoch) return undefined;
    return this.byFn.get(fn)?.get(key);
  }

  set(fn: object, key: string, epoch: number, entry: MemoEntry): void {
    if (epoch !== this.epoch) {
      this.byFn.clear();
      this.epoch = epoch;
    }
    let m = this.byFn.get(fn);
    if (!m) this.byFn.set(fn, (m = new Map()));
    m.set(key, entry);
  }
}
