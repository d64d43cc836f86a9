/**
 * The lexer: source text to tokens with exact positions. Line/column are tracked while
 * scanning (no per-token binary search), which keeps the whole parse fast.
 */
import { diag, type Diagnostic } from '../report/diagnostic.js';
import type { Span } from './span.js';
import { PUNCTUATION, TokenTable, type DocComment, type Token, type TokenKind } from './tokens.js';

export interface LexResult {
  tokens: Token[]; // always ends with an `eof` token
  docs: DocComment[];
  diagnostics: Diagnostic[];
}

export interface LexTableResult {
  tokens: TokenTable; // always ends with an `eof` token
  docs: DocComment[];
  diagnostics: Diagnostic[];
}

/** The tokens as objects (tests, small inputs); the parser uses `lexTable`. */
export function lex(file: string, text: string): LexResult {
  const r = lexTable(file, text);
  return { tokens: r.tokens.toArray(), docs: r.docs, diagnostics: r.diagnostics };
}

const PUNCT_BY_CHAR: Map<number, string[]> = (() => {
  const m = new Map<number, string[]>();
  for (const p of PUNCTUATION) {
    const c = p.charCodeAt(0);
    if (!m.has(c)) m.set(c, []);
    m.get(c)!.push(p);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
})();

function isIdentStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c > 127 && /\p{XID_Start}/u.test(String.fromCharCode(c)));
}
function isIdentContinue(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || (c >= 48 && c <= 57) ||
    (c > 127 && /\p{XID_Continue}/u.test(String.fromCharCode(c)));
}
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isWhitespace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 11 || c === 12 || c === 0x200e || c === 0x200f || c === 0x2028 || c === 0x2029 || c === 0x85;
}

/** Room for the tokens of `text`, usually without growing (code has about one token per four characters). */
function capacityFor(text: string): number {
  return Math.ceil(text.length / 3) + 16;
}

