/**
 * The abstract syntax tree of the verified Rust subset (Verus notation; examples in corpus/).
 *
 * Produced by the parser (src/syntax/parser.ts), annotated in place by the checker
 * (src/check/): every Expr gets `ty`, every name-bearing Expr gets `res`. Later stages
 * (src/vc, src/emu) read the annotated tree and never mutate it.
 *
 * Both surface styles (`verus! { }` blocks and the attribute style) parse into this
 * same tree: `#[verus_spec(ret => requires P, ensures Q)]` fills FnItem.requires/ensures/
 * retName, `proof!{}` becomes a ProofBlockStmt, loop `#[verus_spec(invariant ..)]` fills
 * LoopSpec, and so on.
 */
import type { Span } from './span.js';
import type { Type } from '../check/types.js';
import type { Resolution } from '../check/resolution.js';

export type Mode = 'exec' | 'proof' | 'spec';

// ---------------------------------------------------------------------------
// Files and items

export interface SourceFile {
  path: string; // as given on the command line, relative to cwd, with '/'
  text: string;
  items: Item[];
}

export interface Attr {
  /** Path of the attribute: 'verifier::external_body', 'verus_verify', 'trigger', 'test', 'derive', ... */
  name: string;
  /** Raw text of the argument list without the parentheses ('' when none). */
  args: string;
  /** True for inner attributes `#![...]`. */
  inner: boolean;
  span: Span;
}

export type Visibility = 'private' | 'pub' | 'pub(crate)';

interface ItemBase {
  span: Span;
  attrs: Attr[];
  vis: Visibility;
  /**
   * Whether the verifier looks at this item: true inside `verus! {}`, or when marked
   * `#[verus_verify]`; false for ordinary Rust (parsed leniently, never checked).
   */
  verified: boolean;
}

export type Item =
  | FnItem
  | ConstItem
  | StructItem
  | EnumItem
  | ImplItem
  | TraitItem
  | ModItem
  | UseItem
  | BroadcastUseItem
  | BroadcastGroupItem
  | TypeAliasItem
  | IncludeItem
  | VerusMacroItem
  | OpaqueItem;

export interface Param {
  name: string; // '_' for wildcard; 'self' for self params
  nameSpan: Span;
  ty: TypeExpr; // for `self`, `&self`, `&mut self` the parser supplies Self / &Self / &mut Self
  mutBinding: boolean; // `mut x: T`
  /** `tracked x: T` (Verus keyword) or the pattern `Tracked(x): Tracked<T>`. */
  tracked: boolean;
  /** `Ghost(x): Ghost<T>` pattern. */
  ghost: boolean;
  /** True when written as `Tracked(x): Tracked<T>` / `Ghost(x): Ghost<T>`: the binding x has the inner type. */
  unwrapped: boolean;
  /** A `with` input of `#[verus_spec(with ..)]`, after the written ones: callers pass it with `proof_with!`. */
  viaWith?: true;
  /** A const generic parameter `<const N: usize>` of the fn: a read-only value callers give in the turbofish (after the written parameters, before the `with` ones). */
  constGeneric?: 'fn' | 'impl';
  span: Span;
  /** Filled by the checker: the binding id of the parameter (see LocalRes). */
  id?: number;
}

