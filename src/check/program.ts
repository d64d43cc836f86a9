/**
 * The checker's output: a crate whose AST is annotated (Expr.ty, .res, binding ids)
 * plus tables of its declarations by qualified name. src/vc and src/emu consume this.
 */
import type { BroadcastInstances } from './broadcast-inst.js';
import type { ConstItem, EnumItem, FnItem, SourceFile, StructItem } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { Diagnostic } from '../report/diagnostic.js';
import type { LocalMode } from './resolution.js';
import type { Type } from './types.js';

export interface ParamInfo {
  name: string;
  /** Binding id, as in LocalRes and Param.id. */
  id: number;
  /** The binding's type (for `Tracked(x): Tracked<T>`, T). */
  ty: Type;
  mode: LocalMode;
}

export interface FnInfo {
  /** Fully qualified: 'crate::module::fn' or 'crate::module::Type::method'. */
  qname: string;
  decl: FnItem;
  file: SourceFile;
  /** Module path inside the crate, e.g. ['svsm', 'rmp'] (empty for the crate root). */
  modulePath: string[];
  /** Qualified name of the impl's self type for methods. */
  implType?: string;
  params: ParamInfo[];
  retTy: Type;
  /** Binding id of the named return value (`-> (r: T)`, `ret =>`), if named. */
  retId?: number;
  /** Whether this fn is checked at all (verified item, not external). */
  verified: boolean;
  /**
   * For a member of a trait or trait impl with a construct that is not supported: that
   * diagnostic's message (the member is not verified, and its own errors are consequences).
   */
  ownerUnsupported?: string;
  /** For a trait's own member (declaration or default): the trait's qualified name. */
  traitOf?: string;
  /**
   * A trait's member whose declaration names the trait's associated types (`Self::X`, an
   * abstract type there, src/check/assoc-types.ts): its default body is not used at a known type.
   */
  selfProjection?: true;
}

/** `impl Trait for Type`: the members it defines, for dispatch at known types in spec code. */
export interface TraitImplInfo {
  trait: string;
  /** The impl's generics and its self type over them (`impl<T> Tr for S<T>`: [T], S<T>). */
  generics: string[];
  selfTy: Type;
  /** A generic trait's arguments in the impl (`impl Tr<u8> for S`: [u8]), over the impl's generics. */
  traitArgs?: Type[];
  fns: Map<string, FnInfo>;
  /**
   * Why the impl is not supported (its self type may then be unknown, `error`): a member of
   * its trait used at a type it may be the impl for is not supported either (lower-dispatch.ts).
   */
  unsupported?: string;
}

export interface StructInfo {
  qname: string;
  decl: StructItem;
  generics: string[];
  fields: { name: string; ty: Type }[];
  /** The `#[verifier::type_invariant]` spec fn of this type, if any. */
  typeInvariant?: FnInfo;
  /**
   * `#[verifier::external_body]`: its fields are hidden from verification (no field read, no
   * literal, no pattern outside trusted bodies) and the solver sees an uninterpreted sort, so
   * only the trusted specs of its fns say anything of its values.
   */
  opaque?: boolean;
}

export interface VariantInfo {
  name: string;
  shape: 'named' | 'tuple' | 'unit';
  fields: { name: string; ty: Type }[];
  discriminant?: bigint;
}

export interface EnumInfo {
  qname: string;
  decl: EnumItem;
  generics: string[];
  variants: VariantInfo[];
}

export interface ConstInfo {
  qname: string;
  decl: ConstItem;
  ty: Type;
  /** Value when it evaluates at check time to an integer/bool constant. */
  value?: bigint | boolean;
}

export interface CheckedCrate {
  name: string;
  files: SourceFile[];
  fns: FnInfo[];
  fnByDecl: Map<FnItem, FnInfo>;
  structs: Map<string, StructInfo>;
  enums: Map<string, EnumInfo>;
  consts: Map<string, ConstInfo>;
  /** `broadcast use` lemmas in force, by qualified name (crate-wide, as used). */
  broadcastLemmas: string[];
  /**
   * `broadcast use` statements in fn bodies: by fn qname, the lemmas each brings in for that
   * fn's proof (src/check/broadcast-scope.ts), with the statement's span.
   */
  bodyBroadcasts?: Map<string, { lemma: string; span: Span }[]>;
  /** Per fn, the type parameters its generic broadcast lemmas are also stated at (broadcast-inst.ts). */
  broadcastInstances?: BroadcastInstances;
  /** The crate's default rlimit from its build.rs, if any. */
  rlimitDefault?: number | 'infinity';
  /** vstd's `allow_panic` is on for the crate (Crate.allowPanic). */
  allowPanic?: boolean;
  traitImpls?: TraitImplInfo[];
  /**
   * With CheckOptions.plainBodies: the crate's own plain Rust exec fns whose bodies were
   * checked for the value analysis, each with what the checker said (empty: typed in full).
   */
  plainBodies?: Map<FnItem, Diagnostic[]>;
}

/** The error for a field read, struct literal or struct pattern of an opaque (external_body) struct. */
export function opaqueFieldsMessage(name: string): string {
  return `the fields of \`${name}\` are not visible to verification (it is a #[verifier::external_body] struct)`;
}
