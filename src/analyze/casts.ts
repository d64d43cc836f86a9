/**
 * `as` casts that may lose value (the `truncation` warning, `proofgate analyze` only): every
 * explicit wrapping cast an exec expression evaluates, with its operand's interval in the
 * states that reach it. Rust and Verus define `as` to cut (and reinterpret the sign), so this
 * is never an error: it says where a cast may change the number.
 */
import type { IrExpr } from '../ir/types.js';
import { evalInt, rangeOf, refine, writeValue } from './eval.js';
import type { Interval } from './interval.js';
import type { State } from './state.js';

export type CastExpr = IrExpr & { k: 'cast' };

export type CastVisitor = (cast: CastExpr, value: Interval, target: Interval) => void;

/**
 * Visits the casts `e` evaluates in state `s`: the arms of `if` expressions and the right of
 * `&&`/`||`/`==>` in the states where they run. Spec code (spec fn arguments, quantifiers)
 * is not run, so not visited.
 */
export function visitCasts(s: State, e: IrExpr, found: CastVisitor): void {
  switch (e.k) {
    case 'int': case 'bool': case 'var': case 'arbitrary': case 'unknown_const': case 'spec_call': case 'quant': case 'lambda': case 'apply': return;
    case 'cast':
      visitCasts(s, e.arg, found);
      if (e.how === 'wrap' && e.explicit) found(e, evalInt(s, e.arg), rangeOf(e.ty));
      return;
    case 'ite':
      visitCasts(s, e.cond, found);
      for (const t of refine(s, e.cond, true)) visitCasts(t, e.then, found);
      for (const f of refine(s, e.cond, false)) visitCasts(f, e.else, found);
      return;
    case 'logic':
      visitCasts(s, e.left, found);
      if (e.op === 'and' || e.op === 'or' || e.op === 'implies') {
        for (const r of refine(s, e.left, e.op !== 'or')) visitCasts(r, e.right, found);
      } else visitCasts(s, e.right, found);
      return;
    case 'let': {
      visitCasts(s, e.value, found);
      const inner = s.copy();
      writeValue(inner, String(e.binder.id), e.value, s);
      visitCasts(inner, e.body, found);
      return;
    }
    case 'arith': case 'cmp': visitCasts(s, e.left, found); visitCasts(s, e.right, found); return;
    case 'neg': case 'bitnot': case 'not': case 'deref': case 'is_variant': visitCasts(s, e.arg, found); return;
    case 'field': visitCasts(s, e.base, found); return;
    case 'index': visitCasts(s, e.base, found); visitCasts(s, e.index, found); return;
    case 'builtin': for (const a of e.args) visitCasts(s, a, found); return;
    case 'ctor': for (const f of e.fields) visitCasts(s, f.value, found); return;
    case 'update': visitCasts(s, e.base, found); for (const f of e.fields) visitCasts(s, f.value, found); return;
    case 'seq_lit': for (const x of e.elems) visitCasts(s, x, found); return;
  }
}
