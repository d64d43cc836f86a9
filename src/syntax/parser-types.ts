/** Types as written: paths with generic arguments, references, tuples, arrays, slices. */
import type { Expr, TypeExpr } from './ast.js';
import { append, NO_TYPES, ParseFail, tight, type Parser } from './parser-core.js';
import { parseExpr, parseLiteral } from './parser-exprs.js';
import { IDENT_CODE, LIFETIME_CODE, PUNCT_CODE } from './tokens.js';

const PRIMITIVES = new Set(['bool', 'u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'char', 'int', 'nat', 'str']);

export function isPrimitiveTypeName(name: string): boolean {
  return PRIMITIVES.has(name);
}

/** `noGenerics`: after `as`, a primitive type is not followed by generic arguments (`x as u64 < y`). */
export function parseType(p: Parser, noGenerics = false): TypeExpr {
  const start = p.pos;
  const kind = p.tokKind;
  const text = p.tokText;
  if (kind === PUNCT_CODE) {
    switch (text) {
      case '&':
      case '&&': {
        const double = text === '&&';
        p.advance();
        if (p.tokKind === LIFETIME_CODE) p.advance();
        const mut = p.eat('mut');
        const inner = parseType(p, noGenerics);
        const ref: TypeExpr = { kind: 'ref', mut, inner, span: p.spanFrom(start) };
        return double ? { kind: 'ref', mut: false, inner: ref, span: p.spanFrom(start) } : ref;
      }
      case '(': {
        p.advance();
        const elems: TypeExpr[] = [];
        let trailingComma = false;
        while (!p.at(')')) {
          elems.push(parseType(p));
          trailingComma = false;
          if (!p.eat(',')) break;
          trailingComma = true;
        }
        p.expect(')');
        if (elems.length === 1 && !trailingComma) return elems[0]!;
        return { kind: 'tuple', elems: tight(elems), span: p.spanFrom(start) };
      }
      case '[': {
        p.advance();
        const elem = parseType(p);
        if (p.eat(';')) {
          const len: Expr = p.withStruct(() => parseExpr(p));
          p.expect(']');
          return { kind: 'array', elem, len, span: p.spanFrom(start) };
        }
        p.expect(']');
        return { kind: 'slice', elem, span: p.spanFrom(start) };
      }
      case '!':
        p.advance();
        return { kind: 'never', span: p.spanFrom(start) };
      case '*': {
        p.advance();
        const mut = !p.eat('const');
        if (mut) p.expect('mut');
        const inner = parseType(p, noGenerics);
        return { kind: 'ptr', mut, inner, span: p.spanFrom(start) };
      }
      case '<':
        // Qualified path `<T as Trait>::X`.
        p.skipAngle();
        while (p.eat('::')) p.expectIdent();
        return unsupportedType(p, 'qualified paths', start);
      case '::':
        break;
      default:
        p.hint('type');
        p.failExpected();
    }
  }
  if (kind === IDENT_CODE) {
    switch (text) {
      case '_':
        p.advance();
        return { kind: 'infer', span: p.spanFrom(start) };
      case 'dyn':
      case 'impl':
        p.advance();
        parseBounds(p);
        return unsupportedType(p, text === 'dyn' ? 'trait objects (`dyn`)' : '`impl Trait` types', start);
      case 'fn':
      case 'unsafe':
      case 'extern':
      case 'for':
        skipFnPointer(p);
        return unsupportedType(p, 'function pointer types', start);
    }
  } else if (kind !== PUNCT_CODE) {
    p.hint('type');
    p.failExpected();
  }
  return parseTypePath(p, start, noGenerics);
}

function unsupportedType(p: Parser, what: string, start: number): TypeExpr {
  const span = p.spanFrom(start);
  p.unsupported(what, span);
  return { kind: 'infer', span, unsupported: true };
}

function skipFnPointer(p: Parser): void {
  if (p.eat('for')) p.skipAngle();
  p.eat('unsafe');
  if (p.eat('extern') && p.tok.kind === 'str') p.advance();
  p.expect('fn');
  if (p.is('(')) p.skipGroup();
  else p.expect('(');
  if (p.eat('->')) parseType(p);
}

/** `a::b::C<T, U>`; generic args of all segments are collected in order. */
export function parseTypePath(p: Parser, start: number, noGenerics = false): TypeExpr {
  // Most type paths are one name without arguments: no lists are built for them.
  let first: string | undefined;
  let segments: string[] | undefined;
  let args = NO_TYPES;
  let bindings: { name: string; ty: TypeExpr }[] | undefined;
  p.eat('::');
  for (;;) {
    const seg = p.expectIdentText();
    if (first === undefined) first = seg;
    else if (segments === undefined) segments = [first, seg];
    else segments.push(seg);
    if (!(noGenerics && segments === undefined && PRIMITIVES.has(seg))) {
      if (p.is('::') && p.is('<', 1)) p.advance();
      if (p.at('<')) args = append(args, parseGenericArgs(p, bindings ??= []));
      else if (p.is('(') && /^Fn(Mut|Once)?$/.test(seg)) {
        p.skipGroup();
        if (p.eat('->')) parseType(p);
        return unsupportedType(p, 'closure types', start);
      } else if (p.is('(') && segments === undefined && seg === 'spec_fn') {
        // Verus: `spec_fn(A, B) -> C` (parameters may be named: `spec_fn(x: A) -> C`), the type
        // Verus also writes `FnSpec<(A, B), C>`: read as that path
        return specFnType(p, start);
      } else if (p.is('(') && segments === undefined && (seg === 'FnSpec' || seg === 'proof_fn')) {
        p.skipGroup();
        if (p.eat('->')) parseType(p);
        return unsupportedType(p, `\`${seg}\` types`, start);
      }
    }
    if (p.is('::') && p.isIdent(1)) {
      p.advance();
      continue;
    }
    // rustc lists these as possible continuations of a type path.
    p.hint('::', '<', '!', '(', '+');
    break;
  }
  const path: TypeExpr = { kind: 'path', segments: segments === undefined ? p.oneName(first) : tight(segments), args, span: p.spanFrom(start) };
  if (bindings?.length) path.bindings = bindings;
  return path;
}

/** After `spec_fn`: `(A, x: B) -> C` as the path `FnSpec<(A, B), C>` (no `->`: the unit result). */
function specFnType(p: Parser, start: number): TypeExpr {
  const open = p.pos;
  p.expect('(');
  const params: TypeExpr[] = [];
  while (!p.at(')')) {
    if (p.tok.kind === 'ident' && p.is(':', 1) && !p.is('::', 1)) { p.advance(); p.advance(); }
    params.push(parseType(p));
    if (!p.eat(',')) break;
  }
  p.expect(')');
  const paramSpan = p.spanFrom(open);
  const ret: TypeExpr = p.eat('->') ? parseType(p) : { kind: 'tuple', elems: [], span: paramSpan };
  return { kind: 'path', segments: ['FnSpec'], args: [{ kind: 'tuple', elems: tight(params), span: paramSpan }, ret], span: p.spanFrom(start) };
}

/** `<T, 'a, N, Item = T>` (lifetimes dropped; const arguments become `infer`; `Item = T` goes to `bindings`). */
export function parseGenericArgs(p: Parser, bindings?: { name: string; ty: TypeExpr }[]): TypeExpr[] {
  p.expect('<');
  const out: TypeExpr[] = [];
  while (!p.eatGt()) {
    const t = p.tok;
    if (t.kind === 'lifetime') p.advance();
    else if (t.kind === 'int' || t.text === '{' || t.text === '-') {
      const s = p.pos;
      let constExpr: Expr | undefined;
      if (t.text === '{') {
        p.skipGroup();
        const end = p.pos;
        // `{ N + 1 }`: the block as an expression (a const generic argument)
        constExpr = p.within(s, end, () => {
          const saved = p.diagnostics.length;
          try {
            const e = parseExpr(p);
            if (p.atEnd()) return e;
          } catch (err) {
            if (!(err instanceof ParseFail)) throw err;
          }
          p.diagnostics.length = saved;
          return undefined;
        });
      } else {
        const neg = p.eat('-');
        const lit = p.tok.kind === 'int' ? parseLiteral(p) : (p.advance(), undefined);
        constExpr = lit && neg ? { kind: 'unary', op: '-', operand: lit, ty: undefined, span: p.spanFrom(s) } : lit;
      }
      out.push({ kind: 'infer', span: p.spanFrom(s), constArg: true, ...(constExpr ? { constExpr } : {}) });
    } else if (t.kind === 'ident' && (p.is('=', 1) || (p.is(':', 1) && !p.is('::', 1)))) {
      const name = t.text;
      p.advance();
      p.advance();
      if (p.nth(-1).text === '=') {
        const ty = parseType(p);
        bindings?.push({ name, ty });
      } else parseBounds(p);
    } else out.push(parseType(p));
    if (!p.eat(',')) {
      if (!p.eatGt()) p.failExpected();
      break;
    }
  }
  return tight(out);
}

/** Trait bounds `A + B<T> + 'a + ?Sized`: the trait paths (lifetimes and `?Sized` dropped). */
export function parseBounds(p: Parser): TypeExpr[] {
  const out: TypeExpr[] = [];
  for (;;) {
    if (p.tok.kind === 'lifetime') p.advance();
    else if (p.is('(')) p.skipGroup();
    else {
      const maybe = p.eat('?');
      p.eat('~');
      p.eat('const');
      if (p.eat('for')) p.skipAngle();
      if (p.tok.kind !== 'ident' && !p.is('::')) return out;
      const t = parseTypePath(p, p.pos);
      if (!maybe) out.push(t);
    }
    if (!p.eat('+')) return out;
  }
}
