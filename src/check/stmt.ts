/**
 * Blocks and statements: let (exec/ghost/tracked), assignment, loops with their
 * specs, assert/assume (spec), `assert .. by` and `proof { }` (proof code).
 */
import type { Block, Expr, LoopSpec, Stmt } from '../syntax/ast.js';
import { ghostCode, type BodyChecker, type Cx } from './context.js';
import { checkBool, checkExpr, specArithType } from './expr.js';
import { lowerType } from './lower-type.js';
import { branches } from './modes.js';
import { checkPattern } from './pattern.js';
import { uncoveredByPattern } from './exhaustive.js';
import type { LocalMode } from './resolution.js';
import { iterItem, type Type } from './types.js';

const ERR_T: Type = { k: 'error' };

const UNIT: Type = { k: 'tuple', elems: [] };
const NEVER: Type = { k: 'never' };
const SPEC: Cx = { mode: 'spec' };

export function checkBlock(bc: BodyChecker, b: Block, cx: Cx, expected?: Type): Type {
  bc.pushScope();
  try {
    return blockType(bc, b, cx, expected);
  } finally {
    bc.popScope();
  }
}

function blockType(bc: BodyChecker, b: Block, cx: Cx, expected: Type | undefined): Type {
  let diverges = false;
  for (const s of b.stmts) if (checkStmt(bc, s, cx)) diverges = true;
  if (b.tail) {
    const t = checkExpr(bc, b.tail, cx, expected);
    return diverges ? NEVER : t;
  }
  if (diverges) return NEVER;
  if (expected) bc.coerce(UNIT, expected, b.span, cx);
  return UNIT;
}

/** Checks one statement; returns true when control never continues past it. */
const PROOF_STMTS: Partial<Record<Stmt['kind'], string>> = { assert: 'assert', assume: 'assume', assert_forall: 'assert forall', proof: 'proof { }' };

