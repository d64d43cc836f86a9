/**
 * The state macro expansion (macro-expand.ts) keeps while a crate is parsed: which
 * `macro_rules!` definitions are in scope where.
 */
import type { Expr, Item } from './ast.js';
import type { MacroDef } from './macro-rules.js';

/** Textual scope: each definition adds a node, so a scope at some point is one immutable pointer. */
export interface MacroScope {
  name: string;
  def: MacroDef;
  prev: MacroScope | undefined;
}

/** What a crate's files share: `#[macro_export]` macros, and the scope at each `mod x;`/`include!`. */
export interface CrateMacros {
  exported: Map<string, MacroDef>;
  scopeAt: Map<Item, MacroScope | undefined>;
  /** Tokens all expansions made so far (bounded: see macro-expand.ts). */
  expandedTokens: number;
  /** The dependencies' `#[macro_export]` macros: `dep::name!`, `use dep::name;`. */
  deps: DepMacros;
  /**
   * Loads an `include!` target as the parser meets it (the crate loader sets this), given the
   * scope there; returns the scope at the included file's end (its `macro_rules!` stay in
   * scope after the `include!`, as the file's items are spliced there), or undefined when not loaded.
   */
  include?: (item: Item, scope: MacroScope | undefined) => { scope: MacroScope | undefined } | undefined;
  /** Names of all the crate's `macro_rules!` definitions. */
  defined: Set<string>;
  /** Invocations of one-segment names no macro in scope had (the loader marks those the crate defines elsewhere). */
  unresolved: (Expr & { kind: 'macro' })[];
  /** Expansions renamed so far (each gets its own hygiene mark: see macro-hygiene.ts). */
  marks: number;
}

/** Dependency crate name to its exported macros. */
export type DepMacros = Map<string, Map<string, MacroDef>>;

/** One file's expansion state (the parser holds it; an expansion's parser shares it). */
export interface MacroEnv {
  scope: MacroScope | undefined;
  crate: CrateMacros;
  /** `use seq_macro::seq;` seen: `seq!` is that crate's, not vstd's sequence literal. */
  seqImported: boolean;
}

export function newCrateMacros(deps: DepMacros = new Map()): CrateMacros {
  return { exported: new Map(), scopeAt: new Map(), expandedTokens: 0, deps, marks: 0, defined: new Set(), unresolved: [] };
}

export function newMacroEnv(crate: CrateMacros = newCrateMacros(), scope?: MacroScope): MacroEnv {
  return { scope, crate, seqImported: false };
}
