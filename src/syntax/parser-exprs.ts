/**
 * Expressions. Precedence follows Rust, with Verus's operators: from loosest,
 * `<==>`; `==>` (right-assoc) and `<==`; `||`; `&&`; comparisons (chains `a <= b < c`);
 * `|`; `^`; `&`; shifts; `+ -`; `* / %`; `as`/`is`; unary; postfix (`.f`, calls, `[i]`, `@`).
 * Prefix `&&&`/`|||` lists are looser than all of them.
 *
 * Expression nodes are made with `ty` (and `res` where the checker resolves a name) present
 * and undefined: the checker fills them in place, and a property added to an object after
 * it is made costs V8 a map change and an out-of-line property array per node.
 */
import { QUALIFIED_SEGMENT, type BinaryOp, type Binder, type Block, type Expr, type IfExpr, type MatchArm, type Pattern, type Stmt, type TypeExpr } from './ast.js';
import { expandExprMacro } from './macro-expand.js';
import { atAttr, parseAttr, reportUnimplementedVerifierAttrs } from './parser-attrs.js';
import { NO_TYPES, ParseFail, tight, type Parser } from './parser-core.js';
import { parsePatternNoAlt, parsePattern } from './parser-patterns.js';
import { parseAssertLike, parseBlock, parseClauseList, parseLoopLike } from './parser-stmts.js';
import { parseGenericArgs, parseType } from './parser-types.js';
import type { Span } from './span.js';
import { PUNCT_CODE } from './tokens.js';

interface OpInfo { level: number; right: boolean }

const BINARY: Record<string, OpInfo> = {
  '<==>': { level: 1, right: false },
  '==>': { level: 2, right: true },
  '<==': { level: 2, right: false },
  '||': { level: 3, right: false },
  '&&': { level: 4, right: false },
  '==': { level: 5, right: false }, '!=': { level: 5, right: false },
  '<': { level: 5, right: false }, '<=': { level: 5, right: false },
  '>': { level: 5, right: false }, '>=': { level: 5, right: false },
  '===': { level: 5, right: false }, '!==': { level: 5, right: false },
  '=~=': { level: 5, right: false }, '=~~=': { level: 5, right: false },
  '|': { level: 6, right: false },
  '^': { level: 7, right: false },
  '&': { level: 8, right: false },
  '<<': { level: 9, right: false }, '>>': { level: 9, right: false },
  '+': { level: 10, right: false }, '-': { level: 10, right: false },
  '*': { level: 11, right: false }, '/': { level: 11, right: false }, '%': { level: 11, right: false },
};
const CHAINABLE = new Set(['<', '<=', '>', '>=', '==']);
const COMPARISON_LEVEL = 5;

/** A full expression, including prefix `&&&`/`|||` lists. */
export function parseExpr(p: Parser): Expr {
  if (p.tokKind === PUNCT_CODE && (p.tokText === '&&&' || p.tokText === '|||')) return parseListExpr(p);
  const e = parseBinary(p, 1);
  if (p.is('..') || p.is('..=')) {
    const start = p.pos;
    const inclusive = p.bump().text === '..=';
    const hi = startsExpr(p) ? parseBinary(p, 1) : undefined;
    return { ...p.deferred('range expressions', joinSpan(e.span, p.spanFrom(start))), range: { lo: e, hi, inclusive } };
  }
  return e;
}

function parseListExpr(p: Parser): Expr {
  const sep = p.tok.text;
  const op: BinaryOp = sep === '&&&' ? '&&' : '||';
  let result: Expr | undefined;
  while (p.is(sep)) {
    const opTok = p.bump();
    const t = p.tok;
    const elem = t.kind === 'punct' && (t.text === '&&&' || t.text === '|||') && t.text !== sep ? parseListExpr(p) : parseBinary(p, 1);
    result = result === undefined ? elem : { kind: 'binary', op, left: result, right: elem, opSpan: p.spanOf(opTok), ty: undefined, span: joinSpan(result.span, elem.span) };
  }
  return result!;
}

export function joinSpan(a: Span, b: Span): Span {
  return { file: a.file, start: a.start, end: b.end, line: a.line, column: a.column, endLine: b.endLine, endColumn: b.endColumn };
}

/** The operators Verus's syntax rewrites to its spec arithmetic (only inside `verus!`'s own tokens). */
const RUST_ARITH: ReadonlySet<string> = new Set(['+', '-', '*']);

function parseBinary(p: Parser, minLevel: number): Expr {
  let left = parseCastLevel(p);
  for (;;) {
    if (p.tokKind !== PUNCT_CODE) return left;
    const info = BINARY[p.tokText];
    if (!info || info.level < minLevel) return left;
    if (info.level === COMPARISON_LEVEL) {
      left = parseComparison(p, left);
      continue;
    }
    const op = p.tokText as BinaryOp;
    const opIndex = p.pos;
    p.advance();
    const right = parseBinary(p, info.right ? info.level : info.level + 1);
    left = { kind: 'binary', op, left, right, opSpan: p.spanAt(opIndex), ty: undefined, span: joinSpan(left.span, right.span), ...(p.plainRust && RUST_ARITH.has(op) ? { rustOp: true as const } : {}) };
  }
}

