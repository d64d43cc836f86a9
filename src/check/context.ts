/**
 * The state of checking one body (fn body with its clauses, or a const initializer):
 * lexical scopes of locals, the inference engine, the current code mode, and the
 * list of annotations to finalize (substitute inference variables) at the end.
 */
import type { Expr, FnItem } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import type { Diags } from './diagnostics.js';
import { Infer } from './infer.js';
import type { TypeScope } from './lower-type.js';
import type { LocalMode, Resolution } from './resolution.js';
import type { CrateTables } from './scopes.js';
import type { IdGen, Signatures } from './signatures.js';
import type { Type } from './types.js';

export type IntLiteral = Extract<Expr, { kind: 'int' }>;

/** The mode of the code being checked. */
export type CodeMode = 'exec' | 'proof' | 'spec';

export interface Cx {
  mode: CodeMode;
}

/** Spec and proof code compute on mathematical values: unbounded int arithmetic, refs see through. */
export function ghostCode(cx: Cx): boolean {
  return cx.mode !== 'exec';
}

export interface Local {
  id: number;
  name: string;
  mode: LocalMode;
  mutable: boolean;
  ty: Type;
  /** Loop nesting depth where it was declared (moving it in a deeper loop moves it twice). */
  loopDepth: number;
  /** The resolution shared by its uses (see localRes). */
  res: Resolution | undefined;
}

export class BodyChecker {
  readonly infer = new Infer();
  /** Lexical scopes, innermost last; a scope's map is made by its first declaration (most blocks declare nothing). */
  private readonly scopes: (Map<string, Local> | undefined)[] = [undefined];
  private readonly exprs: Expr[] = [];
  /** Run at the end, in order: closures, or integer literals whose range to check (no closure per literal). */
  private readonly fixups: (IntLiteral | (() => void))[] = [];
  /** Ids of tracked locals moved so far (linearity). */
  moved = new Set<number>();
  loopDepth = 0;
  /** The return type of the fn being checked (for `return e`). */
  retTy: Type = { k: 'tuple', elems: [] };
  /** Mode of the fn whose body this is. */
  fnMode: CodeMode = 'exec';
  fn?: FnItem;
  /** Ids of `let x;` bindings without initializer: their first assignment initializes them. */
  readonly deferredInit = new Set<number>();
  /** Inside an external_body fn body: typed, but no mode errors. */
  external = false;
  /** A plain Rust fn checked for the value analysis (body.ts, checkPlainFnBody): it may call fns that are not verified. */
  plain = false;

  constructor(
    readonly tables: CrateTables,
    readonly sigs: Signatures,
    readonly scope: TypeScope,
    readonly diags: Diags,
    readonly ids: IdGen,
  ) {
    // The scope is this body's own (Signatures.typeScope makes a new one per call): inside a body, `_` is a variable.
    scope.fresh = this.infer.fresh.bind(this.infer);
    this.diagsAtStart = diags.list.length;
  }

  /** How many diagnostics the crate had when this body's check began. */
  readonly diagsAtStart: number;

  // --- locals -------------------------------------------------------------

  pushScope(): void {
    this.scopes.push(undefined);
  }

  popScope(): void {
    this.scopes.pop();
  }

  withScope<T>(f: () => T): T {
    this.pushScope();
    try {
      return f();
    } finally {
      this.popScope();
    }
  }

  declare(name: string, ty: Type, mode: LocalMode, mutable: boolean, id?: number): Local {
    const local: Local = { id: id ?? this.ids.fresh(), name, mode, mutable, ty, loopDepth: this.loopDepth, res: undefined };
    if (name !== '_') {
      const top = this.scopes.length - 1;
      let scope = this.scopes[top];
      if (!scope) this.scopes[top] = scope = new Map();
      scope.set(name, local);
    }
    return local;
  }

