/**
 * Entry point of the syntax stage: `parseFile` turns one file's text into its AST and
 * syntax diagnostics. It never throws and always terminates.
 */
import { diag, type Diagnostic } from '../report/diagnostic.js';
import type { SourceFile } from './ast.js';
import { matchDelimiters } from './delimiters.js';
import { lexTable } from './lexer.js';
import { newMacroEnv, type CrateMacros, type MacroScope } from './macro-env.js';
import { parseAttrs, reportUnimplementedVerifierAttrs } from './parser-attrs.js';
import { Parser } from './parser-core.js';
import { parseItems } from './parser-items.js';
import { isStackOverflow, NESTED_TOO_DEEPLY } from '../report/stack-limit.js';
import { LineMap } from './span.js';
import { TokenTable } from './tokens.js';

export interface ParseResult {
  file: SourceFile;
  diagnostics: Diagnostic[];
  /** The macro scope at the file's end (for an `include!`d file: what the includer sees after it). */
  macroScope?: MacroScope;
}

/**
 * One token table for all files (parsing is synchronous and the AST keeps no tokens):
 * reusing its memory is much cheaper than touching fresh memory for every file.
 */
let sharedTable: TokenTable | undefined;
/** Tables with more entries than this (29 bytes each, memory touched only as used) are not kept between files. */
const MAX_SHARED_CAPACITY = 4_000_000;

/**
 * `macros`: the crate's macro state and the textual scope the file starts in (a module's file
 * sees the macros defined before its `mod` line); a file of its own starts with none.
 */
export function parseFile(path: string, text: string, macros?: { crate: CrateMacros; scope: MacroScope | undefined }): ParseResult {
  const file: SourceFile = { path, text, items: [] };
  let table: TokenTable | undefined;
  try {
    table = sharedTable ?? new TokenTable(16);
    sharedTable = undefined; // a nested call (there is none today) would get its own
    const lexed = lexTable(path, text, table);
    const { match, diagnostics: delimDiags } = matchDelimiters(path, lexed.tokens);
    const diagnostics = [...lexed.diagnostics, ...delimDiags];
    // Like rustc, unbalanced delimiters stop the file before parsing.
    if (delimDiags.length > 0) return { file, diagnostics };
    const p = new Parser(path, text, lexed.tokens, match);
    if (macros) p.macros = newMacroEnv(macros.crate, macros.scope);
    // #![feature(..)], #![allow(..)]; a `#![verifier::..]` here governs the file's verified code
    reportUnimplementedVerifierAttrs(p, parseAttrs(p, true));
    file.items = parseItems(p, lexed.tokens.count - 1, false);
    diagnostics.push(...p.diagnostics);
    return { file, diagnostics, macroScope: p.macros.scope };
  } catch (e) {
    // A parser bug must not take the run down: report it on the file.
    const span = new LineMap(path, text).span(0, 0);
    if (isStackOverflow(e)) return { file, diagnostics: [diag('unsupported', NESTED_TOO_DEEPLY, span)] };
    const message = `internal parser error: ${e instanceof Error ? e.message : String(e)}`;
    return { file, diagnostics: [diag('internal', message, span)] };
  } finally {
    if (table && table.kinds.length <= MAX_SHARED_CAPACITY) sharedTable = table;
  }
}