export interface FnItem extends ItemBase {
  /** Its signature holds a construct reported `not supported` (a `with` clause, ...): its clauses and body are not checked further. */
  headerUnsupported?: true;
  kind: 'fn';
  name: string;
  nameSpan: Span;
  mode: Mode;
  /** `open`/`closed` on spec fns; undefined when not written. */
  openness?: 'open' | 'closed';
  uninterp: boolean; // `uninterp spec fn f(..) -> T;`
  broadcast: boolean; // `broadcast proof fn`
  isConst: boolean; // `const fn`
  /** Generic parameters, type and const (lifetimes left out); the const ones are also in `constGenerics` (and `params`). */
  generics: string[];
  /** `<T, const N: usize>`: the const parameters, with their position in `generics`. */
  constGenerics?: ConstGenericParam[];
  params: Param[];
  /** Return type; undefined means unit. */
  ret?: TypeExpr;
  /** Named return `-> (r: T)`, or the `ret =>` binder of verus_spec, or the `|r: T|` of #[ensures]. */
  retName?: string;
  retNameSpan?: Span;
  /** `tracked` return (`-> (tracked r: T)`). */
  retTracked: boolean;
  requires: Expr[];
  ensures: Expr[];
  /** `ensures #![trigger a, b] ...`: a broadcast lemma's trigger groups (one per attribute). */
  ensuresTriggers?: Expr[][];
  returns: Expr[];
  decreases: Expr[];
  /**
   * `no_unwind` / `no_unwind when e` (Verus's unwinding signature): the fn does not unwind
   * (when `e` holds of its arguments). Without it an exec fn may unwind.
   */
  noUnwind?: { when?: Expr; span: Span };
  /** `decreases ... when e` / `via` are not supported: parser emits an unsupported diagnostic. */
  body?: Block; // undefined for `;`-terminated declarations
  /** Set for fns inside an impl: the impl's self type text (e.g. 'Counter'). */
  implSelf?: TypeExpr;
  /** Trait bounds on the fn's generics (`<T: Tr>`, `where T: Tr`). */
  bounds?: TraitBound[];
  /** Convenience flags derived from attrs by the parser. */
  flags: FnFlags;
  /** Made of `global size_of T == N;` (src/syntax/parser-global.ts): its claim, checked by src/check/global-layout.ts. */
  globalSizeOf?: { ty: TypeExpr; size: Expr };
  /**
   * Made of `assume_specification<G>[ target ](params) -> R clauses;` (src/syntax/assume-spec.ts):
   * a trusted contract for the existing fn `target` (src/check/assume-spec.ts links the two);
   * the item itself has no body and no name a path can reach.
   */
  assumeSpec?: { target: PathExpr; text: string };
}

export interface ConstGenericParam {
  name: string;
  nameSpan: Span;
  ty: TypeExpr;
  /** Index among the item's generic parameters (type and const, lifetimes left out). */
  pos: number;
  span: Span;
}

export interface FnFlags {
  externalBody: boolean; // #[verifier::external_body] / #[verus_verify(external_body)]
  external: boolean; // #[verifier::external] / #[verus_verify(external)]
  opaque: boolean; // #[verifier::opaque]
  typeInvariant: boolean; // #[verifier::type_invariant]
  execAllowsNoDecreases: boolean; // #[verifier::exec_allows_no_decreases_clause]
  test: boolean; // #[test]
  rlimit?: number | 'infinity'; // #[verifier::rlimit(n)], #[verus_verify(rlimit(n))] / (rlimit = n)
}

export interface ConstItem extends ItemBase {
  kind: 'const';
  name: string;
  nameSpan: Span;
  /** `spec const` / `exec const` prefixes; default exec (usable in both, as Verus). */
  mode: Mode;
  ty: TypeExpr;
  value?: Expr;
  isStatic: boolean;
  /** Set for consts inside an impl. */
  implSelf?: TypeExpr;
}

export interface FieldDecl {
  /** Field name; for tuple structs '0', '1', ... */
  name: string;
  ty: TypeExpr;
  vis: Visibility;
  /** `ghost`/`tracked` field modes (Verus); exec otherwise. */
  mode: Mode;
  span: Span;
}

export interface StructItem extends ItemBase {
  kind: 'struct';
  name: string;
  nameSpan: Span;
  generics: string[];
  /** The const ones among `generics`, with their types. */
  constGenerics?: ConstGenericParam[];
  /** 'named' = `struct S { a: T }`, 'tuple' = `struct S(T);`, 'unit' = `struct S;` */
  shape: 'named' | 'tuple' | 'unit';
  fields: FieldDecl[];
}

export interface VariantDecl {
  name: string;
  nameSpan: Span;
  shape: 'named' | 'tuple' | 'unit';
  fields: FieldDecl[];
  /** Explicit discriminant `A = 3`. */
  discriminant?: Expr;
  span: Span;
}

export interface EnumItem extends ItemBase {
  kind: 'enum';
  name: string;
  nameSpan: Span;
  generics: string[];
  /** The const ones among `generics`, with their types. */
  constGenerics?: ConstGenericParam[];
  variants: VariantDecl[];
}

