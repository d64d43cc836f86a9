/**
 * Type lowering: types as written (TypeExpr) to semantic types (Type).
 */
import type { Expr, TypeAliasItem, TypeExpr } from '../syntax/ast.js';
import { lowerSelfProjection } from './assoc-types.js';
import { evalConst, type ConstLookup } from './consts.js';
import type { Diags } from './diagnostics.js';
import { unsupportedReason } from './missing.js';
import { walkPath, type ItemScope } from './paths.js';
import { ptrType } from './raw-ptr.js';
import { OPAQUE_CONST, type BuiltinName, type Type } from './types.js';

export interface TypeScope extends ItemScope {
  /** Generic parameters in scope (the fn's and its impl's). */
  generics: Set<string>;
  /** What `Self` means inside an impl. */
  selfType?: Type;
  constValue: ConstLookup;
  /** Supplies a variable for `_` (inside bodies); absent in signatures. */
  fresh?: () => Type;
}

const ARITY: Record<BuiltinName, number> = { Vec: 1, Seq: 1, Set: 1, Map: 2, ISet: 1, IMap: 2, Option: 1, Box: 1, Ghost: 1, Tracked: 1, FnSpec: 2, Closure: 2, Range: 1, RangeInclusive: 1, Rev: 1, ForIter: 1 };

export function lowerType(te: TypeExpr, scope: TypeScope, diags: Diags): Type {
  switch (te.kind) {
    case 'ref': return { k: 'ref', mut: te.mut, inner: lowerType(te.inner, scope, diags) };
    case 'tuple': return { k: 'tuple', elems: te.elems.map((e) => lowerType(e, scope, diags)) };
    case 'slice': return { k: 'slice', elem: lowerType(te.elem, scope, diags) };
    case 'never': return { k: 'never' };
    case 'infer':
      if (te.unsupported) return { k: 'error' }; // already reported where it is written
      if (te.constArg) return lowerConstArg(te, scope, diags);
      if (scope.fresh) return scope.fresh();
      diags.error('type', 'the placeholder `_` is not allowed within types on item signatures', te.span);
      return { k: 'error' };
    case 'array': {
      const elem = lowerType(te.elem, scope, diags);
      const len = evalConst(te.len, (segs) => walkPath(scope, segs).def, scope.constValue);
      if (typeof len !== 'bigint') {
        diags.unsupported('array length that is not a constant', te.len.span);
        return { k: 'error' };
      }
      annotateConstExpr(te.len, scope, { k: 'int', kind: 'usize' });
      return { k: 'array', elem, len };
    }
    case 'path': return lowerPathType(te, scope, diags);
    case 'ptr': return ptrType(te, lowerType(te.inner, scope, diags), scope.tables, diags);
  }
}

function lowerPathType(te: Extract<TypeExpr, { kind: 'path' }>, scope: TypeScope, diags: Diags): Type {
  const segs = te.segments;
  // `S<true>`: a bool const generic argument
  if (segs.length === 1 && te.args.length === 0 && (segs[0] === 'true' || segs[0] === 'false')) return { k: 'cval', value: segs[0] === 'true' };
  const args = te.args.map((a) => lowerType(a, scope, diags));
  if (segs.length === 1) {
    const name = segs[0]!;
    if (scope.generics.has(name)) return { k: 'param', name };
    if (name === 'Self') {
      if (scope.selfType) return scope.selfType;
      diags.error('type', 'cannot find type `Self` in this scope', te.span);
      return { k: 'error' };
    }
  }
  if (segs.length === 2 && segs[0] === 'Self' && te.args.length === 0) {
    // an associated type of the trait or trait impl around (assoc-types.ts)
    const proj = lowerSelfProjection(segs[1]!, scope, diags, lowerType);
    if (proj) return proj;
  }
  const found = walkPath(scope, segs);
  const def = found.def;
  if (!def) {
    const why = unsupportedReason(scope, segs, found.failedAt, scope.generics);
    if (why) diags.unsupported(why, te.span);
    else diags.error('type', `cannot find type \`${segs.join('::')}\` in this scope`, te.span);
    return { k: 'error' };
  }
  switch (def.kind) {
    case 'prim':
      return def.ty;
    case 'builtinType': {
      const n = ARITY[def.name];
      const full = fillArgs(args, n, te, scope, diags);
      return { k: 'builtin', name: def.name, args: full };
    }
    case 'struct':
      return { k: 'adt', name: def.s.qname, args: fillArgs(args, def.s.decl.generics.length, te, scope, diags) };
    case 'enum':
      return { k: 'adt', name: def.e.qname, args: fillArgs(args, def.e.decl.generics.length, te, scope, diags) };
    case 'vstd':
      diags.unsupported(`type \`${segs.join('::')}\``, te.span);
      return { k: 'error' };
    case 'const': {
      // `Params<MAX_ORDER>`: a constant as a const generic argument is its value
      const v = scope.constValue(def);
      if (v !== undefined && te.args.length === 0) return { k: 'cval', value: v };
      diags.unsupported(`\`${segs.join('::')}\` as a const generic argument (its value is not known)`, te.span);
      return { k: 'error' };
    }
    case 'alias': {
      if (args.length > 0) {
        fillArgs(args, 0, te, scope, diags);
        return { k: 'error' };
      }
      const ty = aliasType(def.decl, { ...scope, module: def.module, impl: undefined, generics: new Set(), selfType: undefined, fresh: undefined }, diags);
      if (ty.k === 'error') diags.unsupported(`\`${segs.join('::')}\` (a type alias to a type outside the subset)`, te.span);
      return ty;
    }
    default:
      diags.error('type', `expected type, found ${describe(def.kind)} \`${segs.join('::')}\``, te.span);
      return { k: 'error' };
  }
}

