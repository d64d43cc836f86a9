/**
 * The built-in prelude (vstd and the parts of std the subset knows): primitive and
 * built-in types, constructors, associated fns, integer constants and the
 * signatures of built-in methods.
 */
import { VSTD_CRATE } from '../syntax/vstd-lib.js';
import type { Def } from './scopes.js';
import { closureType, fnSpecType, intBits, intRange, iterItem, typeToString, type BuiltinName, type IntKind, type Type } from './types.js';

export const MACHINE_INTS: IntKind[] = ['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize'];
const ALL_INTS: IntKind[] = [...MACHINE_INTS, 'int', 'nat'];
export const BUILTIN_TYPES: BuiltinName[] = ['Vec', 'Seq', 'Set', 'Map', 'ISet', 'IMap', 'Option', 'Box', 'Ghost', 'Tracked', 'FnSpec'];

/** Verus's `builtin::add`, `sub`, `mul`: spec fns on two values of one integer type, wrapping into it. */
export const WRAPPING_ARITH: readonly string[] = ['add', 'sub', 'mul'];

const PRELUDE = new Map<string, Def>();
for (const k of ALL_INTS) PRELUDE.set(k, { kind: 'prim', ty: { k: 'int', kind: k } });
PRELUDE.set('bool', { kind: 'prim', ty: { k: 'bool' } });
PRELUDE.set('char', { kind: 'prim', ty: { k: 'char' } });
PRELUDE.set('str', { kind: 'prim', ty: { k: 'str' } });
for (const b of BUILTIN_TYPES) PRELUDE.set(b, { kind: 'builtinType', name: b });
// `add`/`sub`/`mul`: Verus's wrapping spec arithmetic (`builtin::add(a, b)` is `(a + b) as T`)
for (const v of ['Some', 'None', 'arbitrary', 'reveal', 'use_type_invariant', 'admit', ...WRAPPING_ARITH]) PRELUDE.set(v, { kind: 'builtinValue', name: v });
for (const m of ['vstd', 'std', 'core', 'alloc', 'builtin']) PRELUDE.set(m, { kind: 'vstd', name: m });
PRELUDE.set('proofgate', { kind: 'proofgate' });

/**
 * `proofgate::interval(lo, hi)`: in a #[test] fn, a value anywhere in `lo..=hi` (an interval
 * test harness, docs/harnesses.md). The analysis covers the whole range, the emulator samples it.
 */
export const INTERVAL = 'proofgate::interval';

/** The member `name` of the `proofgate` module. */
export function proofgateMember(name: string): Def | undefined {
  return name === 'interval' ? { kind: 'builtinValue', name: INTERVAL } : undefined;
}

/**
 * The assoc-table key of the methods lib/vstd defines on a built-in type
 * (`impl<A> Set<A> { pub open spec fn disjoint .. }`): collect.ts enters them, calls.ts finds them.
 */
export function builtinOwnerKey(name: BuiltinName): string {
  return `${VSTD_CRATE}::${name}`;
}

/**
 * The assoc-table key of a primitive type's members from impls of std traits in the crate
 * (`impl From<PhysAddr> for usize`, `impl FromSpecImpl<PhysAddr> for usize`): `usize::from(p)`.
 */
export function primOwnerKey(ty: Type): string {
  return `#prim::${typeToString(ty)}`;
}

export function isPrimOwnerKey(key: string | undefined): boolean {
  return key?.startsWith('#prim::') ?? false;
}

/**
 * The assoc-table key of the members that trait impls of the crate give a type built by a
 * type constructor (`impl<T> Tr for (T, nat)`, `impl Tr for [u8; 4]`): one key per
 * constructor (a tuple's per arity), the impls under it told apart by their self types
 * (calls.ts unifies the receiver with each, lower-dispatch.ts matches them).
 */
export function structuralOwnerKey(shape: { kind: 'tuple'; arity: number } | { kind: 'array' | 'slice' }): string {
  return shape.kind === 'tuple' ? `#tuple::${shape.arity}` : `#${shape.kind}`;
}