function atComparison(p: Parser): boolean {
  return p.tokKind === PUNCT_CODE && BINARY[p.tokText]?.level === COMPARISON_LEVEL;
}

function parseComparison(p: Parser, first: Expr): Expr {
  const op = p.tokText;
  const opIndex = p.pos;
  p.advance();
  const second = parseBinary(p, COMPARISON_LEVEL + 1);
  // One comparison (the usual case) is a binary expression: no lists.
  if (!atComparison(p)) {
    return { kind: 'binary', op: op as BinaryOp, left: first, right: second, opSpan: p.spanAt(opIndex), ty: undefined, span: joinSpan(first.span, second.span) };
  }
  const operands = [first, second];
  const ops = [op];
  const opIndices = [opIndex];
  while (atComparison(p)) {
    ops.push(p.tokText);
    opIndices.push(p.pos);
    p.advance();
    operands.push(parseBinary(p, COMPARISON_LEVEL + 1));
  }
  const span = joinSpan(first.span, operands[operands.length - 1]!.span);
  if (!ops.every((o) => CHAINABLE.has(o))) {
    const bad = opIndices[ops.findIndex((o) => !CHAINABLE.has(o))]!;
    p.fail('comparison operators cannot be chained', p.spanAt(bad));
  }
  return { kind: 'chain', operands: tight(operands), ops: tight(ops) as ('<' | '<=' | '>' | '>=' | '==')[], ty: undefined, span };
}

/** `e as T` and `e is V`, left-associative over unary expressions. */
function parseCastLevel(p: Parser): Expr {
  let e = parseUnary(p);
  for (;;) {
    if (p.is('as')) {
      p.advance();
      const target: TypeExpr = parseType(p, true);
      e = { kind: 'cast', operand: e, target, ty: undefined, span: joinSpan(e.span, target.span) };
    } else if (p.is('is') && p.nth(1).kind === 'ident') {
      p.advance();
      const s = p.pos;
      const variant = [p.bump().text];
      while (p.is('::') && p.nth(1).kind === 'ident') { p.advance(); variant.push(p.bump().text); }
      e = { kind: 'is', operand: e, variant, ty: undefined, res: undefined, span: joinSpan(e.span, p.spanFrom(s)) };
    } else return e;
  }
}

function parseUnary(p: Parser): Expr {
  const start = p.pos;
  if (p.tokKind === PUNCT_CODE) {
    const text = p.tokText;
    switch (text) {
      case '!':
      case '-':
      case '*': {
        p.advance();
        const operand = parseUnary(p);
        return { kind: 'unary', op: text, operand, ty: undefined, span: p.spanFrom(start) };
      }
      case '&':
      case '&&': {
        if (text === '&&') {
          p.splitFirst();
          const inner = parseUnary(p);
          return { kind: 'ref', mut: false, operand: inner, ty: undefined, span: p.spanFrom(start) };
        }
        p.advance();
        const mut = p.eat('mut');
        const operand = parseUnary(p);
        return { kind: 'ref', mut, operand, ty: undefined, span: p.spanFrom(start) };
      }
      case '#':
        if (atAttr(p, false)) {
          const a = parseAttr(p);
          if (p.verified) reportUnimplementedVerifierAttrs(p, [a]);
          const operand = parseUnary(p);
          if (a.attr.name === 'trigger') return { kind: 'trigger', operand, ty: undefined, span: p.spanFrom(start) };
          return operand;
        }
        break;
    }
  }
  return parsePostfix(p, parsePrimary(p));
}

/**
 * `(lo..hi).contains(&x)` / `(lo..=hi).contains(&x)`: std's `Range::contains`, whose vstd spec
 * at the integer types is `lo <= x && x < hi` (`<= hi`). A range is no value in the subset, so
 * the call is read as that comparison, with Rust's order of evaluation (`lo`, `hi`, then `x`,
 * each once: `{ let s = lo; let e = hi; let i = *(&x); s <= i && i < e }`). The range's
 * `not supported` diagnostic is taken back. Undefined for anything else.
 */
