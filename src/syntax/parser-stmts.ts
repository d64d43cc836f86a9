/**
 * Blocks and statements, with statement-level error recovery in verified code:
 * a failed statement is recorded and parsing resumes after the next `;` at the
 * block's depth (or at the block's closing `}`).
 */
import type { AssertBy, Block, Expr, LoopSpec, Pattern, Stmt, TypeExpr } from './ast.js';
import { expandStmtMacro } from './macro-expand.js';
import { cfgWhenVerifying } from './cfg.js';
import { atAttr, parseAttrs, reportUnimplementedVerifierAttrs, type ParsedAttr } from './parser-attrs.js';
import { append, CLAUSE_KEYWORDS, ParseFail, tight, type Parser } from './parser-core.js';
import { joinSpan, parseBinders, parseExpr, parseIf, parseMatch, parseTriggerAttrs } from './parser-exprs.js';
import { isItemStart, parseItemAfterAttrs } from './parser-items.js';
import { parsePattern } from './parser-patterns.js';
import { atStmtMacro, attachProofWith, parseProofDecl, parseProofWith } from './proof-macros.js';
import { parseType } from './parser-types.js';
import { IDENT_CODE, LIFETIME_CODE, PUNCT_CODE } from './tokens.js';

export function parseBlock(p: Parser): Block {
  const open = p.pos;
  p.expect('{');
  const close = p.match[open] ?? -1;
  const stmts: Stmt[] = [];
  let tail: Expr | undefined;
  const saved = p.noStruct;
  // macros defined in the block end with it
  const scope = p.macros.scope;
  p.noStruct = false;
  try {
    const inner = parseAttrs(p, true); // inner attributes such as #![allow(..)]
    if (p.verified) reportUnimplementedVerifierAttrs(p, inner);
    stmts.push(...parseStmtsUntil(p, close));
  } finally {
    p.noStruct = saved;
    p.macros.scope = scope;
  }
  p.expect('}');
  // A trailing expression without `;` is the block's value.
  const last = stmts[stmts.length - 1];
  if (last && last.kind === 'expr' && !last.semi) {
    stmts.pop();
    tail = last.expr;
  }
  return { stmts: tight(stmts), tail, span: p.spanFrom(open) };
}

/**
 * Statements until token index `close` (or the end), with statement-level recovery in
 * verified code; a known macro's invocation in statement position is its expansion's statements.
 */
export function parseStmtsUntil(p: Parser, close: number): Stmt[] {
  const stmts: Stmt[] = [];
  while (p.pos < close && !p.atEnd()) {
    const start = p.pos;
    try {
      const expanded = expandStmtMacro(p, close);
      if (expanded) {
        stmts.push(...expanded);
        continue;
      }
      if (p.tokKind === IDENT_CODE && atStmtMacro(p, 'proof_decl')) {
        stmts.push(...parseProofDecl(p, parseStmtsUntil));
        continue;
      }
      if (p.tokKind === IDENT_CODE && atStmtMacro(p, 'proof_with')) {
        stmts.push(parseProofWith(p));
        continue;
      }
      const stmt = parseStmt(p, close);
      if (stmt) stmts.push(stmt);
    } catch (e) {
      if (!(e instanceof ParseFail) || !p.verified) throw e;
      p.diagnostics.push(e.diagnostic);
      resyncStatement(p, start, e.at, close);
    }
  }
  return attachProofWith(p, stmts);
}

function resyncStatement(p: Parser, start: number, errorAt: number, close: number): void {
  let i = start;
  while (i < close) {
    const t = p.token(i);
    const m = p.match[i]!;
    if (m > i) { i = m + 1; continue; }
    if (t.text === ';' && t.kind === 'punct' && i >= errorAt) { i++; break; }
    i++;
  }
  p.pos = Math.max(Math.min(i, close), start + 1);
  if (p.pos > close) p.pos = close;
}

function isBlockLike(e: Expr): boolean {
  return e.kind === 'block' || e.kind === 'if' || e.kind === 'match';
}

/**
 * As in rustc, an `if`, `match` or block at the start of a statement is the whole statement
 * (`if c { .. }\n(a + b) - 1` is two statements, not a call of the `if`), unless `.` or `?`
 * follows it: then it is parsed again as the start of a longer expression.
 */
