/**
 * The tree-walking interpreter: runs exec code on concrete values and evaluates the
 * specifications it meets (assert, requires) when they are evaluable.
 *
 * Ghost code is erased as Verus erases it: proof blocks, proof fns, assume and
 * ghost/tracked bindings are not run; their values are ERASED. A specification that
 * needs an erased value or an unbounded quantifier raises NotEvaluable and the
 * assert or requires clause is counted as unchecked instead.
 */
import type { IntKind, Type } from '../check/types.js';
import { BOOL_THEN, OP_BOUND, OPTION_MAP, type Resolution } from '../check/resolution.js';
import type {
  Block, CallExpr, Expr, FnItem, MacroExpr, MatchExpr, MethodCallExpr, Pattern, PathExpr, QuantExpr,
  Stmt, StructLitExpr, TypeExpr,
} from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import { asIntKind, bitNot, inRange, intBinary, isUnbounded, negate, wrap, type IntOp } from './arith.js';
import { callBuiltinMethod, setOperator } from './builtins.js';
import { ptrCastValue } from './raw-ptr.js';
import { isLayoutFn, layoutCall } from './layout.js';
import { SpecMemo, argsKey, type MemoEntry } from './spec-memo.js';
import type { CrateIndex, PathTarget } from './crate-index.js';
import {
  BreakSignal, ContinueSignal, NotEvaluable, ReturnSignal, RuntimeError, Unsupported, forbidSpecMutation,
} from './errors.js';
import {
  Cell, ERASED, SlotPlace, bool, copyValue, deref, heap, int, none, showValue, some, unit, valueEquals,
  type EnumValue, type Place, type Value,
} from './value.js';

export const DEFAULT_STEP_LIMIT = 5_000_000;
const MAX_CALL_DEPTH = 2_000;

/** Lexical scope of local variables (names shadow outward). */
class Scope {
  /** Created on the first binding: most block and loop-iteration scopes bind nothing. */
  private vars: Map<string, Cell> | undefined;
  constructor(readonly parent?: Scope) {}
  bind(name: string, v: Value): void {
    if (name !== '_') (this.vars ??= new Map()).set(name, new Cell(v));
  }
  lookup(name: string): Cell | undefined {
    const hit = this.vars?.get(name);
    if (hit) return hit;
    for (let s = this.parent; s; s = s.parent) {
      const outer = s.vars?.get(name);
      if (outer) return outer;
    }
    return undefined;
  }
}

interface Ctx {
  scope: Scope;
  /** The fn whose body runs (module context for fallback name resolution). */
  fn?: FnItem;
  /** Evaluating a specification: unbounded arithmetic, spec fns callable. */
  spec: boolean;
  /** In a `requires` clause, `old(x)` is the current value of x. */
  oldIsCurrent?: boolean;
  /** In an `ensures` clause: the bindings on entry, which `old(x)` reads (`final(x)` reads the current ones). */
  oldScope?: Scope;
}

/** Bindings for evaluating a contract on concrete values (see Interpreter.evalContract). */
export interface ContractBindings {
  /** Names in scope: parameters (and the named return value, for `ensures`). */
  now: [string, Value][];
  /** For `ensures`: the parameters on entry, read by `old(x)`. Absent for `requires`. */
  entry?: [string, Value][];
}

type BindMode = 'move' | 'ref' | 'refmut';

export class Interpreter {
  steps = 0;
  /** Assert and requires clauses that could not be evaluated on concrete values. */
  unchecked = 0;
  /** Assert and requires clauses evaluated and found true. */
  checked = 0;
  private depth = 0;
  /** Deepest call depth a limit check has seen (spec memo bookkeeping). */
  private depthMark = 0;
  private readonly specMemo = new SpecMemo();
  private readonly constCache = new Map<string, Value>();
  /** How `proofgate::interval(lo, hi)` picks its value (default: `lo`); the values it gave, in order. */
  draw: (lo: bigint, hi: bigint) => bigint = (lo) => lo;
  readonly drawn: bigint[] = [];

  /**
   * Check `while`/`loop` invariants at the head of every iteration and let `old(x)` in exec
   * bodies read the value on entry (the soundness oracle turns this on).
   */
  checkLoopInvariants = false;

  constructor(readonly index: CrateIndex, readonly stepLimit = DEFAULT_STEP_LIMIT) {}

  // -------------------------------------------------------------------------
  // Calls

  /**
   * Calls a user fn with already evaluated arguments. Spec fns called from specifications
   * go through the memo unless `memo` is false.
   */
  callFn(decl: FnItem, args: Value[], callSpan: Span | undefined, spec: boolean, memo = true): Value {
    if (decl.mode === 'proof') return ERASED; // lemmas are not run
    if (decl.mode === 'spec') {
      if (!decl.body || decl.uninterp) throw new NotEvaluable(`spec fn ${decl.name} has no body`);
    } else if (spec) {
      throw new NotEvaluable(`exec fn ${decl.name} called in a specification`);
    }
    if (!decl.body) throw new Unsupported(`call of ${decl.name}, which has no body`, callSpan);
    if (memo && spec && decl.mode === 'spec') return this.callSpecFn(decl, args, callSpan);
    if (this.depth > this.depthMark) this.depthMark = this.depth;
    if (this.depth >= MAX_CALL_DEPTH) {
      if (spec) throw new NotEvaluable('recursion too deep');
      throw new RuntimeError('stack overflow', callSpan);
    }
    const scope = new Scope();
    decl.params.forEach((p, i) => {
      const a = args[i] ?? ERASED;
      scope.bind(p.name, p.ghost || p.tracked ? ERASED : coerce(a, declaredKind(p.ty)));
    });
    const cx: Ctx = { scope, fn: decl, spec: decl.mode === 'spec' };
    if (this.checkLoopInvariants && decl.mode === 'exec') {
      cx.oldScope = new Scope();
      decl.params.forEach((p, i) => cx.oldScope!.bind(p.name, snapshot(args[i] ?? ERASED)));
    }
    if (decl.mode === 'exec') this.checkRequires(decl, cx, callSpan);
    this.depth++;
    let v: Value;
    try {
      v = this.execBlock(decl.body, cx);
    } catch (e) {
      if (!(e instanceof ReturnSignal)) throw e;
      v = e.value;
    } finally {
      this.depth--;
    }
    v = coerce(v, declaredKind(decl.ret));
    // A spec fn shares the values it reads (see read); exec code gets its own copy.
    return decl.mode === 'spec' && !spec ? copyValue(v) : v;
  }

  /** A spec fn called from a specification, through the memo (see spec-memo.ts). */
  private callSpecFn(decl: FnItem, args: Value[], callSpan: Span | undefined): Value {
    const { key, lasting } = argsKey(args);
    const epoch = heap.epoch;
    const hit = this.specMemo.get(decl, key, lasting, epoch);
    // Refused where charging its work again would cross the step or depth limit: the
    // evaluation then runs, and stops where it stopped before.
    if (hit && this.steps + hit.steps <= this.stepLimit && this.depth + hit.depthUsed < MAX_CALL_DEPTH) {
      this.steps += hit.steps;
      this.checked += hit.checked;
      this.unchecked += hit.unchecked;
      if (this.depth + hit.depthUsed > this.depthMark) this.depthMark = this.depth + hit.depthUsed;
      if ('error' in hit.result) throw hit.result.error;
      return hit.result.value;
    }
    const start = { steps: this.steps, checked: this.checked, unchecked: this.unchecked, depthMark: this.depthMark };
    this.depthMark = this.depth;
    let result: MemoEntry['result'];
    let depthUsed = 0;
    try {
      result = { value: this.callFn(decl, args, callSpan, true, false) };
    } catch (e) {
      if (!(e instanceof NotEvaluable)) throw e;
      result = { error: e };
    } finally {
      // Also when an error passes through: a caller may catch it and go on.
      depthUsed = this.depthMark - this.depth;
      if (start.depthMark > this.depthMark) this.depthMark = start.depthMark;
    }
    // Stored only if no storage was written meanwhile and no depth limit was met.
    if (heap.epoch === epoch && this.depth + depthUsed < MAX_CALL_DEPTH) {
      this.specMemo.set(decl, key, lasting, epoch, {
        result,
        steps: this.steps - start.steps,
        checked: this.checked - start.checked,
        unchecked: this.unchecked - start.unchecked,
        depthUsed,
      });
    }
    if ('error' in result) throw result.error;
    return result.value;
  }