export function isStructuralOwnerKey(key: string | undefined): boolean {
  return key !== undefined && (key.startsWith('#tuple::') || key === '#array' || key === '#slice');
}

/** The assoc-table key of a type's members (undefined for a type that has none: a parameter, ...). */
export function typeOwnerKey(ty: Type): string | undefined {
  switch (ty.k) {
    case 'adt':
      return ty.name;
    case 'builtin':
      return builtinOwnerKey(ty.name);
    case 'int':
    case 'bool':
    case 'char':
      return primOwnerKey(ty);
    case 'tuple':
      return structuralOwnerKey({ kind: 'tuple', arity: ty.elems.length });
    case 'array':
    case 'slice':
      return structuralOwnerKey({ kind: ty.k });
    default:
      return undefined;
  }
}

/** std's `Result`, defined as Verus source in lib/vstd (std_specs/result.rs). */
export const RESULT_QNAME = `${VSTD_CRATE}::std_specs::result::Result`;

/** What a bare name means when nothing in the crate defines it. */
export function preludeDef(name: string): Def | undefined {
  return PRELUDE.get(name);
}

/** `vstd::seq::Seq`, `std::option::Option::Some`: the member named `name` of a vstd/std module. */
export function vstdMember(name: string): Def {
  return PRELUDE.get(name) ?? { kind: 'vstd', name };
}

/** `u64::MAX`, `i8::MIN`, `usize::BITS`. */
export function intConstant(kind: IntKind, name: string): { name: string; ty: Type; value: bigint } | undefined {
  if (kind === 'int' || kind === 'nat') return undefined;
  const r = intRange(kind)!;
  const ty: Type = { k: 'int', kind };
  if (name === 'MAX') return { name: `${kind}::MAX`, ty, value: r.max };
  if (name === 'MIN') return { name: `${kind}::MIN`, ty, value: r.min };
  if (name === 'BITS') return { name: `${kind}::BITS`, ty: { k: 'int', kind: 'u32' }, value: BigInt(intBits(kind)) };
  return undefined;
}

/** Which code may call a built-in: 'any' works in exec and spec code alike. */
export type BuiltinMode = 'exec' | 'spec' | 'proof' | 'any';

export interface BuiltinSig {
  name: string;
  params: Type[];
  ret: Type;
  mode: BuiltinMode;
  /** Element types, stored as Resolution.typeArgs. */
  typeArgs: Type[];
}

const INT_T: Type = { k: 'int', kind: 'int' };
const NAT_T: Type = { k: 'int', kind: 'nat' };
const USIZE: Type = { k: 'int', kind: 'usize' };
const BOOL_T: Type = { k: 'bool' };
const UNIT_T: Type = { k: 'tuple', elems: [] };
const b = (name: BuiltinName, ...args: Type[]): Type => ({ k: 'builtin', name, args });