function blockLikeStmt(p: Parser, start: number): Stmt | undefined {
  const t = p.tok;
  const unsafeBlock = t.text === 'unsafe' && p.is('{', 1);
  if (!(t.kind === 'ident' && (t.text === 'if' || t.text === 'match' || unsafeBlock)) && !(t.kind === 'punct' && t.text === '{')) return undefined;
  const diagsBefore = p.diagnostics.length;
  let expr: Expr;
  if (t.text === 'if') expr = parseIf(p);
  else if (t.text === 'match') expr = parseMatch(p);
  else {
    if (unsafeBlock) p.advance();
    const block = parseBlock(p);
    expr = { kind: 'block', block, ty: undefined, span: p.spanFrom(start) };
  }
  if (p.is('.') || p.is('?')) {
    p.pos = start;
    p.diagnostics.length = diagsBefore;
    return undefined;
  }
  const semi = p.eat(';');
  return { kind: 'expr', expr, semi, span: p.spanFrom(start) };
}

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=']);

/** One statement; undefined for a stray `;`. */
export function parseStmt(p: Parser, close: number): Stmt | undefined {
  const start = p.pos;
  if (p.eat(';')) return undefined;
  const attrs = atAttr(p, false) ? parseAttrs(p, false) : [];
  // `#[cfg(not(verus_keep_ghost))] stmt`: compiled only when Verus does not verify, so absent
  // for it (parsed all the same, for its syntax errors)
  if (attrs.some((a) => a.attr.name === 'cfg' && cfgWhenVerifying(a.attr.args) === false)) {
    parseStmt(p, close);
    return undefined;
  }
  // (a nested item's attributes are looked at with the item)
  if (attrs.length > 0 && p.verified && !(p.tokKind === IDENT_CODE && isItemStart(p))) {
    const onLoop = p.tok.kind === 'lifetime' || p.at('while') || p.at('loop') || p.at('for');
    reportUnimplementedVerifierAttrs(p, attrs, undefined, onLoop);
  }
  const kind = p.tokKind;
  if (kind === IDENT_CODE) {
    const text = p.tokText;
    switch (text) {
      case 'let':
        return parseLet(p);
      case 'while':
      case 'loop':
      case 'for':
        return parseLoopLike(p, attrs);
      case 'assert':
      case 'assume':
        if (p.is('(', 1) || (text === 'assert' && p.is('forall', 1))) {
          const s = parseAssertLike(p);
          return s;
        }
        break;
      case 'proof':
        if (p.is('{', 1)) {
          p.advance();
          const block = parseBlock(p);
          return { kind: 'proof', block, span: p.spanFrom(start) };
        }
        if (p.is('!', 1) && ['{', '(', '['].includes(p.nth(2).text)) {
          p.advance();
          p.advance();
          const open = p.pos;
          const end = p.match[open] ?? -1;
          if (end < 0) p.failExpected();
          const block = parseBracedStmts(p, open, end);
          p.eat(';');
          return { kind: 'proof', block, span: p.spanFrom(start) };
        }
        break;
    }
    if (isItemStart(p)) {
      const item = parseItemAfterAttrs(p, start, attrs, p.verified);
      return { kind: 'item', item, span: p.spanFrom(start) };
    }
  }
  if (kind === LIFETIME_CODE && p.is(':', 1)) return parseLoopLike(p, attrs);

  const blockStmt = blockLikeStmt(p, start);
  if (blockStmt) return blockStmt;
  const expr = parseExpr(p);
  if (p.tokKind === PUNCT_CODE && ASSIGN_OPS.has(p.tokText)) {
    const op = p.tokText as '=';
    const opIndex = p.pos;
    p.advance();
    const value = parseExpr(p);
    if (!p.is('}') || p.pos !== close) p.expect(';');
    return { kind: 'assign', op, target: expr, value, opSpan: p.spanAt(opIndex), span: p.spanFrom(start) };
  }
  if (p.eat(';')) return { kind: 'expr', expr, semi: true, span: p.spanFrom(start) };
  // A block-like expression, or a macro invoked with braces (`proof_decl! { .. }`), needs no `;`.
  const bracedMacro = expr.kind === 'macro' && p.token(p.pos - 1).text === '}';
  // (The last one in a block is its value, as in rustc.)
  if (p.pos === close || isBlockLike(expr) || bracedMacro) return { kind: 'expr', expr, semi: bracedMacro && p.pos !== close, span: p.spanFrom(start) };
  p.hint(';', '}');
  p.failExpected();
}

