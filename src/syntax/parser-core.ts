/**
 * The parser's cursor over the token stream, shared by the parser-*.ts files (each a set
 * of functions taking this cursor). Errors are thrown as ParseFail and caught at the
 * recovery points (items, statements), which record them and resynchronise.
 */
import { diag, type Diagnostic } from '../report/diagnostic.js';
import type { Span } from './span.js';
import { describeToken, EOF_CODE, IDENT_CODE, PUNCT_CODE, type Token, type TokenKind, type TokenTable } from './tokens.js';
import type { Expr, TypeExpr, UnsupportedExpr } from './ast.js';
import { newMacroEnv, type MacroEnv } from './macro-env.js';

const WORDS = new Set(['expression', 'pattern', 'type', 'identifier', 'literal']);

/**
 * An exact-size copy of a list built with `push`, for lists the AST keeps: V8 gives an empty
 * array 17 slots on its first push and never trims them, and the garbage collector copies
 * every retained slot (at twice the size of the list itself for most AST lists).
 */
export function tight<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/**
 * The empty list shared by AST nodes that have none (most paths have no generic arguments).
 * Frozen: nothing may add to an AST list, and a mistake here throws instead of corrupting
 * every node that shares it.
 */
export const NO_TYPES: TypeExpr[] = Object.freeze([]) as unknown as TypeExpr[];

/** `list` followed by `more`, exact-size (see `tight`); `more` itself when `list` is empty. */
export function append<T>(list: T[], more: T[]): T[] {
  return list.length === 0 ? more : list.concat(more);
}

export class ParseFail extends Error {
  constructor(readonly diagnostic: Diagnostic, readonly at: number) {
    super(diagnostic.message);
  }
}

/** Verus's contextual keywords that end an expression list in clause position. */
export const CLAUSE_KEYWORDS: ReadonlySet<string> = new Set([
  'requires', 'ensures', 'returns', 'decreases', 'recommends', 'invariant', 'invariant_except_break',
  'invariant_ensures', 'opens_invariants', 'no_unwind', 'via', 'when',
]);

export class Parser {
  pos = 0;
  /** Tokens at or after `limit` read as end of input (used to parse attribute arguments in place). */
  limit: number;
  diagnostics: Diagnostic[] = [];
  /** Inside verified code: unsupported constructs get diagnostics; outside they abort the item. */
  verified = false;
  /** Macros in scope (macro-expand.ts); an expansion's parser shares its invoker's. */
  macros: MacroEnv = newMacroEnv();
  /** How many expansions this parser's tokens are inside. */
  macroDepth = 0;
  /** Parsing a macro's expansion outside any `verus!` in it: Verus leaves its operators Rust's. */
  plainRust = false;
  /** Expression context where `Path {` is not a struct literal (if/while/match heads, clauses). */
  noStruct = false;
  /**
   * Tokens tested and not found since the last bump: rustc's "expected one of" list. An array
   * with duplicates (deduplicated only when a message is built): tests miss far more often
   * than they fail, so recording must be cheap. Its first `expectedCount` entries are the
   * list: emptying it with `length = 0` would free the backing store, and the next push would
   * allocate a new one (about as many allocations as tokens).
   */
  private readonly expected: string[] = [];
  private expectedCount = 0;
  private readonly eofToken: Token;
  /** One frozen `[name]` per name: the segments of every one-name path (most paths). */
  private readonly oneNames = new Map<string, string[]>();
  /** The last token made into an object (the parser asks for the current token many times). */
  private cachedIndex = -1;
  private cachedToken: Token | undefined;

  constructor(readonly file: string, readonly text: string, readonly tokens: TokenTable, readonly match: Int32Array) {
    this.limit = tokens.count - 1;
    this.eofToken = tokens.token(tokens.count - 1);
  }

  /** Token `i` of the file, ignoring `limit`. */
  token(i: number): Token {
    if (i === this.cachedIndex) return this.cachedToken!;
    const t = this.tokens.token(i);
    this.cachedIndex = i;
    this.cachedToken = t;
    return t;
  }
  get tok(): Token {
    return this.pos < this.limit ? this.token(this.pos) : this.limitToken();
  }
  nth(k: number): Token {
    const i = this.pos + k;
    return i < this.limit ? this.token(i) : this.limitToken();
  }
  private limitToken(): Token {
    if (this.limit === this.tokens.count - 1) return this.eofToken;
    // End of an attribute's argument list: the closing delimiter stands in as the end.
    const t = this.tokens.token(this.limit);
    return { ...t, kind: 'eof', text: t.text };
  }
  /** Whether token `i` (within the limit) is punctuation or an identifier/keyword with text `s`. */
  private tokenIs(i: number, s: string): boolean {
    const tokens = this.tokens;
    if (i >= this.limit) {
      // The stand-in end token keeps the closing delimiter's text but is not punctuation.
      return false;
    }
    const k = tokens.kinds[i];
    return tokens.texts[i] === s && (k === PUNCT_CODE || k === IDENT_CODE);
  }
  /**
   * Kind code (tokens.ts) and text of the current token, read from the columns without making
   * a Token object; at the limit, the stand-in end token's (kind eof).
   */
  get tokKind(): number {
    return this.pos < this.limit ? this.tokens.kinds[this.pos]! : EOF_CODE;
  }
  get tokKindName(): TokenKind {
    return this.pos < this.limit ? this.tokens.kind(this.pos) : 'eof';
  }
  get tokText(): string {
    return this.tokens.texts[this.pos < this.limit ? this.pos : this.limit]!;
  }
  /** Like tokKind and tokText, for the token `k` places ahead (as `nth(k)` sees it). */
  nthKind(k: number): number {
    const i = this.pos + k;
    return i < this.limit ? this.tokens.kinds[i]! : EOF_CODE;
  }
  nthText(k: number): string {
    const i = this.pos + k;
    return this.tokens.texts[i < this.limit ? i : this.limit]!;
  }
  atEnd(): boolean {
    return this.pos >= this.limit;
  }

