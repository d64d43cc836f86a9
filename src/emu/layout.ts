/**
 * Type layout in the emulator (lib/vstd/layout.rs): `size_of::<T>()` (spec, `nat`) and std's
 * `core::mem::size_of::<T>()` (exec, `usize`) at a primitive type written in the turbofish, as
 * the Rust reference gives them (`usize` 64 bits wide, as everywhere here). The emulator keeps
 * no types, so any other type's layout is not known: not evaluable in a specification, not
 * supported when run.
 */
import type { FnItem, PathExpr } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import { NotEvaluable, Unsupported } from './errors.js';
import type { Value } from './value.js';

const SIZES: ReadonlyMap<string, bigint> = new Map([
  ['bool', 1n], ['char', 4n], ['u8', 1n], ['i8', 1n], ['u16', 2n], ['i16', 2n], ['u32', 4n], ['i32', 4n],
  ['u64', 8n], ['i64', 8n], ['u128', 16n], ['i128', 16n], ['usize', 8n], ['isize', 8n],
]);

const LAYOUT_FNS = new Set(['vstd::layout::size_of', 'vstd::layout::align_of', 'vstd::layout::std_size_of', 'vstd::layout::std_align_of']);

/** Whether `qname` is one of lib/vstd's layout fns this file evaluates. */
export function isLayoutFn(qname: string): boolean {
  return LAYOUT_FNS.has(qname);
}

/** The value of a call of the layout fn `decl` (`qname`) through `callee`. */
export function layoutCall(qname: string, decl: FnItem, callee: PathExpr, span: Span, spec: boolean): Value {
  const ty = callee.generics[0];
  const prim = ty?.kind === 'path' && ty.args.length === 0 && ty.segments.length === 1 ? ty.segments[0]! : undefined;
  const size = prim !== undefined ? SIZES.get(prim) : undefined;
  // only sizes are known (a primitive's alignment is the target's choice, as vstd says)
  if (size === undefined || qname.endsWith('align_of')) {
    const what = `the layout of a type (${decl.name})`;
    if (spec || decl.mode === 'spec') throw new NotEvaluable(`${what} is not known to the emulator`);
    throw new Unsupported(what, span);
  }
  return decl.mode === 'spec' ? { t: 'int', kind: 'nat', v: size } : { t: 'int', kind: 'usize', v: size };
}
