/**
 * Pure term combinators shared by spec translation and exec lowering: literals, integer
 * arithmetic and casts, fields, built-in Seq/Set/Map/Option operations, type facts.
 */
import type { CheckedCrate } from '../check/program.js';
import { intBits, intRange, isSigned, type IntKind, type Type } from '../check/types.js';
import { SmtContext } from '../smt/encode/context.js';
import type { IrSpan as Span } from '../ir/types.js';
import { Unsupported } from './errors.js';
import { clipTo, isNumeral, numeralValue, opaqueNonlinear, wrapValue } from './opaque-arith.js';

const UNKNOWN_SPAN: Span = { file: '', start: 0, end: 0, line: 1, column: 1, endLine: 1, endColumn: 1 };

export function num(v: bigint): string {
  return v < 0n ? `(- ${-v})` : v.toString();
}

/** Strips references, Box, Ghost and Tracked (all erased in the encoding). */
export function strip(t: Type): Type {
  let cur = t;
  for (;;) {
    if (cur.k === 'ref') cur = cur.inner;
    else if (cur.k === 'builtin' && (cur.name === 'Box' || cur.name === 'Ghost' || cur.name === 'Tracked') && cur.args[0]) cur = cur.args[0];
    else return cur;
  }
}

export function intKindOf(t: Type | undefined): IntKind | undefined {
  if (!t) return undefined;
  const s = strip(t);
  return s.k === 'int' ? s.kind : undefined;
}

export function isBounded(k: IntKind | undefined): k is IntKind {
  return k !== undefined && k !== 'int' && k !== 'nat';
}

export function andAll(ts: string[]): string {
  const xs = ts.filter((t) => t !== 'true');
  if (xs.length === 0) return 'true';
  if (xs.length === 1) return xs[0]!;
  return `(and ${xs.join(' ')})`;
}

export function orAll(ts: string[]): string {
  const xs = ts.filter((t) => t !== 'false');
  if (xs.length === 0) return 'false';
  if (xs.length === 1) return xs[0]!;
  return `(or ${xs.join(' ')})`;
}

export function implies(a: string, b: string): string {
  if (a === 'true') return b;
  return `(=> ${a} ${b})`;
}

export function inRange(term: string, k: IntKind): string {
  if (k === 'nat') return `(<= 0 ${term})`;
  const r = intRange(k);
  if (!r) return 'true';
  return `(and (<= ${num(r.min)} ${term}) (<= ${term} ${num(r.max)}))`;
}

export class Terms {
  private bitFns = new Set<string>();
  /**
   * Native `*`/`div`/`mod` and casts (a `by (nonlinear_arith)` goal, where the solver's
   * nonlinear reasoning works on them); otherwise they are behind functions (opaque-arith.ts).
   */
  protected exactArith = false;
  constructor(readonly crate: CheckedCrate, readonly ctx: SmtContext) {}

  sortOf(t: Type): string { return this.ctx.sortOf(t); }

  /** Truncating conversion to a machine integer kind (exec `as`); identity when the range fits. */
  cast(term: string, from: Type | undefined, to: Type, span?: Span): string {
    const target = strip(to);
    const source = from ? strip(from) : undefined;
    if (target.k === 'int') {
      if (source?.k === 'bool') return `(ite ${term} 1 0)`;
      const fk = source?.k === 'int' ? source.kind : source?.k === 'char' ? 'u32' : undefined;
      if (target.kind === 'int') return term;
      if (target.kind === 'nat') return fk && (fk === 'nat' || !isSigned(fk)) ? term : `(ite (<= 0 ${term}) ${term} 0)`;
      const tr = intRange(target.kind)!;
      if (fk && fk !== 'int' && fk !== 'nat') {
        const fr = intRange(fk)!;
        if (fr.min >= tr.min && fr.max <= tr.max) return term;
      }
      const lit = numeralValue(term);
      if (lit !== undefined) return num(wrapValue(lit, target.kind));
      if (!this.exactArith) return clipTo(this.ctx, term, target.kind);
      const m = 1n << BigInt(intBits(target.kind));
      if (!isSigned(target.kind)) return `(mod ${term} ${m})`;
      const h = m >> 1n;
      return `(- (mod (+ ${term} ${h}) ${m}) ${h})`;
    }
    if (target.k === 'char') return term;
    if (target.k === 'bool' && source?.k === 'bool') return term;
    if (source && this.sortOf(source) === this.sortOf(target)) return term;
    throw new Unsupported('this cast', span ?? UNKNOWN_SPAN);
  }