/** Statements between the delimiters at token indices open..close (for `proof!{ }`). */
function parseBracedStmts(p: Parser, open: number, close: number): Block {
  p.pos = open + 1;
  const stmts = parseStmtsUntil(p, close);
  p.pos = close;
  p.advance();
  let tail: Expr | undefined;
  const last = stmts[stmts.length - 1];
  if (last && last.kind === 'expr' && !last.semi) {
    stmts.pop();
    tail = last.expr;
  }
  return { stmts: tight(stmts), tail, span: p.spanFrom(open) };
}

function parseLet(p: Parser): Stmt {
  const start = p.pos;
  p.expect('let');
  let mode: 'exec' | 'ghost' | 'tracked' = 'exec';
  if ((p.is('ghost') || p.is('tracked')) && (p.nth(1).kind === 'ident' || p.is('(', 1))) mode = p.bump().text as 'ghost';
  const pattern: Pattern = parsePattern(p);
  const ty: TypeExpr | undefined = p.eat(':') ? parseType(p) : undefined;
  const init = p.eat('=') ? parseExpr(p) : undefined;
  // (`is`, not `eat`: a missing `;` is reported as rustc does, without `else` among the expected)
  const hasElse = p.is('else');
  if (hasElse) p.advance();
  const elseBlock = hasElse ? parseBlock(p) : undefined;
  p.expect(';');
  return { kind: 'let', pattern, ty, init, mode, hasElse, ...(elseBlock ? { elseBlock } : {}), span: p.spanFrom(start) };
}

/** A comma list of spec expressions, ending before `{`, `;`, the end, or the next clause keyword. */
export function parseClauseList(p: Parser): Expr[] {
  const out: Expr[] = [];
  if (atAttr(p, true)) {
    const s = p.pos;
    parseTriggerAttrs(p);
    p.unsupported('`#![trigger]` on a function\'s clauses', p.spanFrom(s));
  }
  p.noStructExpr(() => {
    while (!p.atEnd() && !p.is('{') && !p.is(';') && !(p.tok.kind === 'ident' && CLAUSE_KEYWORDS.has(p.tok.text))) {
      out.push(parseExpr(p));
      if (!p.eat(',')) break;
    }
    return out[0]!;
  });
  return tight(out);
}

function emptyLoopSpec(): LoopSpec {
  return { invariants: [], invariantsExceptBreak: [], ensures: [], decreases: [] };
}

/** Loop clauses written after the head (verus! style) or inside attribute arguments. */
function parseLoopClauses(p: Parser, spec: LoopSpec): void {
  for (;;) {
    const t = p.tok;
    if (t.kind !== 'ident') return;
    switch (t.text) {
      case 'invariant':
        p.advance();
        spec.invariants = append(spec.invariants, parseClauseList(p));
        break;
      case 'invariant_except_break':
        p.advance();
        spec.invariantsExceptBreak = append(spec.invariantsExceptBreak, parseClauseList(p));
        break;
      case 'ensures':
        p.advance();
        spec.ensures = append(spec.ensures, parseClauseList(p));
        break;
      case 'decreases':
        p.advance();
        spec.decreases = append(spec.decreases, parseClauseList(p));
        break;
      case 'invariant_ensures':
      case 'opens_invariants': {
        const s = p.pos;
        p.advance();
        parseClauseList(p);
        p.unsupported(`\`${t.text}\``, p.spanFrom(s));
        break;
      }
      default:
        return;
    }
  }
}