function rangeContains(p: Parser, recv: Expr, method: string, args: Expr[], span: Span): Expr | undefined {
  const r = recv.kind === 'unsupported' ? recv.range : undefined;
  if (method !== 'contains' || !r?.lo || !r.hi || args.length !== 1) return undefined;
  const idx = p.diagnostics.findIndex((d) => d.message === 'not supported: range expressions' && d.span.start === r.lo!.span.start);
  if (idx >= 0) p.diagnostics.splice(idx, 1);
  const name = (n: string): Expr => ({ kind: 'path', segments: [n], generics: [], ty: undefined, span });
  const bind = (n: string, init: Expr): Stmt => ({ kind: 'let', pattern: { kind: 'ident', name: n, mut: false, byRef: false, span, synthetic: true }, init, mode: 'exec', hasElse: false, span });
  const cmp = (op: '<=' | '<', left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right, opSpan: span, ty: undefined, span });
  const [s, e, i] = ['__range_contains_start', '__range_contains_end', '__range_contains_item'];
  const test: Expr = { kind: 'binary', op: '&&', left: cmp('<=', name(s), name(i)), right: cmp(r.inclusive ? '<=' : '<', name(i), name(e)), opSpan: span, ty: undefined, span };
  const item: Expr = { kind: 'unary', op: '*', operand: args[0]!, ty: undefined, span: args[0]!.span };
  return { kind: 'block', block: { stmts: [bind(s, r.lo), bind(e, r.hi), bind(i, item)], tail: test, span }, ty: undefined, span };
}

function parsePostfix(p: Parser, base: Expr): Expr {
  let e = base;
  for (;;) {
    if (p.tokKind !== PUNCT_CODE) return e;
    const at = p.pos;
    switch (p.tokText) {
      case '.': {
        p.advance();
        const nameIndex = p.pos;
        if (p.tokKindName === 'int') {
          p.advance();
          const nameSpan = p.spanAt(nameIndex);
          e = { kind: 'field', base: e, name: p.tokens.texts[nameIndex]!, nameSpan, ty: undefined, span: joinSpan(e.span, nameSpan) };
          continue;
        }
        const n = p.tok;
        if (n.kind === 'float' && /^\d+\.\d+$/.test(n.text)) {
          // `t.0.1` lexes as `t` `.` `0.1`.
          p.advance();
          const [a, b] = n.text.split('.') as [string, string];
          const sa: Span = { ...p.spanOf(n), end: n.start + a.length, endColumn: n.col + a.length };
          const sb: Span = { ...p.spanOf(n), start: n.start + a.length + 1, column: n.col + a.length + 1 };
          e = { kind: 'field', base: e, name: a, nameSpan: sa, ty: undefined, span: joinSpan(e.span, sa) };
          e = { kind: 'field', base: e, name: b, nameSpan: sb, ty: undefined, span: joinSpan(e.span, sb) };
          continue;
        }
        if (n.text === 'await') {
          p.advance();
          e = p.unsupported('`.await`', joinSpan(e.span, p.spanOf(n)));
          continue;
        }
        const name = p.expectIdentText();
        let generics = NO_TYPES;
        if (p.is('::') && p.is('<', 1)) {
          p.advance();
          generics = parseGenericArgs(p);
        }
        const nameSpan = p.spanAt(nameIndex);
        if (p.is('(')) {
          const args = parseCallArgs(p);
          const span = p.spanToToken(e.span, p.pos - 1);
          e = rangeContains(p, e, name, args, span) ?? { kind: 'method', receiver: e, method: name, methodSpan: nameSpan, generics, args, ty: undefined, res: undefined, span };
        } else {
          e = { kind: 'field', base: e, name, nameSpan, ty: undefined, span: joinSpan(e.span, nameSpan) };
        }
        continue;
      }
      case '(': {
        const args = parseCallArgs(p);
        e = { kind: 'call', callee: e, args, ty: undefined, span: p.spanToToken(e.span, p.pos - 1) };
        continue;
      }
      case '[': {
        p.advance();
        const index = p.withStruct(() => parseExpr(p));
        const close = p.pos;
        p.expect(']');
        e = { kind: 'index', base: e, index, ty: undefined, span: p.spanToToken(e.span, close) };
        continue;
      }
      case '@':
        p.advance();
        e = { kind: 'view', operand: e, ty: undefined, span: p.spanToToken(e.span, at) };
        continue;
      case '?':
        p.advance();
        e = { kind: 'try', operand: e, ty: undefined, span: joinSpan(e.span, p.spanAt(at)) };
        continue;
      case '->': {
        // Verus: `x->field` / `x->Variant_field` / `x->Variant_0` reads a field of one of an
        // enum's variants (the checker finds which, and sets `variant`)
        p.advance();
        const nameIndex = p.pos;
        if (p.tokKindName === 'int') p.advance();
        else p.expectIdentText();
        const nameSpan = p.spanAt(nameIndex);
        e = { kind: 'field', base: e, name: p.tokens.texts[nameIndex]!, nameSpan, arrow: true, ty: undefined, span: joinSpan(e.span, nameSpan) };
        continue;
      }
      default:
        return e;
    }
  }
}

export function parseCallArgs(p: Parser): Expr[] {
  p.expect('(');
  const args: Expr[] = [];
  p.withStruct(() => {
    while (!p.at(')')) {
      args.push(parseExpr(p));
      if (!p.eat(',')) {
        p.expect(')');
        return;
      }
    }
    p.advance();
  });
  return tight(args);
}