/**
 * A const generic argument written as an expression (`3`, `{ N }`, `{ 2 * K }`): its value, or
 * the const parameter it names. Any other expression (`{ N + 1 }`) stands for a type of its own,
 * equal to nothing else (never confused with another value).
 */
function lowerConstArg(te: Extract<TypeExpr, { kind: 'infer' }>, scope: TypeScope, diags: Diags): Type {
  let e = te.constExpr;
  if (!e) {
    diags.unsupported('this const generic argument', te.span);
    return { k: 'error' };
  }
  while (e.kind === 'block' && e.block.stmts.length === 0 && e.block.tail) e = e.block.tail;
  if (e.kind === 'path' && e.segments.length === 1 && scope.generics.has(e.segments[0]!)) return { k: 'param', name: e.segments[0]! };
  const v = evalConst(e, (segs) => walkPath(scope, segs).def, scope.constValue);
  if (v !== undefined) return { k: 'cval', value: v };
  return { k: 'param', name: `${OPAQUE_CONST}@${te.span.file}:${te.span.start}` };
}

/** What each alias stands for, lowered once; aliases being lowered (a cycle is an error type). */
const aliasTypes = new WeakMap<TypeAliasItem, Type>();
const aliasesInProgress = new Set<TypeAliasItem>();

/**
 * The type a `type X = T;` stands for, in the alias's own module, lowered on first use.
 */
function aliasType(decl: TypeAliasItem, scope: TypeScope, diags: Diags): Type {
  const known = aliasTypes.get(decl);
  if (known) return known;
  if (aliasesInProgress.has(decl)) return { k: 'error' };
  aliasesInProgress.add(decl);
  let ty: Type;
  try {
    // In verified code the alias's own errors are reported (once, where it is written); an
    // alias in ordinary Rust is never flagged itself.
    ty = diags.withMuted(!decl.verified, () => lowerType(decl.ty, scope, diags));
  } finally {
    aliasesInProgress.delete(decl);
  }
  aliasTypes.set(decl, ty);
  return ty;
}

function fillArgs(args: Type[], n: number, te: Extract<TypeExpr, { kind: 'path' }>, scope: TypeScope, diags: Diags): Type[] {
  if (args.length === n) return args;
  const shown = te.segments.join('::');
  if (args.length === 0 && scope.fresh) return Array.from({ length: n }, () => scope.fresh!());
  diags.error('type', `type \`${shown}\` takes ${n} generic argument${n === 1 ? '' : 's'} but ${args.length} ${args.length === 1 ? 'was' : 'were'} supplied`, te.span);
  return Array.from({ length: n }, (_, i) => args[i] ?? { k: 'error' });
}

function describe(kind: string): string {
  switch (kind) {
    case 'fn': return 'function';
    case 'const': return 'constant';
    case 'mod': return 'module';
    case 'variant': return 'variant';
    default: return 'value';
  }
}

/**
 * Array lengths and enum discriminants are constant-evaluated, not typed as bodies are:
 * give them their integer type and their paths a res.
 */
export function annotateConstExpr(e: Expr, scope: TypeScope, ty: Type): void {
  e.ty = ty;
  switch (e.kind) {
    case 'path': {
      const d = walkPath(scope, e.segments).def;
      if (d?.kind === 'const') {
        e.res = { kind: 'const', qname: d.c.qname, decl: d.c.decl };
        e.ty = d.c.info.ty.k === 'error' ? e.ty : d.c.info.ty;
      } else if (d?.kind === 'builtinValue') {
        e.res = { kind: 'builtin', name: d.name, typeArgs: [] };
      }
      return;
    }
    case 'binary':
      annotateConstExpr(e.left, scope, ty);
      annotateConstExpr(e.right, scope, ty);
      return;
    case 'unary':
    case 'cast':
      annotateConstExpr(e.operand, scope, ty);
      return;
    case 'block':
      if (e.block.tail) annotateConstExpr(e.block.tail, scope, ty);
      return;
    default:
      return;
  }
}