export interface ImplItem extends ItemBase {
  kind: 'impl';
  generics: string[];
  /** The const ones among `generics`, with their types (values of each member fn: Param.constGeneric 'impl'). */
  constGenerics?: ConstGenericParam[];
  selfTy: TypeExpr;
  /** `impl Trait for T`: the trait's path as written (traitPath keeps its generic arguments). */
  traitName?: string;
  traitPath?: TypeExpr;
  items: (FnItem | ConstItem)[];
  /** Trait bounds on the impl's generics. */
  bounds?: TraitBound[];
  /** `type Output = T;` members of a trait impl. */
  assocTypes?: AssocTypeDecl[];
  /** Members of an ordinary-Rust impl the parser skipped (outside the subset); listed by the value analysis. */
  skipped?: OpaqueItem[];
}

/** `T: Tr` (from `<T: Tr>` or a `where` clause); `param` is the bounded type as written. */
export interface TraitBound {
  param: TypeExpr;
  trait: TypeExpr;
  span: Span;
}

/** `type Name;` in a trait or `type Name = T;` in an impl. */
export interface AssocTypeDecl {
  name: string;
  nameSpan: Span;
  ty?: TypeExpr;
  /** `type X<T>` (a generic associated type). */
  generic?: true;
  /** `type X: Bound` / a `where` clause. */
  bounded?: true;
  span: Span;
}

/** `trait Name<G>: Super { fns, consts, types }`. */
export interface TraitItem extends ItemBase {
  kind: 'trait';
  name: string;
  nameSpan: Span;
  generics: string[];
  bounds: TraitBound[];
  supertraits: TypeExpr[];
  items: (FnItem | ConstItem)[];
  assocTypes: AssocTypeDecl[];
}

export interface ModItem extends ItemBase {
  kind: 'mod';
  name: string;
  nameSpan: Span;
  /** undefined for `mod foo;` (file module: resolved by the loader to foo.rs / foo/mod.rs). */
  items?: Item[];
}

export interface UseItem extends ItemBase {
  kind: 'use';
  /** One entry per imported name after expanding `{a, b::c}` groups. */
  trees: UseTree[];
}

export interface UseTree {
  /** Full path segments, e.g. ['vstd', 'prelude'] with glob, or ['crate', 'm', 'f']. */
  path: string[];
  glob: boolean;
  /** `as name` rename; undefined when the last segment is the bound name. */
  alias?: string;
  span: Span;
}

export interface BroadcastUseItem extends ItemBase {
  kind: 'broadcast_use';
  paths: { path: string[]; span: Span }[];
}

/** `type Name = T;` without generic parameters (generic aliases stay not supported). */
export interface TypeAliasItem extends ItemBase {
  kind: 'type_alias';
  name: string;
  nameSpan: Span;
  ty: TypeExpr;
}

/** `broadcast group g { lemma_a, m::lemma_b, other_group }`: `broadcast use g` uses them all. */
export interface BroadcastGroupItem extends ItemBase {
  kind: 'broadcast_group';
  name: string;
  nameSpan: Span;
  paths: { path: string[]; span: Span }[];
}

/** `include!("x.verus.rs");` at item level: the loader parses that file and splices its items here. */
export interface IncludeItem extends ItemBase {
  kind: 'include';
  target: string;
  /** Filled by the loader (src/syntax/load.ts). */
  items?: Item[];
}

/**
 * A `verus! { ... }` block. The parser keeps the grouping so spans and diagnostics can
 * say where a block starts; its items are all `verified: true`.
 */
export interface VerusMacroItem extends ItemBase {
  kind: 'verus';
  items: Item[];
}

/** An ordinary-Rust item outside verified code that the parser skipped as a balanced token tree. */
export interface OpaqueItem extends ItemBase {
  kind: 'opaque';
  /** Best-effort description: 'trait', 'type', 'macro_rules', 'extern', 'fn', ... */
  what: string;
  name?: string;
  /** Why the parser skipped it when it tried to parse it (the construct or token it stopped at). */
  reason?: string;
}

// ---------------------------------------------------------------------------
// Types as written

