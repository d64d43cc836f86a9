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
