/**
 * Tokens of Rust plus Verus's extra operators. Keywords are `ident` tokens (Rust's and
 * Verus's are mostly contextual here); punctuation keeps its text in `text`.
 */
export type TokenKind = 'ident' | 'lifetime' | 'int' | 'float' | 'str' | 'char' | 'punct' | 'eof';

export interface Token {
  kind: TokenKind;
  /** Source text for punct/ident/lifetime (ident without `r#`); the literal's source text otherwise. */
  text: string;
  start: number;
  end: number;
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  /** Integer value (bigint) or decoded string/char value. */
  value: bigint | string | undefined;
  /** Literal suffix as written (`u64` of `4096u64`). */
  suffix: string | undefined;
}

/** A doc comment (line or block, outer or inner), kept aside: documentation only. */
export interface DocComment {
  text: string;
  inner: boolean;
  start: number;
  end: number;
}

/** Punctuation, longest first per leading character. Verus adds ==> <== <==> &&& ||| === !== =~= =~~=. */
export const PUNCTUATION: readonly string[] = [
  '<==>', '=~~=',
  '<<=', '>>=', '...', '..=', '==>', '<==', '&&&', '|||', '===', '!==', '=~=',
  '::', '->', '=>', '==', '!=', '<=', '>=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '^=', '&=', '|=', '<<', '>>', '..',
  '+', '-', '*', '/', '%', '^', '!', '&', '|', '=', '<', '>', '@', '.', ',', ';', ':', '#', '$', '?', '~',
  '(', ')', '[', ']', '{', '}',
];

/** Rust's strict and reserved keywords (an ident token with this text is a keyword). */
export const RUST_KEYWORDS: ReadonlySet<string> = new Set([
  'as', 'break', 'const', 'continue', 'crate', 'else', 'enum', 'extern', 'false', 'fn', 'for', 'if', 'impl', 'in',
  'let', 'loop', 'match', 'mod', 'move', 'mut', 'pub', 'ref', 'return', 'self', 'Self', 'static', 'struct', 'super',
  'trait', 'true', 'type', 'unsafe', 'use', 'where', 'while', 'async', 'await', 'dyn', 'abstract', 'become', 'box',
  'do', 'final', 'macro', 'override', 'priv', 'typeof', 'unsized', 'virtual', 'yield', 'try',
]);

/** How rustc names a token in "found ..." messages. */
export function describeToken(t: Token): string {
  if (t.kind === 'eof') return '`<eof>`';
  if (t.kind === 'ident' && RUST_KEYWORDS.has(t.text)) return 'keyword `' + t.text + '`';
  return '`' + t.text + '`';
}

const KINDS: readonly TokenKind[] = ['ident', 'lifetime', 'int', 'float', 'str', 'char', 'punct', 'eof'];
const KIND_CODE: Readonly<Record<TokenKind, number>> = { ident: 0, lifetime: 1, int: 2, float: 3, str: 4, char: 5, punct: 6, eof: 7 };
export const IDENT_CODE = 0;
export const LIFETIME_CODE = 1;
export const PUNCT_CODE = 6;
export const EOF_CODE = 7;
/** int, float, str and char: the kinds with a value or suffix. */
const LITERAL_FIRST = 2;
const LITERAL_LAST = 5;

/**
 * The token stream in columns (typed arrays plus one array of texts). A million tokens as
 * objects cost more in garbage collection than the whole lex; the parser reads columns and
 * makes short-lived Token objects only for the tokens it looks at through `token(i)`.
 */
export class TokenTable {
  count = 0;
  kinds!: Uint8Array;
  starts!: Int32Array;
  ends!: Int32Array;
  lines!: Int32Array;
  cols!: Int32Array;
  endLines!: Int32Array;
  endCols!: Int32Array;
  /** Preallocated and grown by hand: pushing a million elements is far slower. */
  texts!: string[];
  /** Literal values and suffixes by token index (literals are few). */
  private readonly values = new Map<number, bigint | string>();
  private readonly suffixes = new Map<number, string>();

