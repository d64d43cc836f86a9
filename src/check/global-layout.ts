/**
 * `global size_of T == N;` (src/syntax/parser-global.ts): Verus has the compiler check the
 * claim; here the size is computed, for the types whose size Rust guarantees: a primitive
 * (the reference's table, `usize` 64 bits) or a `#[repr(transparent)]` struct with one field
 * (the field's size). Only a claim so checked is put in force crate-wide; one that is false is
 * an error (as the compiler's check fails), any other type is not supported.
 */
import type { TypeExpr } from '../syntax/ast.js';
import type { Diags } from './diagnostics.js';
import { walkPath } from './paths.js';
import type { CrateTables, ModuleScope } from './scopes.js';

const PRIM_SIZES: ReadonlyMap<string, bigint> = new Map([
  ['bool', 1n], ['char', 4n], ['u8', 1n], ['i8', 1n], ['u16', 2n], ['i16', 2n], ['u32', 4n], ['i32', 4n],
  ['u64', 8n], ['i64', 8n], ['u128', 16n], ['i128', 16n], ['usize', 8n], ['isize', 8n],
]);

/** The qnames of the crate's `global size_of` lemmas that hold (the others are reported). */
export function checkedGlobalSizes(t: CrateTables, diags: Diags): string[] {
  const ok: string[] = [];
  for (const f of t.fns) {
    const g = f.decl.globalSizeOf;
    if (!g) continue;
    const size = sizeOf(t, f.module, g.ty, 0);
    if (size === undefined) {
      diags.unsupported('`global size_of` of a type whose size Proofgate does not compute (only primitives and `#[repr(transparent)]` structs of one field)', g.ty.span);
    } else if (g.size.kind !== 'int') {
      diags.unsupported('`global size_of` with a size that is not an integer literal', g.size.span);
    } else if (g.size.value !== size) {
      diags.error('type', `the size of this type is ${size}, not ${g.size.value}`, f.decl.span);
    } else ok.push(f.qname);
  }
  return ok;
}

function sizeOf(t: CrateTables, module: ModuleScope, ty: TypeExpr, depth: number): bigint | undefined {
  if (ty.kind !== 'path' || ty.args.length > 0 || depth > 16) return undefined;
  if (ty.segments.length === 1) {
    const prim = PRIM_SIZES.get(ty.segments[0]!);
    // a primitive's name, unless the module has an item of that name
    if (prim !== undefined && !module.defs.has(ty.segments[0]!)) return prim;
  }
  const def = walkPath({ tables: t, module }, ty.segments).def;
  if (def?.kind !== 'struct') return undefined;
  const decl = def.s.decl;
  const transparent = decl.attrs.some((a) => a.name === 'repr' && a.args.split(',').map((x) => x.trim()).includes('transparent'));
  if (!transparent || decl.generics.length > 0 || decl.fields.length !== 1) return undefined;
  const field = decl.fields[0]!;
  if (field.mode !== 'exec') return undefined;
  return sizeOf(t, def.s.module, field.ty, depth + 1);
}
