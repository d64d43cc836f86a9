/**
 * Rust's macros are hygienic for local variables: a `let x` written in a macro's body does
 * not capture an `x` passed in the arguments (that one still means the caller's `x`). The
 * expansion here is plain token substitution, so where the two would meet the expansion
 * would mean something else than in Rust. That case is found (conservatively) and refused, as
 * is the converse: a plain lower-case value name in the body that the body does not bind (in
 * Rust it means what it meant where the macro is defined, here it would be the caller's local).
 */
import type { TokenTree } from './token-tree.js';
import { RUST_KEYWORDS, type Token } from './tokens.js';

function flatten(trees: readonly TokenTree[], out: Token[] = []): Token[] {
  for (const t of trees) {
    if (t.kind === 'tok') out.push(t.tok);
    else {
      out.push(t.open);
      flatten(t.inner, out);
      out.push(t.close);
    }
  }
  return out;
}

const PATTERN_WORDS = new Set(['mut', 'ref', 'ghost', 'tracked']);
const ENDS_OPERAND = new Set([')', ']', '}']);

/** Whether `|` at `i` opens closure or quantifier parameters (it stands where an operand starts). */
function opensParams(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return true;
  if (prev.kind === 'ident') return prev.text === 'move' || prev.text === 'forall' || prev.text === 'exists' || prev.text === 'choose' || prev.text === 'return' || prev.text === 'proof';
  if (prev.kind === 'punct') return !ENDS_OPERAND.has(prev.text);
  return false; // after a literal or lifetime: `|` is an operator
}

/**
 * The names the body's own tokens bind as locals (`let` patterns, closure and quantifier
 * parameters, `for` patterns, match arms), or undefined when a `match` makes that unclear.
 */
function bodyBinders(toks: Token[], fromBody: Set<Token>): Set<string> | 'unclear' {
  const names = new Set<string>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!fromBody.has(t)) continue;
    if (t.kind === 'ident' && t.text === 'match') return 'unclear';
    if (t.kind === 'ident' && (t.text === 'let' || t.text === 'for')) {
      // every name up to `=` / `in` / `;` (a type's name too: refusing more is safe)
      for (let k = i + 1; k < toks.length; k++) {
        const u = toks[k]!;
        if ((u.kind === 'punct' && (u.text === '=' || u.text === ';')) || (u.kind === 'ident' && u.text === 'in')) break;
        if (u.kind === 'ident' && !PATTERN_WORDS.has(u.text) && fromBody.has(u)) names.add(u.text);
      }
    } else if (t.kind === 'punct' && t.text === '|' && opensParams(toks, i)) {
      for (let k = i + 1; k < toks.length; k++) {
        const u = toks[k]!;
        if (u.kind === 'punct' && u.text === '|') break;
        if (u.kind === 'ident' && !PATTERN_WORDS.has(u.text) && fromBody.has(u)) names.add(u.text);
      }
    }
  }
  return names;
}

/**
 * A name the expansion's body binds that an argument also uses (the capture Rust's hygiene
 * prevents), or undefined. `fromBody`: the expansion's tokens written in the macro's body.
 */
export function hygieneConflict(expansion: readonly TokenTree[], fromBody: Set<Token>): string | undefined {
  const toks = flatten(expansion);
  const argNames = new Set<string>();
  for (const t of toks) if (t.kind === 'ident' && !fromBody.has(t)) argNames.add(t.text);
  if (argNames.size === 0) return undefined;
  const bound = bodyBinders(toks, fromBody);
  if (bound === 'unclear') {
    // any name of the body's (a keyword or `_` binds nothing) might be bound by a pattern
    const clash = toks.find((t) => t.kind === 'ident' && fromBody.has(t) && argNames.has(t.text) && t.text !== '_' && !RUST_KEYWORDS.has(t.text));
    return clash?.text;
  }
  for (const n of bound) if (argNames.has(n)) return n;
  return undefined;
}

/** Names of the body's that are never a local variable's (keywords, Verus's words, primitive types). */
const NOT_LOCALS = new Set([
  'int', 'nat', 'bool', 'char', 'str', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize',
  'forall', 'exists', 'choose', 'old', 'final', 'assert', 'assume', 'requires', 'ensures', 'recommends', 'invariant', 'decreases',
  'proof', 'spec', 'exec', 'ghost', 'tracked', 'open', 'closed', 'by', 'bit_vector', 'nonlinear_arith', 'compute', 'compute_only',
  'trigger', 'auto', 'implies', 'verifier', 'broadcast', 'is', 'has', 'returns', 'via', 'when', 'invariant_except_break', 'opens_invariants',
]);

/**
 * A lower-case name the body uses as a plain value without binding it (not a call, field,
 * path segment, macro or type), or undefined.
 */
