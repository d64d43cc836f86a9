/**
 * Raw pointer types. `*const T` and `*mut T` are the structs `ConstPtr<T>` / `MutPtr<T>` of
 * lib/vstd/raw_ptr.rs (vstd's pointer model: an address and a ghost provenance, viewed as a
 * `PtrData`); std's `NonNull<T>` is that file's `NonNull`. Messages show them as Rust writes
 * them. The casts Verus has (`ptr as usize` is the address, clipped to a narrower integer
 * type) are checked here; the others are not supported (Verus refuses `usize as *const T`:
 * a pointer is made from an address with `with_exposed_provenance`).
 */
import type { TypeExpr } from '../syntax/ast.js';
import { VSTD_CRATE } from '../syntax/vstd-lib.js';
import type { Diags } from './diagnostics.js';
import type { CrateTables } from './scopes.js';
import type { Type } from './types.js';

const MODULE = `${VSTD_CRATE}::raw_ptr`;
export const CONST_PTR = `${MODULE}::ConstPtr`;
export const MUT_PTR = `${MODULE}::MutPtr`;
export const NON_NULL = `${MODULE}::NonNull`;
export const PROVENANCE = `${MODULE}::Provenance`;

/** The type `*const T` / `*mut T` stands for; an error type (reported) without lib/vstd. */
export function ptrType(te: Extract<TypeExpr, { kind: 'ptr' }>, inner: Type, tables: CrateTables, diags: Diags): Type {
  const name = te.mut ? MUT_PTR : CONST_PTR;
  if (inner.k === 'slice' || inner.k === 'str') {
    // a fat pointer's metadata (the length) is not modelled: two would compare by address alone
    diags.unsupported('raw pointers to unsized types (slices, `str`)', te.span);
    return { k: 'error' };
  }
  if (!tables.structByName.has(name)) {
    diags.unsupported('raw pointer types (without the bundled vstd)', te.span);
    return { k: 'error' };
  }
  return { k: 'adt', name, args: [inner] };
}

/** Whether `t` is a raw pointer type (`*const T` or `*mut T`). */
export function isRawPtr(t: Type): t is Extract<Type, { k: 'adt' }> {
  return t.k === 'adt' && (t.name === CONST_PTR || t.name === MUT_PTR);
}

/** How a message shows a raw pointer type (`*const u8`); undefined for other types. */
export function showRawPtr(t: Type, show: (t: Type) => string): string | undefined {
  if (!isRawPtr(t)) return undefined;
  return `*${t.name === MUT_PTR ? 'mut' : 'const'} ${t.args[0] ? show(t.args[0]) : '_'}`;
}

/**
 * `e as T` where a raw pointer is on one side: whether the cast is one Verus has (pointer to
 * integer, pointer to pointer); the others are reported
 * here. Undefined when no raw pointer is involved.
 */
export function checkPtrCast(from: Type, to: Type, sameType: (a: Type, b: Type) => unknown, show: (t: Type) => string, span: Parameters<Diags['unsupported']>[1], diags: Diags): boolean | undefined {
  const fromPtr = isRawPtr(from);
  const toPtr = isRawPtr(to);
  if (!fromPtr && !toPtr) return undefined;
  // (to `int` / `nat` too, in spec code as Verus has it: the address, which a `usize` holds)
  if (fromPtr && to.k === 'int') return true;
  if (fromPtr && toPtr && from.args[0] && to.args[0]) {
    // (`p as *const _` takes p's pointee; another pointee keeps address and provenance, as in vstd)
    sameType(from.args[0], to.args[0]);
    return true;
  }
  diags.unsupported(`\`as\` cast from \`${show(from)}\` to \`${show(to)}\``, span);
  return false;
}

/**
 * `a == b` on raw pointers. In spec code `*mut T` and `*const T` compare (Verus encodes both
 * alike; the IR casts one to the other): true when handled. In exec code std's `==` compares
 * addresses only, not provenance, so it is not structural equality: not supported (reported).
 * Undefined when neither side is a raw pointer.
 */
export function ptrEquality(a: Type, b: Type, ghost: boolean, unify: (x: Type, y: Type) => boolean, span: Parameters<Diags['unsupported']>[1], diags: Diags): boolean | undefined {
  if (!isRawPtr(a) && !isRawPtr(b)) return undefined;
  if (!ghost) {
    diags.unsupported('comparing raw pointers in exec code (`==` compares addresses, not provenance)', span);
    return true;
  }
  if (!isRawPtr(a) || !isRawPtr(b) || a.name === b.name) return undefined;
  return unify(a.args[0] ?? { k: 'error' }, b.args[0] ?? { k: 'error' }) || undefined;
}
