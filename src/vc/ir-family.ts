/**
 * Which functions the verifier encodes from the IR (ir-function.ts) today: exec and proof
 * functions over integers and booleans with straight-line code, branches, checks, asserts,
 * assumes and calls through contracts without `&mut` arguments. Their obligations were shown to give the same diagnostics as the direct
 * encoding of the syntax tree (scripts/compare-results.mjs over the whole corpus). Every
 * other function still goes through exec.ts until its family is moved over.
 */
import type { CheckCond, IrExpr, IrFunction, IrStmt, Type } from '../ir/types.js';

function scalar(t: Type): boolean {
  return t.k === 'int' || t.k === 'bool';
}

function unit(t: Type): boolean {
  return t.k === 'tuple' && t.elems.length === 0;
}

function exprOk(e: IrExpr): boolean {
  switch (e.k) {
    case 'int': case 'bool': case 'var': return scalar(e.ty);
    case 'arith': return scalar(e.ty) && exprOk(e.left) && exprOk(e.right);
    case 'neg': case 'not': case 'bitnot': case 'deref': return scalar(e.ty) && exprOk(e.arg);
    case 'cmp': return e.op !== 'ext_eq' && exprOk(e.left) && exprOk(e.right);
    case 'logic': return exprOk(e.left) && exprOk(e.right);
    case 'cast': return scalar(e.ty) && scalar(e.from) && (e.how === 'wrap' || e.how === 'widen' || e.how === 'clamp_nat' || e.how === 'bool_to_int') && exprOk(e.arg);
    case 'ite': return scalar(e.ty) && exprOk(e.cond) && exprOk(e.then) && exprOk(e.else);
    default: return false;
  }
}

function checkOk(c: CheckCond): boolean {
  switch (c.k) {
    case 'in_range': return exprOk(c.value);
    case 'nonzero': return exprOk(c.value);
    case 'shift_amount': return exprOk(c.amount);
    case 'holds': return exprOk(c.cond);
    default: return false;
  }
}

function valueOk(e: IrExpr): boolean {
  return (e.k === 'ctor' && e.adt === '' && e.fields.length === 0) || exprOk(e);
}

function stmtsOk(ss: IrStmt[]): boolean {
  return ss.every((s) => {
    switch (s.k) {
      // (a temp without a value is an `if` or `match` result, given in its arms; a harness
      // input `proofgate::interval` is one too, but read before any arm: not in the family yet)
      case 'let': return (scalar(s.local.ty) || unit(s.local.ty)) && (!s.init || valueOk(s.init)) && !(s.local.origin === 'temp' && !s.init && s.local.name.startsWith('interval%'));
      case 'assign': return s.place.proj.length === 0 && scalar(s.place.ty) && valueOk(s.value);
      case 'check': return checkOk(s.cond);
      case 'assume': return exprOk(s.cond);
      case 'assert': return !s.by && exprOk(s.cond);
      // (match arms and effectful `&&` operands are encoded as exec.ts does them: not yet)
      case 'branch': return !s.from && exprOk(s.cond) && stmtsOk(s.then) && stmtsOk(s.else);
      case 'return': return !s.value || valueOk(s.value);
      case 'ghost': return stmtsOk(s.body);
      case 'call': return s.mutArgs.length === 0 && (!s.dest || scalar(s.dest.ty)) && s.args.every(exprOk) && s.ensures.every(exprOk);
      default: return false;
    }
  });
}

/** Whether `fn` is in the family encoded from the IR. */
export function irEncodable(fn: IrFunction): boolean {
  if (fn.mode === 'spec' || fn.trusted || fn.body?.k !== 'stmts') return false;
  if (!fn.params.every((p) => scalar(p.ty))) return false;
  if (!scalar(fn.ret.ty) && !unit(fn.ret.ty)) return false;
  return fn.requires.every(exprOk) && stmtsOk(fn.body.stmts);
}
