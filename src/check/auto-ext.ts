/**
 * Verus's automatic extensional equality: in a claim the engine proves (an `assert`, an
 * `ensures` checked at the function's exits, a loop invariant, an `assert forall`
 * conclusion), `a == b` at a type with extensional equality (Seq, Set, Map, arrays, slices,
 * `#[verifier::ext_equal]` datatypes) is proved as `a =~= b`. Only positive positions are
 * rewritten: both sides of `&&` and `||`, the conclusion of `==>`, the branches of `if`, and
 * quantifier bodies. `=~=` implies `==`, so the claim then assumed is no weaker.
 */
import type { Type } from './types.js';
import type { Block, Expr } from '../syntax/ast.js';

export function autoExtEqual(e: Expr, extType: (t: Type) => boolean, sameType: (a: Type, b: Type) => boolean): Expr {
  const go = (x: Expr): Expr => autoExtEqual(x, extType, sameType);
  switch (e.kind) {
    case 'binary':
      switch (e.op) {
        case '==': case '===': {
          const l = e.left.ty;
          const r = e.right.ty;
          return l && r && extType(l) && sameType(l, r) ? { ...e, op: '=~=' } : e;
        }
        case '&&': case '||': return { ...e, left: go(e.left), right: go(e.right) };
        case '==>': return { ...e, right: go(e.right) };
        case '<==': return { ...e, left: go(e.left) };
        default: return e;
      }
    case 'quant': return e.quant === 'choose' ? e : { ...e, body: go(e.body) };
    case 'if': {
      const then = tailOnly(e.then, go);
      const els = !e.else ? undefined : 'stmts' in e.else ? tailOnly(e.else, go) : go(e.else);
      return { ...e, then, ...(els ? { else: els as Block | (Expr & { kind: 'if' }) } : {}) };
    }
    case 'block': return { ...e, block: tailOnly(e.block, go) };
    default: return e;
  }
}

/** A block's value, rewritten, when the block is only a value (statements could bind names the rewrite does not see). */
function tailOnly(b: Block, go: (x: Expr) => Expr): Block {
  if (b.stmts.length > 0 || !b.tail) return b;
  return { ...b, tail: go(b.tail) };
}