/** Loop specs given as attributes: `#[verus_spec(invariant .., decreases ..)]`, `#[invariant(..)]`, `#[decreases(..)]`. */
function loopSpecFromAttrs(p: Parser, attrs: ParsedAttr[], spec: LoopSpec): void {
  if (!p.verified) return;
  for (const a of attrs) {
    if (a.argsFrom < 0) continue;
    const name = a.attr.name;
    if (name === 'verus_spec' || name === 'verus_verifier::verus_spec') {
      p.within(a.argsFrom, a.argsTo, () => {
        if (p.isIdent() && p.is('=>', 1)) {
          // `verus_spec(iter => invariant .. iter.index() ..)`: the ghost iterator
          spec.iterName = { name: p.tok.text, span: p.spanOf(p.tok) };
          p.advance();
          p.advance();
        }
        parseLoopClauses(p, spec);
        if (!p.atEnd()) p.failExpected();
      });
    } else if (name === 'invariant') {
      spec.invariants = append(spec.invariants, p.within(a.argsFrom, a.argsTo, () => parseClauseList(p)));
    } else if (name === 'decreases') {
      spec.decreases = append(spec.decreases, p.within(a.argsFrom, a.argsTo, () => parseClauseList(p)));
    } else if (name === 'verifier::loop_isolation' && a.attr.args.replace(/\s+/g, '') === 'false') {
      spec.noIsolation = true;
    }
  }
}

/** `while`, `loop`, `for`, optionally labelled. */
export function parseLoopLike(p: Parser, attrs: ParsedAttr[]): Stmt {
  const start = p.pos;
  const label = p.tok.kind === 'lifetime' ? p.bump().text : undefined;
  if (label !== undefined) p.expect(':');
  const spec = emptyLoopSpec();
  loopSpecFromAttrs(p, attrs, spec);
  const kw = p.tok;
  const kwIndex = p.pos;
  if (p.eat('while')) {
    if (p.is('let')) {
      p.advance();
      parsePattern(p);
      p.expect('=');
      p.noStructExpr(() => parseExpr(p));
      parseLoopClauses(p, spec);
      parseBlock(p);
      const u = p.unsupported('`while let`', p.spanFrom(start));
      return { kind: 'expr', expr: u, semi: false, span: u.span };
    }
    const cond = p.noStructExpr(() => parseExpr(p));
    const headSpan = p.spanFrom(kwIndex);
    parseLoopClauses(p, spec);
    const body = parseBlock(p);
    return { kind: 'while', label, cond, body, headSpan, span: p.spanFrom(start), ...spec };
  }
  if (p.eat('loop')) {
    const headSpan = p.spanOf(kw);
    parseLoopClauses(p, spec);
    const body = parseBlock(p);
    return { kind: 'loop', label, body, headSpan, span: p.spanFrom(start), ...spec };
  }
  p.expect('for');
  const pattern = parsePattern(p);
  p.expect('in');
  if (p.isIdent() && p.is(':', 1)) {
    // `for x in it: expr`: `it` names the loop's ghost iterator.
    spec.iterName = { name: p.tok.text, span: p.spanOf(p.tok) };
    p.advance();
    p.advance();
  }
  const iterStart = p.pos;
  const range = p.noStructExpr(() => parseExpr(p));
  const headSpan = p.spanFrom(kwIndex);
  parseLoopClauses(p, spec);
  const body = parseBlock(p);
  const bounds = rangeBounds(p, iterStart, range);
  return { kind: 'for', label, pattern, start: bounds.start, end: bounds.end, inclusive: bounds.inclusive, iter: bounds.iter, body, headSpan, span: p.spanFrom(start), ...spec };
}

/**
 * `for` iterates over integer ranges only. parseExpr reports ranges as unsupported,
 * so the range is re-read here from its tokens.
 */
function rangeBounds(p: Parser, iterStart: number, parsed: Expr): { start: Expr; end: Expr; inclusive: boolean; iter?: Expr } {
  if (parsed.kind !== 'unsupported' || parsed.what !== 'range expressions' || !parsed.range?.lo || !parsed.range.hi) {
    // another iterator: the checker types it (and knows its items for a few), lowering refuses it
    const u = p.deferred('`for` loops over anything but an integer range', parsed.span);
    return { start: u, end: u, inclusive: false, iter: parsed };
  }
  // The range was reported as unsupported while reading it: take that diagnostic back.
  const idx = p.diagnostics.findIndex((d) => d.message === 'not supported: range expressions' && d.span.start === parsed.span.start && d.span.end === parsed.span.end);
  if (idx >= 0) p.diagnostics.splice(idx, 1);
  return p.within(iterStart, p.pos, () => readRange(p));
}