/** Associated fns called on a built-in type: `Vec::new()`, `Seq::empty()`, `Box::new(x)`. */
export function builtinAssocFn(owner: BuiltinName, name: string, fresh: () => Type, ownerArgs: Type[]): BuiltinSig | undefined {
  const t = ownerArgs[0] ?? fresh();
  const sig = (params: Type[], ret: Type, mode: BuiltinMode, typeArgs: Type[], as?: string): BuiltinSig => ({ name: as ?? `${owner}::${name}`, params, ret, mode, typeArgs });
  switch (`${owner}::${name}`) {
    case 'Vec::new': return sig([], b('Vec', t), 'exec', [t]);
    case 'Vec::with_capacity': return sig([USIZE], b('Vec', t), 'exec', [t]);
    case 'Seq::empty': return sig([], b('Seq', t), 'spec', [t]);
    // vstd's finite `Set`: `full` and `new` give a set only when it is finite (`Option`);
    // its possibly infinite `ISet` has the old constructors (the same theory, see docs/semantics.md)
    case 'Set::empty': return sig([], b('Set', t), 'spec', [t]);
    case 'Set::full': return sig([], b('Option', b('Set', t)), 'spec', [t], 'Set::full_finite');
    case 'ISet::empty': case 'ISet::full': return sig([], b('ISet', t), 'spec', [t], `Set::${name}`);
    case 'Map::empty': case 'IMap::empty': {
      const v = ownerArgs[1] ?? fresh();
      return sig([], b(owner, t, v), 'spec', [t, v], 'Map::empty');
    }
    case 'Box::new': return sig([t], b('Box', t), 'any', [t]);
    // the closure-based constructors (their meaning: src/vc/ir-closure.ts)
    case 'Seq::new': return sig([NAT_T, fnSpecType([INT_T], t)], b('Seq', t), 'spec', [t]);
    case 'Set::new': return sig([fnSpecType([t], BOOL_T)], b('Option', b('Set', t)), 'spec', [t], 'Set::new_finite');
    case 'ISet::new': return sig([fnSpecType([t], BOOL_T)], b('ISet', t), 'spec', [t], 'Set::new');
    // the integers `lo <= i < hi` (`..=`: and `hi`), of an integer type (vstd's `FiniteRange`)
    case 'Set::range': case 'Set::range_inclusive': return sig([t, t], b('Set', t), 'spec', [t]);
    // vstd's finite `Map::new(keys, fv)` takes its domain as a (finite) `Set`
    case 'Map::new': {
      const v = ownerArgs[1] ?? fresh();
      return sig([b('Set', t), fnSpecType([t], v)], b('Map', t, v), 'spec', [t, v], 'Map::new_finite');
    }
    case 'IMap::new': {
      const v = ownerArgs[1] ?? fresh();
      return sig([fnSpecType([t], BOOL_T), fnSpecType([t], v)], b('IMap', t, v), 'spec', [t, v], 'Map::new');
    }
    default: return undefined;
  }
}

/**
 * The machine integers' checked, wrapping and saturating arithmetic (`x.checked_add(y)`), with
 * vstd's specs (src/ir/lower-int-methods.ts): `int::<method>`, at the receiver's type.
 */
export const INT_METHODS: ReadonlySet<string> = new Set([
  'checked_add', 'checked_sub', 'checked_mul', 'checked_div', 'checked_rem',
  'wrapping_add', 'wrapping_sub', 'wrapping_mul',
  'saturating_add', 'saturating_sub', 'saturating_mul',
]);

/** A method on a built-in receiver type (already dereferenced); `fresh` gives a method's own type parameter. */
export function builtinMethod(recv: Type, method: string, fresh: () => Type = () => ({ k: 'error' })): BuiltinSig | undefined {
  if (recv.k === 'builtin') return builtinTypeMethod(recv.name, recv.args, method, fresh);
  if (recv.k === 'int' && recv.kind !== 'int' && recv.kind !== 'nat' && INT_METHODS.has(method)) {
    const ret = method.startsWith('checked_') ? b('Option', recv) : recv;
    return { name: `int::${method}`, params: [recv], ret, mode: 'any', typeArgs: [recv] };
  }
  // std's `Ord::min` / `Ord::max` at a machine integer type (exec, as in Verus: vstd gives no spec twin)
  if (recv.k === 'int' && recv.kind !== 'int' && recv.kind !== 'nat' && (method === 'min' || method === 'max')) {
    return { name: `int::${method}`, params: [recv], ret: recv, mode: 'exec', typeArgs: [recv] };
  }
  if (recv.k === 'array' || recv.k === 'slice') {
    const sig = (params: Type[], ret: Type, mode: BuiltinMode): BuiltinSig => ({ name: `slice::${method}`, params, ret, mode, typeArgs: [recv.elem] });
    if (method === 'len') return sig([], USIZE, 'any');
    if (method === 'view') return sig([], b('Seq', recv.elem), 'spec');
    if (method === 'get') return sig([USIZE], b('Option', { k: 'ref', mut: false, inner: recv.elem }), 'exec');
  }
  return undefined;
}

