/**
 * Patterns (let, match, for, parameters): resolve constructors, type them against the
 * scrutinee and declare their bindings with fresh ids.
 */
import type { Pattern } from '../syntax/ast.js';
import type { BodyChecker, Cx, Local } from './context.js';
import { checkExpr, instantiate } from './expr.js';
import { substParams } from './infer.js';
import { unsupportedReason } from './missing.js';
import { opaqueFieldsMessage } from './program.js';
import { walkPath } from './paths.js';
import type { LocalMode, Resolution } from './resolution.js';
import type { Def } from './scopes.js';
import type { Type } from './types.js';

const ERR: Type = { k: 'error' };

export interface BindOptions {
  /** Mode of the bindings; defaults to what the code mode implies. */
  mode?: LocalMode;
  /** Bindings of the first alternative of an or-pattern, reused by the others. */
  orBindings?: Map<string, Local>;
  /** Rust's default binding mode: under a constructor pattern matched through `&`/`&mut`, bindings are references. */
  refMode?: { mut: boolean };
}

/** Entering a constructor pattern: matching through a reference in exec code binds by reference. */
function through(bc: BodyChecker, ty: Type, cx: Cx, opts: BindOptions): BindOptions {
  const s = bc.infer.shallow(ty);
  if (cx.mode !== 'exec' || s.k !== 'ref') return opts;
  return { ...opts, refMode: { mut: s.mut && (opts.refMode?.mut ?? true) } };
}

function defaultMode(cx: Cx): LocalMode {
  return cx.mode === 'exec' ? 'exec' : 'ghost';
}

export function checkPattern(bc: BodyChecker, p: Pattern, ty: Type, cx: Cx, opts: BindOptions = {}): void {
  switch (p.kind) {
    case 'wild':
      return;
    case 'ident': {
      if (!p.mut && !p.byRef && bc.lookupLocal(p.name) === undefined) {
        const d = walkPath(bc.scope, [p.name]).def;
        if (d && isConstantLike(d)) {
          // `None`, `E::A` imported with `use E::*`, a const: a path pattern, not a binding.
          const asPath = p as unknown as { kind: string; path: string[]; name?: string; mut?: boolean; byRef?: boolean };
          asPath.kind = 'path';
          asPath.path = [p.name];
          delete asPath.name;
          delete asPath.mut;
          delete asPath.byRef;
          checkPattern(bc, asPath as unknown as Pattern, ty, cx, opts);
          return;
        }
      }
      const byRef = p.byRef ? { mut: p.mut } : opts.refMode;
      const bindTy: Type = byRef ? { k: 'ref', mut: byRef.mut, inner: ty } : ty;
      const mode = opts.mode ?? defaultMode(cx);
      const prior = opts.orBindings?.get(p.name);
      const local = bc.declare(p.name, bindTy, mode, p.mut && !byRef, prior?.id);
      if (prior) bc.infer.unify(prior.ty, bindTy);
      opts.orBindings?.set(p.name, local);
      p.id = local.id;
      p.ty = bindTy;
      bc.later(() => { p.ty = bc.infer.zonk(bindTy); });
      return;
    }
    case 'tuple': {
      opts = through(bc, ty, cx, opts);
      const t = bc.stripRefs(ty);
      const elems = t.k === 'tuple' && t.elems.length === p.elems.length ? t.elems : undefined;
      if (!elems) {
        // a scrutinee whose type is an error (already reported) gives its parts that type: no echoes
        const fresh = p.elems.map(() => (bc.isErrorLike(t) ? ERR : bc.infer.fresh()));
        if (!bc.infer.unify(t, { k: 'tuple', elems: fresh }) && !bc.isErrorLike(t)) bc.diags.mismatch(bc.show(t), `(${p.elems.map(() => '_').join(', ')})`, p.span);
        p.elems.forEach((el, i) => checkPattern(bc, el, fresh[i]!, cx, opts));
        return;
      }
      p.elems.forEach((el, i) => checkPattern(bc, el, elems[i]!, cx, opts));
      return;
    }
    case 'tuple_struct': {
      opts = through(bc, ty, cx, opts);
      const c = constructor(bc, p.path, ty, p.span);
      if (c) p.res = c.res;
      const fields = c?.fields;
      if (fields && fields.length !== p.elems.length) {
        bc.diags.error('type', `this pattern has ${p.elems.length} field${p.elems.length === 1 ? '' : 's'}, but the corresponding tuple ${c?.isVariant ? 'variant' : 'struct'} has ${fields.length} field${fields.length === 1 ? '' : 's'}`, p.span);
      }
      const wrapper = c?.res.kind === 'builtin' && (c.res.name === 'Tracked' || c.res.name === 'Ghost') ? c.res.name : undefined;
      const sub: BindOptions = wrapper ? { ...opts, mode: wrapper === 'Tracked' ? 'tracked' : 'ghost' } : opts;
      p.elems.forEach((el, i) => checkPattern(bc, el, fields?.[i]?.ty ?? ERR, cx, sub));
      return;
    }
    case 'struct': {
      opts = through(bc, ty, cx, opts);
      const c = constructor(bc, p.path, ty, p.span);
      if (c) p.res = c.res;
      for (const f of p.fields) {
        const decl = c?.fields.find((x) => x.name === f.name);
        if (c && !decl) bc.diags.error('type', `no field \`${f.name}\` in \`${p.path.join('::')}\``, f.pattern.span);
        checkPattern(bc, f.pattern, decl?.ty ?? ERR, cx, opts);
      }
      return;
    }
    case 'path': {
      const d = walkPath(bc.scope, p.path).def;
      if (d?.kind === 'const') {
        p.res = { kind: 'const', qname: d.c.qname, decl: d.c.decl };
        bc.coerce(d.c.info.ty, ty, p.span, cx);
        return;
      }
      const c = constructor(bc, p.path, ty, p.span);
      if (c) p.res = c.res;
      return;
    }
    case 'lit':
      checkExpr(bc, p.value, cx, bc.stripRefs(ty));
      return;
    case 'range':
      if (p.lo) checkExpr(bc, p.lo, cx, bc.stripRefs(ty));
      if (p.hi) checkExpr(bc, p.hi, cx, bc.stripRefs(ty));
      return;
    case 'or': {
      const orBindings = opts.orBindings ?? new Map<string, Local>();
      for (const alt of p.alts) checkPattern(bc, alt, ty, cx, { ...opts, orBindings });
      return;
    }
  }
}