  private checkRequires(decl: FnItem, cx: Ctx, callSpan: Span | undefined): void {
    for (const clause of decl.requires) {
      const ok = this.evalCondition(clause, { ...cx, spec: true, oldIsCurrent: true });
      if (ok === false) {
        throw new RuntimeError(`precondition failed: ${this.index.text(clause.span)}`, callSpan ?? clause.span);
      }
    }
  }

  /** Evaluates a specification to a bool; undefined (and counted) when not evaluable. */
  private evalCondition(e: Expr, cx: Ctx): boolean | undefined {
    try {
      const v = deref(this.eval(e, { ...cx, spec: true }));
      if (v.t !== 'bool') throw new NotEvaluable('condition is not a bool');
      this.checked++;
      return v.v;
    } catch (err) {
      if (err instanceof NotEvaluable) {
        this.unchecked++;
        return undefined;
      }
      throw err;
    }
  }

  /**
   * Evaluates contract clauses of `decl` on concrete bindings, each to true, false, or
   * undefined when not evaluable (counted as unchecked). Used by the soundness oracle.
   */
  evalContract(decl: FnItem, clauses: Expr[], bindings: ContractBindings): (boolean | undefined)[] {
    const scopeOf = (binds: [string, Value][]): Scope => {
      const scope = new Scope();
      for (const [name, v] of binds) scope.bind(name, v);
      return scope;
    };
    const cx: Ctx = bindings.entry
      ? { scope: scopeOf(bindings.now), fn: decl, spec: true, oldScope: scopeOf(bindings.entry) }
      : { scope: scopeOf(bindings.now), fn: decl, spec: true, oldIsCurrent: true };
    return clauses.map((c) => this.evalCondition(c, cx));
  }

  // -------------------------------------------------------------------------
  // Blocks and statements

  execBlock(b: Block, outer: Ctx): Value {
    // Only `let` binds into the block's own scope; without one the outer scope serves.
    const cx: Ctx = b.stmts.some((s) => s.kind === 'let') ? { ...outer, scope: new Scope(outer.scope) } : outer;
    for (const s of b.stmts) this.execStmt(s, cx);
    return b.tail ? this.eval(b.tail, cx) : unit();
  }

  private tick(span: Span): void {
    if (++this.steps > this.stepLimit) throw new RuntimeError(`step limit exceeded (${this.stepLimit} steps)`, span);
  }

  private execStmt(s: Stmt, cx: Ctx): void {
    this.tick(s.span);
    switch (s.kind) {
      case 'let': {
        if (s.mode !== 'exec') {
          for (const name of patternNames(s.pattern)) cx.scope.bind(name, ERASED);
          return;
        }
        if (!s.init) {
          for (const name of patternNames(s.pattern)) cx.scope.bind(name, { t: 'uninit' });
          return;
        }
        const kind = declaredKind(s.ty) ?? (s.pattern.kind === 'ident' ? typeKind(s.pattern.ty) : undefined);
        const v = coerce(this.eval(s.init, cx), kind);
        const binds: [string, Value][] = [];
        if (!this.matchPattern(s.pattern, new Cell(v), 'move', binds, cx)) {
          // `let P = e else { .. }`: the block diverges (the checker made sure)
          if (s.elseBlock) this.execBlock(s.elseBlock, cx);
          throw new RuntimeError('refutable pattern in let did not match', s.span);
        }
        for (const [n, x] of binds) cx.scope.bind(n, x);
        return;
      }
      case 'expr': this.eval(s.expr, cx); return;
      case 'assign': this.execAssign(s.op, s.target, s.value, s.span, cx); return;
      case 'while': this.runLoop(s.label, cx, () => this.atLoopHead(s, cx) && truthy(this.eval(s.cond, cx), s.cond.span), s.body); return;
      case 'loop': this.runLoop(s.label, cx, () => this.atLoopHead(s, cx), s.body); return;
      case 'for': {
        if (s.iter) throw new Unsupported('for loop over an iterator that is no integer range', s.headSpan);
        const lo = deref(this.eval(s.start, cx));
        const hi = deref(this.eval(s.end, cx));
        if (lo.t !== 'int' || hi.t !== 'int') throw new Unsupported('for loop over a non-integer range', s.headSpan);
        const kind = lo.kind !== 'int' ? lo.kind : hi.kind;
        const end = s.inclusive ? hi.v : hi.v - 1n;
        let i = lo.v;
        this.runLoop(s.label, cx, () => i <= end, s.body, (scope) => {
          const binds: [string, Value][] = [];
          this.matchPattern(s.pattern, new Cell(int(i, kind)), 'move', binds, cx);
          for (const [n, x] of binds) scope.bind(n, x);
        }, () => { i++; });
        return;
      }
      case 'assert': {
        if (cx.spec) return;
        if (this.evalCondition(s.expr, cx) === false) throw new RuntimeError('assertion failed', s.span);
        return;
      }
      case 'assert_forall': this.unchecked++; return;
      case 'assume': case 'proof': case 'item': return;
    }
  }

  /** With checkLoopInvariants, panics where an invariant evaluates to false at the loop head; always true. */
  private atLoopHead(s: Stmt & { kind: 'while' | 'loop' }, cx: Ctx): boolean {
    if (!this.checkLoopInvariants || cx.spec) return true;
    for (const inv of [...s.invariants, ...s.invariantsExceptBreak]) {
      if (this.evalCondition(inv, cx) === false) throw new RuntimeError(`loop invariant does not hold: ${this.index.text(inv.span)}`, inv.span);
    }
    return true;
  }

  private runLoop(label: string | undefined, cx: Ctx, cond: () => boolean, body: Block,
    bindIter?: (scope: Scope) => void, next?: () => void): void {
    for (;;) {
      this.tick(body.span);
      if (!cond()) return;
      const iterCx: Ctx = { ...cx, scope: new Scope(cx.scope) };
      bindIter?.(iterCx.scope);
      try {
        this.execBlock(body, iterCx);
      } catch (e) {
        if (e instanceof BreakSignal && (e.label === undefined || e.label === label)) return;
        if (!(e instanceof ContinueSignal && (e.label === undefined || e.label === label))) throw e;
      }
      next?.();
    }
  }

  private execAssign(op: string, target: Expr, valueExpr: Expr, span: Span, cx: Ctx): void {
    forbidSpecMutation(cx.spec);
    const rhs = this.eval(valueExpr, cx);
    if (isGhostPlace(target, cx)) return;
    const place = this.place(target, cx);
    if (op === '=') {
      const old = place.get();
      const kind = old.t === 'int' ? old.kind : typeKind(target.ty);
      place.set(coerce(rhs, kind));
      return;
    }
    const cur = deref(place.get());
    const r = deref(rhs);
    if (cur.t === 'bool' && r.t === 'bool') {
      const b = op === '&=' ? cur.v && r.v : op === '|=' ? cur.v || r.v : cur.v !== r.v;
      place.set(bool(b));
      return;
    }
    if (cur.t !== 'int' || r.t !== 'int') throw new Unsupported(`compound assignment ${op} on ${showValue(cur)}`, span);
    const kind = cur.kind !== 'int' ? cur.kind : typeKind(target.ty) ?? r.kind;
    place.set(intBinary(op.slice(0, -1) as IntOp, cur.v, r.v, kind, cx.spec, span));
  }

