/**
 * The lowering from the checked tree to the IR, one function at a time.
 *
 *   lower-context.ts  per-function state, helpers on types and expressions
 *   lower-expr.ts     expressions: arithmetic and its checks, casts, if/match, returns
 *   lower-call.ts     calls through contracts, spec fn application, prelude operations
 *   lower-stmt.ts     statements, places, loops
 *   lower-pattern.ts  patterns and exhaustiveness
 */
import type { CheckedCrate, FnInfo } from '../check/program.js';
import { isStackOverflow } from '../report/stack-limit.js';
import type { Block } from '../syntax/ast.js';
import { recursionComponents, type Scc } from '../vc/callgraph.js';
import { Cx, IrUnsupported, unitValue } from './lower-context.js';
import { emitReturn, isUnitLike, lowerPure } from './lower-expr.js';
import { lowerBlockExec } from './lower-stmt.js';
import type { IrFunction, IrLocal, IrSpan, LowerResult } from './types.js';

function closingBrace(b: Block): IrSpan {
  const s = b.span;
  return { ...s, start: s.end - 1, line: s.endLine, column: Math.max(1, s.endColumn - 1) };
}

export function lowerFunction(crate: CheckedCrate, fn: FnInfo, scc: Scc = recursionComponents(crate)): LowerResult {
  try {
    return { ok: true, fn: lowerChecked(crate, fn, scc) };
  } catch (err) {
    if (err instanceof IrUnsupported) return { ok: false, name: fn.qname, what: err.what, span: err.span };
    if (isStackOverflow(err)) return { ok: false, name: fn.qname, what: 'a function nested too deeply', span: fn.decl.span };
    throw err;
  }
}

/** Lowers every verified function of a crate (in declaration order). */
export function lowerCrate(crate: CheckedCrate, filter?: (qname: string) => boolean): LowerResult[] {
  const scc = recursionComponents(crate);
  return crate.fns.filter((f) => f.verified && (!filter || filter(f.qname))).map((f) => lowerFunction(crate, f, scc));
}

function lowerChecked(crate: CheckedCrate, fn: FnInfo, scc: Scc): IrFunction {
  const cx = new Cx(crate, fn, scc);
  const d = fn.decl;
  const params: IrLocal[] = fn.params.map((p) => {
    cx.paramIds.add(p.id);
    return cx.local(p.id, p.name, p.ty, p.mode, 'param');
  });
  const ret = fn.retId !== undefined
    ? cx.local(fn.retId, d.retName ?? 'result', fn.retTy, d.retTracked ? 'tracked' : d.mode === 'exec' ? 'exec' : 'ghost', 'ret')
    : cx.temp('result', fn.retTy);
  const requires = d.requires.map((r) => lowerPure(cx, r));
  const ensures = cx.with({}, () => {
    const env = new Map(cx.env);
    return d.ensures.map((c) => cx.withEnv(env, cx.oldEnv, () => lowerPure(cx, c)));
  });
  const decreases = d.decreases.map((m) => lowerPure(cx, m));
  const base = {
    name: fn.qname, mode: d.mode, span: d.span, nameSpan: d.nameSpan, params, ret, locals: cx.locals,
    requires, ensures, decreases, opaque: d.flags.opaque,
  };
  if (!d.body) return { ...base, trusted: 'no body' };
  if (d.flags.external || d.flags.externalBody) return { ...base, trusted: 'external_body' };
  if (d.mode === 'spec') {
    if (d.uninterp) return { ...base, trusted: 'uninterp' };
    return { ...base, body: { k: 'expr', value: lowerPure(cx, { kind: 'block', block: d.body, span: d.body.span, ty: fn.retTy }) } };
  }
  const body = cx.collect(() => {
    const v = lowerBlockExec(cx, d.body!);
    const last = cx.out[cx.out.length - 1];
    if (last && (last.k === 'return' || last.k === 'break' || last.k === 'continue')) return;
    const at = d.body!.tail ? d.body!.tail.span : closingBrace(d.body!);
    emitReturn(cx, isUnitLike(fn.retTy) ? unitValue(at) : v, at, 'at the end of the function body');
  }).stmts;
  return { ...base, body: { k: 'stmts', stmts: body } };
}
