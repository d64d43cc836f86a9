/**
 * The state of lowering one function: its locals, the statement buffer being filled, the
 * mode (ghost code has no run-time checks), the loops in scope, and substitutions of locals
 * (a callee's contract is lowered with its parameters replaced by the call's arguments).
 */
import type { CheckedCrate, FnInfo } from '../check/program.js';
import { INT, intRange, isSigned, UNIT, type IntKind, type Type } from '../check/types.js';
import type { Scc } from '../check/callgraph.js';
import type { CheckCond, CheckInfo, IrExpr, IrLocal, IrSpan, IrStmt, LocalMode } from './types.js';

/** A construct the lowering does not handle yet: the function's result is `unsupported`. */
export class IrUnsupported extends Error {
  constructor(readonly what: string, readonly span: IrSpan) {
    super(what);
  }
}

/** Strips references, Box, Ghost and Tracked (all transparent in the IR's value semantics). */
export function strip(t: Type): Type {
  let cur = t;
  for (;;) {
    if (cur.k === 'ref') cur = cur.inner;
    else if (cur.k === 'builtin' && (cur.name === 'Box' || cur.name === 'Ghost' || cur.name === 'Tracked') && cur.args[0]) cur = cur.args[0];
    else return cur;
  }
}

export function intKindOf(t: Type | undefined): IntKind | undefined {
  if (!t) return undefined;
  const s = strip(t);
  return s.k === 'int' ? s.kind : undefined;
}

export function isMachine(k: IntKind | undefined): k is IntKind {
  return k !== undefined && k !== 'int' && k !== 'nat';
}

/** Whether every value of kind `from` is a value of kind `to`. */
export function containsKind(to: IntKind, from: IntKind): boolean {
  if (to === from || to === 'int') return true;
  if (to === 'nat') return from === 'nat' || (isMachine(from) && !isSigned(from));
  if (from === 'int' || from === 'nat') return false;
  const a = intRange(to)!;
  const b = intRange(from)!;
  return b.min >= a.min && b.max <= a.max;
}

export function isMutRef(t: Type): boolean {
  let cur = t;
  while (cur.k === 'builtin' && (cur.name === 'Tracked' || cur.name === 'Ghost') && cur.args[0]) cur = cur.args[0];
  return cur.k === 'ref' && cur.mut;
}

/** Whether a `&mut` occurs anywhere in the type (a tuple element, an Option's content, ...). */
export function containsMutRef(t: Type): boolean {
  switch (t.k) {
    case 'ref': return t.mut || containsMutRef(t.inner);
    case 'tuple': return t.elems.some(containsMutRef);
    case 'array': case 'slice': return containsMutRef(t.elem);
    case 'builtin': case 'adt': return t.args.some(containsMutRef);
    default: return false;
  }
}

export interface LoopScope {
  id: number;
  label?: string;
  /** Emits the checks due when leaving the loop by `break` at `span`. */
  onBreak: (span: IrSpan) => void;
}

const TEMP_BASE = 1_000_000_000;

export class Cx {
  out: IrStmt[] = [];
  ghost: boolean;
  /** Lowering a spec expression: no statements may be produced. */
  pure = false;
  /** Lowering the body of an external_body fn (for the analysis): explicit panics are aborts. */
  trustedBody = false;
  /** Reads of parameters mean their entry values (a caller's `decreases` at a recursive call). */
  atEntry = false;
  /** Substitutions of locals by expressions (current and `old` versions). */
  env = new Map<number, IrExpr>();
  oldEnv = new Map<number, IrExpr>();
  readonly locals = new Map<number, IrLocal>();
  readonly paramIds = new Set<number>();
  /**
   * Locals holding exec values (exec parameters of exec fns, exec `let`s): the only ones
   * known to meet their type invariants, since only exec constructions are checked.
   */
  readonly execValues = new Set<number>();
  loops: LoopScope[] = [];
  private temps = 0;
  private loopIds = 0;
  private readonly texts = new Map<string, string>();

  constructor(readonly crate: CheckedCrate, readonly fn: FnInfo, readonly scc: Scc) {
    this.ghost = fn.decl.mode !== 'exec';
    for (const f of crate.files) this.texts.set(f.path, f.text);
  }

