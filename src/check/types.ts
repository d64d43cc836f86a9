/**
 * Semantic types, as computed by the checker and stored on `Expr.ty`.
 * Integer kinds carry their width so later stages can emit overflow checks;
 * `int`/`nat` are the unbounded spec integers.
 */
import { showRawPtr } from './raw-ptr.js';

export type IntKind =
  | 'u8' | 'u16' | 'u32' | 'u64' | 'u128' | 'usize'
  | 'i8' | 'i16' | 'i32' | 'i64' | 'i128' | 'isize'
  | 'int' | 'nat';

/**
 * `FnSpec` is Verus's `spec_fn(A, B) -> R` (also written `FnSpec<(A, B), R>`): args are the
 * parameter types as one tuple, then the result type (see fnSpecType).
 */
export type BuiltinName = 'Vec' | 'Seq' | 'Set' | 'Map' | 'ISet' | 'IMap' | 'Option' | 'Box' | 'Ghost' | 'Tracked' | 'FnSpec'
  | ExecOnlyBuiltin;

/**
 * Types of plain exec code the checker types but the verifier does not model (lowering a
 * function that makes a value of one is `not supported`, src/ir): an exec closure
 * (`Closure<(A, B), R>`, args as FnSpec's), std's ranges `lo..hi` / `lo..=hi` (`Range<T>`,
 * `RangeInclusive<T>`), a reversed iterator (`Rev<I>`) and the ghost iterator a `for` loop's
 * `verus_spec(it => ..)` names (`ForIter<T>`, T the items).
 */
export type ExecOnlyBuiltin = 'Closure' | 'Range' | 'RangeInclusive' | 'Rev' | 'ForIter';

export type Type =
  | { k: 'int'; kind: IntKind }
  | { k: 'bool' }
  | { k: 'char' }
  | { k: 'str' } // string literals (only in macros / ignored code)
  | { k: 'tuple'; elems: Type[] } // elems.length === 0 is unit
  | { k: 'ref'; mut: boolean; inner: Type }
  | { k: 'array'; elem: Type; len: bigint }
  | { k: 'slice'; elem: Type }
  | { k: 'builtin'; name: BuiltinName; args: Type[] }
  /** A user struct or enum; `name` is the fully qualified name, e.g. 'svsm::mem::VirtAddr'. */
  | { k: 'adt'; name: string; args: Type[] }
  /** A generic type parameter of the enclosing fn / struct (or a const generic parameter, as a type argument). */
  | { k: 'param'; name: string }
  /** A const generic argument's value (`S<3>`, `Params<MAX_ORDER>`): equal only to the same value. */
  | { k: 'cval'; value: bigint | boolean }
  /** `!` (return / break / panic) */
  | { k: 'never' }
  /** After an error, to stop cascades. Never appears in a program that checked cleanly. */
  | { k: 'error' };

/**
 * A const generic argument that is an expression (`S<{ N + 1 }>`) is a parameter type of its own,
 * named after this and where it is written (equal to nothing else).
 */
export const OPAQUE_CONST = '{ .. }';

/** A parameter type's name as shown. */
export function showParam(name: string): string {
  return name.startsWith(OPAQUE_CONST) ? OPAQUE_CONST : name;
}

export const UNIT: Type = { k: 'tuple', elems: [] };
export const BOOL: Type = { k: 'bool' };
export const INT: Type = { k: 'int', kind: 'int' };
export const NAT: Type = { k: 'int', kind: 'nat' };

/** `spec_fn(params) -> ret`. */
export function fnSpecType(params: Type[], ret: Type): Type {
  return { k: 'builtin', name: 'FnSpec', args: [{ k: 'tuple', elems: params }, ret] };
}

/** An exec closure's type: `impl Fn(params) -> ret`. */
export function closureType(params: Type[], ret: Type): Type {
  return { k: 'builtin', name: 'Closure', args: [{ k: 'tuple', elems: params }, ret] };
}