export type TypeExpr =
  // u64, Vec<T>, Self, m::S; `bindings`: associated-type bindings of a bound (`Sub<Output = T>`)
  | { kind: 'path'; segments: string[]; args: TypeExpr[]; span: Span; bindings?: { name: string; ty: TypeExpr }[] }
  | { kind: 'ref'; mut: boolean; inner: TypeExpr; span: Span }
  | { kind: 'tuple'; elems: TypeExpr[]; span: Span } // () is the unit type
  | { kind: 'array'; elem: TypeExpr; len: Expr; span: Span }
  | { kind: 'slice'; elem: TypeExpr; span: Span }
  /** `*const T` / `*mut T` (src/check/raw-ptr.ts) */
  | { kind: 'ptr'; mut: boolean; inner: TypeExpr; span: Span }
  | { kind: 'infer'; span: Span; /** a type the parser reported as not supported, standing in its place */ unsupported?: true; /** a const generic argument (`66`, `{ N + 1 }`) */ constArg?: true; /** its expression, when it parsed as one */ constExpr?: Expr } // `_`
  | { kind: 'never'; span: Span }; // `!`

// ---------------------------------------------------------------------------
// Expressions

interface ExprBase {
  span: Span;
  /** Filled by the checker. */
  ty?: Type;
}

export type BinaryOp =
  | '+' | '-' | '*' | '/' | '%'
  | '&' | '|' | '^' | '<<' | '>>'
  | '==' | '!=' | '<' | '<=' | '>' | '>='
  | '&&' | '||'
  | '==>' | '<==' | '<==>'
  | '===' | '!==' // spec equality spellings, treated as == / !=
  | '=~=' | '=~~=';

export type UnaryOp = '!' | '-' | '*';

export type Expr =
  | LitIntExpr
  | LitBoolExpr
  | LitCharExpr
  | LitStrExpr
  | PathExpr
  | UnaryExpr
  | RefExpr
  | BinaryExpr
  | ChainExpr
  | CallExpr
  | MethodCallExpr
  | FieldExpr
  | TryExpr
  | IndexExpr
  | CastExpr
  | ViewExpr
  | OldExpr
  | FinalExpr
  | QuantExpr
  | ClosureExpr
  | TriggerExpr
  | IfExpr
  | MatchExpr
  | IsExpr
  | BlockExpr
  | StructLitExpr
  | TupleExpr
  | ArrayExpr
  | SeqLitExpr
  | MacroExpr
  | ReturnExpr
  | BreakExpr
  | ContinueExpr
  | UnsupportedExpr;

export interface LitIntExpr extends ExprBase {
  kind: 'int';
  value: bigint;
  /** Type suffix as written: 'u64', 'usize', ...; undefined when none. */
  suffix?: string;
}
export interface LitBoolExpr extends ExprBase { kind: 'bool'; value: boolean }
export interface LitCharExpr extends ExprBase { kind: 'char'; value: string }
export interface LitStrExpr extends ExprBase { kind: 'str'; value: string }

/** A name or path: `x`, `self`, `u64::MAX`, `Counter::new`, `Option::None`, `None`, `m::f`. */
export interface PathExpr extends ExprBase {
  kind: 'path';
  /** For `<T as Tr>::m`: [QUALIFIED_SEGMENT, 'm'] (the first resolves to nothing by name). */
  segments: string[];
  /** `<T as Tr>::m`: the type and the trait (src/check/qualified.ts). */
  qself?: { ty: TypeExpr; trait?: TypeExpr };
  /** Turbofish / generic args written on the path (`Vec::<u8>::new`, `f::<T>`). */
  generics: TypeExpr[];
  res?: Resolution;
}

/** The first segment of a qualified path's PathExpr: no name resolves to it. */
export const QUALIFIED_SEGMENT = '<qualified>';

export interface UnaryExpr extends ExprBase {
  kind: 'unary'; op: UnaryOp; operand: Expr;
  /** `!x` through a type parameter's `Not` bound (src/check/op-specs.ts). */
  res?: Resolution;
}
/** `&e` and `&mut e`. */
export interface RefExpr extends ExprBase { kind: 'ref'; mut: boolean; operand: Expr }

export interface BinaryExpr extends ExprBase {
  kind: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
  /** Span of the operator token alone. */
  opSpan: Span;
  /**
   * `+ - *` written in a macro's expansion, which `verus!` does not rewrite: Rust's operator,
   * which Verus reads in ghost code as arithmetic wrapping into the operands' machine type.
   */
  rustOp?: true;
  /** Filled by the checker when the operator is a user type's std trait impl (`Add`, `PartialEq`, ...). */
  res?: Resolution;
  /**
   * Filled by the checker for exec `<`, `<=`, `>`, `>=` on a type with a `PartialOrdSpecImpl`:
   * its `obeys_partial_cmp_spec` and `partial_cmp_spec` (qualified names).
   */
  ordSpec?: { obeys: string; spec: string };
}