/** Comma-separated expressions up to `close` (already positioned after the opener). */
function parseExprList(p: Parser, close: string): Expr[] {
  const out: Expr[] = [];
  p.withStruct(() => {
    while (!p.at(close)) {
      out.push(parseExpr(p));
      if (!p.eat(',')) break;
    }
  });
  p.expect(close);
  return tight(out);
}

export function parseLiteral(p: Parser): Expr {
  if (p.tokKindName === 'int') {
    // The most common literal, read from the token columns.
    const i = p.pos;
    p.advance();
    return { kind: 'int', value: p.tokens.valueAt(i) as bigint, suffix: p.tokens.suffixAt(i), ty: undefined, span: p.spanAt(i) };
  }
  const t = p.tok;
  const span = p.spanOf(t);
  switch (t.kind) {
    case 'int':
      p.advance();
      return { kind: 'int', value: t.value as bigint, suffix: t.suffix, ty: undefined, span };
    case 'str':
      p.advance();
      if (t.text.startsWith('b')) return p.unsupported('byte string literals', span);
      return { kind: 'str', value: t.value as string, ty: undefined, span };
    case 'char':
      p.advance();
      if (t.text.startsWith('b')) return { kind: 'int', value: BigInt((t.value as string).charCodeAt(0) || 0), suffix: 'u8', ty: undefined, span };
      return { kind: 'char', value: t.value as string, ty: undefined, span };
    case 'float':
      p.advance();
      return p.unsupported('floating-point numbers', span);
    default:
      p.hint('literal');
      return p.failExpected();
  }
}

/** Whether the current token can begin an expression (for optional operands: `return`, `break`, ranges). */
export function startsExpr(p: Parser): boolean {
  const t = p.tok;
  if (t.kind === 'eof') return false;
  if (t.kind !== 'punct') return !(t.kind === 'ident' && (t.text === 'else' || t.text === 'as'));
  return ['(', '[', '{', '!', '-', '*', '&', '&&', '|', '||', '#', '::', '<', '..', '&&&', '|||'].includes(t.text);
}

function isBlockLikeStart(p: Parser): boolean {
  return p.is('{') && !p.noStruct;
}

function parsePrimary(p: Parser): Expr {
  const start = p.pos;
  switch (p.tokKindName) {
    case 'int':
    case 'str':
    case 'char':
    case 'float':
      return parseLiteral(p);
    case 'lifetime':
      if (p.is(':', 1)) return wrapStmtExpr(p, start);
      break;
    case 'punct':
      switch (p.tokText) {
        case '(': {
          p.advance();
          const elems: Expr[] = [];
          let trailing = false;
          p.withStruct(() => {
            while (!p.at(')')) {
              elems.push(parseExpr(p));
              trailing = false;
              if (!p.eat(',')) break;
              trailing = true;
            }
          });
          p.expect(')');
          if (elems.length === 1 && !trailing) {
            const inner = elems[0]!;
            // Keep the parenthesised extent: diagnostics on `(a + b)` underline the parentheses.
            return { ...inner, span: p.spanFrom(start) };
          }
          return { kind: 'tuple', elems: tight(elems), ty: undefined, span: p.spanFrom(start) };
        }
        case '[': {
          p.advance();
          if (p.at(']')) { p.advance(); return { kind: 'array', elems: [], ty: undefined, span: p.spanFrom(start) }; }
          const first = p.withStruct(() => parseExpr(p));
          if (p.eat(';')) {
            const count = p.withStruct(() => parseExpr(p));
            p.expect(']');
            return { kind: 'array', elems: [], repeat: { value: first, count }, ty: undefined, span: p.spanFrom(start) };
          }
          let elems = [first];
          if (p.eat(',')) elems = [first, ...parseExprList(p, ']')];
          else p.expect(']');
          return { kind: 'array', elems, ty: undefined, span: p.spanFrom(start) };
        }
        case '{': {
          const block = parseBlock(p);
          return { kind: 'block', block, ty: undefined, span: block.span };
        }
        case '|':
        case '||':
          return parseClosure(p, start);
        case '::':
          return parsePathExpr(p);
        case '<':
          if (atQualifiedPath(p)) return parsePathExpr(p);
          break;
        case '..':
        case '..=': {
          const inclusive = p.bump().text === '..=';
          const hi = startsExpr(p) ? parseBinary(p, 1) : undefined;
          return { ...p.deferred('range expressions', p.spanFrom(start)), range: { hi, inclusive } };
        }
      }
      break;
    case 'ident':
      return parseIdentStart(p, start);
    default:
      break;
  }
  p.hint('expression');
  return p.failExpected();
}

