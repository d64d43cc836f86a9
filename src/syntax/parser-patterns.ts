/** Patterns of `let`, `match` arms, `for` and parameters. */
import type { Expr, Pattern } from './ast.js';
import { tight, type Parser } from './parser-core.js';
import { parseLiteral } from './parser-exprs.js';

/** A pattern with `|` alternatives (match arms; a leading `|` is allowed). */
export function parsePattern(p: Parser): Pattern {
  const start = p.pos;
  p.eat('|');
  const first = parsePatternNoAlt(p);
  if (!p.is('|')) return first;
  const alts = [first];
  while (p.eat('|')) alts.push(parsePatternNoAlt(p));
  return { kind: 'or', alts, span: p.spanFrom(start) };
}

export function parsePatternNoAlt(p: Parser): Pattern {
  const start = p.pos;
  const t = p.tok;
  if (t.kind === 'int' || t.kind === 'char' || t.kind === 'str' || t.kind === 'float' || (t.text === '-' && p.nth(1).kind === 'int')) {
    const lo = parseLitPatternExpr(p);
    return maybeRange(p, start, lo);
  }
  if (t.kind === 'punct') {
    switch (t.text) {
      case '(': {
        p.advance();
        const elems: Pattern[] = [];
        let trailing = false;
        while (!p.at(')')) {
          elems.push(parseElemPattern(p));
          trailing = false;
          if (!p.eat(',')) break;
          trailing = true;
        }
        p.expect(')');
        if (elems.length === 1 && !trailing) return elems[0]!;
        return { kind: 'tuple', elems: tight(elems), span: p.spanFrom(start) };
      }
      case '&':
      case '&&':
        p.advance();
        p.eat('mut');
        parsePatternNoAlt(p);
        p.unsupported('reference patterns', p.spanFrom(start));
        return { kind: 'wild', span: p.spanFrom(start) };
      case '[':
        p.skipGroup();
        p.unsupported('slice patterns', p.spanFrom(start));
        return { kind: 'wild', span: p.spanFrom(start) };
      case '..=':
      case '...': {
        p.advance();
        const hi = parseLitPatternExpr(p);
        return { kind: 'range', hi, inclusive: true, span: p.spanFrom(start) };
      }
      case '::':
        break;
      default:
        p.hint('pattern');
        p.failExpected();
    }
  }
  if (t.kind !== 'ident' && t.text !== '::') {
    p.hint('pattern');
    p.failExpected();
  }
  if (t.text === '_') {
    p.advance();
    return { kind: 'wild', span: p.spanFrom(start) };
  }
  if (t.text === 'true' || t.text === 'false') {
    p.advance();
    return { kind: 'lit', value: { kind: 'bool', value: t.text === 'true', span: p.spanFrom(start) }, span: p.spanFrom(start) };
  }
  if (t.text === 'ref' || t.text === 'mut') {
    const byRef = p.eat('ref');
    const mut = p.eat('mut');
    const name = p.expectIdentText();
    if (p.eat('@')) parsePatternNoAlt(p);
    return { kind: 'ident', name, mut, byRef, span: p.spanFrom(start), id: undefined, ty: undefined };
  }
  // A path, maybe followed by `(..)` or `{..}`; a lone lowercase name is a binding.
  let path: string[] = [];
  p.eat('::');
  for (;;) {
    path.push(p.expectIdentText());
    if (p.is('::') && p.is('<', 1)) {
      p.advance();
      p.skipAngle();
    }
    if (p.is('::') && p.nth(1).kind === 'ident') { p.advance(); continue; }
    break;
  }
  path = tight(path);
  if (p.is('(')) {
    p.advance();
    const elems: Pattern[] = [];
    while (!p.at(')')) {
      elems.push(parseElemPattern(p));
      if (!p.eat(',')) break;
    }
    p.expect(')');
    return { kind: 'tuple_struct', path, elems: tight(elems), span: p.spanFrom(start) };
  }
  if (p.is('{')) {
    p.advance();
    const fields: { name: string; pattern: Pattern }[] = [];
    let rest = false;
    while (!p.at('}')) {
      if (p.eat('..')) { rest = true; break; }
      const fs = p.pos;
      const byRef = p.eat('ref');
      const mut = p.eat('mut');
      const nameTok = p.tok.kind === 'int' ? p.bump() : p.expectIdent();
      if (!byRef && !mut && p.eat(':')) fields.push({ name: nameTok.text, pattern: parsePattern(p) });
      else fields.push({ name: nameTok.text, pattern: { kind: 'ident', name: nameTok.text, mut, byRef, span: p.spanFrom(fs), id: undefined, ty: undefined } });
      if (!p.eat(',')) break;
    }
    p.expect('}');
    return { kind: 'struct', path, fields: tight(fields), rest, span: p.spanFrom(start) };
  }
  if (path.length === 1 && /^[a-z_]/.test(path[0]!) && !p.is('..=') && !p.is('..')) {
    if (p.eat('@')) parsePatternNoAlt(p);
    return { kind: 'ident', name: path[0]!, mut: false, byRef: false, span: p.spanFrom(start), id: undefined, ty: undefined };
  }
  const pat: Pattern = { kind: 'path', path, span: p.spanFrom(start) };
  if (p.is('..=') || p.is('..')) {
    return maybeRange(p, start, { kind: 'path', segments: path, generics: [], span: p.spanFrom(start) });
  }
  return pat;
}

/** Inside tuple patterns `..` stands for the remaining elements. */
function parseElemPattern(p: Parser): Pattern {
  if (p.is('..') && (p.is(',', 1) || p.is(')', 1))) {
    const t = p.bump();
    p.unsupported('rest patterns (`..`) in tuples', p.spanOf(t));
    return { kind: 'wild', span: p.spanOf(t) };
  }
  return parsePattern(p);
}

function parseLitPatternExpr(p: Parser): Expr {
  const start = p.pos;
  if (p.eat('-')) {
    const lit = parseLiteral(p);
    return { kind: 'unary', op: '-', operand: lit, span: p.spanFrom(start) };
  }
  if (p.tok.kind === 'ident') {
    const segs = [p.bump().text];
    while (p.eat('::')) segs.push(p.expectIdentText());
    return { kind: 'path', segments: tight(segs), generics: [], span: p.spanFrom(start) };
  }
  return parseLiteral(p);
}

function maybeRange(p: Parser, start: number, lo: Expr): Pattern {
  if (p.is('..=') || p.is('...') || p.is('..')) {
    const inclusive = p.bump().text !== '..';
    const t = p.tok;
    const hasHi = t.kind === 'int' || t.kind === 'char' || t.text === '-' || (t.kind === 'ident' && t.text !== 'if');
    const hi = hasHi ? parseLitPatternExpr(p) : undefined;
    return { kind: 'range', lo, hi, inclusive, span: p.spanFrom(start) };
  }
  return { kind: 'lit', value: lo, span: p.spanFrom(start) };
}
