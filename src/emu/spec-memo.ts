/**
 * Memo of spec fn results. A spec fn is a pure function of its arguments and of the
 * storage they reach, so while no storage is written (heap.epoch unchanged) a call with
 * the same arguments gives the same result: the same value, or the same NotEvaluable.
 * Arguments are keyed by content for scalars and small structs of scalars (such keys,
 * with a scalar result, hold across writes too: the result depends on the key alone), and
 * by object identity for other values (specifications share values rather than copy them,
 * so an unchanged `self` is the same object). The work the first evaluation did (steps, counted clauses, call depth) is kept
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

/**
 * The memo key of an argument list. `lasting` when the key spells out all the arguments
 * reach (scalars and small structs of scalars): the result then depends on the key alone
 * and holds across writes to storage.
 */
export function argsKey(args: Value[]): { key: string; lasting: boolean } {
  let key = '';
  let lasting = true;
  for (const a of args) {
    let v = a;
    while (v.t === 'ref') {
      key += v.mut ? 'R' : 'r';
      v = v.place.get();
    }
    const content = contentKey(v, CONTENT_BUDGET);
    if (content !== undefined) key += content;
    else {
      lasting = false;
      // A seq never changes its elements array, which may be a Vec's (whose writes bump the epoch).
      key += v.t === 'seq' ? `q${idOf(v.elems)}` : `o${idOf(v)}`;
    }
    key += ',';
  }
  return { key, lasting };
}

/** Scalars a content key may spell out per argument (bounds the key's cost). */
const CONTENT_BUDGET = 24;

/** The value written out in full, or undefined when it holds more than `budget` scalars, a reference or a collection. */
function contentKey(v: Value, budget: number): string | undefined {
  switch (v.t) {
    case 'int': return `i${v.kind}:${v.v}`;
    case 'bool': return v.v ? 'T' : 'F';
    case 'char': return `c${JSON.stringify(v.v)}`;
    case 'str': return `s${JSON.stringify(v.v)}`;
    case 'erased': return 'E';
    case 'uninit': return 'U';
    case 'struct': case 'enum': {
      const keys = Object.keys(v.fields);
      if (keys.length > budget) return undefined;
      let out = `${v.t === 'struct' ? 'S' : 'N'}${JSON.stringify(v.name)}${v.t === 'enum' ? JSON.stringify(v.variant) : ''}{`;
      for (const k of keys) {
        const f = contentKey(v.fields[k]!, budget - keys.length);
        if (f === undefined) return undefined;
        out += `${JSON.stringify(k)}:${f};`;
      }
      return out + '}';
    }
    case 'tuple': {
      if (v.elems.length > budget) return undefined;
      let out = 'P(';
      for (const x of v.elems) {
        const f = contentKey(x, budget - v.elems.length);
        if (f === undefined) return undefined;
        out += f + ';';
      }
      return out + ')';
    }
    default: return undefined;
  }
}

/** Results kept across writes: scalars only, which no later write can reach. */
export function isLastingResult(result: MemoEntry['result']): boolean {
  if ('error' in result) return true;
  const t = result.value.t;
  return t === 'int' || t === 'bool' || t === 'char' || t === 'str';
}

/** Entries kept across writes before the store is emptied (bounds memory). */
const LASTING_MAX = 200_000;

export class SpecMemo {
  private epoch = -1;
  /** Identity-keyed entries, valid while heap.epoch stays `epoch`. */
  private readonly byFn = new Map<object, Map<string, MemoEntry>>();
  /** Content-keyed entries with scalar results, valid for good. */
  private readonly lasting = new Map<object, Map<string, MemoEntry>>();
  private lastingSize = 0;

  /** The entry for fn and key if still valid. */
  get(fn: object, key: string, lasting: boolean, epoch: number): MemoEntry | undefined {
    if (lasting) return this.lasting.get(fn)?.get(key);
    if (epoch !== this.epoch) return undefined;
    return this.byFn.get(fn)?.get(key);
  }

  /** Stores an entry computed at `epoch` (with no write during the computation). */
  set(fn: object, key: string, lasting: boolean, epoch: number, entry: MemoEntry): void {
    if (lasting && isLastingResult(entry.result)) {
      if (++this.lastingSize > LASTING_MAX) {
        this.lasting.clear();
        this.lastingSize = 1;
      }
      return put(this.lasting, fn, key, entry);
    }
    if (epoch !== this.epoch) {
      this.byFn.clear();
      this.epoch = epoch;
    }
    put(this.byFn, fn, key, entry);
  }
}

function put(store: Map<object, Map<string, MemoEntry>>, fn: object, key: string, entry: MemoEntry): void {
  let m = store.get(fn);
  if (!m) store.set(fn, (m = new Map()));
  m.set(key, entry);
}