function parseIdentStart(p: Parser, start: number): Expr {
  const text = p.tokText;
  switch (text) {
    case 'true':
    case 'false':
      p.advance();
      return { kind: 'bool', value: text === 'true', ty: undefined, span: p.spanFrom(start) };
    case 'if':
      return parseIf(p);
    case 'match':
      return parseMatch(p);
    case 'while':
    case 'loop':
    case 'for':
      return wrapStmtExpr(p, start);
    case 'return': {
      p.advance();
      const value = startsExpr(p) ? parseExpr(p) : undefined;
      return { kind: 'return', value, ty: undefined, span: p.spanFrom(start) };
    }
    case 'break': {
      p.advance();
      const label = p.tok.kind === 'lifetime' ? p.bump().text : undefined;
      if (startsExpr(p) && !p.is('{')) {
        parseExpr(p);
        return p.unsupported('`break` with a value', p.spanFrom(start));
      }
      return { kind: 'break', label, ty: undefined, span: p.spanFrom(start) };
    }
    case 'continue': {
      p.advance();
      const label = p.tok.kind === 'lifetime' ? p.bump().text : undefined;
      return { kind: 'continue', label, ty: undefined, span: p.spanFrom(start) };
    }
    case 'unsafe':
      if (p.is('{', 1)) {
        // Verified like any block: what is unsafe inside (raw pointers, ...) is reported where it is.
        p.advance();
        const block = parseBlock(p);
        return { kind: 'block', block, ty: undefined, span: p.spanFrom(start) };
      }
      break;
    case 'async':
      p.advance();
      p.eat('move');
      if (p.is('{')) parseBlock(p);
      else parseClosure(p, p.pos);
      return p.unsupported('`async`', p.spanFrom(start));
    case 'move':
      if (p.is('|', 1) || p.is('||', 1)) {
        p.advance();
        return parseClosure(p, start);
      }
      break;
    case 'proof':
      // `proof |x: T| -> (r: U) requires .. ensures .. { .. }`, a proof closure (a proof_fn value)
      if (p.is('|', 1) || p.is('||', 1) || (p.is('move', 1) && (p.is('|', 2) || p.is('||', 2)))) {
        p.advance();
        p.eat('move');
        return parseClosure(p, start, true);
      }
      break;
    case 'forall':
    case 'exists':
    case 'choose':
      if (p.is('|', 1) || p.is('||', 1)) return parseQuantifier(p);
      break;
    case 'old':
    case 'final':
      if (p.is('(', 1)) {
        p.advance();
        p.advance();
        const operand = p.withStruct(() => parseExpr(p));
        p.eat(',');
        p.expect(')');
        return { kind: text === 'old' ? 'old' : 'final', operand, span: p.spanFrom(start) };
      }
      break;
    case 'assert':
    case 'assume':
      if (p.is('(', 1) || (text === 'assert' && p.is('forall', 1))) return wrapStmtExpr(p, start);
      break;
  }
  const path = parsePathExpr(p);
  if (p.is('!') && path.kind === 'path' && ['(', '[', '{'].includes(p.nth(1).text)) {
    // `seq!(..)`, `vstd::seq!(..)`; another crate's macro keeps its path (`seq_macro::seq!` is not vstd's).
    const segs = path.segments;
    const open = p.pos + 1;
    const close = p.match[open] ?? -1;
    if (close > open) {
      const expanded = expandExprMacro(p, start, segs, open, close);
      if (expanded) return expanded;
    }
    const name = segs.length === 1 || segs[0] === 'vstd' ? segs[segs.length - 1]! : segs.join('::');
    const e = parseMacro(p, start, name);
    if (segs.length === 1 && e.kind === 'macro') p.macros.crate.unresolved.push(e);
    return e;
  }
  if (path.kind === 'path' && p.is('{') && looksLikeStructLit(p)) {
    const lit = parseStructLit(p, start, path.segments, path.span);
    if (lit.kind === 'struct' && path.generics.length > 0) lit.generics = path.generics;
    return lit;
  }
  return path;
}

/** Rust's rule (`noStruct` heads) plus a look at the braces' contents, so `while x < n {` never reads a struct. */
function looksLikeStructLit(p: Parser): boolean {
  if (p.noStruct) return false;
  const a = p.nth(1);
  if (a.text === '}' && a.kind === 'punct') return true;
  if (a.text === '..' && a.kind === 'punct') return true;
  if (a.kind === 'ident' || a.kind === 'int') {
    const b = p.nth(2);
    return b.kind === 'punct' && (b.text === ':' || b.text === ',' || b.text === '}');
  }
  return false;
}

function parseStructLit(p: Parser, start: number, path: string[], pathSpan: Span): Expr {
  p.expect('{');
  const fields: { name: string; value: Expr; span: Span }[] = [];
  let base: Expr | undefined;
  p.withStruct(() => {
    while (!p.at('}')) {
      if (p.eat('..')) {
        base = parseExpr(p);
        break;
      }
      const fs = p.pos;
      const nameTok = p.tok.kind === 'int' ? p.bump() : p.expectIdent();
      let value: Expr;
      if (p.eat(':')) value = parseExpr(p);
      else value = { kind: 'path', segments: [nameTok.text], generics: [], ty: undefined, res: undefined, span: p.spanOf(nameTok) };
      fields.push({ name: nameTok.text, value, span: p.spanFrom(fs) });
      if (!p.eat(',')) break;
    }
  });
  p.expect('}');
  return { kind: 'struct', path, pathSpan, fields: tight(fields), base, ty: undefined, res: undefined, span: p.spanFrom(start) };
}