  // -------------------------------------------------------------------------
  // Places

  /** The storage an lvalue expression denotes; temporaries get a fresh cell. */
  place(e: Expr, cx: Ctx): Place {
    switch (e.kind) {
      case 'path': {
        const local = this.localCell(e, cx);
        if (local) return local;
        break;
      }
      case 'field': {
        const base = autoDeref(this.place(e.base, cx));
        const v = base.get();
        if (v.t === 'struct' || v.t === 'enum') {
          // `x->V_f` on another variant has no value to compute (Verus leaves it unspecified)
          if (e.variant !== undefined && (v.t !== 'enum' || v.variant !== e.variant)) throw new NotEvaluable(`\`->\` on a value of another variant than ${e.variant}`);
          if (!(e.name in v.fields)) throw new Unsupported(`field ${e.name} of ${showValue(v)}`, e.nameSpan);
          return new SlotPlace(v.fields, e.name);
        }
        if (v.t === 'tuple') return new SlotPlace(v.elems, Number(e.name));
        if (v.t === 'erased') return new Cell(ERASED);
        throw new Unsupported(`field access .${e.name} on ${showValue(v)}`, e.nameSpan);
      }
      case 'index': {
        const base = autoDeref(this.place(e.base, cx));
        const v = base.get();
        const i = deref(this.eval(e.index, cx));
        if ((v.t === 'vec' || v.t === 'array' || v.t === 'seq') && i.t === 'int') {
          if (i.v < 0n || i.v >= BigInt(v.elems.length)) {
            if (cx.spec) throw new NotEvaluable('index out of range in a specification');
            throw new RuntimeError(`index out of bounds: the len is ${v.elems.length} but the index is ${i.v}`, e.span);
          }
          return new SlotPlace(v.elems, Number(i.v));
        }
        if (v.t === 'map') return new Cell(callBuiltinMethod({ name: 'index', recv: new Cell(v), args: [i], span: e.span, spec: true })!);
        if (v.t === 'erased' || i.t === 'erased') {
          if (cx.spec) throw new NotEvaluable('ghost value');
          return new Cell(ERASED);
        }
        throw new Unsupported(`indexing ${showValue(v)}`, e.span);
      }
      case 'unary':
        if (e.op === '*') {
          const p = this.place(e.operand, cx);
          const v = p.get();
          return v.t === 'ref' ? v.place : p; // `*b` on a Box is the box's own place
        }
        break;
      case 'trigger': return this.place(e.operand, cx);
      default: break;
    }
    return new Cell(this.eval(e, cx));
  }

  private localCell(e: PathExpr, cx: Ctx): Cell | undefined {
    if (e.res && e.res.kind !== 'local') return undefined;
    if (e.segments.length !== 1) return undefined;
    return cx.scope.lookup(e.segments[0]!);
  }

  /**
   * Reads a place as a value: a copy in exec code (Rust moves or copies, never shares).
   * Specifications never mutate (see forbidSpecMutation), so there they share the value:
   * copying a 64-entry Vec for every `self.rmp@[i]` of a quantifier dominated run time.
   */
  private read(p: Place, span: Span, cx: Ctx): Value {
    const v = p.get();
    if (v.t === 'uninit') throw new RuntimeError('use of an uninitialised variable', span);
    if (v.t === 'erased' && cx.spec) throw new NotEvaluable('ghost value');
    return cx.spec ? v : copyValue(v);
  }

  /** A value of this run's own: a copy in exec code, shared in specifications (see read). */
  private own(v: Value, cx: Ctx): Value {
    return cx.spec ? v : copyValue(v);
  }

  // -------------------------------------------------------------------------
  // Expressions

  eval(e: Expr, cx: Ctx): Value {
    this.tick(e.span);
    switch (e.kind) {
      case 'int': return int(e.value, typeKind(e.ty) ?? asIntKind(e.suffix) ?? 'int');
      case 'bool': return bool(e.value);
      case 'char': return { t: 'char', v: e.value };
      case 'str': return { t: 'str', v: e.value };
      case 'path': return this.evalPath(e, cx);
      case 'unary':
        if (e.res?.kind === 'builtin' && e.res.name.endsWith(OP_BOUND)) throw new Unsupported(`\`${e.op}\` through a trait bound`, e.span);
        return this.evalUnary(e.op, e.operand, e.ty, e.span, cx);
      case 'ref': return { t: 'ref', mut: e.mut, place: this.place(e.operand, cx) };
      case 'binary':
        // an operator through a user type's trait impl (src/check/operators.ts) is not run here
        if (e.res?.kind === 'fn') throw new Unsupported(`\`${e.op}\` through a trait impl`, e.span);
        // an operator through a type parameter's bound (src/check/op-specs.ts): its impl is not run here
        if (e.res?.kind === 'builtin' && e.res.name.endsWith(OP_BOUND)) throw new Unsupported(`\`${e.op}\` through a trait bound`, e.span);
        return this.evalBinary(e.op, e.left, e.right, e.ty, e.span, cx, e.rustOp === true);
      case 'chain': {
        let left = this.eval(e.operands[0]!, cx);
        for (let i = 0; i < e.ops.length; i++) {
          const right = this.eval(e.operands[i + 1]!, cx);
          if (!compare(e.ops[i]!, left, right, e.span, cx)) return bool(false);
          left = right;
        }
        return bool(true);
      }
      case 'call': return this.evalCall(e, cx);
      case 'method': return this.evalMethod(e, cx);
      case 'field': case 'index': return this.read(this.place(e, cx), e.span, cx);
      case 'try': {
        const v = deref(this.eval(e.operand, cx));
        if (v.t !== 'enum' || !e.family) throw new Unsupported('the `?` operator here', e.span);
        // `Err(x)` goes out as it is (the checker allows only the identity conversion)
        if (v.variant === 'Err' || v.variant === 'None') throw new ReturnSignal(v);
        return v.fields['0']!;
      }
      case 'cast': return this.evalCast(this.eval(e.operand, cx), e.target, e.ty, e.span, cx);
      case 'view': {
        const v = deref(this.eval(e.operand, cx));
        if (v.t === 'erased') throw new NotEvaluable('ghost value');
        // Spec seqs are never mutated in place, and specifications never mutate the Vec.
        if (v.t === 'vec' || v.t === 'array') return { t: 'seq', elems: cx.spec ? v.elems : v.elems.slice() };
        if (v.t === 'struct') {
          const view = this.index.method(v.name, 'view');
          if (view) return this.callFn(view, [{ t: 'ref', mut: false, place: new Cell(v) }], e.span, true);
        }
        return v;
      }
      case 'old': {
        if (cx.oldScope) return this.eval(e.operand, { ...cx, scope: cx.oldScope });
        if (!cx.oldIsCurrent) throw new NotEvaluable('old() outside a precondition');
        return this.eval(e.operand, cx);
      }
      case 'final':
        if (cx.oldScope) return this.eval(e.operand, cx);
        throw new NotEvaluable('final() outside a postcondition');
      case 'quant': return evalBoundedQuantifier(e, cx, (x, c) => this.eval(x, c));
      // a spec closure: made in specifications only; it reads the bindings where it is made
      // (nothing can change them while the specification is evaluated)
      case 'closure': return { t: 'closure', params: e.params.map((p) => p.name), body: e.body, env: cx };
      case 'trigger': return this.eval(e.operand, cx);
      case 'if': {
        if (truthy(this.eval(e.cond, cx), e.cond.span)) return this.execBlock(e.then, cx);
        if (!e.else) return unit();
        return 'stmts' in e.else ? this.execBlock(e.else, cx) : this.eval(e.else, cx);
      }
      case 'match': return this.evalMatch(e, cx);
      case 'is': {
        const v = deref(this.eval(e.operand, cx));
        if (v.t === 'erased') throw new NotEvaluable('ghost value');
        const want = e.res?.kind === 'variant' ? e.res.variant.name : e.variant[e.variant.length - 1];
        return bool(v.t === 'enum' && v.variant === want);
      }
      case 'block': return this.execBlock(e.block, cx);
      case 'struct': return this.evalStructLit(e, cx);
      case 'tuple': return e.elems.length === 0 ? unit() : { t: 'tuple', elems: e.elems.map((x) => this.eval(x, cx)) };
      case 'array': {
        if (e.repeat) {
          const v = this.eval(e.repeat.value, cx);
          const n = deref(this.eval(e.repeat.count, cx));
          if (n.t !== 'int') throw new Unsupported('array repeat count', e.span);
          return { t: 'array', elems: Array.from({ length: Number(n.v) }, () => copyValue(v)) };
        }
        return { t: 'array', elems: e.elems.map((x) => this.eval(x, cx)) };
      }
      case 'seq': return { t: 'seq', elems: e.elems.map((x) => deref(this.eval(x, cx))) };
      case 'macro': return this.evalMacro(e, cx);
      case 'return': throw new ReturnSignal(e.value ? this.eval(e.value, cx) : unit());
      case 'break': throw new BreakSignal(e.label);
      case 'continue': throw new ContinueSignal(e.label);
      case 'unsupported': throw new Unsupported(e.what, e.span);
    }
  }

