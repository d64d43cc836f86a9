/** Generic traversal of expressions and statements (visits every sub-expression). */
import type { Block, Expr, Pattern, Stmt } from './ast.js';

export function walkExpr(e: Expr | undefined, f: (e: Expr) => void, s?: (s: Stmt) => void): void {
  if (!e) return;
  f(e);
  switch (e.kind) {
    case 'unary': case 'ref': case 'cast': case 'view': case 'old': case 'final': case 'trigger': walkExpr(e.operand, f, s); break;
    case 'binary': walkExpr(e.left, f, s); walkExpr(e.right, f, s); break;
    case 'chain': e.operands.forEach((x) => walkExpr(x, f, s)); break;
    case 'call': walkExpr(e.callee, f, s); e.args.forEach((x) => walkExpr(x, f, s)); break;
    case 'method': walkExpr(e.receiver, f, s); e.args.forEach((x) => walkExpr(x, f, s)); break;
    case 'field': walkExpr(e.base, f, s); break;
    case 'try': walkExpr(e.operand, f, s); break;
    case 'index': walkExpr(e.base, f, s); walkExpr(e.index, f, s); break;
    case 'quant': e.triggers.forEach((g) => g.forEach((x) => walkExpr(x, f, s))); walkExpr(e.body, f, s); break;
    case 'closure': walkExpr(e.body, f, s); break;
    case 'if': walkExpr(e.cond, f, s); walkBlock(e.then, f, s); if (e.else) { if ('stmts' in e.else) walkBlock(e.else, f, s); else walkExpr(e.else, f, s); } break;
    case 'match': walkExpr(e.scrutinee, f, s); e.arms.forEach((a) => { walkPattern(a.pattern, f); walkExpr(a.guard, f, s); walkExpr(a.body, f, s); }); break;
    case 'is': walkExpr(e.operand, f, s); break;
    case 'block': walkBlock(e.block, f, s); break;
    case 'struct': e.fields.forEach((x) => walkExpr(x.value, f, s)); walkExpr(e.base, f, s); break;
    case 'tuple': case 'seq': e.elems.forEach((x) => walkExpr(x, f, s)); break;
    case 'array': e.elems.forEach((x) => walkExpr(x, f, s)); if (e.repeat) { walkExpr(e.repeat.value, f, s); walkExpr(e.repeat.count, f, s); } break;
    case 'macro': e.args?.forEach((x) => walkExpr(x, f, s)); break;
    case 'return': walkExpr(e.value, f, s); break;
    case 'unsupported': if (e.range) { walkExpr(e.range.lo, f, s); walkExpr(e.range.hi, f, s); } break;
    default: break;
  }
}

function walkPattern(p: Pattern, f: (e: Expr) => void): void {
  if (p.kind === 'lit') walkExpr(p.value, f);
}

export function walkBlock(b: Block | undefined, f: (e: Expr) => void, s?: (s: Stmt) => void): void {
  if (!b) return;
  for (const st of b.stmts) walkStmt(st, f, s);
  walkExpr(b.tail, f, s);
}

export function walkStmt(st: Stmt, f: (e: Expr) => void, s?: (s: Stmt) => void): void {
  s?.(st);
  const spec = (x: { invariants: Expr[]; invariantsExceptBreak: Expr[]; ensures: Expr[]; decreases: Expr[] }) =>
    [...x.invariants, ...x.invariantsExceptBreak, ...x.ensures, ...x.decreases].forEach((e) => walkExpr(e, f));
  switch (st.kind) {
    case 'let': walkExpr(st.init, f, s); walkBlock(st.elseBlock, f, s); break;
    case 'expr': walkExpr(st.expr, f, s); break;
    case 'assign': walkExpr(st.target, f, s); walkExpr(st.value, f, s); break;
    case 'while': walkExpr(st.cond, f, s); spec(st); walkBlock(st.body, f, s); break;
    case 'loop': spec(st); walkBlock(st.body, f, s); break;
    case 'for':
      if (st.iter) walkExpr(st.iter, f, s);
      else { walkExpr(st.start, f, s); walkExpr(st.end, f, s); }
      spec(st); walkBlock(st.body, f, s); break;
    case 'assert':
      walkExpr(st.expr, f, s);
      if (st.by?.kind === 'block') walkBlock(st.by.block, f, s);
      if (st.by?.kind === 'bit_vector' || st.by?.kind === 'nonlinear_arith') st.by.requires.forEach((e) => walkExpr(e, f));
      if (st.by?.kind === 'nonlinear_arith') walkBlock(st.by.block, f, s);
      break;
    case 'assume': walkExpr(st.expr, f); break;
    case 'assert_forall': walkExpr(st.assumption, f); walkExpr(st.conclusion, f); walkBlock(st.proof, f, s); break;
    case 'proof': walkBlock(st.block, f, s); break;
    case 'item': break;
  }
}
