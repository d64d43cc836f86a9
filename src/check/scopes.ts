/**
 * The item tables of one crate: a tree of module scopes, what each name in them
 * denotes (Def), and the associated items of impl blocks. Built by collect.ts,
 * read by name resolution (paths.ts).
 */
import type { BroadcastGroupItem, TypeAliasItem, ConstItem, EnumItem, FnItem, ImplItem, SourceFile, StructItem, TraitItem, TypeExpr, UseTree, VariantDecl } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { ConstInfo, EnumInfo, FnInfo, StructInfo } from './program.js';
import type { BuiltinName, Type } from './types.js';

export interface ImplContext {
  /** The impl's self type as written, and the impl's generic parameters. */
  selfTy: TypeExpr;
  generics: string[];
  /** Key into CrateTables.assoc: an ADT qname or a builtin/primitive name. */
  ownerKey?: string;
  /** Inside a trait declaration: the trait (its `Self` is the generic parameter 'Self'). */
  trait?: TraitEntry;
  /** Trait bounds on the impl's generics (and `Self: Trait` inside a trait). */
  bounds?: ImplItem['bounds'];
  /** The parameters `selfTy` is written over when they were moved onto the members (collect.ts, vstd's impls on built-in types). */
  selfTyGenerics?: string[];
  /** A trait impl's associated types (`type X = T;`): what `Self::X` means in it (assoc-types.ts). */
  assocTypes?: ReadonlyMap<string, TypeExpr>;
}

/** A trait declaration: its members by name (fns with their default bodies, if any). */
export interface TraitEntry {
  qname: string;
  decl: TraitItem;
  module: ModuleScope;
  file: SourceFile;
  /** The context its members are checked in: generics ['Self', ...the trait's]. */
  ctx: ImplContext;
  fns: Map<string, FnEntry>;
  consts: Map<string, ConstEntry>;
}

/** `impl Trait for T { .. }`: the trait is resolved after collection (traits.ts). */
export interface TraitImplEntry {
  decl: ImplItem;
  module: ModuleScope;
  file: SourceFile;
  ctx: ImplContext;
  trait?: TraitEntry;
  fns: Map<string, FnEntry>;
  consts: Map<string, ConstEntry>;
  /** Why the impl is not supported (traits.ts): a use of its trait's members at its self type is not either. */
  unsupported?: string;
}

export interface FnEntry {
  qname: string;
  decl: FnItem;
  file: SourceFile;
  module: ModuleScope;
  impl?: ImplContext;
  info: FnInfo;
}

export interface StructEntry { qname: string; decl: StructItem; module: ModuleScope; info: StructInfo }
export interface EnumEntry { qname: string; decl: EnumItem; module: ModuleScope; info: EnumInfo }
export interface ConstEntry { qname: string; decl: ConstItem; file: SourceFile; module: ModuleScope; impl?: ImplContext; info: ConstInfo }

export interface BroadcastGroupEntry { qname: string; decl: BroadcastGroupItem; module: ModuleScope }

export type Def =
  | { kind: 'mod'; module: ModuleScope }
  /** `moduleTwin`: a module of the same name (modules and values are separate namespaces). */
  | { kind: 'fn'; fn: FnEntry; moduleTwin?: ModuleScope }
  | { kind: 'const'; c: ConstEntry; moduleTwin?: ModuleScope }
  | { kind: 'struct'; s: StructEntry }
  | { kind: 'enum'; e: EnumEntry }
  | { kind: 'trait'; t: TraitEntry }
  | { kind: 'variant'; e: EnumEntry; variant: VariantDecl }
  /** `type Name = T;`, lowered where it is declared. */
  | { kind: 'alias'; decl: TypeAliasItem; module: ModuleScope }
  /** `broadcast group g { .. }` */
  | { kind: 'broadcastGroup'; group: BroadcastGroupEntry }
  /** Primitive types: u64, bool, int, nat, ... */
  | { kind: 'prim'; ty: Type }
  /** Vec, Seq, Option, Ghost, ... (Ghost and Tracked are also their own constructors). */
  | { kind: 'builtinType'; name: BuiltinName }
  /** Some, None, arbitrary, reveal, u64::MAX, Vec::new, ... (canonical builtin names). */
  | { kind: 'builtinValue'; name: string }
  /** A module of vstd / std / core: its members resolve to the prelude. */
  | { kind: 'vstd'; /** The path's last segment (`result` in `std::result`). */ name?: string }
  /** The `proofgate` module of test helpers (`proofgate::interval`). */
  | { kind: 'proofgate' };