  private evalPath(e: PathExpr, cx: Ctx): Value {
    const local = this.localCell(e, cx);
    if (local) return this.read(local, e.span, cx);
    const res = e.res;
    if (res?.kind === 'local') {
      // Bound but not in scope: a ghost binding the emulator never created.
      if (cx.spec) throw new NotEvaluable(`ghost variable ${res.name}`);
      return ERASED;
    }
    const target = res ? this.fromResolution(res) : this.fallbackTarget(e.segments, cx);
    if (target === 'builtin' || (!target && res?.kind === 'builtin')) {
      return this.builtinValue(res?.kind === 'builtin' ? res.name : e.segments.join('::'), e.span, cx);
    }
    if (!target) return this.builtinValue(e.segments.join('::'), e.span, cx);
    switch (target.kind) {
      case 'const': return this.constValue(target.info.qname, cx);
      case 'struct': return { t: 'struct', name: target.info.qname, fields: {} };
      case 'variant': return { t: 'enum', name: target.info.qname, variant: target.variant, fields: {} };
      case 'fn': throw new Unsupported(`function ${target.fn.name} used as a value`, e.span);
    }
  }

  private fromResolution(res: Resolution): PathTarget | 'builtin' | undefined {
    switch (res.kind) {
      case 'fn': return { kind: 'fn', fn: res.decl };
      case 'const': {
        const info = this.index.crate.consts.get(res.qname);
        return info ? { kind: 'const', info } : undefined;
      }
      case 'struct': {
        const info = this.index.crate.structs.get(res.qname);
        return info ? { kind: 'struct', info } : undefined;
      }
      case 'variant': {
        const info = this.index.enumByDeclName(res.enumDecl.name, res.qname);
        return info ? { kind: 'variant', info, variant: res.variant.name } : undefined;
      }
      case 'builtin': return 'builtin';
      case 'local': return undefined;
    }
  }

  private fallbackTarget(segments: string[], cx: Ctx): PathTarget | undefined {
    return this.index.resolvePath(segments, cx.fn);
  }

  private builtinValue(name: string, span: Span, cx: Ctx): Value {
    const short = name.replace(/^(std|core|vstd)::(option::)?(Option::)?/, '');
    if (short === 'None') return none();
    const m = /^(\w+)::(MAX|MIN|BITS)$/.exec(short);
    const kind = m ? asIntKind(m[1]) : undefined;
    if (m && kind && !isUnbounded(kind)) {
      const bits = kind === 'usize' || kind === 'isize' ? 64n : BigInt(kind.slice(1));
      const signed = kind.startsWith('i');
      if (m[2] === 'BITS') return int(bits, 'u32');
      if (m[2] === 'MAX') return int(signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n, kind);
      return int(signed ? -(1n << (bits - 1n)) : 0n, kind);
    }
    if (short === 'arbitrary') {
      if (cx.spec) throw new NotEvaluable('arbitrary()');
      return ERASED;
    }
    throw new Unsupported(`the name ${name}`, span);
  }

  private constValue(qname: string, cx: Ctx): Value {
    const cached = this.constCache.get(qname);
    if (cached) return copyValue(cached);
    const info = this.index.crate.consts.get(qname)!;
    const kind = typeKind(info.ty) ?? declaredKind(info.decl.ty);
    let v: Value;
    // a value out of its type's range comes from an initializer that overflows: run it, so it panics
    const overflows = typeof info.value === 'bigint' && kind !== undefined && !inRange(info.value, kind);
    if (overflows && info.decl.value && info.decl.mode !== 'spec') v = coerce(this.eval(info.decl.value, { scope: new Scope(), spec: false }), kind);
    else if (typeof info.value === 'bigint') v = int(info.value, kind ?? 'int');
    else if (typeof info.value === 'boolean') v = bool(info.value);
    else if (info.decl.value) v = coerce(this.eval(info.decl.value, { scope: new Scope(), spec: info.decl.mode === 'spec' || cx.spec }), kind);
    else throw new NotEvaluable(`const ${qname} has no value`);
    this.constCache.set(qname, v);
    return copyValue(v);
  }

  private evalUnary(op: '!' | '-' | '*', operandExpr: Expr, ty: Type | undefined, span: Span, cx: Ctx): Value {
    if (op === '*') {
      const v = this.eval(operandExpr, cx);
      return v.t === 'ref' ? this.read(v.place, span, cx) : v;
    }
    const v = deref(this.eval(operandExpr, cx));
    if (v.t === 'erased') return ghost(cx);
    if (op === '!') {
      if (v.t === 'bool') return bool(!v.v);
      if (v.t === 'int') return bitNot(v.v, typeKind(ty) ?? v.kind);
    } else if (v.t === 'int') {
      const kind = cx.spec ? 'int' : typeKind(ty) ?? v.kind;
      return negate(v.v, kind, cx.spec, span);
    }
    throw new Unsupported(`unary ${op} on ${showValue(v)}`, span);
  }

