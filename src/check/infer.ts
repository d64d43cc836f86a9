/**
 * Type inference variables and unification, internal to the checker.
 *
 * The contract type `Type` has no inference variables, so while a function body is
 * being typed, variables live inside `Type` values as a private kind ('var'), and are
 * substituted away (`zonk`) before anything is stored on the AST. Integer-literal
 * variables only unify with integer types and fall back to a default (`int` in spec
 * code, `i32` in exec code, as rustc) when nothing constrains them.
 */
import { showParam, type IntKind, type Type } from './types.js';
import { showRawPtr } from './raw-ptr.js';

interface VarType { k: 'var'; id: number }

interface VarInfo {
  ref?: Type;
  /** Only integer types may bind it (an unsuffixed literal). */
  intOnly: boolean;
  fallback: IntKind;
  /** For a general variable: the type ghost code suggested, used only if nothing else binds it. */
  hint?: Type;
}

/** Shared immutable results of zonking an integer-literal variable (one object per kind). */
const INT_TYPES = new Map<IntKind, Type>();
function intType(kind: IntKind): Type {
  let t = INT_TYPES.get(kind);
  if (!t) INT_TYPES.set(kind, (t = { k: 'int', kind }));
  return t;
}
const ERROR: Type = { k: 'error' };

export class Infer {
  private readonly vars: VarInfo[] = [];
  /** How many variables are not integer-literal ones (only those can stay unresolved). */
  private generalVars = 0;

  /** Whether any variable was created: if not, no type of this body needs zonking. */
  get hasVars(): boolean {
    return this.vars.length > 0;
  }

  /** Whether a non-literal variable was created: if not, nothing can be unresolved. */
  get hasGeneralVars(): boolean {
    return this.generalVars > 0;
  }

  /** A variable for an unknown type (generic argument, element type of `Vec::new()`). */
  fresh(): Type {
    return this.make({ intOnly: false, fallback: 'int' });
  }

  /** A variable for an unsuffixed integer literal. */
  freshInt(fallback: IntKind): Type {
    return this.make({ intOnly: true, fallback });
  }

  private make(info: VarInfo): Type {
    if (!info.intOnly) this.generalVars++;
    this.vars.push(info);
    return { k: 'var', id: this.vars.length - 1 } as unknown as Type;
  }

  /** Follows bindings at the top level only. */
  shallow(t: Type): Type {
    let cur = t;
    for (;;) {
      const v = asVar(cur);
      if (!v) return cur;
      const ref = this.vars[v.id]!.ref;
      if (!ref) return cur;
      cur = ref;
    }
  }

  isVar(t: Type): boolean {
    return asVar(this.shallow(t)) !== undefined;
  }

  /** An unbound literal variable (an integer of not-yet-known kind). */
  isIntVar(t: Type): boolean {
    const v = asVar(this.shallow(t));
    return v !== undefined && this.vars[v.id]!.intOnly;
  }

  /** Integer type or integer-literal variable. */
  isIntegral(t: Type): boolean {
    const s = this.shallow(t);
    return s.k === 'int' || this.isIntVar(s);
  }

  /** Whether t still contains a variable that is not an integer literal (which has a fallback). */
  hasUnresolved(t: Type): boolean {
    const s = this.shallow(t);
    const v = asVar(s);
    if (v) return !this.vars[v.id]!.intOnly && this.vars[v.id]!.hint === undefined;
    switch (s.k) {
      case 'tuple': return s.elems.some((e) => this.hasUnresolved(e));
      case 'ref': return this.hasUnresolved(s.inner);
      case 'array': case 'slice': return this.hasUnresolved(s.elem);
      case 'builtin': case 'adt': return s.args.some((a) => this.hasUnresolved(a));
      default: return false;
    }
  }