  lookupLocal(name: string): Local | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const l = this.scopes[i]?.get(name);
      if (l) return l;
    }
    return undefined;
  }

  /** The resolution of a use of local `l`: one per local, shared by all its uses (l.ty is never reassigned). */
  localRes(l: Local): Resolution {
    if (l.res) return l.res;
    const res: Resolution = { kind: 'local', id: l.id, name: l.name, mode: l.mode, mutable: l.mutable, ty: l.ty };
    l.res = res;
    // Without inference variables so far, l.ty is already final; else it is once they are solved.
    if (this.infer.hasVars) {
      this.fixups.push(() => {
        res.ty = this.infer.zonk(l.ty);
      });
    }
    return res;
  }

  // --- annotations --------------------------------------------------------

  record(e: Expr, t: Type): Type {
    e.ty = t;
    this.exprs.push(e);
    return t;
  }

  later(f: () => void): void {
    this.fixups.push(f);
  }

  /** Schedules the range check of an integer literal for when its type is final. */
  laterLiteral(e: IntLiteral): void {
    this.fixups.push(e);
  }

  /** Substitutes inference results into everything recorded, then runs the deferred checks. */
  finish(checkLiteral: (bc: BodyChecker, e: IntLiteral) => void): void {
    // Like rustc, a type nothing determines is an error (unless errors were already reported).
    // Without variables, every recorded type is already final (nothing to scan or rebuild).
    // A value whose type is outside the subset (an error type, reported where the type is
    // written) determines nothing either: what it leaves open is not the code's fault.
    if (this.infer.hasGeneralVars && this.diags.list.length === this.diagsAtStart && !this.exprs.some((e) => e.ty && this.infer.shallow(e.ty).k === 'error')) {
      const unresolved = this.exprs.find((e) => e.ty && this.infer.hasUnresolved(e.ty));
      if (unresolved) this.diags.error('type', 'type annotations needed', unresolved.span);
    }
    if (this.infer.hasVars) for (const e of this.exprs) if (e.ty) e.ty = this.infer.zonk(e.ty);
    for (const f of this.fixups) {
      if (typeof f === 'function') f();
      else checkLiteral(this, f);
    }
  }

  // --- types --------------------------------------------------------------

  show(t: Type): string {
    return this.infer.show(t);
  }

  /** Strips references (and Box): auto-deref for fields, methods, indexing. */
  derefAll(t: Type): Type {
    let cur = this.infer.shallow(t);
    for (;;) {
      if (cur.k === 'ref') cur = this.infer.shallow(cur.inner);
      else if (cur.k === 'builtin' && cur.name === 'Box') cur = this.infer.shallow(cur.args[0] ?? { k: 'error' });
      else return cur;
    }
  }

  isErrorLike(t: Type): boolean {
    const s = this.infer.shallow(t);
    return s.k === 'error' || s.k === 'never';
  }

  /**
   * Checks that a value of type `actual` may be used where `expected` is wanted.
   * Spec code compares integers by value: any integer fits `int`, unsigned ones fit `nat`.
   */
  coerce(actual: Type, expected: Type, span: Span, cx: Cx): void {
    const inf = this.infer;
    let a = inf.shallow(actual);
    let x = inf.shallow(expected);
    if (this.isErrorLike(a) || this.isErrorLike(x)) {
      // a value of an already-reported unknown type fills an open variable with that error (no
      // echoes), as does a value wanted at such a type (`Ok(())` returned at an unsupported type)
      if (a.k === 'error') this.fillOpenWithError(x);
      else if (x.k === 'error') this.fillOpenWithError(a);
      return;
    }
    if (ghostCode(cx)) {
      a = this.stripRefs(a);
      x = this.stripRefs(x);
      if (inf.isIntegral(a) && inf.isIntegral(x)) {
        if (inf.isIntVar(a) || inf.isIntVar(x)) {
          inf.unify(a, x);
          return;
        }
        if (specIntFits(a, x)) return;
        this.diags.mismatch(inf.show(x), inf.show(a), span);
        return;
      }
    } else if (x.k === 'ref' && !x.mut && a.k === 'ref' && a.mut) {
      // &mut T coerces to &T
      a = { k: 'ref', mut: false, inner: a.inner };
    }
    if (x.k === 'ref' && !x.mut && a.k === 'ref') a = { k: 'ref', mut: false, inner: this.derefCoerced(a.inner, x.inner) };
    if (!inf.unify(a, x)) this.diags.mismatch(inf.show(x), inf.show(a), span);
  }

  /**
   * Rust's deref coercion behind a shared reference: `&&T` and `&Box<T>` to `&T`, and
   * `&Vec<T>` / `&[T; N]` to `&[T]`, as far as needed to reach the wanted type's shape
   * (all of these have one encoding: references and boxes are erased, a Vec, an array and
   * a slice are sequences).
   */
  private derefCoerced(actual: Type, wanted: Type): Type {
    const inf = this.infer;
    const target = inf.shallow(wanted);
    let cur = inf.shallow(actual);
    for (let steps = 0; steps < 16; steps++) {
      if (inf.isVar(target) || inf.isVar(cur) || sameHead(cur, target)) return cur;
      if (cur.k === 'ref') cur = inf.shallow(cur.inner);
      else if (cur.k === 'builtin' && cur.name === 'Box' && cur.args[0]) cur = inf.shallow(cur.args[0]);
      else if (target.k === 'slice' && cur.k === 'builtin' && cur.name === 'Vec' && cur.args[0]) return { k: 'slice', elem: cur.args[0] };
      else if (target.k === 'slice' && cur.k === 'array') return { k: 'slice', elem: cur.elem };
      else return cur;
    }
    return cur;
  }

  /** Binds the open (non-literal) variables of t to the error type: what an erroneous value leaves unknown. */
  fillOpenWithError(t: Type): void {
    const s = this.infer.shallow(t);
    if (this.infer.isVar(s)) {
      if (!this.infer.isIntVar(s)) this.infer.unify(s, { k: 'error' });
      return;
    }
    switch (s.k) {
      case 'tuple': for (const e of s.elems) this.fillOpenWithError(e); return;
      case 'ref': this.fillOpenWithError(s.inner); return;
      case 'array': case 'slice': this.fillOpenWithError(s.elem); return;
      case 'builtin': case 'adt': for (const a of s.args) this.fillOpenWithError(a); return;
      default: return;
    }
  }

  stripRefs(t: Type): Type {
    let cur = this.infer.shallow(t);
    while (cur.k === 'ref') cur = this.infer.shallow(cur.inner);
    return cur;
  }
}

/** Same outermost type constructor (what deref coercion stops at). */
function sameHead(a: Type, b: Type): boolean {
  if (a.k !== b.k) return false;
  if ((a.k === 'builtin' || a.k === 'adt') && (b.k === 'builtin' || b.k === 'adt')) return a.name === b.name;
  return true;
}

/** In spec code, whether integer type a may stand where b is expected. */
function specIntFits(a: Type, b: Type): boolean {
  if (a.k !== 'int' || b.k !== 'int') return false;
  if (a.kind === b.kind) return true;
  if (b.kind === 'int') return true;
  if (b.kind === 'nat') return a.kind.startsWith('u');
  return false;
}