  /** `rustOp`: Rust's `+ - *` from a macro's expansion, wrapping into a machine type in a specification too. */
  private evalBinary(op: string, le: Expr, re: Expr, ty: Type | undefined, span: Span, cx: Ctx, rustOp = false): Value {
    switch (op) {
      case '&&': return bool(truthy(this.eval(le, cx), le.span) && truthy(this.eval(re, cx), re.span));
      case '||': return bool(truthy(this.eval(le, cx), le.span) || truthy(this.eval(re, cx), re.span));
      case '==>': return bool(!truthy(this.eval(le, cx), le.span) || truthy(this.eval(re, cx), re.span));
      case '<==': return bool(truthy(this.eval(le, cx), le.span) || !truthy(this.eval(re, cx), re.span));
      case '<==>': return bool(truthy(this.eval(le, cx), le.span) === truthy(this.eval(re, cx), re.span));
    }
    const a = deref(this.eval(le, cx));
    const b = deref(this.eval(re, cx));
    if (a.t === 'erased' || b.t === 'erased') return ghost(cx);
    switch (op) {
      case '==': case '===': case '=~=': case '=~~=': return bool(valueEquals(a, b));
      case '!=': case '!==': return bool(!valueEquals(a, b));
      case '<': case '<=': case '>': case '>=': return bool(compare(op, a, b, span, cx));
    }
    if (a.t === 'bool' && b.t === 'bool') {
      if (op === '&') return bool(a.v && b.v);
      if (op === '|') return bool(a.v || b.v);
      if (op === '^') return bool(a.v !== b.v);
    }
    if (a.t === 'seq' && b.t === 'seq' && op === '+') return { t: 'seq', elems: [...a.elems, ...b.elems] };
    if (a.t === 'set' && b.t === 'set' && (op === '+' || op === '-' || op === '*')) return setOperator(op, a.elems, b.elems);
    if (a.t !== 'int' || b.t !== 'int') throw new Unsupported(`operator ${op} on ${showValue(a)} and ${showValue(b)}`, span);
    const kind = resultKind(op, a.kind, b.kind, ty, cx.spec);
    if (rustOp && cx.spec) {
      const machine = typeKind(ty);
      if (machine && !isUnbounded(machine)) return int(wrap(intBinary(op as IntOp, a.v, b.v, 'int', true, span).v, machine), machine);
    }
    return intBinary(op as IntOp, a.v, b.v, kind, cx.spec, span);
  }

  private evalCast(v0: Value, target: TypeExpr, ty: Type | undefined, span: Span, cx: Ctx): Value {
    const v = deref(v0);
    if (v.t === 'erased') return ghost(cx);
    const ptr = ptrCastValue(v, ty);
    if (ptr) return ptr;
    const name = target.kind === 'path' ? target.segments[target.segments.length - 1] : undefined;
    if (name === 'char') {
      if (v.t === 'int') return { t: 'char', v: String.fromCodePoint(Number(wrap(v.v, 'u32'))) };
      return v;
    }
    const kind = asIntKind(name) ?? typeKind(ty);
    if (!kind) throw new Unsupported(`cast to ${name ?? 'this type'}`, span);
    let n: bigint;
    if (v.t === 'int') n = v.v;
    else if (v.t === 'bool') n = v.v ? 1n : 0n;
    else if (v.t === 'char') n = BigInt(v.v.codePointAt(0)!);
    else if (v.t === 'enum') n = this.discriminant(v);
    else throw new Unsupported(`cast of ${showValue(v)}`, span);
    return int(wrap(n, kind), kind);
  }

  private discriminant(v: EnumValue): bigint {
    const info = this.index.crate.enums.get(v.name);
    if (!info) throw new Unsupported(`discriminant of ${v.name}`);
    let next = 0n;
    for (const variant of info.variants) {
      const d = variant.discriminant ?? next;
      if (variant.name === v.variant) return d;
      next = d + 1n;
    }
    throw new Unsupported(`discriminant of ${v.name}::${v.variant}`);
  }

  // -------------------------------------------------------------------------
  // Calls, methods, constructors

  private evalArgs(args: Expr[], cx: Ctx): Value[] {
    return args.map((a) => (isGhostWrap(a) ? ERASED : this.eval(a, cx)));
  }

  /** Applies a `spec_fn` value (a spec closure) to arguments. */
  private apply = (f: Value, args: Value[], span: Span): Value => {
    const c = deref(f);
    if (c.t === 'erased') throw new NotEvaluable('ghost value');
    if (c.t !== 'closure') throw new Unsupported(`applying ${showValue(c)}`, span);
    const env = c.env as Ctx;
    const scope = new Scope(env.scope);
    c.params.forEach((p, i) => scope.bind(p, args[i] ?? unit()));
    return this.eval(c.body, { ...env, scope, spec: true });
  };

  private evalCall(e: CallExpr, cx: Ctx): Value {
    const callee = e.callee;
    if (callee.ty?.k === 'builtin' && callee.ty.name === 'FnSpec' || (callee.ty?.k === 'ref' && callee.ty.inner.k === 'builtin' && callee.ty.inner.name === 'FnSpec')) {
      return this.apply(this.eval(callee, cx), this.evalArgs(e.args, cx), e.span);
    }
    if (callee.kind !== 'path') throw new Unsupported('call of a computed function value', e.span);
    const res = callee.res;
    if (!res || res.kind === 'local') {
      const target = this.fallbackTarget(callee.segments, cx);
      if (target) return this.callTarget(target, e, cx);
      return this.callBuiltin(callee.segments.join('::'), e, cx);
    }
    const target = this.fromResolution(res);
    if (target === 'builtin' || !target) return this.callBuiltin(res.kind === 'builtin' ? res.name : callee.segments.join('::'), e, cx);
    return this.callTarget(target, e, cx);
  }

  private callTarget(target: PathTarget, e: CallExpr, cx: Ctx): Value {
    switch (target.kind) {
      case 'fn': {
        if (target.fn.mode === 'proof') return ERASED;
        const qname = this.index.qnameOf(target.fn);
        if (isLayoutFn(qname) && e.callee.kind === 'path') return layoutCall(qname, target.fn, e.callee, e.span, cx.spec);
        return this.callFn(target.fn, this.evalArgs(e.args, cx), e.span, cx.spec);
      }
      case 'struct':
        return { t: 'struct', name: target.info.qname, fields: this.tupleFields(e.args, cx) };
      case 'variant':
        return { t: 'enum', name: target.info.qname, variant: target.variant, fields: this.tupleFields(e.args, cx) };
      case 'const': throw new Unsupported('call of a constant', e.span);
    }
  }

  private tupleFields(args: Expr[], cx: Ctx): Record<string, Value> {
    const fields: Record<string, Value> = {};
    args.forEach((a, i) => { fields[String(i)] = this.eval(a, cx); });
    return fields;
  }