/** `<T as Trait>::f` or `<T>::f`: a `<` whose matching `>` is followed by `::`. */
function atQualifiedPath(p: Parser): boolean {
  let depth = 0;
  // inside a tuple, array or slice type (`<(T, nat) as Tr>::m`, `<[u8; 2] as Tr>::m`) a `,`, `;` or `)` is its own
  let nest = 0;
  for (let k = 0; p.pos + k < p.limit; k++) {
    const text = p.nthText(k);
    if (p.nthKind(k) !== PUNCT_CODE) continue;
    if (depth > 0 && (text === '(' || text === '[')) nest++;
    else if (nest > 0 && (text === ')' || text === ']')) nest--;
    else if (nest > 0 && (text === ',' || text === ';')) continue;
    else if (text === '<') depth++;
    else if (text === '>') depth--;
    else if (text === '>>') depth -= 2;
    else if (text === ';' || text === '{' || text === '}' || text === ')' || text === ',') return false;
    if (depth === 0) return p.nthText(k + 1) === '::';
    if (depth < 0) return false;
  }
  return false;
}

/** `<T as Tr>::m` (one member, no turbofish after it); undefined for other shapes. */
function parseQualified(p: Parser, start: number): Expr | undefined {
  try {
    p.expect('<');
    const ty = parseType(p);
    const trait = p.eat('as') ? parseType(p) : undefined;
    if (!p.eat('>') || !p.is('::') || !p.isIdent(1)) return undefined;
    p.advance();
    const name = p.expectIdentText();
    if (p.is('::')) return undefined;
    return { kind: 'path', segments: [QUALIFIED_SEGMENT, name], generics: NO_TYPES, qself: trait ? { ty, trait } : { ty }, ty: undefined, res: undefined, span: p.spanFrom(start) };
  } catch (e) {
    if (e instanceof ParseFail) return undefined;
    throw e;
  }
}

/** `a::b::<T>::c`; `Self`, `self`, `crate`, `super` are ordinary segments here. */
export function parsePathExpr(p: Parser): Expr {
  const start = p.pos;
  if (p.is('<')) {
    const q = parseQualified(p, start);
    if (q) return q;
    p.pos = start;
    p.skipAngle();
    while (p.eat('::')) p.expectIdent();
    return p.unsupported('qualified paths', p.spanFrom(start));
  }
  p.eat('::');
  const first = p.expectIdentText();
  // Most paths are one name: shared lists.
  if (!p.is('::') || !(p.is('<', 1) || p.isIdent(1))) return { kind: 'path', segments: p.oneName(first), generics: NO_TYPES, ty: undefined, res: undefined, span: p.spanFrom(start) };
  const segments: string[] = [first];
  const generics: TypeExpr[] = [];
  // At a `::` followed by `<` or a name.
  for (;;) {
    if (p.is('<', 1)) {
      p.advance();
      generics.push(...parseGenericArgs(p));
      if (!(p.is('::') && p.isIdent(1))) break;
    } else if (!p.isIdent(1)) break;
    p.advance();
    segments.push(p.expectIdentText());
    if (!p.is('::')) break;
  }
  return { kind: 'path', segments: tight(segments), generics: generics.length === 0 ? NO_TYPES : tight(generics), ty: undefined, res: undefined, span: p.spanFrom(start) };
}

/** `a, b, c` between the delimiters at `open` and `close` (a macro's arguments). */
function parseExprListWithin(p: Parser, open: number, close: number): Expr[] {
  return p.within(open + 1, close, () => {
    const list: Expr[] = [];
    while (!p.atEnd()) {
      list.push(parseExpr(p));
      if (!p.eat(',')) break;
    }
    if (!p.atEnd()) p.failExpected();
    return tight(list);
  });
}

/** `k => v, k2 => v2` between the delimiters at `open` and `close` (`map!`'s entries). */
function parsePairsWithin(p: Parser, open: number, close: number): Expr[][] {
  return p.within(open + 1, close, () => {
    const list: Expr[][] = [];
    while (!p.atEnd()) {
      const k = parseExpr(p);
      p.expect('=>');
      list.push([k, parseExpr(p)]);
      if (!p.eat(',')) break;
    }
    if (!p.atEnd()) p.failExpected();
    return tight(list);
  });
}

/**
 * vstd's `set![a, b]` and `map![k => v]`, as vstd's macros expand them:
 * `Set::empty().insert(a).insert(b)`, `Map::empty().insert(k, v)` (through vstd's paths, so
 * a local `Set` does not capture them). Each insert's span is its entry's.
 */