function isConstantLike(d: Def): boolean {
  if (d.kind === 'const') return true;
  if (d.kind === 'variant') return d.variant.shape === 'unit';
  if (d.kind === 'struct') return d.s.decl.shape === 'unit';
  return d.kind === 'builtinValue' && d.name === 'None';
}

interface Ctor {
  res: Resolution;
  fields: { name: string; ty: Type }[];
  isVariant: boolean;
}

/** Resolves a constructor path in a pattern and unifies its type with the scrutinee's. */
function constructor(bc: BodyChecker, path: string[], scrutinee: Type, span: Pattern['span']): Ctor | undefined {
  const c = resolveCtor(bc, path, scrutinee, span);
  // the parts of a value whose type is an error (already reported) are errors too: no echoes
  if (c && bc.isErrorLike(bc.stripRefs(scrutinee))) return { ...c, fields: c.fields.map((f) => ({ name: f.name, ty: ERR })) };
  return c;
}

function resolveCtor(bc: BodyChecker, path: string[], scrutinee: Type, span: Pattern['span']): Ctor | undefined {
  const t = bc.stripRefs(scrutinee);
  const d = walkPath(bc.scope, path).def;
  const shown = path.join('::');
  const fail = (): undefined => {
    const why = d ? undefined : unsupportedReason(bc.scope, path, walkPath(bc.scope, path).failedAt, bc.scope.generics);
    if (why) bc.diags.unsupported(why, span);
    else bc.diags.error('type', `cannot find tuple struct or variant \`${shown}\` in this scope`, span);
    return undefined;
  };
  if (!d) return fail();
  const unifyWith = (built: Type): void => {
    if (!bc.infer.unify(t, built) && !bc.isErrorLike(t)) bc.diags.mismatch(bc.show(t), bc.show(built), span);
  };
  switch (d.kind) {
    case 'builtinValue': {
      if (d.name !== 'Some' && d.name !== 'None') return fail();
      const elem = bc.infer.fresh();
      unifyWith({ k: 'builtin', name: 'Option', args: [elem] });
      const res: Resolution = { kind: 'builtin', name: d.name, typeArgs: [elem] };
      bc.later(() => { if (res.kind === 'builtin') res.typeArgs = res.typeArgs.map((x) => bc.infer.zonk(x)); });
      return { res, fields: d.name === 'Some' ? [{ name: '0', ty: elem }] : [], isVariant: true };
    }
    case 'builtinType': {
      if (d.name !== 'Tracked' && d.name !== 'Ghost') return fail();
      const inner = bc.infer.fresh();
      unifyWith({ k: 'builtin', name: d.name, args: [inner] });
      return { res: { kind: 'builtin', name: d.name, typeArgs: [inner] }, fields: [{ name: '0', ty: inner }], isVariant: false };
    }
    case 'struct': {
      if (d.s.info.opaque && !bc.external) bc.diags.error('type', opaqueFieldsMessage(d.s.decl.name), span);
      const m = instantiate(bc, d.s.decl.generics, []);
      const typeArgs = [...m.values()];
      unifyWith({ k: 'adt', name: d.s.qname, args: typeArgs });
      const res: Resolution = { kind: 'struct', qname: d.s.qname, decl: d.s.decl, typeArgs };
      bc.later(() => { if (res.kind === 'struct') res.typeArgs = res.typeArgs.map((x) => bc.infer.zonk(x)); });
      return { res, fields: d.s.info.fields.map((f) => ({ name: f.name, ty: substParams(f.ty, m) })), isVariant: false };
    }
    case 'variant': {
      const m = instantiate(bc, d.e.decl.generics, []);
      const typeArgs = [...m.values()];
      unifyWith({ k: 'adt', name: d.e.qname, args: typeArgs });
      const res: Resolution = { kind: 'variant', qname: `${d.e.qname}::${d.variant.name}`, enumDecl: d.e.decl, variant: d.variant, typeArgs };
      bc.later(() => { if (res.kind === 'variant') res.typeArgs = res.typeArgs.map((x) => bc.infer.zonk(x)); });
      const info = d.e.info.variants.find((v) => v.name === d.variant.name);
      return { res, fields: (info?.fields ?? []).map((f) => ({ name: f.name, ty: substParams(f.ty, m) })), isVariant: true };
    }
    default:
      return fail();
  }
}