function checkStmt(bc: BodyChecker, s: Stmt, cx: Cx): boolean {
  // spec code is evaluated, never verified: a proof statement in it would go unchecked
  const proofStmt = PROOF_STMTS[s.kind];
  if (proofStmt && cx.mode === 'spec' && !bc.external) {
    bc.diags.error('unsupported', `not supported: \`${proofStmt}\` in spec code (spec code is not verified, so it would never be checked)`, s.span);
    if (s.kind === 'proof') return false;
  }
  switch (s.kind) {
    case 'let': {
      // In proof code a plain `let` binds a spec value: reading a tracked place into it is no move.
      const ghostCopy = cx.mode === 'proof' && s.mode !== 'tracked' && s.init !== undefined && isPlace(s.init);
      const initCx: Cx = s.mode === 'ghost' || ghostCopy ? SPEC : s.mode === 'tracked' ? { mode: 'proof' } : cx;
      const declared = s.ty ? lowerType(s.ty, bc.scope, bc.diags) : undefined;
      const t = s.init ? checkExpr(bc, s.init, initCx, declared) : declared ?? bc.infer.fresh();
      if (s.elseBlock) letElse(bc, s, s.elseBlock, cx);
      const mode: LocalMode = s.mode === 'tracked' ? 'tracked' : s.mode === 'ghost' || cx.mode !== 'exec' ? 'ghost' : 'exec';
      const errorsBefore = bc.diags.list.length;
      checkPattern(bc, s.pattern, declared ?? t, cx, { mode });
      // (a value of an already-reported error type has no variants to cover)
      if (bc.diags.list.length === errorsBefore && !s.hasElse && !bc.isErrorLike(declared ?? t)) {
        bc.later(() => {
          const missing = uncoveredByPattern(bc, s.pattern);
          if (missing !== undefined) bc.diags.error('type', `refutable pattern in local binding: \`${missing}\` not covered`, s.pattern.span);
        });
      }
      if (!s.init && s.pattern.kind === 'ident' && s.pattern.id !== undefined) bc.deferredInit.add(s.pattern.id);
      return isNever(bc, t);
    }
    case 'expr':
      return isNever(bc, checkExpr(bc, s.expr, cx));
    case 'assign': {
      const target = checkExpr(bc, s.target, cx, undefined, s.target.kind === 'path' ? 'write' : 'place');
      const root = placeRoot(s.target);
      const local = root?.kind === 'path' && root.res?.kind === 'local' ? root.res : undefined;
      const valueCx: Cx = local && local.mode !== 'exec' && cx.mode === 'exec' ? (local.mode === 'ghost' ? SPEC : { mode: 'proof' }) : cx;
      if (local?.kind === 'local' && s.target.kind === 'path' && !local.mutable && bc.deferredInit.has(local.id)) {
        // `let x; ... x = e;` initializes x (not tracked per path: every assignment is allowed)
      } else if (local && s.target.kind === 'path' && !local.mutable && !bc.external) {
        bc.diags.error('type', `cannot assign twice to immutable variable \`${local.name}\``, s.span);
      }
      if (local && !bc.external) checkAssignMode(bc, cx, local.mode, s.target);
      if (s.op === '<<=' || s.op === '>>=') checkExpr(bc, s.value, valueCx);
      else if (GHOST_ARITH_ASSIGN.has(s.op) && ghostCode(valueCx) && bc.infer.isIntegral(target)) checkGhostArithAssign(bc, s, target, valueCx);
      else checkExpr(bc, s.value, valueCx, target);
      return false;
    }
    case 'while':
      checkBool(bc, s.cond, cx);
      checkLoop(bc, s, s.body, cx);
      return false;
    case 'loop':
      checkLoop(bc, s, s.body, cx);
      return !hasBreak(s.body);
    case 'for': {
      let item: Type;
      if (s.iter) {
        // an iterator other than a literal integer range: typed here, refused when verifying
        const it = bc.derefAll(checkExpr(bc, s.iter, cx));
        const known = iterItem(bc.infer.zonk(it));
        const placeholder = s.start;
        bc.later(() => { placeholder.ty = bc.infer.zonk(it); });
        if (known) item = known;
        else {
          if (!bc.isErrorLike(it) && !bc.external) bc.diags.unsupported(`\`for\` loops over \`${bc.show(it)}\` (only integer ranges and their \`rev()\`)`, s.iter.span);
          item = ERR_T;
        }
      } else {
        item = checkExpr(bc, s.start, cx);
        checkExpr(bc, s.end, cx, item);
        if (!bc.infer.isIntegral(item) && !bc.isErrorLike(item)) bc.diags.unsupported('for loops over anything but integer ranges', s.start.span);
      }
      bc.withScope(() => {
        checkPattern(bc, s.pattern, item, cx);
        // the loop's named ghost iterator: its clauses (and proof code) read it
        if (s.iterName) s.iterName.id = bc.declare(s.iterName.name, { k: 'builtin', name: 'ForIter', args: [item] }, 'ghost', false).id;
        checkLoop(bc, s, s.body, cx);
      });
      return false;
    }
    case 'assert':
      checkBool(bc, s.expr, SPEC);
      if (s.by) {
        switch (s.by.kind) {
          case 'block': checkBlock(bc, s.by.block, { mode: 'proof' }); break;
          case 'bit_vector': for (const r of s.by.requires) checkBool(bc, r, SPEC); break;
          case 'nonlinear_arith':
            for (const r of s.by.requires) checkBool(bc, r, SPEC);
            if (s.by.block) checkBlock(bc, s.by.block, { mode: 'proof' });
            break;
          case 'compute': break; // evaluated when verifying (src/vc/compute.ts)
        }
      }
      return false;
    case 'assume':
      checkBool(bc, s.expr, SPEC);
      return false;
    case 'assert_forall':
      bc.withScope(() => {
        for (const b of s.binders) {
          const ty = b.ty ? lowerType(b.ty, bc.scope, bc.diags) : bc.infer.fresh();
          b.id = bc.declare(b.name, ty, 'ghost', false).id;
        }
        for (const g of s.triggers) for (const t of g) checkExpr(bc, t, SPEC);
        if (s.assumption) checkBool(bc, s.assumption, SPEC);
        checkBool(bc, s.conclusion, SPEC);
        if (s.proof) checkBlock(bc, s.proof, { mode: 'proof' });
      });
      return false;
    case 'proof':
      checkBlock(bc, s.block, cx.mode === 'spec' ? SPEC : { mode: 'proof' });
      return false;
    case 'item':
      if (s.item.kind === 'broadcast_use' && bc.fn && !bc.external) {
        // in force for this fn's proof (resolved with the crate's broadcast uses, index.ts)
        const uses = bc.tables.bodyBroadcastUses.get(bc.fn) ?? [];
        bc.tables.bodyBroadcastUses.set(bc.fn, [...uses, ...s.item.paths.map((u) => ({ path: u.path, span: u.span }))]);
        return false;
      }
      if (!bc.external) bc.diags.unsupported('items nested inside function bodies', s.span);
      return false;
  }
}

const GHOST_ARITH_ASSIGN = new Set(['+=', '-=', '*=', '/=', '%=']);

/**
 * `x op= v` in ghost code means `x = x op v`, with spec (unbounded) arithmetic: like the plain
 * assignment, its result must have x's type (`u8 += 1` and `nat -= 1` give an `int`).
 */
