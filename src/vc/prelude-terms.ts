/**
 * The prelude's built-in operations as SMT terms (Seq, Set, Map, Option, Vec views and
 * wrappers, `T::MAX`-like constants) and extensional equality: pure encoding over types and
 * terms, the same whichever expression (IR or other) they came from.
 */
import { INT, intRange, type IntKind, type Type } from '../check/types.js';
import type { IrSpan as Span } from '../ir/types.js';
import { mangle, paramName } from '../smt/encode/context.js';
import { Unsupported } from './errors.js';
import { andAll, num, orAll, strip, Terms } from './terms.js';

/** SMT heads that cannot head a trigger term (interpreted symbols, binders). */
export const NON_PATTERN_HEADS = new Set(['+', '-', '*', 'div', 'mod', 'and', 'or', 'not', '=>', '=', '<', '<=', '>', '>=', 'ite', 'forall', 'exists', 'let', '_']);

/** A type as text made of SMT symbol characters, distinct for distinct types. */
export function typeKey(t: Type): string {
  switch (t.k) {
    case 'int': return t.kind;
    case 'bool': case 'char': case 'str': case 'never': case 'error': return t.k;
    case 'tuple': return `tup<${t.elems.map(typeKey).join('+')}>`;
    case 'ref': return `${t.mut ? 'refmut' : 'ref'}<${typeKey(t.inner)}>`;
    case 'array': return `arr<${typeKey(t.elem)}+${t.len}>`;
    case 'slice': return `slice<${typeKey(t.elem)}>`;
    case 'builtin': return `${t.name}<${t.args.map(typeKey).join('+')}>`;
    case 'adt': return `${mangle(t.name)}<${t.args.map(typeKey).join('+')}>`;
    case 'param': return `P%${mangle(paramName(t.name))}`;
    case 'cval': return `C%${t.value}`;
  }
}

export class PreludeTerms extends Terms {
  private extCount = 0;

  /** Value of a built-in constant such as `u64::MAX`. */
  builtinConst(name: string): string | undefined {
    const m = /^(\w+)::(MAX|MIN|BITS)$/.exec(name);
    if (!m) return undefined;
    const k = m[1]! as IntKind;
    const r = intRange(k);
    if (!r) return undefined;
    if (m[2] === 'MAX') return num(r.max);
    if (m[2] === 'MIN') return num(r.min);
    return String(k === 'usize' || k === 'isize' ? 64 : Number(k.slice(1)));
  }

  /** Whether `==` at this type is proved as `=~=` in claims (Verus's auto-ext-equal types). */
  hasExtEquality(ty: Type): boolean {
    const t = strip(this.ctx.substitute(ty));
    if (t.k === 'array' || t.k === 'slice') return true;
    if (t.k === 'builtin') return t.name === 'Seq' || t.name === 'Set' || t.name === 'Map' || t.name === 'ISet' || t.name === 'IMap';
    if (t.k === 'adt') {
      const decl = this.crate.structs.get(t.name)?.decl ?? this.crate.enums.get(t.name)?.decl;
      return !!decl?.attrs.some((a) => a.name === 'verifier::ext_equal');
    }
    return false;
  }

  sameType(a: Type, b: Type): boolean {
    return typeKey(strip(this.ctx.substitute(a))) === typeKey(strip(this.ctx.substitute(b)));
  }

  /**
   * `a =~= b` (deep: `a =~~= b`): sequences of the same length with equal elements, maps with
   * one domain and equal values on it, sets with the same members; an `ext_equal` datatype's
   * fields compared the same way. Deep comparison goes into elements and values of
   * extensional types. Each form implies `a == b` (the ext axioms of the sorts).
   */
  extEq(a: string, b: string, ty: Type, deep = false): string {
    const t = strip(this.ctx.substitute(ty));
    const s = this.sortOf(t);
    const part = (x: string, y: string, pt: Type) => (this.hasExtEquality(pt) ? this.extEq(x, y, pt, deep) : `(= ${x} ${y})`);
    if (s.startsWith('Seq%')) {
      const elem = t.k === 'array' || t.k === 'slice' ? t.elem : t.k === 'builtin' ? t.args[0] : undefined;
      if (!deep || !elem || !this.hasExtEquality(elem)) return `(${s}.ext ${a} ${b})`;
      const i = `i$ext${this.extCount++}`;
      const at = (x: string) => `(${s}.index ${x} ${i})`;
      const inner = `(and (= (${s}.len ${a}) (${s}.len ${b})) (forall ((${i} Int)) (! (=> (and (<= 0 ${i}) (< ${i} (${s}.len ${a}))) ${part(at(a), at(b), elem)}) :pattern (${at(a)}) :pattern (${at(b)}))))`;
      // the element-wise fact, then (knowing it) the sequences' own extensionality, which gives ==
      return `(and ${inner} (=> ${inner} (${s}.ext ${a} ${b})))`;
    }
    if (s.startsWith('Map%')) {
      const val = t.k === 'builtin' ? t.args[1] : undefined;
      if (!deep || !val || !this.hasExtEquality(val)) return `(${s}.ext ${a} ${b})`;
      const key = t.k === 'builtin' && t.args[0] ? this.sortOf(t.args[0]) : 'Int';
      const k = `k$ext${this.extCount++}`;
      const at = (x: string) => `(select (${s}.vals ${x}) ${k})`;
      const inner = `(and (= (${s}.dom ${a}) (${s}.dom ${b})) (forall ((${k} ${key})) (! (=> (select (${s}.dom ${a}) ${k}) ${part(at(a), at(b), val)}) :pattern (${at(a)}) :pattern (${at(b)}))))`;
      return `(and ${inner} (=> ${inner} (${s}.ext ${a} ${b})))`;
    }
    if (t.k === 'adt') {
      // an opaque type's `=~=` is its sort's `ext` (what it means is for its trusted specs to say)
      const opaque = this.crate.structs.get(t.name)?.opaque ? this.ctx.adtSort(t.name, t.args).opaque : undefined;
      if (opaque) return `(${opaque.ext} ${a} ${b})`;
    }
    if (t.k === 'adt' && this.hasExtEquality(t)) {
      const shape = this.ctx.adtSort(t.name, t.args);
      const ctors = shape.ctors.map((c) => {
        const fields = c.fields.map((f) => part(`(${f.accessor} ${a})`, `(${f.accessor} ${b})`, f.ty));
        return shape.ctors.length === 1 ? andAll(fields) : andAll([`((_ is ${c.name}) ${a})`, `((_ is ${c.name}) ${b})`, ...fields]);
      });
      return orAll(ctors);
    }
    return `(= ${a} ${b})`;
  }