  /**
   * `x as int` of a type parameter bounded by Verus's `Integer`: at a known integer type the
   * value itself (then cast on to `to`); for an abstract parameter an uninterpreted integer
   * of the value, one function per parameter sort (what a proof for every integer type may
   * assume of it: nothing).
   */
  paramToInt(term: string, from: Type, to: Type, span?: Span): string {
    const source = strip(this.ctx.substitute(from));
    if (source.k === 'int') return this.cast(term, source, to, span);
    if (source.k !== 'param') throw new Unsupported('`as` from a type parameter instantiated at a type other than an integer', span ?? UNKNOWN_SPAN);
    const sort = this.sortOf(source);
    const fn = `${sort}.as_int`;
    this.ctx.once(`fun:${fn}`, () => this.ctx.fun(`(declare-fun ${fn} (${sort}) Int)`));
    return this.cast(`(${fn} ${term})`, { k: 'int', kind: 'int' }, to, span);
  }

  /**
   * An uninterpreted bitwise operation on integers of a kind, with range facts for unsigned kinds.
   * `&`, `|`, `^` and `>>` are one function for every kind: on the integers (two's complement,
   * infinite to the left; `x >> n` is x / 2^n rounded down) their value does not depend on the
   * width (as Verus's `bit_and`, `bit_shr`), so `x & m` of u32 values equals
   * `(x as u64) & (m as u64)`. `<<` is the unbounded product, clipped (see `arith`); `!`
   * depends on the width: one per kind.
   */
  bitFn(op: string, k: IntKind | undefined, arity: number): string {
    const kind = k ?? 'int';
    // (`<<` is asked for at the unbounded kind: its value does depend on the width, by a clip)
    const shared = op === 'and' || op === 'or' || op === 'xor' || op === 'shr' || op === 'shl';
    const name = shared ? `bit.${op}` : `bit.${op}.${kind}`;
    const key = `${name}:${kind}`;
    if (!this.bitFns.has(key)) {
      this.bitFns.add(key);
      this.ctx.once(`fn:${name}`, () => this.ctx.fun(`(declare-fun ${name} (${arity === 1 ? 'Int' : 'Int Int'}) Int)`));
      this.ctx.once(`fn:${key}`, () => {
        if (isBounded(kind) && !isSigned(kind)) {
          const vars = arity === 1 ? '((x Int))' : '((x Int) (y Int))';
          const app = arity === 1 ? `(${name} x)` : `(${name} x y)`;
          const pre = arity === 1 ? inRange('x', kind) : `(and ${inRange('x', kind)} ${inRange('y', kind)})`;
          let post = inRange(app, kind);
          if (op === 'and') post = `(and ${post} (<= ${app} x) (<= ${app} y))`;
          if (op === 'or') post = `(and ${post} (<= x ${app}) (<= y ${app}))`;
          this.ctx.axiom(`(forall ${vars} (! (=> ${pre} ${post}) :pattern (${app})))`);
        }
      });
    }
    return name;
  }

