/**
 * Verus's value modes, as far as type invariants need them. A type invariant holds for every
 * exec and tracked value, never for a spec one: so every construction or change of a value
 * that is not spec is checked (in proof code too), and a spec value must never become a
 * tracked one. `isSpecExpr` follows Verus's mode inference (src/vir/modes.rs): an expression
 * is spec when a part its value is made of is spec (a ghost local, a ghost field, a spec fn's
 * result, a view, ...); literals and exec/tracked locals are not.
 *
 * It errs on the side of "not spec" (a construction then is checked, as Verus does for every
 * constructor whose mode is not spec), and a place where a spec value would become tracked
 * (`let tracked`, a tracked argument or return, `Tracked(..)`, a write to a tracked place) is
 * refused as `not supported` when the value is spec.
 */
import type { Type } from '../check/types.js';
import type { Block, Expr, Mode } from '../syntax/ast.js';
import { Cx, IrUnsupported, strip } from './lower-context.js';
import type { Place } from './types.js';

/** Whether the value of `e` (in proof or exec code) is of mode spec. */
export function isSpecExpr(cx: Cx, e: Expr): boolean {
  const any = (xs: (Expr | undefined)[]): boolean => xs.some((x) => x !== undefined && isSpecExpr(cx, x));
  switch (e.kind) {
    case 'int': case 'bool': case 'char': case 'str': return false;
    case 'path': {
      const r = e.res;
      if (!r) return false;
      if (r.kind === 'local') return r.mode === 'ghost';
      if (r.kind === 'const') return r.decl.mode === 'spec';
      if (r.kind === 'fn') return fnResultSpec(r.decl.mode, r.decl.retTracked);
      return false;
    }
    case 'unary':
      // `*g` of a `Ghost<T>`: its content, a spec value
      if (e.op === '*' && wrapsGhostOnly(e.operand.ty)) return true;
      return isSpecExpr(cx, e.operand);
    case 'ref': case 'cast': case 'trigger': case 'try': return isSpecExpr(cx, e.operand);
    case 'binary': return any([e.left, e.right]);
    case 'chain': return any(e.operands);
    case 'field': return isSpecExpr(cx, e.base) || fieldMode(cx, e.base.ty, e.name, e.variant) === 'spec';
    case 'index': return any([e.base, e.index]);
    case 'view': case 'old': case 'final': case 'quant': case 'closure': case 'seq': return true;
    case 'is': return isSpecExpr(cx, e.operand);
    case 'call': {
      const callee = e.callee.kind === 'path' ? e.callee.res : undefined;
      if (callee?.kind === 'fn') return fnResultSpec(callee.decl.mode, callee.decl.retTracked);
      if (callee?.kind === 'struct' || callee?.kind === 'variant') return ctorSpec(cx, e.ty, e.args.map((a, i) => ({ name: String(i), value: a })));
      if (callee?.kind === 'builtin') {
        if (callee.name === 'Ghost') return false; // an exec wrapper around a spec value
        if (callee.name === 'arbitrary') return true;
        return any(e.args);
      }
      return true; // a spec_fn value applied
    }
    case 'method': {
      const r = e.res;
      if (r?.kind === 'fn') return fnResultSpec(r.decl.mode, r.decl.retTracked);
      if (r?.kind === 'builtin') {
        if (r.name.startsWith('Ghost::') || r.name.endsWith('::view')) return true;
        // Seq/Set/Map operations are spec, but for their `tracked_*` ones (tracked_remove, tracked_borrow, ..)
        if (/^(Seq|Set|Map)::/.test(r.name) && !/::tracked_/.test(r.name)) return true;
        return any([e.receiver, ...e.args]);
      }
      return true;
    }
    // (the condition or scrutinee does not count: Verus joins the branches' modes only)
    case 'if': return blockSpec(cx, e.then) || (e.else ? ('stmts' in e.else ? blockSpec(cx, e.else) : isSpecExpr(cx, e.else)) : false);
    case 'match': return e.arms.some((a) => isSpecExpr(cx, a.body));
    case 'block': return blockSpec(cx, e.block);
    case 'struct': return (e.base ? isSpecExpr(cx, e.base) : false) || ctorSpec(cx, e.ty, e.fields);
    case 'tuple': return any(e.elems);
    case 'array': return any(e.repeat ? [e.repeat.value] : e.elems);
    default: return false;
  }
}

function fnResultSpec(mode: Mode, retTracked: boolean): boolean {
  return mode === 'spec' || (mode === 'proof' && !retTracked);
}

function blockSpec(cx: Cx, b: Block): boolean {
  return b.tail ? isSpecExpr(cx, b.tail) : false;
}

/** A constructor is spec when a value given to a field that is not ghost is spec. */
function ctorSpec(cx: Cx, ty: Type | undefined, fields: { name: string; value: Expr }[]): boolean {
  return fields.some((f) => fieldMode(cx, ty, f.name) !== 'spec' && isSpecExpr(cx, f.value));
}

/** The declared mode of a field (`ghost`/`tracked` fields, or those of a `ghost struct`); exec for tuples. */
export function fieldMode(cx: Cx, containerTy: Type | undefined, name: string, variant?: string): Mode {
  if (!containerTy) return 'exec';
  const t = strip(containerTy);
  if (t.k !== 'adt') return 'exec';
  const s = cx.crate.structs.get(t.name);
  if (s) return s.decl.fields.find((f) => f.name === name)?.mode ?? 'exec';
  const en = cx.crate.enums.get(t.name);
  if (!en) return 'exec';
  const vs = variant ? en.decl.variants.filter((v) => v.name === variant) : en.decl.variants;
  return vs.flatMap((v) => v.fields).find((f) => f.name === name)?.mode ?? 'exec';
}

/** A `Ghost<..>` wrapper on the way to the value (through references and Box; `Tracked` is not one). */
export function wrapsGhostOnly(t: Type | undefined): boolean {
  let cur = t;
  while (cur) {
    if (cur.k === 'ref') cur = cur.inner;
    else if (cur.k === 'builtin' && cur.name === 'Ghost') return true;
    else if (cur.k === 'builtin' && (cur.name === 'Box' || cur.name === 'Tracked') && cur.args[0]) cur = cur.args[0];
    else return false;
  }
  return false;
}

/**
 * For each prefix of a written place (by its length), whether the value there is spec: under a
 * spec root (`rootSpec`), a ghost field or a `Ghost<..>` wrapper. Writes into spec values are
 * not checked against type invariants (Verus: spec values never carry them).
 */
export function specPrefixes(cx: Cx, place: Place, rootSpec: boolean): boolean[] {
  const out: boolean[] = [];
  let spec = rootSpec || wrapsGhostOnly(place.rootTy);
  out.push(spec);
  for (let i = 0; i < place.proj.length; i++) {
    const step = place.proj[i]!;
    const container = i === 0 ? place.rootTy : place.proj[i - 1]!.ty;
    if (step.k === 'field' && fieldMode(cx, container, step.name) === 'spec') spec = true;
    if (wrapsGhostOnly(step.ty)) spec = true;
    out.push(spec);
  }
  return out;
}

/**
 * A spec value where a tracked one is needed (`what` says where): Verus rejects it ("expression
 * has mode spec, expected mode proof"); here it is refused, since a tracked value is trusted
 * to meet its type invariant (`use_type_invariant`) and a spec value was never checked.
 */
export function requireNotSpec(cx: Cx, e: Expr, what: string): void {
  if (cx.pure || !isSpecExpr(cx, e)) return;
  throw new IrUnsupported(`a spec value as ${what} (Verus: expression has mode spec, expected mode proof)`, e.span);
}
