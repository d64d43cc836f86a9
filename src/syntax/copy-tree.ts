/**
 * A deep copy of a parsed tree (plain objects and arrays), keeping shared nodes shared (the
 * parser reuses some: a path type standing for `Self`, one-element lists). Twice as fast as
 * `structuredClone`, which serializes: strings (file texts) are immutable and kept, not
 * copied. Anything that is not a plain object or array goes through `structuredClone`.
 */
export function copyTree<T>(root: T): T {
  const copies = new Map<object, unknown>();
  const copy = (v: unknown): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const done = copies.get(v);
    if (done !== undefined) return done;
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      copies.set(v, out);
      for (const x of v) out.push(copy(x));
      return out;
    }
    const proto = Object.getPrototypeOf(v) as object | null;
    if (proto !== Object.prototype && proto !== null) {
      const out = structuredClone(v);
      copies.set(v, out);
      return out;
    }
    const out: Record<string, unknown> = {};
    copies.set(v, out);
    for (const [k, x] of Object.entries(v)) out[k] = copy(x);
    return out;
  };
  return copy(root) as T;
}
