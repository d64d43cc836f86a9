/**
 * Which functions the verifier encodes from the IR (ir-function.ts) today: exec and proof
 * bodies (straight-line code, branches, matches, loops, calls through contracts, `&mut`
 * parameters and arguments, checks, asserts, quantifiers) and, in index.ts, recursive spec fns'
 * termination, spec fn definitions and const initializers. (Their queries were shown
 * byte-identical to those of the direct encoding of the syntax tree that preceded it, with
 * scripts/dump-queries.ts.) What stays out (a `&mut` held in a variable, an unknown value in a
 * claim, ...) is `not supported`.
 */
import { BOUND_MEMBER_SUFFIX } from '../check/resolution.js';
import type { CheckCond, IrExpr, IrFunction, IrStmt, Type } from '../ir/types.js';

/** Integers and booleans, also behind shared references (transparent in the encoding). */
/** Whether a `&mut` occurs in the type (places the encoding of calls and assignments does not thread yet). */
function hasMutRef(t: Type): boolean {
  switch (t.k) {
    case 'ref': return t.mut || hasMutRef(t.inner);
    case 'tuple': return t.elems.some(hasMutRef);
    case 'array': case 'slice': return hasMutRef(t.elem);
    case 'builtin': case 'adt': return t.args.some(hasMutRef);
    default: return false;
  }
}

/** `&mut T` (through Ghost/Tracked) with no `&mut` inside T: a parameter the encoding threads. */
function isMutRefParam(t: Type): boolean {
  let cur = t;
  while (cur.k === 'builtin' && (cur.name === 'Tracked' || cur.name === 'Ghost') && cur.args[0]) cur = cur.args[0];
  return cur.k === 'ref' && cur.mut && !hasMutRef(cur.inner);
}

function exprOk(e: IrExpr): boolean {
  switch (e.k) {
    case 'int': case 'bool': case 'var': case 'unknown_const': case 'arbitrary': return true;
    case 'arith': case 'cmp': case 'logic': return exprOk(e.left) && exprOk(e.right);
    case 'neg': case 'not': case 'bitnot': case 'deref': return exprOk(e.arg);
    case 'cast': return exprOk(e.arg);
    case 'ite': return exprOk(e.cond) && exprOk(e.then) && exprOk(e.else);
    case 'spec_call': return e.args.every(exprOk);
    // (a std trait's member through a bound is a fresh value in exec code: not yet)
    case 'builtin': return !e.name.endsWith(BOUND_MEMBER_SUFFIX) && e.args.every(exprOk);
    case 'field': return exprOk(e.base);
    case 'index': return exprOk(e.base) && exprOk(e.index);
    case 'ctor': case 'update': return (e.k !== 'update' || exprOk(e.base)) && e.fields.every((f) => exprOk(f.value));
    case 'seq_lit': return e.elems.every(exprOk);
    case 'is_variant': return exprOk(e.arg);
    case 'quant': return exprOk(e.body) && e.triggers.every((g) => g.every(exprOk));
    case 'let': return exprOk(e.value) && exprOk(e.body);
    case 'lambda': return exprOk(e.body);
    case 'apply': return exprOk(e.fn) && e.args.every(exprOk);
    default: return false;
  }
}

function checkOk(c: CheckCond): boolean {
  switch (c.k) {
    case 'in_range': case 'nonzero': case 'is_some': return exprOk(c.value);
    case 'shift_amount': return exprOk(c.amount);
    case 'in_bounds': return exprOk(c.seq) && exprOk(c.index);
    case 'holds': return exprOk(c.cond);
  }
}

function stmtsOk(ss: IrStmt[]): boolean {
  return ss.every((s) => {
    switch (s.k) {
      // (a temp without a value is an `if` or `match` result, given in its arms, or a harness
      // input `proofgate::interval`, bounded by the assume after it)
      // (a temp may hold a `&mut` argument's value before the call: a value like any other)
      case 'let': return (!hasMutRef(s.local.ty) || s.local.origin === 'temp') && (!s.init || exprOk(s.init));
      // (a Vec written whole is `push`/`pop`/...: the new value's type facts are not assumed yet)
      case 'assign': return (!hasMutRef(s.place.ty) || isMutRefParam(s.place.ty)) && exprOk(s.value) && s.place.proj.every((x) => x.k !== 'index' || exprOk(x.index));
      case 'check': return checkOk(s.cond);
      case 'assume': return exprOk(s.cond);
      case 'assert':
        if (s.by?.k === 'block') return exprOk(s.cond) && stmtsOk(s.by.body);
        if (s.by?.k === 'compute') return exprOk(s.cond);
        return exprOk(s.cond) && (!s.by || s.by.requires.every(exprOk));
      case 'branch': return exprOk(s.cond) && (!s.lastArm || exprOk(s.lastArm)) && stmtsOk(s.then) && stmtsOk(s.else);
      case 'return': return !s.value || exprOk(s.value);
      case 'ghost': return stmtsOk(s.body);
      case 'call': return s.mutArgs.every((p) => p.proj.every((x) => x.k !== 'index')) && (!s.dest || !hasMutRef(s.dest.ty)) && s.args.every(exprOk) && s.ensures.every(exprOk);
      case 'reveal': return true;
      // (an inclusive range's counter is an `int`: it reaches `MAX + 1` at the exit)
      case 'loop': return [...s.spec.invariants, ...s.spec.invariantsExceptBreak, ...s.spec.ensures, ...s.facts].every(exprOk)
        && s.modifies.every((p) => p.proj.length === 0 && (!hasMutRef(p.ty) || isMutRefParam(p.ty))) && (!s.cond || exprOk(s.cond))
        && stmtsOk(s.head) && stmtsOk(s.body) && stmtsOk(s.latch) && stmtsOk(s.exit);
      case 'break': case 'continue': return true;
      case 'assert_forall': return (!s.assumption || exprOk(s.assumption)) && exprOk(s.conclusion) && exprOk(s.fact) && stmtsOk(s.proof);
      default: return false;
    }
  });
}

/** Whether an expression (a lemma's clause) is in the family. */
export function irExprEncodable(e: IrExpr): boolean {
  return exprOk(e);
}

/** A construct met while encoding that the IR encoding does not cover yet: the function is `not supported`. */
export class OutsideFamily extends Error {}

/** Whether `fn` is in the family encoded from the IR. */
export function irEncodable(fn: IrFunction): boolean {
  if (fn.mode === 'spec' || fn.trusted || fn.body?.k !== 'stmts') return false;
  if (fn.params.some((p) => !isMutRefParam(p.ty) && hasMutRef(p.ty)) || hasMutRef(fn.ret.ty)) return false;
  return fn.requires.every(exprOk) && stmtsOk(fn.body.stmts);
}
