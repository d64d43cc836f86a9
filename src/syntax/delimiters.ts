/**
 * Delimiter matching over the token stream, as rustc's token-tree pass does before parsing:
 * `match[i]` is the index of the partner of an open/close delimiter (-1 when unmatched).
 * Unbalanced files get rustc's messages; like rustc, the parser then does not run.
 */
import { diag, type Diagnostic } from '../report/diagnostic.js';
import type { Span } from './span.js';
import { PUNCT_CODE, type Token, type TokenTable } from './tokens.js';

const CLOSER: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

export function tokenSpan(file: string, t: Token): Span {
  return { file, start: t.start, end: t.end, line: t.line, column: t.col, endLine: t.endLine, endColumn: t.endCol };
}

export function matchDelimiters(file: string, table: TokenTable): { match: Int32Array; diagnostics: Diagnostic[] } {
  const match = new Int32Array(table.count).fill(-1);
  const diagnostics: Diagnostic[] = [];
  const stack: number[] = [];
  const texts = table.texts;
  const tokens = { at: (k: number): Token => table.token(k) };
  for (let i = 0; i < table.count; i++) {
    if (table.kinds[i] !== PUNCT_CODE) continue;
    const s = texts[i]!;
    if (s === '(' || s === '[' || s === '{') {
      stack.push(i);
    } else if (s === ')' || s === ']' || s === '}') {
      const top = stack.length ? stack[stack.length - 1]! : -1;
      if (top >= 0 && CLOSER[texts[top]!] === s) {
        stack.pop();
        match[top] = i;
        match[i] = top;
        continue;
      }
      // Is there a matching opener further down? Then the ones above it are unclosed.
      let k = stack.length - 1;
      while (k >= 0 && CLOSER[texts[stack[k]!]!] !== s) k--;
      if (k < 0) {
        diagnostics.push(diag('syntax', `unexpected closing delimiter: \`${s}\``, tokenSpan(file, tokens.at(i)), { primaryLabel: 'unexpected closing delimiter' }));
        continue;
      }
      const unclosed = tokens.at(stack[stack.length - 1]!);
      diagnostics.push(diag('syntax', `mismatched closing delimiter: \`${s}\``, tokenSpan(file, unclosed), {
        primaryLabel: 'unclosed delimiter',
        labels: [{ message: 'mismatched closing delimiter', span: tokenSpan(file, tokens.at(i)) }],
      }));
      const opener = stack[k]!;
      stack.length = k;
      match[opener] = i;
      match[i] = opener;
    }
  }
  if (stack.length > 0) {
    const eof = tokens.at(table.count - 1);
    diagnostics.push(diag('syntax', 'this file contains an unclosed delimiter', tokenSpan(file, eof), {
      labels: stack.map((k) => ({ message: 'unclosed delimiter', span: tokenSpan(file, tokens.at(k)) })),
    }));
  }
  return { match, diagnostics };
}