  bump(): Token {
    const t = this.tok;
    this.advance();
    return t;
  }
  /** Moves past the current token without making it into an object (most callers only skip it). */
  advance(): void {
    if (this.pos < this.limit) this.pos++;
    this.clearExpected();
  }

  /** Whether the current token is punctuation or keyword `s` (records it as expected). */
  at(s: string): boolean {
    if (this.tokenIs(this.pos, s)) return true;
    this.expected[this.expectedCount++] = s;
    return false;
  }
  /** Like `at`, without recording an expectation. */
  is(s: string, k = 0): boolean {
    return this.tokenIs(this.pos + k, s);
  }
  eat(s: string): boolean {
    if (this.at(s)) {
      this.advance();
      return true;
    }
    return false;
  }
  expect(s: string): void {
    if (this.at(s)) this.advance();
    else this.failExpected();
  }
  /** Record extra alternatives for the next "expected one of" message. */
  hint(...alts: string[]): void {
    for (const a of alts) this.expected[this.expectedCount++] = a;
  }
  private clearExpected(): void {
    this.expectedCount = 0;
  }
  isIdent(k = 0): boolean {
    const i = this.pos + k;
    return i < this.limit && this.tokens.kinds[i] === IDENT_CODE;
  }
  expectIdent(): Token {
    const t = this.tok;
    if (t.kind === 'ident') return this.bump();
    this.fail(`expected identifier, found ${describeToken(t)}`);
  }
  /** expectIdent(), for callers that only want the name: reads it without a token object. */
  expectIdentText(): string {
    if (this.isIdent()) {
      const text = this.tokens.texts[this.pos]!;
      this.advance();
      return text;
    }
    return this.expectIdent().text;
  }

  /** Throws rustc's "expected one of ..., found ..." for the current token. */
  failExpected(): never {
    const found = describeToken(this.tok);
    // Expectations named by a word (expression, pattern, type) take precedence, as in rustc.
    const expected = this.expected.slice(0, this.expectedCount);
    const word = ['expression', 'pattern', 'type', 'identifier', 'literal'].find((w) => expected.includes(w));
    const list = [...new Set(expected)].filter((s) => !WORDS.has(s)).sort().map((s) => '`' + s + '`');
    let message: string;
    if (word) message = `expected ${word}, found ${found}`;
    else if (list.length === 0) message = `unexpected token: ${found}`;
    else if (list.length === 1) message = `expected ${list[0]}, found ${found}`;
    else if (list.length === 2) message = `expected one of ${list[0]} or ${list[1]}, found ${found}`;
    else message = `expected one of ${list.slice(0, -1).join(', ')}, or ${list[list.length - 1]}, found ${found}`;
    // When the offending token starts a new line, rustc points just after the previous token.
    const prev = this.pos > 0 ? this.token(this.pos - 1) : undefined;
    const cur = this.tok;
    if (!word && prev && cur.line > prev.endLine) {
      const at: Span = { file: this.file, start: prev.end, end: prev.end, line: prev.endLine, column: prev.endCol, endLine: prev.endLine, endColumn: prev.endCol };
      throw new ParseFail(diag('syntax', message, at, { labels: [{ message: 'unexpected token', span: this.spanOf(cur) }] }), this.pos);
    }
    this.fail(message);
  }
  fail(message: string, span: Span = this.spanOf(this.tok)): never {
    throw new ParseFail(diag('syntax', message, span), this.pos);
  }