  constructor(capacity: number) {
    this.allocate(Math.max(16, capacity));
  }

  /**
   * Empties the table for a new file, keeping its arrays when they are large enough: the
   * parser lexes every file into one table, and fresh memory is slow to touch.
   */
  reset(capacity: number): void {
    this.count = 0;
    this.values.clear();
    this.suffixes.clear();
    if (this.kinds.length < capacity) this.allocate(capacity);
  }

  private allocate(n: number): void {
    this.kinds = new Uint8Array(n);
    this.starts = new Int32Array(n);
    this.ends = new Int32Array(n);
    this.lines = new Int32Array(n);
    this.cols = new Int32Array(n);
    this.endLines = new Int32Array(n);
    this.endCols = new Int32Array(n);
    this.texts = new Array<string>(n);
  }

  add(kind: TokenKind, text: string, start: number, end: number, line: number, col: number, endLine: number, endCol: number): number {
    const i = this.count;
    if (i === this.kinds.length) this.grow();
    this.kinds[i] = KIND_CODE[kind];
    this.texts[i] = text;
    this.starts[i] = start;
    this.ends[i] = end;
    this.lines[i] = line;
    this.cols[i] = col;
    this.endLines[i] = endLine;
    this.endCols[i] = endCol;
    this.count = i + 1;
    return i;
  }

  setLiteral(i: number, value: bigint | string | undefined, suffix: string | undefined): void {
    if (value !== undefined) this.values.set(i, value);
    if (suffix !== undefined) this.suffixes.set(i, suffix);
  }

  /** The value and suffix of literal token `i` (as `token(i)` has them). */
  valueAt(i: number): bigint | string | undefined {
    return this.values.get(i);
  }
  suffixAt(i: number): string | undefined {
    return this.suffixes.get(i);
  }

  kind(i: number): TokenKind {
    return KINDS[this.kinds[i]!]!;
  }

  /** Token `i` as an object (a fresh copy: changing it does not change the table). */
  token(i: number): Token {
    const code = this.kinds[i]!;
    const literal = code >= LITERAL_FIRST && code <= LITERAL_LAST;
    return {
      kind: KINDS[code]!,
      text: this.texts[i]!,
      start: this.starts[i]!,
      end: this.ends[i]!,
      line: this.lines[i]!,
      col: this.cols[i]!,
      endLine: this.endLines[i]!,
      endCol: this.endCols[i]!,
      value: literal ? this.values.get(i) : undefined,
      suffix: literal ? this.suffixes.get(i) : undefined,
    };
  }

  /** Replaces token `i` (the parser splits `>>` and `&&` in place). */
  replace(i: number, t: Token): void {
    this.kinds[i] = KIND_CODE[t.kind];
    this.texts[i] = t.text;
    this.starts[i] = t.start;
    this.ends[i] = t.end;
    this.lines[i] = t.line;
    this.cols[i] = t.col;
    this.endLines[i] = t.endLine;
    this.endCols[i] = t.endCol;
    this.values.delete(i);
    this.suffixes.delete(i);
    this.setLiteral(i, t.value, t.suffix);
  }

  toArray(): Token[] {
    const out = new Array<Token>(this.count);
    for (let i = 0; i < this.count; i++) out[i] = this.token(i);
    return out;
  }

  private grow(): void {
    const n = this.kinds.length * 2;
    const bigger = <T extends Uint8Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.kinds = bigger(this.kinds);
    this.starts = bigger(this.starts);
    this.ends = bigger(this.ends);
    this.lines = bigger(this.lines);
    this.cols = bigger(this.cols);
    this.endLines = bigger(this.endLines);
    this.endCols = bigger(this.endCols);
    const texts = new Array<string>(n);
    for (let i = 0; i < this.count; i++) texts[i] = this.texts[i]!;
    this.texts = texts;
  }
}