  seqLit(ty: Type, elems: string[]): string {
    const Q = this.sortOf(ty);
    let t = `${Q}.empty`;
    for (const x of elems) t = `(${Q}.push ${t} ${x})`;
    return t;
  }

  indexTerm(base: string, baseTy: Type, idx: string, span: Span): string {
    const t = strip(this.ctx.substitute(baseTy));
    const s = this.sortOf(t);
    if (s.startsWith('Seq%')) return `(${s}.index ${base} ${idx})`;
    if (s.startsWith('Map%')) return `(select (${s}.vals ${base}) ${idx})`;
    throw new Unsupported('indexing this type', span);
  }

  /** Pure built-ins (Seq/Set/Map/Option/Vec views and wrappers). */
  builtinCall(name: string, recv: string | undefined, recvTy: Type | undefined, args: string[], _argTys: Type[], resTy: Type, span: Span): string {
    const r = recv ?? args[0] ?? '';
    const a = recv === undefined ? args.slice(1) : args;
    const sortR = recvTy ? this.sortOf(strip(recvTy)) : '';
    switch (name) {
      case 'Ghost': case 'Tracked': case 'Box::new': case 'Ghost::view': case 'Tracked::view': case 'Tracked::borrow': case 'Tracked::get': case 'Vec::view': case 'slice::view':
        return r;
      case 'slice::len': return `(${sortR}.len ${r})`;
      case 'Some': return `(${this.sortOf(resTy)}.Some ${r})`;
      case 'None': return `${this.sortOf(resTy)}.None`;
      case 'Option::is_some': return `((_ is ${sortR}.Some) ${r})`;
      case 'Option::is_none': return `((_ is ${sortR}.None) ${r})`;
      case 'Option::unwrap': case 'Option::get_Some_0': return `(${sortR}.Some.0 ${r})`;
      case 'Option::unwrap_or': return `(ite ((_ is ${sortR}.Some) ${r}) (${sortR}.Some.0 ${r}) ${a[0]})`;
      case 'Vec::new': case 'Vec::with_capacity': case 'Seq::empty': return `${this.sortOf(resTy)}.empty`;
      case 'Vec::len': case 'Seq::len': return `(${sortR}.len ${r})`;
      case 'Vec::is_empty': return `(= (${sortR}.len ${r}) 0)`;
      case 'Seq::index': return `(${sortR}.index ${r} ${a[0]})`;
      case 'Seq::push': return `(${sortR}.push ${r} ${a[0]})`;
      case 'Seq::update': return `(${sortR}.update ${r} ${a[0]} ${a[1]})`;
      case 'Seq::subrange': return `(${sortR}.subrange ${r} ${a[0]} ${a[1]})`;
      case 'Seq::take': return `(${sortR}.subrange ${r} 0 ${a[0]})`;
      case 'Seq::skip': return `(${sortR}.subrange ${r} ${a[0]} (${sortR}.len ${r}))`;
      case 'Seq::drop_last': return `(${sortR}.subrange ${r} 0 (- (${sortR}.len ${r}) 1))`;
      case 'Seq::last': return `(${sortR}.index ${r} (- (${sortR}.len ${r}) 1))`;
      case 'Seq::first': return `(${sortR}.index ${r} 0)`;
      case 'Seq::add': return `(${sortR}.add ${r} ${a[0]})`;
      case 'Seq::contains': {
        const st = recvTy ? strip(this.ctx.substitute(recvTy)) : undefined;
        const elemTy = st && (st.k === 'builtin' ? st.args[0] : st.k === 'array' || st.k === 'slice' ? st.elem : undefined);
        if (!elemTy) throw new Unsupported('`contains` on this type', span);
        return `(${this.ctx.seqContains(this.sortOf(elemTy))} ${r} ${a[0]})`;
      }
      case 'Set::empty': {
        const s = this.sortOf(resTy);
        return `((as const ${s}) false)`;
      }
      case 'Set::insert': return `(store ${r} ${a[0]} true)`;
      case 'Set::remove': return `(store ${r} ${a[0]} false)`;
      case 'Set::contains': return `(select ${r} ${a[0]})`;
      case 'Set::union': return `(${this.setPointwise('or', recvTy, span)} ${r} ${a[0]})`;
      case 'Set::intersect': return `(${this.setPointwise('and', recvTy, span)} ${r} ${a[0]})`;
      case 'Set::subset_of': return `(= (${this.setPointwise('and', recvTy, span)} ${r} ${a[0]}) ${r})`;
      case 'Set::difference': return `(${this.setPointwise('diff', recvTy, span)} ${r} ${a[0]})`;
      case 'Set::full': return `((as const ${this.sortOf(resTy)}) true)`;
      case 'Set::len': return `(${this.setCard(recvTy, span).len} ${r})`;
      // vstd: every `Set` is finite (`finite` is `true`); an `ISet`'s finiteness is the predicate
      case 'Set::finite': return this.setType(recvTy, span).name === 'Set' ? 'true' : `(${this.setCard(recvTy, span).finite} ${r})`;
      // the conversions: the same set (`to_set`: `Some` only when the set is finite)
      case 'Set::to_iset': case 'Map::to_imap': return r;
      case 'Set::to_set': return this.finiteOption(`${r}`, this.sortOf(resTy), this.setCard(recvTy, span).finite);
      // vstd's `Set::full()`: `Some` of every value, when there are finitely many
      case 'Set::full_finite': {
        const st = strip(resTy);
        const inner = st.k === 'builtin' && st.args[0] ? st.args[0] : INT;
        const S = this.sortOf(inner);
        const { finite } = this.ctx.setCard(S, this.sortOf((strip(inner) as { args?: Type[] }).args?.[0] ?? INT));
        return this.finiteOption(`((as const ${S}) true)`, this.sortOf(resTy), finite);
      }
      case 'Map::len': {
        const st = recvTy ? strip(this.ctx.substitute(recvTy)) : undefined;
        const K = st && st.k === 'builtin' && st.args[0] ? this.sortOf(st.args[0]) : 'Int';
        return `(${this.ctx.setCard(`(Array ${K} Bool)`, K).len} (${sortR}.dom ${r}))`;
      }
      case 'Map::empty': {
        const s = this.sortOf(resTy);
        const k = strip(resTy).k === 'builtin' ? this.sortOf((strip(resTy) as { args: Type[] }).args[0] ?? INT) : 'Int';
        return `(${s}.mk ((as const (Array ${k} Bool)) false) ${s}.default)`;
      }
      case 'Map::insert': return `(${sortR}.mk (store (${sortR}.dom ${r}) ${a[0]} true) (store (${sortR}.vals ${r}) ${a[0]} ${a[1]}))`;
      case 'Map::remove': return `(${sortR}.mk (store (${sortR}.dom ${r}) ${a[0]} false) (${sortR}.vals ${r}))`;
      case 'Map::dom': return `(${sortR}.dom ${r})`;
      case 'Map::index': return `(select (${sortR}.vals ${r}) ${a[0]})`;
      case 'Map::contains_key': return `(select (${sortR}.dom ${r}) ${a[0]})`;
      case 'reveal': return 'true';
    }
    const c = this.builtinConst(name);
    if (c !== undefined) return c;
    throw new Unsupported(`\`${name}\` in this position`, span);
  }