export function freeBodyName(expansion: readonly TokenTree[], fromBody: Set<Token>, exempt: ReadonlySet<string> = new Set()): string | undefined {
  const toks = flatten(expansion);
  const bound = bodyBinders(toks, fromBody);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.kind !== 'ident' || !fromBody.has(t)) continue;
    const c = t.text.charCodeAt(0);
    if (!(c >= 97 && c <= 122) || RUST_KEYWORDS.has(t.text) || NOT_LOCALS.has(t.text)) continue;
    if ((bound !== 'unclear' && bound.has(t.text)) || exempt.has(t.text)) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (prev?.kind === 'punct' && (prev.text === '.' || prev.text === '::' || prev.text === '#')) continue;
    if (prev?.kind === 'ident' && prev.text === 'as') continue;
    if (next?.kind === 'punct' && (next.text === '(' || next.text === '!' || next.text === '::' || next.text === ':' || next.text === '<')) continue;
    return t.text;
  }
  return undefined;
}

/** Separates a local's name from the hygiene mark of the expansion that wrote it (no Rust identifier has it). */
export const HYGIENE_MARK = '%';

/** The name as written, without an expansion's hygiene mark. */
export function unmarkedName(name: string): string {
  const i = name.indexOf(HYGIENE_MARK);
  return i < 0 ? name : name.slice(0, i);
}

function localLike(text: string): boolean {
  const c = text.charCodeAt(0);
  return ((c >= 97 && c <= 122) || (c === 95 && text.length > 1)) && !RUST_KEYWORDS.has(text) && !NOT_LOCALS.has(text);
}

/** Macros whose arguments are statements of the enclosing block (their names are not arguments to bind). */
const TRANSPARENT_MACROS = new Set(['proof_decl', 'verus']);

/**
 * Rust's hygiene for the locals an expansion's body writes: each name the body binds (a `let`,
 * `for`, closure or quantifier parameter), or passes as a bare identifier to a macro it invokes
 * (which may bind it), is renamed with `mark` in all the body's tokens that can name a local,
 * so it neither captures nor shadows the caller's locals, and the caller cannot name it. Names
 * that came from the arguments keep their text (a `let $x` binds the caller's `x`). Paths,
 * fields, methods and macros keep theirs. Undefined when a `match` makes the binders unclear.
 * Returns the renamed trees and the names renamed.
 */
export function renameBodyLocals(expansion: readonly TokenTree[], fromBody: Set<Token>, mark: number): { trees: TokenTree[]; renamed: Set<string> } | undefined {
  const toks = flatten(expansion);
  const bound = bodyBinders(toks, fromBody);
  if (bound === 'unclear') return undefined;
  const names = new Set<string>();
  for (const n of bound) if (localLike(n)) names.add(n);
  // bare identifiers the body gives to a macro it invokes
  const index = new Map<Token, number>();
  toks.forEach((t, i) => index.set(t, i));
  const sep = (x: TokenTree | undefined): boolean => x === undefined || (x.kind === 'tok' && x.tok.kind === 'punct' && (x.tok.text === ',' || x.tok.text === '=>' || x.tok.text === ';'));
  const argsOfMacros = (trees: readonly TokenTree[]): void => {
    for (const t of trees) {
      if (t.kind !== 'group') continue;
      const at = index.get(t.open)!;
      const invoked = toks[at - 2];
      if (invoked?.kind === 'ident' && toks[at - 1]?.text === '!' && !TRANSPARENT_MACROS.has(invoked.text)) {
        t.inner.forEach((a, k) => {
          if (a.kind === 'tok' && a.tok.kind === 'ident' && fromBody.has(a.tok) && localLike(a.tok.text) && sep(t.inner[k - 1]) && sep(t.inner[k + 1])) names.add(a.tok.text);
        });
      }
      argsOfMacros(t.inner);
    }
  };
  argsOfMacros(expansion);
  if (names.size === 0) return { trees: [...expansion], renamed: names };
  const renamedText = (text: string): string => `${text}${HYGIENE_MARK}${mark}`;
  const rebuild = (trees: readonly TokenTree[], inStruct: boolean): TokenTree[] => {
    const out: TokenTree[] = [];
    for (const t of trees) {
      if (t.kind === 'group') {
        const before = toks[index.get(t.open)! - 1];
        const structGroup = t.delim === '{' && before?.kind === 'ident' && /^[A-Z]/.test(before.text);
        out.push({ ...t, inner: rebuild(t.inner, structGroup) });
        continue;
      }
      const tok = t.tok;
      if (tok.kind !== 'ident' || !fromBody.has(tok) || !names.has(tok.text)) { out.push(t); continue; }
      const i = index.get(tok)!;
      const prev = toks[i - 1];
      const next = toks[i + 1];
      const punct = (x: Token | undefined, ...texts: string[]): boolean => x?.kind === 'punct' && texts.includes(x.text);
      if (punct(prev, '.', '::') || punct(next, '::', '!')) { out.push(t); continue; }
      if (inStruct && punct(next, ':')) { out.push(t); continue; } // a field's name
      const renamed: Token = { ...tok, text: renamedText(tok.text) };
      fromBody.add(renamed);
      if (inStruct && punct(prev, '{', ',') && (next === undefined || punct(next, ',', '}'))) {
        // shorthand `S { x }`: the field keeps its name
        const colon: Token = { ...tok, kind: 'punct', text: ':', value: undefined, suffix: undefined };
        fromBody.add(colon);
        out.push(t, { kind: 'tok', tok: colon }, { kind: 'tok', tok: renamed });
        continue;
      }
      out.push({ kind: 'tok', tok: renamed });
    }
    return out;
  };
  return { trees: rebuild(expansion, false), renamed: names };
}
