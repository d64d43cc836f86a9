/**
 * What a name means, as decided by the checker and stored on PathExpr.res,
 * MethodCallExpr.res, StructLitExpr.res, IsExpr.res and patterns.
 */
import type { ConstItem, EnumItem, FnItem, StructItem, VariantDecl } from '../syntax/ast.js';
import type { Type } from './types.js';

/** How a local is bound: exec variable, ghost (spec-only) or tracked (linear proof value). */
export type LocalMode = 'exec' | 'ghost' | 'tracked';

export type Resolution =
  /** A local variable, parameter, quantifier binder or pattern binding. `id` is unique per program. */
  | { kind: 'local'; id: number; name: string; mode: LocalMode; mutable: boolean; ty: Type }
  /** A user function or method. `qname` is the fully qualified name, e.g. 'model::rmp::pvalidate'. */
  | { kind: 'fn'; qname: string; decl: FnItem; typeArgs: Type[] }
  | { kind: 'const'; qname: string; decl: ConstItem }
  /** A tuple-struct constructor used as a function (`VirtAddr(raw)`) or a struct literal. */
  | { kind: 'struct'; qname: string; decl: StructItem; typeArgs: Type[] }
  | { kind: 'variant'; qname: string; enumDecl: EnumItem; variant: VariantDecl; typeArgs: Type[] }
  /**
   * A prelude item with built-in semantics. `name` is canonical, e.g.
   *   constants: 'u64::MAX', 'u8::MIN', 'usize::BITS'
   *   Option:    'Some', 'None', 'Option::is_some', 'Option::is_none', 'Option::unwrap', 'Option::get_Some_0'
   *   Vec:       'Vec::new', 'Vec::len', 'Vec::push', 'Vec::pop', 'Vec::set', 'Vec::view', 'Vec::with_capacity'
   *   Seq:       'Seq::empty', 'Seq::len', 'Seq::index', 'Seq::push', 'Seq::update', 'Seq::subrange',
   *              'Seq::take', 'Seq::skip', 'Seq::drop_last', 'Seq::last', 'Seq::first', 'Seq::add', 'Seq::contains'
   *   Set/Map:   'Set::empty', 'Set::insert', 'Set::remove', 'Set::contains', 'Map::empty', 'Map::insert',
   *              'Map::remove', 'Map::dom', 'Map::index', 'Map::contains_key'
   *   wrappers:  'Ghost', 'Tracked', 'Ghost::view', 'Tracked::borrow', 'Box::new'
   *   spec:      'reveal', 'arbitrary'
   * `receiverTy` is the (dereferenced) receiver type for methods; typeArgs the element types.
   */
  | { kind: 'builtin'; name: string; typeArgs: Type[] };

/**
 * Suffix of a builtin resolution `Clone::clone#bound`, `From::from#bound`, `Into::into#bound`:
 * a std trait's member reached through a type parameter's bound, whose result is unknown.
 */
export const BOUND_MEMBER_SUFFIX = '#bound';

/** Suffix of a builtin resolution `sub#opbound`: an exec operator through a type parameter's bound (src/check/op-specs.ts). */
export const OP_BOUND = '#opbound';

/** Builtin resolution of `opt.map(|x| body)` with a closure literal in exec code (src/check/option-map.ts). */
export const OPTION_MAP = 'Option::map#closure';

/** Builtin resolution of `cond.then(|| body)` with a closure literal in exec code (src/check/option-map.ts). */
export const BOOL_THEN = 'bool::then#closure';

/**
 * The predicates of lib/vstd/std_specs/convert.rs that stand for `T::from.ensures((x,), r)`
 * and `T::into.ensures((x,), r)` of a std member reached through a bound (their type
 * arguments: `[X, T]` for `T: From<X>`, `[T, U]` for `T: Into<U>`). A `#bound` call's
 * resolution carries the same type arguments, and its result meets the predicate.
 */
export const BOUND_ENSURES: Record<string, string> = {
  'From::from': 'vstd::std_specs::convert::ensures_from',
  'Into::into': 'vstd::std_specs::convert::ensures_into',
};