/**
 * Chained comparison `a <= b < c` (Verus): operands.length === ops.length + 1,
 * meaning `a <= b && b < c` with b evaluated once. Only `<`, `<=`, `>`, `>=`, `==`.
 */
export interface ChainExpr extends ExprBase {
  kind: 'chain';
  operands: Expr[];
  ops: ('<' | '<=' | '>' | '>=' | '==')[];
}

/** `f(a, b)`, `S::new(x)`, `Some(x)`, `VirtAddr(raw)`, `Tracked(perm)`, `reveal(f)`. */
export interface CallExpr extends ExprBase {
  kind: 'call';
  callee: Expr; // usually a PathExpr (resolved there)
  args: Expr[];
  /** The last `withArgs` of args come from a `proof_with!(..)` before the statement. */
  withArgs?: number;
}

/** `recv.method::<T>(args)`. */
export interface MethodCallExpr extends ExprBase {
  kind: 'method';
  receiver: Expr;
  method: string;
  methodSpan: Span;
  generics: TypeExpr[];
  args: Expr[];
  /** The last `withArgs` of args come from a `proof_with!(..)` before the statement. */
  withArgs?: number;
  res?: Resolution;
}

/**
 * `e.name` or `e.0`; or, with `arrow`, Verus's `e->name` on an enum: the checker sets
 * `variant` and `name` to the variant and field read (`x->Some_0`, `bev->creamers`).
 */
export interface FieldExpr extends ExprBase { kind: 'field'; base: Expr; name: string; nameSpan: Span; arrow?: true; variant?: string }
/**
 * `e?` on a `Result` or an `Option` in exec code: the value inside `Ok`/`Some`, or a return of
 * the `Err`/`None` from the enclosing fn. The checker fills `family` (only the identity
 * conversion of the error is supported).
 */
export interface TryExpr extends ExprBase { kind: 'try'; operand: Expr; family?: 'result' | 'option' }
export interface IndexExpr extends ExprBase { kind: 'index'; base: Expr; index: Expr }
export interface CastExpr extends ExprBase { kind: 'cast'; operand: Expr; target: TypeExpr }
/** `e@` */
export interface ViewExpr extends ExprBase {
  kind: 'view';
  operand: Expr;
  /** Filled by the checker when the view is a user type's `view` spec fn (inherent or `impl View`). */
  res?: Resolution;
}
/** `old(x)`; `*old(x)` is a unary deref around it. */
export interface OldExpr extends ExprBase { kind: 'old'; operand: Expr }
/** `final(x)`. */
export interface FinalExpr extends ExprBase { kind: 'final'; operand: Expr }

export interface Binder {
  name: string;
  ty?: TypeExpr; // optional in `assert forall|x|` when inferable; required in quantifiers by Verus
  span: Span;
  /** Filled by the checker: the binding id of this variable (see LocalRes). */
  id?: number;
}

/** `forall|x: T, y: U| body`, `exists|..| ..`, `choose|..| ..`. */
export interface QuantExpr extends ExprBase {
  kind: 'quant';
  quant: 'forall' | 'exists' | 'choose';
  binders: Binder[];
  /** From `#![trigger a, b]` (one group per attribute), in order. */
  triggers: Expr[][];
  /** `#![auto]` */
  auto: boolean;
  body: Expr;
}

/**
 * A closure `|x: T, y| body`, `|x| -> T { .. }`, `move |..| ..`. In ghost code it is a spec
 * closure (a `spec_fn` value); exec closures are reported not supported by the checker.
 * Its parameters are names (a pattern parameter is reported not supported by the parser).
 */
export interface ClosureExpr extends ExprBase {
  kind: 'closure';
  params: Binder[];
  ret?: TypeExpr;
  body: Expr;
}

/** `#[trigger] e` marks e as a trigger term of the enclosing quantifier. */
export interface TriggerExpr extends ExprBase { kind: 'trigger'; operand: Expr }

export interface IfExpr extends ExprBase {
  kind: 'if';
  cond: Expr;
  then: Block;
  /** `else { }` or `else if ...` */
  else?: Block | IfExpr;
}