function literalCollection(name: 'set' | 'map', entries: Expr[][], span: Span): Expr {
  const path = name === 'set' ? ['vstd', 'set', 'Set', 'empty'] : ['vstd', 'map', 'Map', 'empty'];
  const at = { ...span, end: span.start + name.length + 1, endLine: span.line, endColumn: span.column + name.length + 1 };
  let e: Expr = { kind: 'call', callee: { kind: 'path', segments: path, generics: [], ty: undefined, span: at }, args: [], ty: undefined, span: at };
  for (const args of entries) {
    const s = joinSpan(args[0]!.span, args[args.length - 1]!.span);
    e = { kind: 'method', receiver: e, method: 'insert', methodSpan: s, generics: [], args, ty: undefined, res: undefined, span: s };
  }
  return e;
}

function parseMacro(p: Parser, start: number, name: string): Expr {
  p.advance(); // !
  const open = p.pos;
  const close = p.match[open] ?? -1;
  if (close < 0) p.failExpected();
  if (name === 'seq') {
    const elems = parseExprListWithin(p, open, close);
    p.pos = close;
    p.advance();
    return { kind: 'seq', elems, ty: undefined, span: p.spanFrom(start) };
  }
  if (name === 'set' || name === 'map') {
    const entries = name === 'set' ? parseExprListWithin(p, open, close).map((x) => [x]) : parsePairsWithin(p, open, close);
    p.pos = close;
    p.advance();
    return literalCollection(name, entries, p.spanFrom(start));
  }
  // Arguments are kept when they read as a comma-separated expression list.
  const savedDiags = p.diagnostics.length;
  let args: Expr[] | undefined;
  try {
    args = parseExprListWithin(p, open, close);
  } catch (e) {
    if (!(e instanceof ParseFail)) throw e;
    p.diagnostics.length = savedDiags;
    args = undefined;
  }
  p.pos = close;
  p.advance();
  return { kind: 'macro', name, args, ty: undefined, span: p.spanFrom(start) };
}

function parseClosure(p: Parser, start: number, proof = false): Expr {
  const params: Binder[] = [];
  let patterns = false;
  if (!p.eat('||')) {
    p.expect('|');
    while (!p.at('|')) {
      // `|x|`, `|x: T|`, `|tracked x: T|`; a parameter is one pattern (no `|` alternatives).
      const s = p.pos;
      if (p.is('tracked') && !p.is(':', 1) && !p.is(',', 1) && !p.is('|', 1)) { p.advance(); patterns = true; }
      const pat = parsePatternNoAlt(p);
      const ty = p.eat(':') ? parseType(p) : undefined;
      if (pat.kind === 'ident' && !pat.byRef) params.push({ name: pat.name, ty, span: p.spanFrom(s), id: undefined });
      else if (pat.kind === 'wild') params.push({ name: '_', ty, span: p.spanFrom(s), id: undefined });
      else patterns = true;
      if (!p.eat(',')) break;
    }
    p.expect('|');
  }
  // `-> T` or `-> (r: T)`, then `requires`/`ensures` clauses, then a block body.
  let blockBody = false;
  let ret: TypeExpr | undefined;
  let named = false;
  let clauses = false;
  if (p.eat('->')) {
    blockBody = true;
    if (p.is('(') && (p.is(':', 2) || (p.is('tracked', 1) && p.is(':', 3)))) { p.skipGroup(); named = true; } else ret = parseType(p);
  }
  while (p.is('requires') || p.is('ensures') || p.is('opens_invariants')) {
    blockBody = true;
    clauses = true;
    p.advance();
    if (p.is('any') || p.is('none')) p.advance();
    else parseClauseList(p);
  }
  let body: Expr;
  if (blockBody) {
    const block = parseBlock(p);
    body = { kind: 'block', block, ty: undefined, span: block.span };
  } else body = parseExpr(p);
  const span = p.spanFrom(start);
  if (proof) return p.unsupported('proof closures', span);
  // (ordinary Rust with a closure stays outside the subset: the item is skipped, as before)
  if (!p.verified) return p.unsupported('closures', span);
  // (spec closures have neither: `requires`/`ensures` and a named result are exec closures')
  if (clauses || named) return p.unsupported('closures with `requires`/`ensures` (exec closures)', span);
  if (patterns) return p.unsupported('closures with a `tracked` or pattern parameter', span);
  return { kind: 'closure', params: tight(params), ret, body, ty: undefined, span };
}

/** Binders `|x: T, y|` of quantifiers, closures-like. */
export function parseBinders(p: Parser): Binder[] {
  const binders: Binder[] = [];
  if (p.eat('||')) return binders;
  p.expect('|');
  while (!p.at('|')) {
    const s = p.pos;
    const name = p.expectIdentText();
    const ty = p.eat(':') ? parseType(p) : undefined;
    binders.push({ name, ty, span: p.spanFrom(s), id: undefined });
    if (!p.eat(',')) break;
  }
  p.expect('|');
  return tight(binders);
}

