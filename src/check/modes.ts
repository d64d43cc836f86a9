/**
 * Verus mode rules: which code may call which fns, ghost values never flowing into
 * exec code, and tracked values being linear.
 */
import type { FnItem, Mode } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { BodyChecker, Cx, Local } from './context.js';
import type { BuiltinMode } from './prelude.js';
import type { FnEntry } from './scopes.js';
import type { Type } from './types.js';

/** A call from code of mode cx.mode to a fn of mode `callee`. */
export function checkCallMode(bc: BodyChecker, cx: Cx, callee: Mode | BuiltinMode, qname: string, span: Span, decl?: FnItem): void {
  if (bc.external || callee === 'any') return;
  if (callee === 'exec' && cx.mode !== 'exec' && decl && usedAsSpec(decl)) {
    // Verus calls the fn's spec twin here; the checker does not model the substitution yet
    bc.diags.unsupported(`\`${decl.name}\` in ${cx.mode} code (its spec twin made by \`#[verus_verify(dual_spec)]\` / \`when_used_as_spec\`)`, span);
    return;
  }
  if (cx.mode === 'spec' && callee !== 'spec') {
    bc.diags.error('mode', `cannot call function \`${qname}\` with mode ${callee}`, span);
  } else if (cx.mode === 'proof' && callee === 'exec') {
    bc.diags.error('mode', `cannot call function \`${qname}\` with mode exec`, span);
  } else if (cx.mode === 'exec' && (callee === 'spec' || callee === 'proof')) {
    // Verus words it "cannot call function `X` with mode spec"; LANGUAGE.md also names the
    // shorter "cannot call spec function from exec mode". The message carries both.
    bc.diags.error('mode', `cannot call function \`${qname}\` with mode ${callee}: cannot call ${callee} function from exec mode`, span);
  }
}

/** An exec fn that names a spec fn to stand for it in spec code. */
function usedAsSpec(decl: FnItem): boolean {
  return decl.attrs.some((a) => a.name === 'verifier::when_used_as_spec'
    || ((a.name === 'verus_verify' || a.name === 'verus_verifier::verus_verify') && /\bdual_spec\b/.test(a.args)));
}

/** Verified code may only call verified fns (or trusted external_body ones). */
export function checkCalleeVerified(bc: BodyChecker, callee: FnEntry, span: Span): void {
  if (bc.external || bc.plain) return;
  const d = callee.decl;
  if (d.verified && !d.flags.external) return;
  bc.diags.error('mode', `cannot call function \`${callee.qname}\` that is not verified`, span);
}

/** Reading a local in code of mode cx.mode. */
export function checkLocalRead(bc: BodyChecker, cx: Cx, local: Local, span: Span): void {
  if (bc.external || cx.mode !== 'exec') return;
  if (local.mode === 'ghost') bc.diags.error('mode', 'expression has mode spec, expected mode exec', span);
  else if (local.mode === 'tracked') bc.diags.error('mode', 'expression has mode proof, expected mode exec', span);
}

/** A by-value use of a tracked local outside spec code consumes it. */
export function noteMove(bc: BodyChecker, cx: Cx, local: Local, span: Span): void {
  if (bc.external || cx.mode === 'spec' || local.mode !== 'tracked') return;
  if (isCopy(bc, local.ty)) return;
  if (bc.moved.has(local.id) || bc.loopDepth > local.loopDepth) {
    bc.diags.error('mode', `use of moved value: \`${local.name}\``, span);
    return;
  }
  // Moved-sets are shared between branches (see branches): copy on write.
  const moved = new Set(bc.moved);
  moved.add(local.id);
  bc.moved = moved;
}

/** Types whose values are duplicated rather than moved (refs reborrow; Ghost is Copy). */
function isCopy(bc: BodyChecker, t: Type): boolean {
  const s = bc.infer.shallow(t);
  switch (s.k) {
    case 'int': case 'bool': case 'char': case 'str': case 'ref': case 'never': case 'error': case 'param':
      return true;
    case 'tuple': return s.elems.every((e) => isCopy(bc, e));
    case 'array': return isCopy(bc, s.elem);
    case 'builtin': return s.name === 'Ghost';
    case 'adt': {
      const st = bc.tables.structByName.get(s.name)?.decl ?? bc.tables.enumByName.get(s.name)?.decl;
      return !!st?.attrs.some((a) => a.name === 'derive' && /\bCopy\b/.test(a.args));
    }
    default:
      return false;
  }
}

/** Runs alternative branches from the same moved-state; afterwards a value is moved if any branch moved it. */
export function branches(bc: BodyChecker, runs: (() => void)[]): void {
  // bc.moved is never mutated in place (noteMove copies), and within a branch it only grows
  // from `start`: a branch that moved nothing leaves the very same set, so nothing is copied.
  const start = bc.moved;
  let after = start;
  for (const run of runs) {
    bc.moved = start;
    run();
    after = unionMoves(start, after, bc.moved);
  }
  bc.moved = after;
}

/** after ∪ branch, where both are supersets of start (sets are not modified). */
function unionMoves(start: ReadonlySet<number>, after: Set<number>, branch: Set<number>): Set<number> {
  if (branch === start || branch === after) return after;
  if (after === start) return branch;
  const out = new Set(after);
  for (const id of branch) out.add(id);
  return out;
}