  private callBuiltin(name: string, e: CallExpr, cx: Ctx): Value {
    const short = name.replace(/^(std|core|vstd)::((option|vec|seq|set|map|boxed|prelude)::)?/, '');
    switch (short) {
      case 'Some': case 'Option::Some': return some(this.eval(e.args[0]!, cx));
      case 'Ghost': case 'Tracked': return ERASED;
      case 'Box::new': return this.eval(e.args[0]!, cx);
      case 'Vec::new': case 'Vec::with_capacity': return { t: 'vec', elems: [] };
      case 'Seq::empty': return { t: 'seq', elems: [] };
      case 'Set::empty': case 'ISet::empty': return { t: 'set', elems: [] };
      case 'Map::empty': case 'IMap::empty': return { t: 'map', entries: [] };
      case 'Seq::new': {
        const [n, f] = this.evalArgs(e.args, cx);
        const len = n && deref(n);
        if (len?.t !== 'int') throw new NotEvaluable('Seq::new of a ghost length');
        if (len.v > 100_000n) throw new NotEvaluable('Seq::new of a long sequence');
        return { t: 'seq', elems: Array.from({ length: Number(len.v) }, (_, i) => deref(this.apply(f!, [int(BigInt(i))], e.span))) };
      }
      // (`Set::new` is `Some` of a finite set: not known here; `Map::new(keys, fv)` is over `keys`)
      case 'Set::range': case 'Set::range_inclusive': {
        const [lo, hi] = this.evalArgs(e.args, cx).map(deref);
        if (lo?.t !== 'int' || hi?.t !== 'int') throw new NotEvaluable(`${short} of ghost bounds`);
        const top = short === 'Set::range' ? hi.v : hi.v + 1n;
        if (top - lo.v > 100_000n) throw new NotEvaluable(`${short} of a large range`);
        const elems: Value[] = [];
        for (let i = lo.v; i < top; i++) elems.push(int(i, lo.kind));
        return { t: 'set', elems };
      }
      // (sets and maps of every value a closure accepts: not finite collections to compute with)
      case 'Set::new': case 'Map::new': case 'ISet::new': case 'IMap::new': case 'Set::full': case 'ISet::full': throw new NotEvaluable(`${short} (a set given by a predicate)`);
      case 'reveal': case 'reveal_with_fuel': case 'admit': return unit();
      case 'arbitrary': return ghost(cx);
      case 'proofgate::interval': {
        // a harness input: one concrete value of `lo..=hi`, chosen by the test runner's sampling
        if (cx.spec) throw new NotEvaluable('proofgate::interval in a specification');
        const [lo, hi] = e.args.map((a) => this.eval(a, cx));
        if (lo?.t !== 'int' || hi?.t !== 'int') throw new Unsupported('proofgate::interval of non-integers', e.span);
        if (lo.v > hi.v) throw new RuntimeError(`empty interval: ${lo.v} > ${hi.v}`, e.span);
        const v = this.draw(lo.v, hi.v);
        this.drawn.push(v);
        return int(v, typeKind(e.ty) ?? lo.kind);
      }
    }
    // `Vec::len(&v)`, `Option::unwrap(x)`: a method called as an associated fn.
    const m = /^\w+::(\w+)$/.exec(short);
    if (m && e.args.length > 0) {
      const args = this.evalArgs(e.args, cx);
      const recv = autoDeref(new Cell(args[0]!));
      const out = callBuiltinMethod({ name: m[1]!, recv, args: args.slice(1), span: e.span, spec: cx.spec, apply: this.apply });
      if (out) return out;
    }
    throw new Unsupported(`call of ${name}`, e.span);
  }

  private evalMethod(e: MethodCallExpr, cx: Ctx): Value {
    let decl: FnItem | undefined = e.res?.kind === 'fn' ? e.res.decl : undefined;
    let recvPlace: Place | undefined;
    if (!decl && e.res?.kind !== 'builtin') {
      recvPlace = autoDeref(this.place(e.receiver, cx));
      const r = recvPlace.get();
      if (r.t === 'struct' || r.t === 'enum') decl = this.index.method(r.name, e.method);
    }
    if (decl) {
      if (decl.mode === 'proof') return ERASED;
      const self = decl.params[0];
      let selfArg: Value;
      if (self?.name === 'self' && self.ty.kind === 'ref') {
        selfArg = { t: 'ref', mut: self.ty.mut, place: recvPlace ?? autoDeref(this.place(e.receiver, cx)) };
      } else {
        selfArg = this.own((recvPlace ?? autoDeref(this.place(e.receiver, cx))).get(), cx);
      }
      return this.callFn(decl, [selfArg, ...this.evalArgs(e.args, cx)], e.span, cx.spec);
    }
    if (e.res?.kind === 'builtin' && /^(Tracked|Ghost)::/.test(e.res.name)) return ghost(cx);
    if (e.res?.kind === 'builtin' && e.res.name === OPTION_MAP && e.args[0]?.kind === 'closure') {
      // `opt.map(|x| body)`: the closure runs on a `Some`'s value (src/check/option-map.ts)
      const o = deref(this.eval(e.receiver, cx));
      if (o.t !== 'enum' || o.name !== 'Option') throw new Unsupported('`map` of this value', e.span);
      if (o.variant !== 'Some') return none();
      const c = e.args[0];
      const scope = new Scope(cx.scope);
      scope.bind(c.params[0]!.name, o.fields['0']!);
      return some(this.eval(c.body, { ...cx, scope }));
    }
    if (e.res?.kind === 'builtin' && e.res.name === BOOL_THEN && e.args[0]?.kind === 'closure') {
      // `cond.then(|| body)`: the closure runs when `cond` holds (src/check/option-map.ts)
      const b = deref(this.eval(e.receiver, cx));
      if (b.t !== 'bool') throw new Unsupported('`then` of this value', e.span);
      if (!b.v) return none();
      return some(this.eval(e.args[0].body, { ...cx, scope: new Scope(cx.scope) }));
    }
    recvPlace ??= autoDeref(this.place(e.receiver, cx));
    const args = this.evalArgs(e.args, cx);
    const out = callBuiltinMethod({ name: e.method, recv: recvPlace, args, span: e.span, spec: cx.spec, apply: this.apply });
    if (out === undefined) throw new Unsupported(`method ${e.method} on ${showValue(recvPlace.get())}`, e.methodSpan);
    return out;
  }

  private evalStructLit(e: StructLitExpr, cx: Ctx): Value {
    const target = e.res ? this.fromResolution(e.res) : this.fallbackTarget(e.path, cx);
    if (!target || target === 'builtin' || (target.kind !== 'struct' && target.kind !== 'variant')) {
      throw new Unsupported(`struct literal ${e.path.join('::')}`, e.pathSpan);
    }
    const given: Record<string, Value> = {};
    for (const f of e.fields) given[f.name] = this.eval(f.value, cx);
    const base = e.base ? deref(this.eval(e.base, cx)) : undefined;
    const declared = target.kind === 'struct'
      ? target.info.fields.map((f) => f.name)
      : target.info.variants.find((v) => v.name === target.variant)?.fields.map((f) => f.name) ?? [];
    const fields: Record<string, Value> = {};
    for (const name of declared.length ? declared : Object.keys(given)) {
      if (name in given) fields[name] = coerce(given[name]!, fieldKind(target, name));
      else if (base && (base.t === 'struct' || base.t === 'enum') && name in base.fields) fields[name] = this.own(base.fields[name]!, cx);
      else fields[name] = ERASED; // ghost fields the literal may omit
    }
    return target.kind === 'struct'
      ? { t: 'struct', name: target.info.qname, fields }
      : { t: 'enum', name: target.info.qname, variant: target.variant, fields };
  }

  private evalMacro(e: MacroExpr, cx: Ctx): Value {
    const args = e.args ?? [];
    const name = e.name.replace(/!$/, '');
    switch (name) {
      case 'vec': {
        if (!e.args) throw new Unsupported('vec! with this argument form', e.span);
        return { t: 'vec', elems: args.map((a) => copyValue(deref(this.eval(a, cx)))) };
      }
      case 'assert': case 'debug_assert': {
        if (!e.args) throw new Unsupported(`${name}! with these arguments`, e.span);
        if (!truthy(this.eval(args[0]!, cx), e.span)) {
          throw new RuntimeError(`assertion failed: ${this.index.text(args[0]!.span)}`, e.span);
        }
        return unit();
      }
      case 'assert_eq': case 'assert_ne': case 'debug_assert_eq': case 'debug_assert_ne': {
        if (!e.args || args.length < 2) throw new Unsupported(`${name}! with these arguments`, e.span);
        const a = this.eval(args[0]!, cx);
        const b = this.eval(args[1]!, cx);
        const eq = name.endsWith('eq');
        if (valueEquals(a, b) !== eq) {
          throw new RuntimeError(`assertion \`left ${eq ? '==' : '!='} right\` failed: left: ${showValue(deref(a))}, right: ${showValue(deref(b))}`, e.span);
        }
        return unit();
      }
      case 'panic': throw new RuntimeError(this.panicMessage(args, cx) ?? 'explicit panic', e.span);
      case 'unimplemented': throw new RuntimeError('not implemented', e.span);
      case 'todo': throw new RuntimeError('not yet implemented', e.span);
      case 'unreachable': throw new RuntimeError('internal error: entered unreachable code', e.span);
      case 'println': case 'print': case 'eprintln': case 'eprint': return unit();
      case 'dbg': return args[0] ? this.eval(args[0], cx) : unit();
      case 'proof': return unit();
    }
    throw new Unsupported(`macro ${name}!`, e.span);
  }