function builtinTypeMethod(owner: BuiltinName, args: Type[], m: string, fresh: () => Type): BuiltinSig | undefined {
  const t = args[0] ?? { k: 'error' };
  // ISet / IMap share Set's / Map's operations (their names), at their own types
  const base = owner === 'ISet' ? 'Set' : owner === 'IMap' ? 'Map' : owner;
  const S = owner === 'IMap' || owner === 'ISet' ? 'ISet' : 'Set';
  const sig = (params: Type[], ret: Type, mode: BuiltinMode): BuiltinSig => ({ name: `${base}::${m}`, params, ret, mode, typeArgs: args });
  switch (owner) {
    case 'Vec':
      switch (m) {
        case 'len': return sig([], USIZE, 'any');
        case 'is_empty': return sig([], BOOL_T, 'any');
        case 'get': return sig([USIZE], b('Option', { k: 'ref', mut: false, inner: t }), 'exec');
        case 'push': return sig([t], UNIT_T, 'exec');
        case 'pop': return sig([], b('Option', t), 'exec');
        case 'set': return sig([USIZE, t], UNIT_T, 'exec');
        case 'insert': return sig([USIZE, t], UNIT_T, 'exec');
        case 'remove': return sig([USIZE], t, 'exec');
        case 'clear': return sig([], UNIT_T, 'exec');
        case 'view': return sig([], b('Seq', t), 'spec');
        case 'clone': return sig([], b('Vec', t), 'exec');
      }
      return undefined;
    case 'Seq':
      switch (m) {
        case 'len': return sig([], NAT_T, 'spec');
        case 'index': return sig([INT_T], t, 'spec');
        case 'push': return sig([t], b('Seq', t), 'spec');
        case 'update': return sig([INT_T, t], b('Seq', t), 'spec');
        case 'subrange': return sig([INT_T, INT_T], b('Seq', t), 'spec');
        case 'take': case 'skip': return sig([INT_T], b('Seq', t), 'spec');
        case 'drop_last': return sig([], b('Seq', t), 'spec');
        case 'last': case 'first': return sig([], t, 'spec');
        case 'add': return sig([b('Seq', t)], b('Seq', t), 'spec');
        case 'contains': return sig([t], BOOL_T, 'spec');
        case 'to_set': return sig([], b('Set', t), 'spec');
        // closure-based (vstd's `Seq::map` & co.; their meaning: src/vc/ir-closure.ts)
        case 'map': { const u = fresh(); return sig([fnSpecType([INT_T, t], u)], b('Seq', u), 'spec'); }
        case 'map_values': { const u = fresh(); return sig([fnSpecType([t], u)], b('Seq', u), 'spec'); }
        case 'filter': return sig([fnSpecType([t], BOOL_T)], b('Seq', t), 'spec');
        case 'fold_left': { const u = fresh(); return sig([u, fnSpecType([u, t], u)], u, 'spec'); }
        case 'fold_right': { const u = fresh(); return sig([fnSpecType([t, u], u), u], u, 'spec'); }
      }
      return undefined;
    case 'Set': case 'ISet':
      switch (m) {
        case 'insert': case 'remove': return sig([t], b(S, t), 'spec');
        case 'contains': return sig([t], BOOL_T, 'spec');
        case 'len': return sig([], NAT_T, 'spec');
        case 'union': case 'intersect': case 'difference': return sig([b(S, t)], b(S, t), 'spec');
        case 'subset_of': return sig([b(S, t)], BOOL_T, 'spec');
        case 'finite': return sig([], BOOL_T, 'spec');
        case 'filter': return sig([fnSpecType([t], BOOL_T)], b(S, t), 'spec');
        case 'map': { const u = fresh(); return sig([fnSpecType([t], u)], b(S, u), 'spec'); }
        // the conversions: a `Set` is an `ISet`; an `ISet` is a `Set` when it is finite
        case 'to_iset': return owner === 'Set' ? sig([], b('ISet', t), 'spec') : undefined;
        case 'to_set': return owner === 'ISet' ? sig([], b('Option', b('Set', t)), 'spec') : undefined;
      }
      return undefined;
    case 'Map': case 'IMap': {
      const v = args[1] ?? { k: 'error' };
      switch (m) {
        case 'insert': return sig([t, v], b(owner, t, v), 'spec');
        case 'remove': return sig([t], b(owner, t, v), 'spec');
        case 'dom': return sig([], b(S, t), 'spec');
        case 'index': return sig([t], v, 'spec');
        case 'contains_key': return sig([t], BOOL_T, 'spec');
        case 'len': return sig([], NAT_T, 'spec');
        case 'map_values': { const w = fresh(); return sig([fnSpecType([v], w)], b(owner, t, w), 'spec'); }
        // (vstd defines these with `Map::new` over closures)
        case 'restrict': case 'remove_keys': return sig([b(S, t)], b(owner, t, v), 'spec');
        case 'union_prefer_right': return sig([b(owner, t, v)], b(owner, t, v), 'spec');
        case 'to_imap': return owner === 'Map' ? sig([], b('IMap', t, v), 'spec') : undefined;
      }
      return undefined;
    }
    case 'Option':
      switch (m) {
        case 'is_some': case 'is_none': return sig([], BOOL_T, 'any');
        case 'unwrap': return sig([], t, 'any');
        case 'unwrap_or': return sig([t], t, 'any');
        case 'get_Some_0': return sig([], t, 'spec');
      }
      return undefined;
    case 'Ghost':
      if (m === 'view') return sig([], t, 'spec');
      return undefined;
    case 'Tracked':
      switch (m) {
        case 'view': return sig([], t, 'spec');
        case 'borrow': return sig([], { k: 'ref', mut: false, inner: t }, 'proof');
        case 'borrow_mut': return sig([], { k: 'ref', mut: true, inner: t }, 'proof');
        case 'get': return sig([], t, 'proof');
      }
      return undefined;
    case 'Range':
    case 'RangeInclusive':
      if (m === 'contains') return sig([{ k: 'ref', mut: false, inner: t }], BOOL_T, 'exec');
      if (m === 'is_empty') return sig([], BOOL_T, 'exec');
      return iteratorMethod(owner, args, m);
    case 'Rev':
      return iteratorMethod(owner, args, m);
    case 'ForIter':
      // the ghost iterator of a `for` loop (`verus_spec(it => ..)`): the items it yields and how many it has
      if (m === 'seq') return sig([], b('Seq', t), 'spec');
      if (m === 'index') return sig([], INT_T, 'spec');
      return undefined;
    case 'Box':
    case 'FnSpec':
    case 'Closure':
      return undefined;
  }
}

/**
 * std's `Iterator` methods on the iterators the checker knows (ranges, `Rev`), typed only: a
 * function that makes such a value is `not supported` when verified (src/ir).
 */
function iteratorMethod(owner: BuiltinName, args: Type[], m: string): BuiltinSig | undefined {
  const self: Type = { k: 'builtin', name: owner, args };
  const item = iterItem(self);
  if (!item) return undefined;
  const sig = (params: Type[], ret: Type, mode: BuiltinMode): BuiltinSig => ({ name: `${owner}::${m}`, params, ret, mode, typeArgs: args });
  switch (m) {
    case 'rev': return sig([], b('Rev', self), 'exec');
    case 'next': return sig([], b('Option', item), 'exec');
    case 'find': return sig([closureType([{ k: 'ref', mut: false, inner: item }], BOOL_T)], b('Option', item), 'exec');
    case 'any': case 'all': return sig([closureType([item], BOOL_T)], BOOL_T, 'exec');
    case 'count': return sig([], USIZE, 'exec');
    // the items the iterator has left to yield, as a spec value (as svsm's proofs use it)
    case 'remaining': return sig([], b('Seq', item), 'spec');
  }
  return undefined;
}