  /** Integer/boolean binary operation with mathematical (unchecked) semantics. */
  arith(op: string, a: string, b: string, k: IntKind | undefined, truncDiv: boolean, bLit?: bigint): string {
    switch (op) {
      case '+': return `(+ ${a} ${b})`;
      case '-': return `(- ${a} ${b})`;
      case '*': return this.nonlinear('mul', a, b);
      // Rust's signed `/` and `%` round toward zero: native, so the solver finds the overflow of
      // `MIN / -1` (behind functions it could only answer unknown, see opaque-arith.ts)
      case '/':
        if (truncDiv && k && isSigned(k)) return `(ite (>= ${a} 0) (ite (> ${b} 0) (div ${a} ${b}) (- (div ${a} (- ${b})))) (ite (> ${b} 0) (- (div (- ${a}) ${b})) (div (- ${a}) (- ${b}))))`;
        return this.nonlinear('div', a, b);
      case '%':
        if (truncDiv && k && isSigned(k)) return `(- ${a} (* ${b} ${this.arith('/', a, b, k, true)}))`;
        return this.nonlinear('mod', a, b);
      case '&': return `(${this.bitFn('and', k, 2)} ${a} ${b})`;
      case '|': return `(${this.bitFn('or', k, 2)} ${a} ${b})`;
      case '^': return `(${this.bitFn('xor', k, 2)} ${a} ${b})`;
      case '>>':
        if (bLit !== undefined && bLit >= 0n && bLit < 128n) {
          // as a division; and the uninterpreted `>>` by the same amount is that division too, so a
          // shift by a variable equal to it (`x >> m` where m == 0) meets what this one proves
          const shr = this.bitFn('shr', k, 2);
          this.ctx.once(`shr:${shr}:${bLit}`, () => this.ctx.axiom(`(forall ((x Int)) (! (= (${shr} x ${bLit}) (div x ${1n << bLit})) :pattern ((${shr} x ${bLit}))))`));
          return `(div ${a} ${1n << bLit})`;
        }
        return `(${this.bitFn('shr', k, 2)} ${a} ${b})`;
      case '<<': {
        // one unbounded `bit.shl` (x * 2^n) for every kind, clipped into a bounded one (as Verus):
        // `1usize << n` and `1u64 << n` are then the same value where the widths agree
        const shl = this.bitFn('shl', 'int', 2);
        const bounded = isBounded(k) ? k : undefined;
        const clip = (t: string): string => (bounded ? this.cast(t, { k: 'int', kind: 'int' }, { k: 'int', kind: bounded }) : t);
        if (bLit !== undefined && bLit >= 0n && bLit < 128n) {
          if (/^\d+$/.test(a)) {
            // the folded value, and the same shift as the uninterpreted `<<` equal to it: a shift by
            // a variable amount (`1 << n`) meets these when the solver tries `n` = the constant
            const exact = BigInt(a) << bLit;
            this.ctx.once(`shl:${shl}:${a}:${bLit}`, () => this.ctx.axiom(`(= (${shl} ${a} ${bLit}) ${num(exact)})`));
            return num(bounded ? wrapValue(exact, bounded) : exact);
          }
          // the uninterpreted `<<` by the same amount is the same product (see `>>`)
          this.ctx.once(`shl:${shl}:${bLit}`, () => this.ctx.axiom(`(forall ((x Int)) (! (= (${shl} x ${bLit}) (* x ${1n << bLit})) :pattern ((${shl} x ${bLit}))))`));
          return clip(`(* ${a} ${1n << bLit})`);
        }
        return clip(`(${shl} ${a} ${b})`);
      }
    }
    throw new Error(`arith ${op}`);
  }

  /** `*`, `div`, `mod`: native when an operand is a numeral (linear) or in exact mode, else behind a function. */
  private nonlinear(op: 'mul' | 'div' | 'mod', a: string, b: string): string {
    if (this.exactArith || isNumeral(b) || (op === 'mul' && isNumeral(a))) return `(${op === 'mul' ? '*' : op} ${a} ${b})`;
    return opaqueNonlinear(this.ctx, op, a, b);
  }

