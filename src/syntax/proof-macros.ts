/**
 * The statement macros of Verus's attribute style that carry ghost code in ordinary Rust:
 *
 * - `proof_decl! { .. }`: its `let ghost` / `let tracked` bindings are declared where the macro
 *   stands (they stay in scope after it); every other statement is a proof block of its own.
 *   An exec `let` there is Verus's error.
 * - `proof_with!(a, b);`: ghost/tracked arguments for the call of the next statement (a `let`
 *   with an initializer, or an expression statement; through `?`). They are appended to that
 *   call's arguments, the count in `withArgs`, so the checker pairs them with the callee's
 *   `with` parameters. Its outputs (`=> pat`) and follows (`|= e`) are `not supported`.
 */
import { diag } from '../report/diagnostic.js';
import type { Expr, Stmt } from './ast.js';
import { tight, type Parser } from './parser-core.js';
import { parseExpr } from './parser-exprs.js';
import type { Span } from './span.js';

/** A `proof_with!` read by the parser, waiting for the statement after it. */
interface PendingWith { kind: 'expr'; expr: Expr & { kind: 'macro' }; semi: boolean; span: Span; withArgs: Expr[] }

/** At `NAME ! (`/`{`/`[`. */
export function atStmtMacro(p: Parser, name: string): boolean {
  return p.is(name) && p.is('!', 1) && ['{', '(', '['].includes(p.nth(2).text);
}

/**
 * `proof_decl! { .. }` at the current token: its statements as they land in the enclosing block.
 * `parseStmts` reads the statements between two token indices.
 */
export function parseProofDecl(p: Parser, parseStmts: (p: Parser, close: number) => Stmt[]): Stmt[] {
  const start = p.pos;
  p.advance();
  p.advance();
  const open = p.pos;
  const close = p.match[open] ?? -1;
  if (close < 0) p.failExpected();
  p.pos = open + 1;
  const inner = parseStmts(p, close);
  p.pos = close;
  p.advance();
  p.eat(';');
  const out: Stmt[] = [];
  for (const s of inner) {
    if (s.kind === 'let' && s.mode === 'exec') {
      if (p.verified) p.diagnostics.push(diag('syntax', 'Exec local is not allowed in proof_decl', s.span));
      continue;
    }
    if (s.kind === 'let' || s.kind === 'proof') out.push(s);
    else out.push({ kind: 'proof', block: { stmts: [s], tail: undefined, span: s.span }, span: s.span });
  }
  if (out.length === 0) out.push({ kind: 'proof', block: { stmts: [], tail: undefined, span: p.spanFrom(start) }, span: p.spanFrom(start) });
  return out;
}

/** `proof_with!(..)` at the current token, as a statement the block's statements are then fitted with. */
export function parseProofWith(p: Parser): Stmt {
  const start = p.pos;
  p.advance();
  p.advance();
  const open = p.pos;
  const close = p.match[open] ?? -1;
  if (close < 0) p.failExpected();
  // (outside verified code the macro is erased, as Verus does when not verifying)
  const args = !p.verified ? [] : p.within(open + 1, close, () => {
    const list: Expr[] = [];
    if (p.isIdent() && p.is(':', 1)) {
      const s = p.pos;
      p.pos = close;
      p.unsupported('ghost fields of a struct constructor in `proof_with!`', p.spanFrom(s));
      return list;
    }
    if (p.is('|=')) {
      const s = p.pos;
      p.pos = close;
      p.unsupported('`proof_with!(|= ..)` (ghost values appended to an expression)', p.spanFrom(s));
      return list;
    }
    while (!p.atEnd() && !p.is('=>') && !p.is('|=')) {
      list.push(parseExpr(p));
      if (!p.eat(',')) break;
    }
    if (p.is('=>') || p.is('|=')) {
      const s = p.pos;
      while (!p.atEnd()) p.advance();
      p.unsupported(`\`proof_with!\` ${p.token(s).text === '=>' ? 'outputs (`=> ..`)' : 'follows (`|= ..`)'}`, p.spanFrom(s));
    } else if (!p.atEnd()) p.failExpected();
    return tight(list);
  });
  p.pos = close;
  p.advance();
  const semi = p.eat(';');
  const span = p.spanFrom(start);
  const stmt: PendingWith = { kind: 'expr', expr: { kind: 'macro', name: 'proof_with', args, ty: undefined, span }, semi, span, withArgs: args };
  return stmt;
}

function pendingOf(s: Stmt): PendingWith | undefined {
  return s.kind === 'expr' && 'withArgs' in s ? (s as PendingWith) : undefined;
}

/**
 * Gives each `proof_with!` statement's arguments to the call of the statement after it, and
 * drops the macro statement. As in Verus, one at the end of a block has no effect.
 */
export function attachProofWith(p: Parser, stmts: Stmt[]): Stmt[] {
  if (!stmts.some((s) => pendingOf(s))) return stmts;
  const out: Stmt[] = [];
  let pending: PendingWith | undefined;
  for (const s of stmts) {
    const w = pendingOf(s);
    if (w) {
      if (pending) p.diagnostics.push(diag('syntax', 'Expected a function call or struct constructor after proof_with! macro', s.span));
      pending = w;
      continue;
    }
    if (pending) {
      const target = s.kind === 'let' ? s.init : s.kind === 'expr' ? s.expr : undefined;
      if (s.kind === 'assign') nonCall(p, s.span, pending.span);
      else if (!target) p.diagnostics.push(diag('syntax', 'Expected a function call or struct constructor after proof_with! macro', s.span));
      else if (pending.withArgs.length > 0) giveArgs(p, target, pending.withArgs, pending.span);
      pending = undefined;
    }
    out.push(s);
  }
  return tight(out);
}

function giveArgs(p: Parser, e: Expr, args: Expr[], at: Span): void {
  if (e.kind === 'try') return giveArgs(p, e.operand, args, at);
  if (e.kind === 'call' || e.kind === 'method') {
    if (e.withArgs !== undefined) return;
    e.args = [...e.args, ...args];
    e.withArgs = args.length;
    return;
  }
  if (e.kind === 'unsupported') return;
  nonCall(p, e.span, at);
}

function nonCall(p: Parser, span: Span, at: Span): void {
  p.diagnostics.push(diag('syntax', 'with ghost inputs/outputs cannot be applied to a non-call expression', span, { labels: [{ message: 'the `proof_with!` arguments', span: at }] }));
}