export interface MatchArm {
  pattern: Pattern;
  guard?: Expr;
  body: Expr;
  span: Span;
}
export interface MatchExpr extends ExprBase { kind: 'match'; scrutinee: Expr; arms: MatchArm[] }

/** `e is Variant` (Verus). */
export interface IsExpr extends ExprBase {
  kind: 'is';
  operand: Expr;
  variant: string[]; // path as written, usually one segment
  res?: Resolution;
}

export interface BlockExpr extends ExprBase { kind: 'block'; block: Block }

export interface StructLitExpr extends ExprBase {
  kind: 'struct';
  path: string[]; // `Counter`, `Self`, `Enum::Variant`
  pathSpan: Span;
  /** Generic arguments written on the path (`Slab::<4> { .. }`). */
  generics?: TypeExpr[];
  fields: { name: string; value: Expr; span: Span }[];
  /** `..base` */
  base?: Expr;
  res?: Resolution;
}

export interface TupleExpr extends ExprBase { kind: 'tuple'; elems: Expr[] } // () is unit
/** `[a, b, c]` or `[e; n]` */
export interface ArrayExpr extends ExprBase { kind: 'array'; elems: Expr[]; repeat?: { value: Expr; count: Expr } }
/** `seq![a, b]` (vstd macro); `set![..]` and `map![k => v]` are parsed as their expansions (insert chains). */
export interface SeqLitExpr extends ExprBase { kind: 'seq'; elems: Expr[] }
/** Other macro calls in expression position: `unimplemented!()`, `panic!(..)`, `vec![..]`, `println!(..)`. */
export interface MacroExpr extends ExprBase {
  kind: 'macro';
  name: string;
  /** Parsed arguments when they parse as a comma-separated expression list (vec!, assert!, ...). */
  args?: Expr[];
  /** The crate defines a `macro_rules!` of this name, but not in textual scope here (rustc: cannot find macro). */
  notInScope?: boolean;
}

export interface ReturnExpr extends ExprBase { kind: 'return'; value?: Expr }
export interface BreakExpr extends ExprBase { kind: 'break'; label?: string }
export interface ContinueExpr extends ExprBase { kind: 'continue'; label?: string }

/** A construct the parser recognised but which is outside the subset (closures, async, ...). */
export interface UnsupportedExpr extends ExprBase {
  kind: 'unsupported';
  what: string;
  /** A range expression `lo..hi` / `lo..=hi` (not supported as a value): its parts, for the uses that are (parser-exprs.ts's rangeContains). */
  range?: { lo?: Expr; hi?: Expr; inclusive: boolean };
  /** Not reported by the parser: the checker types it, lowering refuses it (Parser.deferred). */
  deferred?: true;
}

// ---------------------------------------------------------------------------
// Statements and blocks

export interface Block {
  stmts: Stmt[];
  /** Trailing expression without `;` (the block's value). */
  tail?: Expr;
  span: Span;
}

export type Stmt =
  | LetStmt
  | ExprStmt
  | AssignStmt
  | WhileStmt
  | LoopStmt
  | ForStmt
  | AssertStmt
  | AssumeStmt
  | AssertForallStmt
  | ProofBlockStmt
  | ItemStmt;

export interface LetStmt {
  kind: 'let';
  pattern: Pattern;
  ty?: TypeExpr;
  init?: Expr;
  /** `let ghost x` / `let tracked x` (Verus), or `let x: Ghost<T> = Ghost(..)` stays exec with type Ghost<T>. */
  mode: 'exec' | 'ghost' | 'tracked';
  /** `let P = e else { .. }`: its pattern may be refutable; `elseBlock` must diverge. */
  hasElse: boolean;
  elseBlock?: Block;
  span: Span;
}

export interface ExprStmt {
  kind: 'expr';
  expr: Expr;
  /** Whether a `;` followed. */
  semi: boolean;
  span: Span;
}

export type AssignOp = '=' | '+=' | '-=' | '*=' | '/=' | '%=' | '&=' | '|=' | '^=' | '<<=' | '>>=';

export interface AssignStmt {
  kind: 'assign';
  op: AssignOp;
  target: Expr; // place expression: path, field, index, deref
  value: Expr;
  /** Span of the operator token (overflow of `+=` is reported on the whole statement; kept for labels). */
  opSpan: Span;
  span: Span;
}