  /** Accessor term for a field of a struct/tuple value. */
  field(base: string, baseTy: Type, name: string, span: Span): string {
    const t = this.ctx.substitute(strip(baseTy));
    if (t.k === 'tuple') return `(${this.sortOf(t)}.${name} ${base})`;
    if (t.k === 'adt') {
      const shape = this.ctx.adtSort(t.name, t.args);
      if (shape.ctors.length === 1) {
        const f = shape.ctors[0]!.fields.find((x) => x.name === name);
        if (f) return `(${f.accessor} ${base})`;
      }
    }
    throw new Unsupported(`field access \`.${name}\` on this type`, span);
  }

  /** The fields of a struct type with their accessors and types. */
  structFields(t: Type): { name: string; accessor: string; ty: Type; sort: string }[] | undefined {
    const s = this.ctx.substitute(strip(t));
    if (s.k === 'adt' && this.crate.structs.has(s.name)) {
      const shape = this.ctx.adtSort(s.name, s.args);
      return shape.ctors[0]?.fields.map((f) => ({ ...f }));
    }
    if (s.k === 'tuple' && s.elems.length > 0) {
      const sort = this.sortOf(s);
      return s.elems.map((e, i) => ({ name: String(i), accessor: `${sort}.${i}`, ty: e, sort: this.sortOf(e) }));
    }
    return undefined;
  }