function readRange(p: Parser): { start: Expr; end: Expr; inclusive: boolean } {
  // Find the top-level `..`/`..=` and parse both sides.
  let i = p.pos;
  let dots = -1;
  while (i < p.limit) {
    const t = p.token(i);
    const m = p.match[i]!;
    if (m > i) { i = m + 1; continue; }
    if (t.kind === 'punct' && (t.text === '..' || t.text === '..=')) { dots = i; break; }
    if (t.text === '{' ) break;
    i++;
  }
  if (dots < 0) p.fail('expected a range');
  const savedLimit = p.limit;
  const start = p.noStructExpr(() => p.within(p.pos, dots, () => parseExpr(p)));
  p.pos = dots;
  const inclusive = p.bump().text === '..=';
  p.limit = savedLimit;
  // The upper bound ends where the loop clauses or the body start.
  let e = p.pos;
  while (e < p.limit) {
    const t = p.token(e);
    const m = p.match[e]!;
    if (t.text === '{' && t.kind === 'punct') break;
    if (t.kind === 'ident' && CLAUSE_KEYWORDS.has(t.text)) break;
    if (m > e) { e = m + 1; continue; }
    e++;
  }
  const end = p.noStructExpr(() => p.within(p.pos, e, () => {
    const x = parseExpr(p);
    if (!p.atEnd()) p.failExpected();
    return x;
  }));
  return { start, end, inclusive };
}

/** At the `}` closing the enclosing block (or the end of a `proof!{}` group): a statement there needs no `;`. */
function atBlockEnd(p: Parser): boolean {
  return p.atEnd() || (p.is('}') && p.match[p.pos] !== undefined && p.match[p.pos]! < p.pos);
}

/** `assert(e)` with its `by` forms, `assume(e)`, `assert forall|..| P implies Q by { .. }`. */
export function parseAssertLike(p: Parser): Stmt {
  const start = p.pos;
  const kw = p.bump().text;
  if (kw === 'assert' && p.is('forall')) {
    p.advance();
    const binders = parseBinders(p);
    const { triggers, auto } = parseTriggerAttrs(p);
    const first = p.noStructExpr(() => parseExpr(p));
    let assumption: Expr | undefined;
    let conclusion = first;
    if (p.eat('implies')) {
      assumption = first;
      conclusion = p.noStructExpr(() => parseExpr(p));
    }
    let proof: Block | undefined;
    if (p.eat('by')) proof = parseBlock(p);
    else p.hint('by', 'implies');
    if (!proof) p.expect(';');
    else p.eat(';');
    return { kind: 'assert_forall', binders, assumption, conclusion, triggers, auto, proof, span: p.spanFrom(start) };
  }
  p.expect('(');
  const expr = p.withStruct(() => parseExpr(p));
  p.expect(')');
  if (kw === 'assume') {
    const span = p.spanFrom(start);
    if (!atBlockEnd(p)) p.expect(';');
    return { kind: 'assume', expr, span };
  }
  let by: AssertBy | undefined;
  let endsWithBlock = false;
  if (p.eat('by')) {
    if (p.is('{')) {
      by = { kind: 'block', block: parseBlock(p) };
      endsWithBlock = true;
    } else {
      p.expect('(');
      const prover = p.expectIdent();
      p.expect(')');
      const requires = p.eat('requires') ? parseClauseList(p) : [];
      switch (prover.text) {
        case 'bit_vector':
          by = { kind: 'bit_vector', requires };
          break;
        case 'nonlinear_arith': {
          const block = p.is('{') ? parseBlock(p) : undefined;
          endsWithBlock = block !== undefined;
          by = { kind: 'nonlinear_arith', requires, block };
          break;
        }
        case 'compute':
        case 'compute_only':
          if (requires.length) p.unsupported(`\`requires\` on \`by (${prover.text})\``, p.spanOf(prover));
          by = { kind: 'compute', only: prover.text === 'compute_only' };
          break;
        default:
          p.unsupported(`prover \`${prover.text}\``, p.spanOf(prover));
      }
    }
  }
  const span = p.spanFrom(start);
  if (endsWithBlock || atBlockEnd(p)) p.eat(';');
  else p.expect(';');
  return { kind: 'assert', expr, by, span };
}

export { joinSpan };