/** The item type of an iterator type the checker knows (a range, a `Rev` of one), else undefined. */
export function iterItem(t: Type): Type | undefined {
  if (t.k !== 'builtin') return undefined;
  if (t.name === 'Range' || t.name === 'RangeInclusive') return t.args[0];
  if (t.name === 'Rev' && t.args[0]) return iterItem(t.args[0]);
  return undefined;
}

/** The parameter and result types of a `spec_fn` type (undefined for other types). */
export function fnSpecParts(t: Type): { params: Type[]; ret: Type } | undefined {
  if (t.k !== 'builtin' || t.name !== 'FnSpec') return undefined;
  const [ps, ret] = t.args;
  if (!ps || !ret) return undefined;
  return { params: ps.k === 'tuple' ? ps.elems : [ps], ret };
}

export interface IntRange { min: bigint; max: bigint }

/** Inclusive value range of a machine integer kind; undefined for int/nat (nat: min 0, no max). */
export function intRange(kind: IntKind): IntRange | undefined {
  switch (kind) {
    case 'int':
    case 'nat':
      return undefined;
    default: {
      const signed = kind.startsWith('i');
      const bits = BigInt(intBits(kind));
      return signed
        ? { min: -(1n << (bits - 1n)), max: (1n << (bits - 1n)) - 1n }
        : { min: 0n, max: (1n << bits) - 1n };
    }
  }
}

export function intBits(kind: IntKind): number {
  if (kind === 'usize' || kind === 'isize') return 64;
  if (kind === 'int' || kind === 'nat') throw new Error('unbounded integer has no width');
  return Number(kind.slice(1));
}

export function isSigned(kind: IntKind): boolean {
  return kind.startsWith('i'); // i8..isize, and the unbounded int
}

export function typeToString(t: Type): string {
  switch (t.k) {
    case 'int': return t.kind;
    case 'bool': return 'bool';
    case 'char': return 'char';
    case 'str': return '&str';
    case 'tuple': return `(${t.elems.map(typeToString).join(', ')}${t.elems.length === 1 ? ',' : ''})`;
    case 'ref': return `&${t.mut ? 'mut ' : ''}${typeToString(t.inner)}`;
    case 'array': return `[${typeToString(t.elem)}; ${t.len}]`;
    case 'slice': return `[${typeToString(t.elem)}]`;
    case 'builtin':
    case 'adt': {
      const ptr = showRawPtr(t, typeToString);
      if (ptr) return ptr;
      const parts = fnSpecParts(t);
      if (parts) return `spec_fn(${parts.params.map(typeToString).join(', ')}) -> ${typeToString(parts.ret)}`;
      if (t.k === 'builtin' && t.name === 'Closure' && t.args.length === 2) {
        const ps = t.args[0]!;
        return `impl Fn(${(ps.k === 'tuple' ? ps.elems : [ps]).map(typeToString).join(', ')}) -> ${typeToString(t.args[1]!)}`;
      }
      const short = t.k === 'adt' ? t.name.split('::').pop()! : t.name;
      return t.args.length ? `${short}<${t.args.map(typeToString).join(', ')}>` : short;
    }
    case 'param': return showParam(t.name);
    case 'cval': return String(t.value);
    case 'never': return '!';
    case 'error': return '{error}';
  }
}

/** Structural equality of types (generic parameters by name). */
export function sameType(a: Type, b: Type): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'int': return a.kind === (b as typeof a).kind;
    case 'tuple': { const y = b as typeof a; return a.elems.length === y.elems.length && a.elems.every((e, i) => sameType(e, y.elems[i]!)); }
    case 'ref': { const y = b as typeof a; return a.mut === y.mut && sameType(a.inner, y.inner); }
    case 'array': { const y = b as typeof a; return a.len === y.len && sameType(a.elem, y.elem); }
    case 'slice': return sameType(a.elem, (b as typeof a).elem);
    case 'builtin': case 'adt': {
      const y = b as typeof a;
      return a.name === y.name && a.args.length === y.args.length && a.args.every((e, i) => sameType(e, y.args[i]!));
    }
    case 'param': return a.name === (b as typeof a).name;
    case 'cval': return a.value === (b as typeof a).value;
    default: return true;
  }
}