export interface LoopSpec {
  invariants: Expr[];
  invariantsExceptBreak: Expr[];
  ensures: Expr[];
  decreases: Expr[];
  /** `#[verifier::loop_isolation(false)]`: the body and the code after see the facts from before the loop. */
  noIsolation?: boolean;
  /**
   * The name a `for` loop gives its ghost iterator (`verus_spec(it => ..)`, `for x in it: e`):
   * the clauses may name it; its verification semantics are not modelled (lowering refuses it).
   */
  iterName?: { name: string; span: Span; id?: number };
}

export interface WhileStmt extends LoopSpec {
  kind: 'while';
  label?: string;
  cond: Expr;
  body: Block;
  /** Span of the `while` keyword through the condition (Verus reports loop errors here). */
  headSpan: Span;
  span: Span;
}

export interface LoopStmt extends LoopSpec {
  kind: 'loop';
  label?: string;
  body: Block;
  headSpan: Span;
  span: Span;
}

/** `for x in a..b` (only integer ranges are in the subset; `a..=b` sets inclusive). */
export interface ForStmt extends LoopSpec {
  kind: 'for';
  label?: string;
  pattern: Pattern;
  start: Expr;
  end: Expr;
  inclusive: boolean;
  /**
   * A `for` over an iterator that is no literal integer range (`(a..=b).rev()`): the iterator;
   * `start` and `end` are then a `deferred` placeholder. Typed by the checker; not supported
   * when verifying.
   */
  iter?: Expr;
  body: Block;
  headSpan: Span;
  span: Span;
}

export type AssertBy =
  | { kind: 'block'; block: Block } // assert(e) by { .. }
  | { kind: 'bit_vector'; requires: Expr[] } // assert(e) by (bit_vector) [requires ..];
  | { kind: 'nonlinear_arith'; requires: Expr[]; block?: Block } // assert(e) by (nonlinear_arith) [requires ..] { .. }
  | { kind: 'compute'; only: boolean }; // by (compute): the interpreter, then the solver on what is left; (compute_only): the interpreter alone

export interface AssertStmt {
  kind: 'assert';
  expr: Expr;
  by?: AssertBy;
  span: Span;
  /** Verus's text when it fails, for assertions a macro generates (`tokenized_state_machine!`); else `assertion failed`. */
  message?: string;
}

export interface AssumeStmt { kind: 'assume'; expr: Expr; span: Span }

/** `assert forall|x: T| P implies Q by { .. }` (`implies` part optional). */
export interface AssertForallStmt {
  kind: 'assert_forall';
  binders: Binder[];
  assumption?: Expr;
  conclusion: Expr;
  triggers: Expr[][];
  auto: boolean;
  proof?: Block;
  span: Span;
}

/** `proof { .. }` in exec code, or `proof!{ .. }` in the attribute style. */
export interface ProofBlockStmt { kind: 'proof'; block: Block; span: Span }

/** A nested item in a block (fn inside fn, etc.). Outside the subset in verified code. */
export interface ItemStmt { kind: 'item'; item: Item; span: Span }

// ---------------------------------------------------------------------------
// Patterns

export type Pattern =
  | { kind: 'wild'; span: Span }
  | { kind: 'ident'; name: string; mut: boolean; byRef: boolean; span: Span; id?: number; ty?: Type; /** made by the parser (a desugaring's temporary), not named in the source */ synthetic?: true }
  | { kind: 'tuple'; elems: Pattern[]; span: Span }
  /** `Some(x)`, `E::V(a, b)`, `Tracked(x)`, `Ghost(x)` */
  | { kind: 'tuple_struct'; path: string[]; elems: Pattern[]; span: Span; res?: Resolution }
  /** `S { a, b: p, .. }` */
  | { kind: 'struct'; path: string[]; fields: { name: string; pattern: Pattern }[]; rest: boolean; span: Span; res?: Resolution }
  /** `None`, `E::A`, a const */
  | { kind: 'path'; path: string[]; span: Span; res?: Resolution }
  | { kind: 'lit'; value: Expr; span: Span }
  | { kind: 'range'; lo?: Expr; hi?: Expr; inclusive: boolean; span: Span }
  | { kind: 'or'; alts: Pattern[]; span: Span };