  /**
   * Substitutes all bound variables; unbound ones take their fallback (or become error).
   * Types are immutable, so a (sub)type without variables is returned as is, not copied.
   */
  zonk(t: Type): Type {
    const s = this.shallow(t);
    const v = asVar(s);
    if (v) {
      const info = this.vars[v.id]!;
      if (!info.intOnly && info.hint) return this.zonk(info.hint);
      return info.intOnly ? intType(info.fallback) : ERROR;
    }
    switch (s.k) {
      case 'tuple': {
        const elems = this.zonkAll(s.elems);
        return elems === s.elems ? s : { k: 'tuple', elems };
      }
      case 'ref': {
        const inner = this.zonk(s.inner);
        return inner === s.inner ? s : { k: 'ref', mut: s.mut, inner };
      }
      case 'array': {
        const elem = this.zonk(s.elem);
        return elem === s.elem ? s : { k: 'array', elem, len: s.len };
      }
      case 'slice': {
        const elem = this.zonk(s.elem);
        return elem === s.elem ? s : { k: 'slice', elem };
      }
      case 'builtin': {
        const args = this.zonkAll(s.args);
        return args === s.args ? s : { k: 'builtin', name: s.name, args };
      }
      case 'adt': {
        const args = this.zonkAll(s.args);
        return args === s.args ? s : { k: 'adt', name: s.name, args };
      }
      default: return s;
    }
  }

  /** Zonks each; the same array when nothing changed. */
  private zonkAll(ts: Type[]): Type[] {
    for (let i = 0; i < ts.length; i++) {
      const z = this.zonk(ts[i]!);
      if (z === ts[i]) continue;
      const out = ts.slice(0, i);
      out.push(z);
      for (let j = i + 1; j < ts.length; j++) out.push(this.zonk(ts[j]!));
      return out;
    }
    return ts;
  }

  /**
   * Suggests a type for an unbound general variable without binding it: ghost code that
   * compares an unknown element type with an integer (`v[j] == x + 1`, an `int`) must not
   * decide the type exec code gives it (`v.push(x)` with `x: u32`). Returns whether `t` was
   * such a variable.
   */
  suggest(t: Type, ty: Type): boolean {
    const v = asVar(this.shallow(t));
    if (!v) return false;
    const info = this.vars[v.id]!;
    if (info.intOnly) return false;
    info.hint ??= ty;
    return true;
  }

  /** Makes a and b equal if possible; returns false (binding nothing further) when not. */
  unify(a: Type, b: Type): boolean {
    const x = this.shallow(a);
    const y = this.shallow(b);
    if (x === y) return true;
    const vx = asVar(x);
    const vy = asVar(y);
    if (vx && vy) {
      const ix = this.vars[vx.id]!;
      const iy = this.vars[vy.id]!;
      if (ix.intOnly && !iy.intOnly) {
        iy.ref = x;
      } else {
        ix.ref = y;
      }
      return true;
    }
    if (vx) return this.bind(vx, y);
    if (vy) return this.bind(vy, x);
    if (x.k === 'error' || y.k === 'error' || x.k === 'never' || y.k === 'never') return true;
    switch (x.k) {
      case 'int': return y.k === 'int' && x.kind === y.kind;
      case 'bool': case 'char': case 'str': return y.k === x.k;
      case 'tuple': return y.k === 'tuple' && this.unifyAll(x.elems, y.elems);
      case 'ref': return y.k === 'ref' && x.mut === y.mut && this.unify(x.inner, y.inner);
      case 'array': return y.k === 'array' && x.len === y.len && this.unify(x.elem, y.elem);
      case 'slice': return y.k === 'slice' && this.unify(x.elem, y.elem);
      case 'builtin': return y.k === 'builtin' && x.name === y.name && this.unifyAll(x.args, y.args);
      case 'adt': return y.k === 'adt' && x.name === y.name && this.unifyAll(x.args, y.args);
      case 'param': return y.k === 'param' && x.name === y.name;
      case 'cval': return y.k === 'cval' && x.value === y.value;
    }
  }