  /** `Some(set)` when `set` is finite, else `None` (at the Option sort `O`). */
  finiteOption(set: string, O: string, finite: string): string {
    return `(ite (${finite} ${set}) (${O}.Some ${set}) ${O}.None)`;
  }

  /** Union (`or`), intersection (`and`) or difference of sets of the receiver's type (see SmtContext.setPointwise). */
  private setPointwise(op: 'or' | 'and' | 'diff', recvTy: Type | undefined, span: Span): string {
    const st = this.setType(recvTy, span);
    return this.ctx.setPointwise(op, this.sortOf(st), this.sortOf(st.args[0] ?? INT));
  }

  /** `len` and `finite` of sets of the receiver's type (see SmtContext.setCard). */
  private setCard(recvTy: Type | undefined, span: Span): { len: string; finite: string } {
    const st = this.setType(recvTy, span);
    return this.ctx.setCard(this.sortOf(st), this.sortOf(st.args[0] ?? INT));
  }

  private setType(recvTy: Type | undefined, span: Span): Type & { k: 'builtin' } {
    const st = recvTy ? strip(this.ctx.substitute(recvTy)) : undefined;
    if (!st || st.k !== 'builtin' || (st.name !== 'Set' && st.name !== 'ISet')) throw new Unsupported('set operation on this type', span);
    return st;
  }
}