function checkGhostArithAssign(bc: BodyChecker, s: Stmt & { kind: 'assign' }, target: Type, cx: Cx): void {
  const value = checkExpr(bc, s.value, cx);
  if (!bc.infer.isIntegral(value)) {
    bc.coerce(value, target, s.value.span, cx);
    return;
  }
  const span = { ...s.target.span, end: s.value.span.end, endLine: s.value.span.endLine, endColumn: s.value.span.endColumn };
  bc.coerce(specArithType(bc, s.op.slice(0, -1), target, value), target, span, cx);
}

/** Exec variables are written only by exec code, ghost/tracked ones only by proof code. */
function checkAssignMode(bc: BodyChecker, cx: Cx, mode: LocalMode, target: Expr): void {
  const placeMode = mode === 'exec' ? 'exec' : mode === 'ghost' ? 'spec' : 'proof';
  const throughMutRef = hasDeref(target);
  if (cx.mode === 'proof' && mode === 'exec' && !throughMutRef) {
    bc.diags.error('mode', 'cannot mutate exec-mode place in proof-code', target.span);
  } else if (cx.mode === 'exec' && mode !== 'exec') {
    bc.diags.error('mode', `cannot access ${placeMode}-mode place in executable context`, target.span);
  }
}

function hasDeref(e: Expr): boolean {
  switch (e.kind) {
    case 'unary': return e.op === '*' || hasDeref(e.operand);
    case 'field': return hasDeref(e.base);
    case 'index': return hasDeref(e.base);
    default: return false;
  }
}

function checkLoop(bc: BodyChecker, spec: LoopSpec, body: Block, cx: Cx): void {
  if (spec.iterName && spec.iterName.id === undefined && !bc.external) bc.diags.unsupported('a named iterator on a loop other than `for`', spec.iterName.span);
  for (const e of spec.invariants) checkBool(bc, e, SPEC);
  for (const e of spec.invariantsExceptBreak) checkBool(bc, e, SPEC);
  for (const e of spec.ensures) checkBool(bc, e, SPEC);
  for (const e of spec.decreases) checkExpr(bc, e, SPEC);
  bc.loopDepth++;
  try {
    // The body may run zero times: moves inside it are alternatives to not running it.
    branches(bc, [() => checkBlock(bc, body, cx, UNIT), () => {}]);
  } finally {
    bc.loopDepth--;
  }
}

/** `let P = e else { .. }` in exec code: the `else` block (without P's bindings) must diverge. */
function letElse(bc: BodyChecker, s: Stmt & { kind: 'let' }, block: Block, cx: Cx): void {
  if ((s.mode !== 'exec' || cx.mode !== 'exec') && !bc.external) bc.diags.unsupported(`\`let ... else\` in ${s.mode === 'exec' ? cx.mode : s.mode} code`, s.span);
  const t = checkBlock(bc, block, cx);
  if (!isNever(bc, t) && !bc.isErrorLike(t) && !bc.external) bc.diags.error('type', '`else` clause of `let...else` does not diverge', block.span);
}

function isNever(bc: BodyChecker, t: Type): boolean {
  return bc.infer.shallow(t).k === 'never';
}

/** The variable an assignment target writes into (`x`, `x.f`, `x[i]`, `*x`). */
function isPlace(e: Expr): boolean {
  return placeRoot(e) !== undefined;
}

function placeRoot(e: Expr): Expr | undefined {
  switch (e.kind) {
    case 'path': return e;
    case 'field': return placeRoot(e.base);
    case 'index': return placeRoot(e.base);
    case 'unary': return e.op === '*' ? placeRoot(e.operand) : undefined;
    default: return undefined;
  }
}

/** Whether a `loop` body can exit by `break` (ignoring breaks of nested loops without labels). */
function hasBreak(b: Block): boolean {
  let found = false;
  const visit = (x: unknown, depth: number): void => {
    if (found || !x || typeof x !== 'object') return;
    const node = x as { kind?: string; label?: string };
    if (node.kind === 'break' && (depth === 0 || node.label)) {
      found = true;
      return;
    }
    const nested = node.kind === 'while' || node.kind === 'loop' || node.kind === 'for';
    for (const [k, v] of Object.entries(x)) {
      if (k === 'ty' || k === 'res' || k === 'span') continue;
      if (Array.isArray(v)) v.forEach((y) => visit(y, nested && k === 'body' ? depth + 1 : depth));
      else visit(v, nested && k === 'body' ? depth + 1 : depth);
    }
  };
  visit(b, 0);
  return found;
}