  private unifyAll(xs: Type[], ys: Type[]): boolean {
    if (xs.length !== ys.length) return false;
    return xs.every((x, i) => this.unify(x, ys[i]!));
  }

  private bind(v: VarType, t: Type): boolean {
    const info = this.vars[v.id]!;
    if (info.intOnly && t.k !== 'int' && t.k !== 'error' && t.k !== 'never') return false;
    if (t.k === 'never') return true;
    if (this.occurs(v.id, t)) return false;
    info.ref = t;
    return true;
  }

  private occurs(id: number, t: Type): boolean {
    const s = this.shallow(t);
    const v = asVar(s);
    if (v) return v.id === id;
    switch (s.k) {
      case 'tuple': return s.elems.some((e) => this.occurs(id, e));
      case 'ref': return this.occurs(id, s.inner);
      case 'array': case 'slice': return this.occurs(id, s.elem);
      case 'builtin': case 'adt': return s.args.some((a) => this.occurs(id, a));
      default: return false;
    }
  }

  /** Text for messages: variables print as `{integer}` or `_`. */
  show(t: Type): string {
    const s = this.shallow(t);
    const v = asVar(s);
    if (v) return this.vars[v.id]!.intOnly ? '{integer}' : '_';
    switch (s.k) {
      case 'int': return s.kind;
      case 'bool': case 'char': return s.k;
      case 'str': return '&str';
      case 'tuple': return `(${s.elems.map((e) => this.show(e)).join(', ')}${s.elems.length === 1 ? ',' : ''})`;
      case 'ref': return `&${s.mut ? 'mut ' : ''}${this.show(s.inner)}`;
      case 'array': return `[${this.show(s.elem)}; ${s.len}]`;
      case 'slice': return `[${this.show(s.elem)}]`;
      case 'builtin': case 'adt': {
        const ptr = showRawPtr(s, (x) => this.show(x));
        if (ptr) return ptr;
        if (s.k === 'builtin' && s.name === 'FnSpec' && s.args.length === 2) {
          const ps = this.shallow(s.args[0]!);
          const params = ps.k === 'tuple' ? ps.elems.map((e) => this.show(e)).join(', ') : this.show(ps);
          return `spec_fn(${params}) -> ${this.show(s.args[1]!)}`;
        }
        if (s.k === 'builtin' && s.name === 'Closure' && s.args.length === 2) {
          const ps = this.shallow(s.args[0]!);
          const params = ps.k === 'tuple' ? ps.elems.map((e) => this.show(e)).join(', ') : this.show(ps);
          return `impl Fn(${params}) -> ${this.show(s.args[1]!)}`;
        }
        const short = s.k === 'adt' ? s.name.split('::').pop()! : s.name;
        return s.args.length ? `${short}<${s.args.map((a) => this.show(a)).join(', ')}>` : short;
      }
      case 'param': return showParam(s.name);
      case 'cval': return String(s.value);
      case 'never': return '!';
      case 'error': return '{error}';
    }
  }
}

function asVar(t: Type): VarType | undefined {
  return (t as unknown as VarType).k === 'var' ? (t as unknown as VarType) : undefined;
}

/** Replaces generic parameters by the given types. */
export function substParams(t: Type, map: Map<string, Type>): Type {
  if (map.size === 0) return t;
  switch (t.k) {
    case 'param': return map.get(t.name) ?? t;
    case 'tuple': return { k: 'tuple', elems: t.elems.map((e) => substParams(e, map)) };
    case 'ref': return { k: 'ref', mut: t.mut, inner: substParams(t.inner, map) };
    case 'array': return { k: 'array', elem: substParams(t.elem, map), len: t.len };
    case 'slice': return { k: 'slice', elem: substParams(t.elem, map) };
    case 'builtin': return { k: 'builtin', name: t.name, args: t.args.map((a) => substParams(a, map)) };
    case 'adt': return { k: 'adt', name: t.name, args: t.args.map((a) => substParams(a, map)) };
    default: return t;
  }
}