/** Lexes into `into` (emptied first) when given, else into a new table. */
export function lexTable(file: string, text: string, into?: TokenTable): LexTableResult {
  const tokens = into ?? new TokenTable(capacityFor(text));
  if (into) into.reset(capacityFor(text));
  // Identifier texts are shared: one string per distinct name, not one per occurrence.
  const names = new Map<string, string>();
  const name = (s: string): string => {
    const known = names.get(s);
    if (known !== undefined) return known;
    names.set(s, s);
    return s;
  };
  const docs: DocComment[] = [];
  const diagnostics: Diagnostic[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let lineStart = 0;

  /** Advance line bookkeeping over text[from, to). */
  const countLines = (from: number, to: number): void => {
    for (let k = from; k < to; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
  };
  const spanOf = (start: number, sLine: number, sCol: number): Span => ({
    file, start, end: i, line: sLine, column: sCol, endLine: line, endColumn: i - lineStart + 1,
  });
  const push = (kind: TokenKind, start: number, sLine: number, sCol: number, tokText: string, value?: bigint | string, suffix?: string): void => {
    const k = tokens.add(kind, tokText, start, i, sLine, sCol, line, i - lineStart + 1);
    if (value !== undefined || suffix !== undefined) tokens.setLiteral(k, value, suffix);
  };
  const error = (message: string, start: number, sLine: number, sCol: number): void => {
    diagnostics.push(diag('syntax', message, spanOf(start, sLine, sCol)));
  };

  // A shebang line (`#!` not followed by `[`) is not part of the token stream.
  if (text.startsWith('#!') && !text.startsWith('#![')) {
    while (i < n && text.charCodeAt(i) !== 10) i++;
  }

  /** Scan an escape after a backslash at text[i]; returns the decoded character(s). */
  const scanEscape = (): string => {
    i++; // the backslash
    const c = text[i];
    i++;
    switch (c) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case '0': return '\0';
      case '\\': return '\\';
      case '\'': return '\'';
      case '"': return '"';
      case 'x': {
        const h = text.slice(i, i + 2);
        i += 2;
        return String.fromCharCode(parseInt(h, 16) || 0);
      }
      case 'u': {
        if (text[i] !== '{') return 'u';
        const close = text.indexOf('}', i);
        if (close < 0 || close - i > 10) return 'u';
        const hex = text.slice(i + 1, close).replace(/_/g, '');
        i = close + 1;
        const cp = parseInt(hex, 16);
        return Number.isFinite(cp) && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
      }
      case '\n': {
        // Line continuation: skip the newline and leading whitespace.
        line++;
        lineStart = i;
        while (i < n && isWhitespace(text.charCodeAt(i))) {
          if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
          i++;
        }
        return '';
      }
      default:
        return c ?? '';
    }
  };

  /** A (byte) string body starting after the opening quote; returns the decoded value or undefined if unterminated. */
  const scanQuoted = (): string | undefined => {
    let out = '';
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) { i++; return out; }
      if (c === 92) { out += scanEscape(); continue; }
      if (c === 10) { line++; lineStart = i + 1; }
      out += text[i];
      i++;
    }
    return undefined;
  };

  /** A raw string starting at `r`, after any `b` prefix: r#*"..."#* */
  const scanRaw = (start: number, sLine: number, sCol: number): void => {
    i++; // r
    let hashes = 0;
    while (text.charCodeAt(i) === 35) { hashes++; i++; }
    if (text.charCodeAt(i) !== 34) {
      error('found invalid character; only `#` is allowed in raw string delimitation', start, sLine, sCol);
      push('str', start, sLine, sCol, text.slice(start, i), '');
      return;
    }
    i++;
    const closer = '"' + '#'.repeat(hashes);
    const close = text.indexOf(closer, i);
    if (close < 0) {
      countLines(i, n);
      i = n;
      error('unterminated raw string', start, sLine, sCol);
      push('str', start, sLine, sCol, text.slice(start, i), '');
      return;
    }
    const value = text.slice(i, close);
    countLines(i, close);
    i = close + closer.length;
    push('str', start, sLine, sCol, text.slice(start, i), value, scanSuffix());
  };

  const scanSuffix = (): string | undefined => {
    if (i < n && isIdentStart(text.charCodeAt(i))) {
      const s = i;
      while (i < n && isIdentContinue(text.charCodeAt(i))) i++;
      return text.slice(s, i);
    }
    return undefined;
  };

  /** A char literal body after the opening quote (the caller decided it is a char, not a lifetime). */
  const scanCharBody = (start: number, sLine: number, sCol: number): void => {
    let value = '';
    if (text.charCodeAt(i) === 92) value = scanEscape();
    else {
      const cp = text.codePointAt(i) ?? 0;
      value = String.fromCodePoint(cp);
      i += value.length;
    }
    if (text.charCodeAt(i) !== 39) {
      error('unterminated character literal', start, sLine, sCol);
      push('char', start, sLine, sCol, text.slice(start, i), value);
      return;
    }
    i++;
    push('char', start, sLine, sCol, text.slice(start, i), value, scanSuffix());
  };

  const scanNumber = (start: number, sLine: number, sCol: number): void => {
    let radix = 10;
    let digitsStart = i;
    if (text.charCodeAt(i) === 48) {
      const p = text[i + 1];
      if (p === 'x') radix = 16;
      else if (p === 'b') radix = 2;
      else if (p === 'o') radix = 8;
      if (radix !== 10) { i += 2; digitsStart = i; }
    }
    const isRadixDigit = radix === 16 ? isHexDigit : isDigit; // binary/octal digit ranges are validated below
    while (i < n && (isRadixDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++;
    let digits = text.slice(digitsStart, i);
    if (digits.indexOf('_') >= 0) digits = digits.replace(/_/g, '');
    let isFloat = false;
    if (radix === 10) {
      // `1.5` is a float; `1..2`, `1.foo()` and `t.0.1`-style field chains are not.
      if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
        isFloat = true;
        i++;
        while (i < n && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++;
      }
      const e = text.charCodeAt(i);
      if ((e === 101 || e === 69) && (isDigit(text.charCodeAt(i + 1)) || ((text[i + 1] === '+' || text[i + 1] === '-') && isDigit(text.charCodeAt(i + 2))))) {
        isFloat = true;
        i += 2;
        while (i < n && (isDigit(text.charCodeAt(i)) || text.charCodeAt(i) === 95)) i++;
      }
    }
    const suffix = scanSuffix();
    const tokText = text.slice(start, i);
    if (isFloat || suffix === 'f32' || suffix === 'f64') {
      push('float', start, sLine, sCol, tokText, undefined, suffix);
      return;
    }
    if (digits === '') {
      error('no valid digits found for number', start, sLine, sCol);
      digits = '0';
    }
    let value: bigint;
    try {
      value = BigInt((radix === 16 ? '0x' : radix === 2 ? '0b' : radix === 8 ? '0o' : '') + digits);
    } catch {
      error(`invalid digit for a base ${radix} literal`, start, sLine, sCol);
      value = 0n;
    }
    push('int', start, sLine, sCol, tokText, value, suffix);
  };

  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      i++;
      line++;
      lineStart = i;
      // Indentation: skip a run of spaces in one go.
      while (text.charCodeAt(i) === 32) i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || isWhitespace(c)) { i++; continue; }
    const start = i;
    const sLine = line;
    const sCol = i - lineStart + 1;

    if (c === 47 /* / */) {
      const d = text.charCodeAt(i + 1);
      if (d === 47) {
        let e = text.indexOf('\n', i);
        if (e < 0) e = n;
        const body = text.slice(i, e);
        if ((body.startsWith('///') && !body.startsWith('////')) || body.startsWith('//!')) {
          docs.push({ text: body.slice(3), inner: body[2] === '!', start: i, end: e });
        }
        i = e;
        continue;
      }
      if (d === 42) {
        // Nested block comment.
        let depth = 1;
        i += 2;
        while (i < n && depth > 0) {
          const k = text.charCodeAt(i);
          if (k === 47 && text.charCodeAt(i + 1) === 42) { depth++; i += 2; }
          else if (k === 42 && text.charCodeAt(i + 1) === 47) { depth--; i += 2; }
          else { if (k === 10) { line++; lineStart = i + 1; } i++; }
        }
        if (depth > 0) error('unterminated block comment', start, sLine, sCol);
        const body = text.slice(start, i);
        if ((body.startsWith('/**') && !body.startsWith('/***') && body !== '/**/') || body.startsWith('/*!')) {
          docs.push({ text: body.slice(3, -2), inner: body[2] === '!', start, end: i });
        }
        continue;
      }
    }

    if (isIdentStart(c)) {
      // Prefixed literals: b'x', b"..", br"..", r"..", r#".."#, and raw identifiers r#name.
      if (c === 98 /* b */) {
        const d = text.charCodeAt(i + 1);
        if (d === 39) { i += 2; scanCharBody(start, sLine, sCol); continue; }
        if (d === 34) {
          i += 2;
          const v = scanQuoted();
          if (v === undefined) error('unterminated double quote byte string', start, sLine, sCol);
          push('str', start, sLine, sCol, text.slice(start, i), v ?? '', v === undefined ? undefined : scanSuffix());
          continue;
        }
        if (d === 114 && (text.charCodeAt(i + 2) === 34 || text.charCodeAt(i + 2) === 35)) { i++; scanRaw(start, sLine, sCol); continue; }
      }
      if (c === 114 /* r */) {
        const d = text.charCodeAt(i + 1);
        if (d === 34 || (d === 35 && (text.charCodeAt(i + 2) === 34 || text.charCodeAt(i + 2) === 35))) { scanRaw(start, sLine, sCol); continue; }
        if (d === 35 && isIdentStart(text.charCodeAt(i + 2))) {
          i += 2;
          const s = i;
          while (i < n && isIdentContinue(text.charCodeAt(i))) i++;
          push('ident', start, sLine, sCol, text.slice(s, i));
          continue;
        }
      }
      i++;
      while (i < n && isIdentContinue(text.charCodeAt(i))) i++;
      push('ident', start, sLine, sCol, name(text.slice(start, i)));
      continue;
    }

    if (isDigit(c)) { scanNumber(start, sLine, sCol); continue; }

    if (c === 34 /* " */) {
      i++;
      const v = scanQuoted();
      if (v === undefined) error('unterminated double quote string', start, sLine, sCol);
      push('str', start, sLine, sCol, text.slice(start, i), v ?? '', v === undefined ? undefined : scanSuffix());
      continue;
    }

    if (c === 39 /* ' */) {
      i++;
      const d = text.charCodeAt(i);
      if (d === 92) { scanCharBody(start, sLine, sCol); continue; }
      const cp = text.codePointAt(i) ?? 0;
      const w = cp > 0xffff ? 2 : 1;
      if (text.charCodeAt(i + w) === 39) { scanCharBody(start, sLine, sCol); continue; }
      if (isIdentStart(d)) {
        while (i < n && isIdentContinue(text.charCodeAt(i))) i++;
        push('lifetime', start, sLine, sCol, text.slice(start, i));
        continue;
      }
      if (i >= n || d === 10) {
        error('unterminated character literal', start, sLine, sCol);
        push('char', start, sLine, sCol, '\'', '');
        continue;
      }
      scanCharBody(start, sLine, sCol);
      continue;
    }

    const candidates = PUNCT_BY_CHAR.get(c);
    if (candidates) {
      let matched = candidates[candidates.length - 1]!;
      const next = text.charCodeAt(i + 1);
      for (const p of candidates) {
        if (p.length === 1) break;
        if (p.charCodeAt(1) === next && text.startsWith(p, i)) { matched = p; break; }
      }
      i += matched.length;
      push('punct', start, sLine, sCol, matched);
      continue;
    }

    // Unknown character: report and skip it (a whole code point).
    const cp = text.codePointAt(i) ?? 0;
    i += cp > 0xffff ? 2 : 1;
    error(`unknown start of token: ${String.fromCodePoint(cp)}`, start, sLine, sCol);
  }
  // Like rustc, the end of a file that ends with a newline is shown at the end of its last line.
  let eofAt = n;
  let eofLine = line;
  let eofCol = n - lineStart + 1;
  if (n > 0 && text.charCodeAt(n - 1) === 10 && line > 1) {
    eofAt = n - 1;
    eofLine = line - 1;
    const prevStart = text.lastIndexOf('\n', n - 2) + 1;
    eofCol = n - 1 - prevStart + 1;
  }
  tokens.add('eof', '', eofAt, eofAt, eofLine, eofCol, eofLine, eofCol);
  return { tokens, docs, diagnostics };
}
