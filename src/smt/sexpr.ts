/**
 * A small reader for the solver's replies (SMT-LIB S-expressions) and the rendering of
 * model values for counterexamples.
 */
export type Sexpr = string | Sexpr[];

/** Parses every S-expression in `text`; `;` comments are skipped. Tolerates a truncated tail. */
export function parseSexprs(text: string): Sexpr[] {
  const out: Sexpr[] = [];
  const stack: Sexpr[][] = [];
  let i = 0;
  const push = (e: Sexpr): void => {
    const top = stack[stack.length - 1];
    if (top) top.push(e);
    else out.push(e);
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\n' || c === '\t' || c === '\r') { i++; continue; }
    if (c === ';') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (c === '(') { stack.push([]); i++; continue; }
    if (c === ')') {
      const done = stack.pop();
      if (done) push(done);
      i++;
      continue;
    }
    if (c === '"') {
      // String literal; "" is an escaped quote. Kept with its quotes.
      let j = i + 1;
      for (;;) {
        if (j >= text.length) break;
        if (text[j] === '"') { if (text[j + 1] === '"') { j += 2; continue; } break; }
        j++;
      }
      push(text.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    if (c === '|') {
      const j = text.indexOf('|', i + 1);
      const end = j < 0 ? text.length : j + 1;
      push(text.slice(i, end));
      i = end;
      continue;
    }
    let j = i;
    while (j < text.length && !' \n\t\r()";'.includes(text[j]!)) j++;
    push(text.slice(i, j));
    i = j;
  }
  return out;
}

export function printSexpr(e: Sexpr): string {
  return typeof e === 'string' ? e : `(${e.map(printSexpr).join(' ')})`;
}

/** The text of an SMT string literal without quotes and escapes. */
export function unquote(s: string): string {
  return s.startsWith('"') && s.endsWith('"') && s.length >= 2 ? s.slice(1, -1).replace(/""/g, '"') : s;
}

/**
 * Renders a model value for users: integers and bit-vectors in decimal (`-5`, `4096`),
 * Booleans as `true`/`false`, anything else as compact SMT text.
 */
export function renderValue(v: Sexpr): string {
  const n = integerValue(v);
  if (n !== undefined) return n.toString();
  return printSexpr(v);
}

/** The integer a numeral, `(- n)`, `#x..`, `#b..` or `(_ bvN w)` stands for, if it is one. */
export function integerValue(v: Sexpr): bigint | undefined {
  if (typeof v === 'string') {
    if (/^\d+$/.test(v)) return BigInt(v);
    if (/^#x[0-9a-fA-F]+$/.test(v)) return BigInt('0x' + v.slice(2));
    if (/^#b[01]+$/.test(v)) return BigInt('0b' + v.slice(2));
    return undefined;
  }
  if (v.length === 2 && v[0] === '-') {
    const inner = integerValue(v[1]!);
    return inner === undefined ? undefined : -inner;
  }
  if (v.length === 3 && v[0] === '_' && typeof v[1] === 'string' && /^bv\d+$/.test(v[1])) {
    return BigInt(v[1].slice(2));
  }
  return undefined;
}

/**
 * Whether every `(` in the text is closed (strings, `|symbols|` and comments skipped).
 * A `z3 -in` reading an unclosed command would swallow everything sent after it.
 */
export function isBalanced(text: string): boolean {
  // By character code: this runs over every command group sent, megabytes per run.
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === SEMICOLON) {
      const eol = text.indexOf('\n', i);
      if (eol < 0) break;
      i = eol;
    } else if (c === QUOTE) {
      // A string literal; "" inside it is an escaped quote.
      for (i++; ; i += 2) {
        i = text.indexOf('"', i);
        if (i < 0) return false;
        if (text.charCodeAt(i + 1) !== QUOTE) break;
      }
    } else if (c === BAR) {
      i = text.indexOf('|', i + 1);
      if (i < 0) return false;
    } else if (c === OPEN) depth++;
    else if (c === CLOSE && --depth < 0) return false;
  }
  return depth === 0;
}

const SEMICOLON = 0x3b;
const QUOTE = 0x22;
const BAR = 0x7c;
const OPEN = 0x28;
const CLOSE = 0x29;