  private panicMessage(args: Expr[], cx: Ctx): string | undefined {
    const first = args[0];
    if (!first || first.kind !== 'str') return undefined;
    let k = 1;
    return first.value.replace(/\{[^}]*\}/g, () => {
      const a = args[k++];
      return a ? showValue(deref(this.eval(a, cx))) : '{}';
    });
  }

  // -------------------------------------------------------------------------
  // match and patterns

  private evalMatch(e: MatchExpr, cx: Ctx): Value {
    const s = e.scrutinee;
    const placeLike = s.kind === 'path' || s.kind === 'field' || s.kind === 'index' || (s.kind === 'unary' && s.op === '*');
    const place = placeLike ? this.place(s, cx) : new Cell(this.eval(s, cx));
    if (deref(place.get()).t === 'erased') return ghost(cx);
    for (const arm of e.arms) {
      const binds: [string, Value][] = [];
      if (!this.matchPattern(arm.pattern, place, 'move', binds, cx)) continue;
      const armCx: Ctx = { ...cx, scope: new Scope(cx.scope) };
      for (const [n, v] of binds) armCx.scope.bind(n, v);
      if (arm.guard && !truthy(this.eval(arm.guard, armCx), arm.guard.span)) continue;
      return this.eval(arm.body, armCx);
    }
    throw new RuntimeError(`no match arm for ${showValue(place.get())}`, e.span);
  }

  /** Matches `p` against the value stored at `place`, collecting bindings. */
  private matchPattern(p: Pattern, place: Place, mode: BindMode, binds: [string, Value][], cx: Ctx): boolean {
    if (p.kind === 'wild') return true;
    if (p.kind === 'ident') {
      const asPath = this.identAsPath(p.name, cx);
      if (asPath) return this.matchPattern({ kind: 'path', path: [p.name], span: p.span }, place, mode, binds, cx);
      const v = place.get();
      if (p.byRef) binds.push([p.name, { t: 'ref', mut: p.mut, place }]);
      else if (mode !== 'move' && v.t !== 'ref') binds.push([p.name, { t: 'ref', mut: mode === 'refmut', place }]);
      else binds.push([p.name, this.own(v, cx)]);
      return true;
    }
    if (p.kind === 'or') {
      for (const alt of p.alts) {
        const mine: [string, Value][] = [];
        if (this.matchPattern(alt, place, mode, mine, cx)) { binds.push(...mine); return true; }
      }
      return false;
    }
    // Default binding modes: matching through a reference binds by reference.
    let v = place.get();
    while (v.t === 'ref') {
      mode = v.mut && mode !== 'ref' ? 'refmut' : 'ref';
      place = v.place;
      v = place.get();
    }
    switch (p.kind) {
      case 'tuple':
        if (v.t !== 'tuple') return false;
        return p.elems.every((q, i) => this.matchPattern(q, new SlotPlace(v.elems, i), mode, binds, cx));
      case 'tuple_struct': {
        const last = p.path[p.path.length - 1]!;
        const builtin = p.res?.kind === 'builtin' ? p.res.name : undefined;
        if (builtin === 'Tracked' || builtin === 'Ghost' || (!p.res && (last === 'Tracked' || last === 'Ghost'))) {
          for (const q of p.elems) for (const n of patternNames(q)) binds.push([n, ERASED]);
          return true;
        }
        if (v.t === 'erased') { ghost(cx); return false; }
        if (v.t !== 'struct' && v.t !== 'enum') return false;
        if (v.t === 'enum' && v.variant !== this.variantName(p, last)) return false;
        return p.elems.every((q, i) => this.matchPattern(q, new SlotPlace(v.fields, String(i)), mode, binds, cx));
      }
      case 'struct': {
        if (v.t !== 'struct' && v.t !== 'enum') return false;
        if (v.t === 'enum' && v.variant !== this.variantName(p, p.path[p.path.length - 1]!)) return false;
        return p.fields.every((f) => f.name in v.fields && this.matchPattern(f.pattern, new SlotPlace(v.fields, f.name), mode, binds, cx));
      }
      case 'path': {
        const last = p.path[p.path.length - 1]!;
        if (p.res?.kind === 'const' || (!p.res && this.index.resolvePath(p.path, cx.fn)?.kind === 'const')) {
          const qname = p.res?.kind === 'const' ? p.res.qname : (this.index.resolvePath(p.path, cx.fn) as { info: { qname: string } }).info.qname;
          return valueEquals(v, this.constValue(qname, cx));
        }
        if (v.t === 'enum') return v.variant === this.variantName(p, last);
        return v.t === 'struct';
      }
      case 'lit': return valueEquals(v, this.eval(p.value, cx));
      case 'range': {
        if (p.lo && compareRaw(v, deref(this.eval(p.lo, cx))) < 0) return false;
        if (p.hi) {
          const c = compareRaw(v, deref(this.eval(p.hi, cx)));
          if (p.inclusive ? c > 0 : c >= 0) return false;
        }
        return true;
      }
    }
  }

  private variantName(p: { res?: Resolution }, written: string): string {
    if (p.res?.kind === 'variant') return p.res.variant.name;
    if (p.res?.kind === 'builtin') return p.res.name.replace(/^Option::/, '');
    return written;
  }

  /** An ident pattern that names a unit variant or const (`None`, `Red` after `use E::*`). */
  private identAsPath(name: string, cx: Ctx): boolean {
    if (name === 'None') return true;
    if (!/^[A-Z]/.test(name)) return false;
    const t = this.index.resolvePath([name], cx.fn);
    return t?.kind === 'variant' || t?.kind === 'const';
  }
}

// ---------------------------------------------------------------------------
// Quantifiers whose binders the body bounds (`forall|i: int| 0 <= i < n ==> P(i)`)

const QUANT_BUDGET = 100_000;

/**
 * forall/exists over integer binders, each bounded by comparisons in the guard
 * (forall: the left of `==>`; exists: the conjuncts of the body). Anything else is
 * an unbounded domain: NotEvaluable.
 */
function evalBoundedQuantifier(e: QuantExpr, cx: Ctx, evalIn: (x: Expr, c: Ctx) => Value): Value {
  if (!cx.spec || e.quant === 'choose') throw new NotEvaluable(`${e.quant} in this position`);
  const kinds = e.binders.map((b) => declaredKind(b.ty));
  if (kinds.some((k) => k === undefined)) throw new NotEvaluable('quantifier over a non-integer type');
  const body = stripTrigger(e.body);
  const guard = e.quant === 'forall' ? (body.kind === 'binary' && body.op === '==>' ? body.left : undefined) : body;
  if (!guard) throw new NotEvaluable('quantifier without a bounding guard');
  const comparisons = conjuncts(guard).flatMap(asComparisons);
  let budget = QUANT_BUDGET;
  const wantAll = e.quant === 'forall';
  const visit = (k: number, scope: Scope): boolean => {
    if (k === e.binders.length) {
      const v = deref(evalIn(e.body, { ...cx, scope }));
      if (v.t !== 'bool') throw new NotEvaluable('quantifier body is not a bool');
      return v.v;
    }
    const b = e.binders[k]!;
    const kind = kinds[k]!;
    const [lo, hi] = binderRange(b.name, kind, comparisons, { ...cx, scope }, evalIn);
    for (let i = lo; i <= hi; i++) {
      if (--budget < 0) throw new NotEvaluable('quantifier range too large');
      const inner = new Scope(scope);
      inner.bind(b.name, int(i, kind));
      if (visit(k + 1, inner) !== wantAll) return !wantAll;
    }
    return wantAll;
  };
  return bool(visit(0, cx.scope));
}