  spanOf(t: Token): Span {
    return { file: this.file, start: t.start, end: t.end, line: t.line, column: t.col, endLine: t.endLine, endColumn: t.endCol };
  }
  /** The span of token `i` (within the file), without making it an object. */
  spanAt(i: number): Span {
    const t = this.tokens;
    return { file: this.file, start: t.starts[i]!, end: t.ends[i]!, line: t.lines[i]!, column: t.cols[i]!, endLine: t.endLines[i]!, endColumn: t.endCols[i]! };
  }
  /** The segment list `[name]`, shared by all one-name paths with that name (frozen, like NO_TYPES). */
  oneName(name: string): string[] {
    let list = this.oneNames.get(name);
    if (list === undefined) {
      list = Object.freeze([name]) as unknown as string[];
      this.oneNames.set(name, list);
    }
    return list;
  }
  /** `joinSpan(a, spanAt(i))`, without making the token's span. */
  spanToToken(a: Span, i: number): Span {
    const t = this.tokens;
    return { file: a.file, start: a.start, end: t.ends[i]!, line: a.line, column: a.column, endLine: t.endLines[i]!, endColumn: t.endCols[i]! };
  }
  /** Span from token index `from` through the last consumed token. */
  spanFrom(from: number): Span {
    const t = this.tokens;
    const a = Math.min(from, t.count - 1);
    let b = Math.min(Math.max(from, this.pos - 1), t.count - 1);
    // In an expansion, the last token may be written before the first (a macro body above its use).
    if (t.ends[b]! < t.starts[a]!) b = a;
    return { file: this.file, start: t.starts[a]!, end: t.ends[b]!, line: t.lines[a]!, column: t.cols[a]!, endLine: t.endLines[b]!, endColumn: t.endCols[b]! };
  }

  /**
   * A construct outside the verified subset. In verified code: a diagnostic and an
   * UnsupportedExpr; in ordinary Rust: abort the item (it becomes an OpaqueItem).
   */
  unsupported(what: string, span: Span): UnsupportedExpr {
    if (!this.verified) throw new ParseFail(diag('unsupported', `not supported: ${what}`, span), this.pos);
    this.diagnostics.push(diag('unsupported', `not supported: ${what}`, span));
    return { kind: 'unsupported', what, span };
  }

  /**
   * A construct the checker types but the verifier does not model (a range value): no
   * diagnostic here; lowering a verified function that contains it is `not supported: <what>`.
   */
  deferred(what: string, span: Span): UnsupportedExpr {
    return { kind: 'unsupported', what, span, deferred: true };
  }

  /** Skip a balanced group starting at the current open delimiter. */
  skipGroup(): void {
    const m = this.match[this.pos];
    if (m !== undefined && m > this.pos) this.pos = Math.min(m + 1, this.limit);
    else this.bump();
    this.clearExpected();
  }

  /** Run `fn` with the cursor restricted to tokens [from, to); restores position and limit. */
  within<T>(from: number, to: number, fn: () => T): T {
    const saved = { pos: this.pos, limit: this.limit, noStruct: this.noStruct };
    this.pos = from;
    this.limit = to;
    this.noStruct = false;
    this.clearExpected();
    try {
      return fn();
    } finally {
      this.pos = saved.pos;
      this.limit = saved.limit;
      this.noStruct = saved.noStruct;
      this.clearExpected();
    }
  }

  /** Parse with struct literals disallowed at the top level (if/while/match heads). */
  noStructExpr(fn: () => Expr): Expr {
    const saved = this.noStruct;
    this.noStruct = true;
    try {
      return fn();
    } finally {
      this.noStruct = saved;
    }
  }
  withStruct<T>(fn: () => T): T {
    const saved = this.noStruct;
    this.noStruct = false;
    try {
      return fn();
    } finally {
      this.noStruct = saved;
    }
  }

  /** Split a compound token starting with `>` (`>>`, `>=`, `>>=`) and consume one `>`. */
  eatGt(): boolean {
    const t = this.tok;
    if (t.kind !== 'punct') return this.eat('>');
    if (t.text === '>') { this.bump(); return true; }
    if (t.text.startsWith('>') && this.pos < this.limit) {
      this.replaceToken(this.pos, { ...t, text: t.text.slice(1), start: t.start + 1, col: t.col + 1 });
      this.clearExpected();
      return true;
    }
    this.expected[this.expectedCount++] = '>';
    return false;
  }
  /** Split `&&` into two `&` (for `&&x` patterns and expressions). */
  splitFirst(): void {
    const t = this.tok;
    this.replaceToken(this.pos, { ...t, text: t.text.slice(1), start: t.start + 1, col: t.col + 1 });
  }
  private replaceToken(i: number, t: Token): void {
    this.tokens.replace(i, t);
    this.cachedIndex = -1;
    this.cachedToken = undefined;
  }
  /** Skip `<...>` with nesting (generic parameter lists, `for<'a>`, qualified paths). */
  skipAngle(): void {
    this.expect('<');
    let depth = 1;
    while (depth > 0 && !this.atEnd()) {
      const t = this.tok;
      if (t.text === '(' || t.text === '[' || t.text === '{') { this.skipGroup(); continue; }
      if (t.kind === 'punct') {
        if (t.text === '<') depth++;
        else if (t.text === '>' || t.text === '>=') depth--;
        else if (t.text === '>>' || t.text === '>>=') depth -= 2;
      }
      this.bump();
    }
  }
}