  /** Struct constructor application with fields in declared order. */
  construct(t: Type, values: Map<string, string>, span: Span): string {
    const fields = this.structFields(t);
    if (!fields) throw new Unsupported('this constructor', span);
    const s = this.ctx.substitute(strip(t));
    if (s.k === 'tuple') return `(${this.sortOf(s)}.mk ${fields.map((f) => values.get(f.name)).join(' ')})`;
    const shape = this.ctx.adtSort((s as { name: string }).name, (s as { args: Type[] }).args);
    const ctor = shape.ctors[0]!;
    if (ctor.fields.length === 0) return ctor.name;
    return `(${ctor.name} ${ctor.fields.map((f) => {
      const v = values.get(f.name);
      if (v === undefined) throw new Unsupported(`missing field \`${f.name}\``, span);
      return v;
    }).join(' ')})`;
  }

  variantCtor(enumTy: Type, variant: string, args: string[], span: Span): string {
    const s = this.ctx.substitute(strip(enumTy));
    if (s.k !== 'adt') throw new Unsupported('this enum constructor', span);
    const shape = this.ctx.adtSort(s.name, s.args);
    const c = shape.ctors.find((x) => x.variant === variant);
    if (!c) throw new Unsupported(`variant ${variant}`, span);
    return c.fields.length === 0 ? c.name : `(${c.name} ${args.join(' ')})`;
  }

  variantInfo(enumTy: Type, variant: string) {
    const s = this.ctx.substitute(strip(enumTy));
    if (s.k !== 'adt') return undefined;
    return this.ctx.adtSort(s.name, s.args).ctors.find((x) => x.variant === variant);
  }

  unit(): string {
    this.ctx.unitSort();
    return 'unit';
  }

  /**
   * Facts every value of the type satisfies (ranges, Vec length), depth-limited. With `inv`,
   * also the type invariants of the value and its parts: only sound for exec values (every
   * exec construction and field update is checked); Ghost/Tracked contents never get them.
   */
  typeFacts(term: string, ty: Type, depth = 2, inv = false): string[] {
    const t = this.ctx.substitute(ty);
    const out: string[] = [];
    switch (t.k) {
      case 'int':
        if (t.kind !== 'int') out.push(inRange(term, t.kind));
        break;
      case 'char':
        out.push(`(and (<= 0 ${term}) (<= ${term} 1114111))`);
        break;
      case 'ref': return this.typeFacts(term, t.inner, depth, inv);
      case 'builtin': {
        const a0 = t.args[0];
        if (['Box', 'Ghost', 'Tracked'].includes(t.name) && a0) return this.typeFacts(term, a0, depth, inv && t.name === 'Box');
        if ((t.name === 'Vec' || t.name === 'Seq') && a0) {
          const Q = this.sortOf(t);
          if (t.name === 'Vec') out.push(`(<= (${Q}.len ${term}) 18446744073709551615)`);
          if (depth > 0) out.push(...this.elementFacts(term, Q, a0));
        }
        // vstd's `Set` and `Map` are finite (its `ISet` and `IMap` need not be): every `Set` value
        // and every `Map`'s domain is (sound because no `Set`/`Map` can be built infinite: every
        // constructor that could is on ISet/IMap, or gives an `Option`, docs/semantics.md)
        if ((t.name === 'Set' || t.name === 'Map') && a0) {
          const K = this.sortOf(a0);
          const fin = this.ctx.setCard(`(Array ${K} Bool)`, K).finite;
          out.push(t.name === 'Set' ? `(${fin} ${term})` : `(${fin} (${this.sortOf(t)}.dom ${term}))`);
        }
        if (t.name === 'Option' && a0 && depth > 0) {
          const O = this.sortOf(t);
          const inner = this.typeFacts(`(${O}.Some.0 ${term})`, a0, depth - 1, inv);
          if (inner.length > 0) out.push(`(=> ((_ is ${O}.Some) ${term}) ${andAll(inner)})`);
        }
        break;
      }
      case 'array': {
        const Q = this.sortOf(t);
        out.push(`(= (${Q}.len ${term}) ${t.len})`);
        if (depth > 0) out.push(...this.elementFacts(term, Q, t.elem));
        break;
      }
      case 'slice': {
        const Q = this.sortOf(t);
        out.push(`(<= (${Q}.len ${term}) 18446744073709551615)`);
        if (depth > 0) out.push(...this.elementFacts(term, Q, t.elem));
        break;
      }
      case 'tuple':
        if (depth > 0 && t.elems.length > 0) {
          const S = this.sortOf(t);
          t.elems.forEach((e, i) => out.push(...this.typeFacts(`(${S}.${i} ${term})`, e, depth - 1, inv)));
        }
        break;
      case 'adt': {
        if (depth <= 0) break;
        const shape = this.ctx.adtSort(t.name, t.args);
        // (this instance's field types: the shape's are those of the first instance of its sorts)
        const own = shape.opaque ? undefined : this.ctx.adtFieldTypes(t.name, t.args);
        const fty = (ci: number, fi: number, f: { ty: Type }) => own?.[ci]?.[fi] ?? f.ty;
        if (shape.ctors.length === 1) {
          shape.ctors[0]!.fields.forEach((f, fi) => out.push(...this.typeFacts(`(${f.accessor} ${term})`, fty(0, fi, f), depth - 1, inv)));
        } else {
          for (const [ci, c] of shape.ctors.entries()) {
            const inner = c.fields.flatMap((f, fi) => this.typeFacts(`(${f.accessor} ${term})`, fty(ci, fi, f), depth - 1, inv));
            if (inner.length > 0) out.push(`(=> ((_ is ${c.name}) ${term}) ${andAll(inner)})`);
          }
        }
        const invTerm = inv ? this.typeInvariantTerm(term, t) : undefined;
        if (invTerm) out.push(invTerm);
        break;
      }
    }
    return out;
  }

  /** Every element of a sequence `term` (sort `Q`) lies in its type (triggered by indexing). */
  private elementFacts(term: string, Q: string, elem: Type): string[] {
    const inner = this.typeFacts(`(${Q}.index ${term} i)`, elem, 0);
    if (inner.length === 0) return [];
    return [`(forall ((i Int)) (! (=> (and (<= 0 i) (< i (${Q}.len ${term}))) ${andAll(inner)}) :pattern ((${Q}.index ${term} i))))`];
  }

  /** Hook: the type invariant applied to a value (set up by the spec translator). */
  typeInvariantTerm(_term: string, _t: Type): string | undefined {
    return undefined;
  }
}