/** `#![trigger a, b]` and `#![auto]` at the head of a quantifier body. */
export function parseTriggerAttrs(p: Parser): { triggers: Expr[][]; auto: boolean } {
  const triggers: Expr[][] = [];
  let auto = false;
  while (atAttr(p, true)) {
    const a = parseAttr(p);
    if (a.attr.name === 'auto') auto = true;
    else if (a.attr.name === 'trigger') {
      // `#![trigger f(x), g(y)]`: the terms follow the word inside the brackets.
      const nameIdx = findIndexOfText(p, a.attr.span.start, 'trigger');
      const close = findClosingBracket(p, nameIdx);
      triggers.push(parseExprListWithin(p, nameIdx, close));
    } else p.unsupported(`attribute \`#![${a.attr.name}]\` here`, a.attr.span);
  }
  return { triggers: tight(triggers), auto };
}

function findIndexOfText(p: Parser, fromOffset: number, text: string): number {
  let i = p.pos - 1;
  while (i > 0 && p.token(i).start > fromOffset) i--;
  while (p.token(i).text !== text) i++;
  return i;
}
function findClosingBracket(p: Parser, from: number): number {
  let i = from;
  while (i >= 0 && p.token(i).text !== '[') i--;
  return p.match[i] ?? from + 1;
}

function parseQuantifier(p: Parser): Expr {
  const start = p.pos;
  const quant = p.bump().text as 'forall' | 'exists' | 'choose';
  const binders = parseBinders(p);
  const { triggers, auto } = parseTriggerAttrs(p);
  const body = parseExpr(p);
  return { kind: 'quant', quant, binders, triggers, auto, body, ty: undefined, span: p.spanFrom(start) };
}

export function parseIf(p: Parser): Expr {
  const start = p.pos;
  p.expect('if');
  if (p.is('let')) return parseIfLet(p, start);
  const cond = p.noStructExpr(() => parseExpr(p));
  const then = parseBlock(p);
  let elseBranch: Block | IfExpr | undefined;
  if (p.eat('else')) {
    if (p.is('if')) {
      const e = parseIf(p);
      elseBranch = e.kind === 'if' ? e : { stmts: [], tail: e, span: e.span };
    } else elseBranch = parseBlock(p);
  }
  return { kind: 'if', cond, then, else: elseBranch, ty: undefined, span: p.spanFrom(start) };
}

/** `if let P = e { A } else { B }` reads as `match e { P => { A }, _ => { B } }`. */
function parseIfLet(p: Parser, start: number): Expr {
  p.expect('let');
  const pattern = parsePattern(p);
  p.expect('=');
  const scrutinee = p.noStructExpr(() => parseExpr(p));
  const then = parseBlock(p);
  let elseExpr: Expr | undefined;
  if (p.eat('else')) {
    if (p.is('if')) elseExpr = parseIf(p);
    else {
      const b = parseBlock(p);
      elseExpr = { kind: 'block', block: b, ty: undefined, span: b.span };
    }
  }
  const span = p.spanFrom(start);
  const arms: MatchArm[] = [
    { pattern, body: { kind: 'block', block: then, ty: undefined, span: then.span }, span: joinSpan(pattern.span, then.span) },
    {
      pattern: { kind: 'wild', span },
      body: elseExpr ?? { kind: 'block', block: { stmts: [], span }, ty: undefined, span },
      span,
    },
  ];
  return { kind: 'match', scrutinee, arms, ty: undefined, span };
}

export function parseMatch(p: Parser): Expr {
  const start = p.pos;
  p.expect('match');
  const scrutinee = p.noStructExpr(() => parseExpr(p));
  p.expect('{');
  const arms: MatchArm[] = [];
  p.withStruct(() => {
    while (!p.at('}')) {
      while (atAttr(p, false)) {
        const a = parseAttr(p);
        if (p.verified) reportUnimplementedVerifierAttrs(p, [a]);
      }
      const as = p.pos;
      const pattern: Pattern = parsePattern(p);
      const guard = p.eat('if') ? parseExpr(p) : undefined;
      p.expect('=>');
      const body = parseExpr(p);
      arms.push({ pattern, guard, body, span: p.spanFrom(as) });
      const blockLike = body.kind === 'block' || body.kind === 'if' || body.kind === 'match';
      if (!p.eat(',') && !blockLike && !p.is('}')) {
        p.hint(',', '}', '.', '?');
        p.failExpected();
      }
    }
  });
  p.expect('}');
  return { kind: 'match', scrutinee, arms: tight(arms), ty: undefined, span: p.spanFrom(start) };
}

/** Statement-only constructs (loops, asserts) used as expressions: a block holding the statement. */
function wrapStmtExpr(p: Parser, start: number): Expr {
  const stmt = p.is('assert') || p.is('assume') ? parseAssertLike(p) : parseLoopLike(p, []);
  const span = p.spanFrom(start);
  return { kind: 'block', block: { stmts: [stmt], span }, ty: undefined, span };
}

export { isBlockLikeStart };