export interface Import {
  name: string;
  path: string[];
  span: Span;
  state: 'todo' | 'busy' | 'done';
  def?: Def;
  /** While globs are being settled (globs.ts), the round in which resolving this failed. */
  failedInRound?: number;
}

export class ModuleScope {
  readonly defs = new Map<string, Def>();
  readonly imports = new Map<string, Import>();
  readonly globs: { path: string[]; span: Span }[] = [];
  readonly children = new Map<string, ModuleScope>();
  /** Items outside the subset declared here (type aliases, traits, unions, ...), by name: what they are. */
  readonly unsupportedItems = new Map<string, string>();
  /** Macros invoked here at item level (`bit_lemmas! { .. }`): the items they make are not seen. */
  readonly itemMacros: string[] = [];
  constructor(
    readonly crateName: string,
    /** Path inside the crate ([] for the root). */
    readonly path: string[],
    readonly parent: ModuleScope | undefined,
    readonly file: SourceFile,
  ) {}

  get qprefix(): string {
    return [this.crateName, ...this.path].join('::');
  }

  get root(): ModuleScope {
    return this.parent ? this.parent.root : this;
  }

  addUse(tree: UseTree): void {
    if (tree.glob) {
      this.globs.push({ path: tree.path, span: tree.span });
      return;
    }
    const last = tree.path[tree.path.length - 1];
    if (!last) return;
    // `use a::b::{self}` arrives as path [a, b, self]
    const path = last === 'self' ? tree.path.slice(0, -1) : tree.path;
    const name = tree.alias ?? path[path.length - 1];
    if (!name || name === '_') return;
    this.imports.set(name, { name, path, span: tree.span, state: 'todo' });
  }
}

export interface CrateTables {
  name: string;
  root: ModuleScope;
  fns: FnEntry[];
  structs: StructEntry[];
  enums: EnumEntry[];
  consts: ConstEntry[];
  /** Associated fns and consts of inherent impls, by owner (ADT qname or builtin name). */
  assoc: Map<string, Map<string, Def>>;
  fnByDecl: Map<FnItem, FnEntry>;
  structByName: Map<string, StructEntry>;
  enumByName: Map<string, EnumEntry>;
  broadcastUses: { path: string[]; span: Span; module: ModuleScope }[];
  /** `broadcast use` statements inside fn bodies, by fn (resolved in the fn's module). */
  bodyBroadcastUses: Map<FnItem, { path: string[]; span: Span }[]>;
  /** Dependency crates (Cargo path dependencies) by the name this crate uses: their root modules. */
  externCrates: Map<string, ModuleScope>;
  /** Per ADT qname: the method names its trait impls define (trait impls are not supported). */
  traitMethods: Map<string, Set<string>>;
  /** Every fn name declared in a trait or a trait impl of the crate (for any type). */
  traitMethodNames: Set<string>;
  /** Spec fns `#[verus_verify(dual_spec)]` would make (`spec_<fn>` or the name given). */
  dualSpecNames: Set<string>;
  traits: TraitEntry[];
  traitImpls: TraitImplEntry[];
  /** `assume_specification` items by the fn they specify (assume-spec.ts): calls of the key use the value's contract. */
  assumeSpecs?: Map<FnEntry, { spec: FnEntry; order: number[] }>;
}