function stripTrigger(e: Expr): Expr {
  return e.kind === 'trigger' ? stripTrigger(e.operand) : e;
}

function conjuncts(e: Expr): Expr[] {
  e = stripTrigger(e);
  if (e.kind === 'binary' && e.op === '&&') return [...conjuncts(e.left), ...conjuncts(e.right)];
  return [e];
}

type Comparison = { op: '<' | '<=' | '>' | '>='; left: Expr; right: Expr };

function asComparisons(e: Expr): Comparison[] {
  if (e.kind === 'binary' && (e.op === '<' || e.op === '<=' || e.op === '>' || e.op === '>=')) {
    return [{ op: e.op, left: e.left, right: e.right }];
  }
  if (e.kind === 'chain') {
    const out: Comparison[] = [];
    e.ops.forEach((op, i) => { if (op !== '==') out.push({ op, left: e.operands[i]!, right: e.operands[i + 1]! }); });
    return out;
  }
  return [];
}

function isName(e: Expr, name: string): boolean {
  e = stripTrigger(e);
  return e.kind === 'path' && e.segments.length === 1 && e.segments[0] === name;
}

/** Inclusive range of binder `name` implied by the guard's comparisons. */
function binderRange(name: string, kind: IntKind, comps: Comparison[], cx: Ctx, evalIn: (x: Expr, c: Ctx) => Value): [bigint, bigint] {
  let lo: bigint | undefined = kind === 'nat' || (!isUnbounded(kind) && !kind.startsWith('i')) ? 0n : undefined;
  let hi: bigint | undefined;
  const bound = (x: Expr): bigint | undefined => {
    try {
      const v = deref(evalIn(x, cx));
      return v.t === 'int' ? v.v : undefined;
    } catch (err) {
      if (err instanceof NotEvaluable || err instanceof Unsupported) return undefined;
      throw err;
    }
  };
  for (const c of comps) {
    // Normalise to `name OP other`.
    let op = c.op;
    let other: Expr;
    if (isName(c.left, name)) other = c.right;
    else if (isName(c.right, name)) {
      other = c.left;
      op = ({ '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const)[op];
    } else continue;
    const v = bound(other);
    if (v === undefined) continue;
    if (op === '<') hi = hi === undefined || v - 1n < hi ? v - 1n : hi;
    else if (op === '<=') hi = hi === undefined || v < hi ? v : hi;
    else if (op === '>') lo = lo === undefined || v + 1n > lo ? v + 1n : lo;
    else lo = lo === undefined || v > lo ? v : lo;
  }
  if (lo === undefined || hi === undefined) throw new NotEvaluable(`quantified ${name} is not bounded`);
  return [lo, hi];
}

// ---------------------------------------------------------------------------
// Helpers

function ghost(cx: Ctx): Value {
  if (cx.spec) throw new NotEvaluable('ghost value');
  return ERASED;
}

function truthy(v0: Value, span: Span): boolean {
  const v = deref(v0);
  if (v.t === 'bool') return v.v;
  if (v.t === 'erased') throw new NotEvaluable('ghost value');
  throw new Unsupported(`condition of value ${showValue(v)}`, span);
}

function compareRaw(a: Value, b: Value): number {
  a = deref(a);
  b = deref(b);
  if (a.t === 'int' && b.t === 'int') return a.v < b.v ? -1 : a.v > b.v ? 1 : 0;
  if (a.t === 'char' && b.t === 'char') return a.v.codePointAt(0)! - b.v.codePointAt(0)!;
  if (a.t === 'bool' && b.t === 'bool') return Number(a.v) - Number(b.v);
  if (a.t === 'erased' || b.t === 'erased') throw new NotEvaluable('ghost value');
  throw new Unsupported(`ordering of ${showValue(a)} and ${showValue(b)}`);
}

function compare(op: string, a: Value, b: Value, span: Span, cx: Ctx): boolean {
  if (op === '==') return valueEquals(a, b);
  let c: number;
  try {
    c = compareRaw(a, b);
  } catch (e) {
    if (e instanceof Unsupported) throw new Unsupported(e.what, span);
    if (e instanceof NotEvaluable && !cx.spec) throw e;
    throw e;
  }
  switch (op) {
    case '<': return c < 0;
    case '<=': return c <= 0;
    case '>': return c > 0;
    default: return c >= 0;
  }
}

function resultKind(op: string, a: IntKind, b: IntKind, ty: Type | undefined, spec: boolean): IntKind {
  const fromTy = typeKind(ty);
  if (spec && (op === '+' || op === '-' || op === '*' || op === '/' || op === '%')) {
    return fromTy && isUnbounded(fromTy) ? fromTy : 'int';
  }
  if (op === '<<' || op === '>>') return fromTy ?? a;
  return fromTy ?? (a !== 'int' ? a : b);
}

function typeKind(t: Type | undefined): IntKind | undefined {
  if (!t) return undefined;
  if (t.k === 'int') return t.kind;
  return undefined;
}

function declaredKind(t: TypeExpr | undefined): IntKind | undefined {
  if (!t || t.kind !== 'path' || t.segments.length !== 1) return undefined;
  return asIntKind(t.segments[0]);
}

function fieldKind(target: PathTarget, name: string): IntKind | undefined {
  if (target.kind === 'struct') return typeKind(target.info.fields.find((f) => f.name === name)?.ty);
  if (target.kind === 'variant') {
    return typeKind(target.info.variants.find((v) => v.name === target.variant)?.fields.find((f) => f.name === name)?.ty);
  }
  return undefined;
}

/** Retags an integer with its declared kind (literals typed by context, exec ints passed to spec `int`). */
function coerce(v: Value, kind: IntKind | undefined): Value {
  if (!kind || v.t !== 'int' || v.kind === kind) return v;
  return int(v.v, kind);
}

/** A copy sharing nothing with v, through references too (a parameter's value on entry). */
function snapshot(v: Value): Value {
  if (v.t === 'ref') return { t: 'ref', mut: v.mut, place: new Cell(snapshot(v.place.get())) };
  return copyValue(v);
}

function autoDeref(p: Place): Place {
  let v = p.get();
  while (v.t === 'ref') {
    p = v.place;
    v = p.get();
  }
  return p;
}

function isGhostWrap(e: Expr): boolean {
  if (e.kind !== 'call' || e.callee.kind !== 'path') return false;
  const res = e.callee.res;
  if (res?.kind === 'builtin') return res.name === 'Ghost' || res.name === 'Tracked';
  const segs = e.callee.segments;
  return !res && segs.length === 1 && (segs[0] === 'Ghost' || segs[0] === 'Tracked');
}

/** Assignments to ghost variables are ghost code (erased). */
function isGhostPlace(target: Expr, cx: Ctx): boolean {
  let base: Expr = target;
  while (base.kind === 'field' || base.kind === 'index' || (base.kind === 'unary' && base.op === '*')) {
    base = base.kind === 'unary' ? base.operand : base.base;
  }
  if (base.kind !== 'path') return false;
  if (base.res?.kind === 'local' && base.res.mode !== 'exec') return true;
  const cell = base.segments.length === 1 ? cx.scope.lookup(base.segments[0]!) : undefined;
  return cell?.value.t === 'erased';
}

function patternNames(p: Pattern): string[] {
  switch (p.kind) {
    case 'ident': return [p.name];
    case 'tuple': case 'tuple_struct': return p.elems.flatMap(patternNames);
    case 'struct': return p.fields.flatMap((f) => patternNames(f.pattern));
    case 'or': return p.alts[0] ? patternNames(p.alts[0]) : [];
    default: return [];
  }
}