  text(span: IrSpan): string {
    return (this.texts.get(span.file) ?? '').slice(span.start, span.end).replace(/\s+/g, ' ').replace(/;$/, '');
  }

  emit(s: IrStmt): void {
    if (this.pure) throw new IrUnsupported('this construct in a spec expression', s.span);
    this.out.push(s);
  }

  /** A run-time check: only in exec code (ghost code is erased and never runs). */
  runtimeCheck(cond: CheckCond, info: Omit<CheckInfo, 'text'>, span: IrSpan): void {
    if (this.ghost) return;
    this.check(cond, info, span);
  }

  check(cond: CheckCond, info: Omit<CheckInfo, 'text'>, span: IrSpan): void {
    this.emit({ k: 'check', cond, info: { ...info, text: this.text(span) }, span });
  }

  local(id: number, name: string, ty: Type, mode: LocalMode, origin: IrLocal['origin']): IrLocal {
    const l: IrLocal = { id, name, ty, mode, origin };
    this.locals.set(id, l);
    return l;
  }

  temp(name: string, ty: Type): IrLocal {
    const id = TEMP_BASE + this.temps++;
    return this.local(id, `${name}%${this.temps - 1}`, ty, this.ghost ? 'ghost' : 'exec', 'temp');
  }

  newLoopId(): number { return this.loopIds++; }

  /** Runs `f` with statements going to a fresh buffer; returns them. */
  collect<T>(f: () => T): { stmts: IrStmt[]; value: T } {
    const saved = this.out;
    this.out = [];
    try {
      const value = f();
      return { stmts: this.out, value };
    } finally {
      this.out = saved;
    }
  }

  with<T>(over: { ghost?: boolean; pure?: boolean; atEntry?: boolean }, f: () => T): T {
    const saved = { ghost: this.ghost, pure: this.pure, atEntry: this.atEntry };
    if (over.ghost) this.ghost = true;
    if (over.pure !== undefined) this.pure = over.pure;
    if (over.atEntry !== undefined) this.atEntry = over.atEntry;
    try { return f(); } finally { Object.assign(this, saved); }
  }

  /** With locals substituted (a callee's contract). */
  withEnv<T>(env: Map<number, IrExpr>, oldEnv: Map<number, IrExpr>, f: () => T): T {
    const saved = { env: this.env, oldEnv: this.oldEnv, atEntry: this.atEntry };
    this.env = env;
    this.oldEnv = oldEnv;
    this.atEntry = false;
    try { return f(); } finally { Object.assign(this, saved); }
  }
}

export function varOf(l: IrLocal, span: IrSpan): IrExpr {
  return { k: 'var', id: l.id, name: l.name, ty: l.ty, at: 'now', span };
}

export function unitValue(span: IrSpan): IrExpr {
  return { k: 'ctor', adt: '', fields: [], ty: UNIT, span };
}

export function boolLit(value: boolean, span: IrSpan): IrExpr {
  return { k: 'bool', value, ty: { k: 'bool' }, span };
}

export function intLit(value: bigint, ty: Type, span: IrSpan): IrExpr {
  return { k: 'int', value, ty, span };
}

export function andAll(xs: IrExpr[], span: IrSpan): IrExpr {
  const ys = xs.filter((x) => !(x.k === 'bool' && x.value));
  if (ys.length === 0) return boolLit(true, span);
  return ys.reduce((a, b) => ({ k: 'logic', op: 'and', left: a, right: b, ty: { k: 'bool' }, span }));
}

export function notE(x: IrExpr): IrExpr {
  return { k: 'not', arg: x, ty: { k: 'bool' }, span: x.span };
}

/** The value with its integer kind changed to `to` where it differs (explicit widening). */
export function coerce(x: IrExpr, to: Type): IrExpr {
  const a = intKindOf(x.ty);
  const b = intKindOf(to);
  if (!a || !b || a === b || !containsKind(b, a)) return x;
  return { k: 'cast', arg: x, from: x.ty, how: 'widen', explicit: false, ty: { k: 'int', kind: b }, span: x.span };
}

export const INT_TY = INT;
