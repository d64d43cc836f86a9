/**
 * Second pass: lowers the types of every declaration (struct fields, enum variants,
 * const types, fn signatures) and assigns binding ids to parameters and named returns.
 * Diagnostics are only kept for verified items.
 */
import type { FnItem, Param } from '../syntax/ast.js';
import { evalConst, type ConstLookup, type ConstValue } from './consts.js';
import type { Diags } from './diagnostics.js';
import { annotateConstExpr, lowerType, type TypeScope } from './lower-type.js';
import { walkPath } from './paths.js';
import type { ParamInfo } from './program.js';
import type { LocalMode } from './resolution.js';
import type { ConstEntry, CrateTables, FnEntry, ImplContext, ModuleScope } from './scopes.js';
import { typeToString, type Type } from './types.js';

export class IdGen {
  private next = 1;
  fresh(): number {
    return this.next++;
  }
}

/** A fn's signature with the declared parameter types callers must supply. */
export interface FnSig {
  entry: FnEntry;
  /** Generic parameters: impl's first, then the fn's. */
  generics: string[];
  /** Types callers pass (`Tracked<&mut P>` for `Tracked(p): Tracked<&mut P>`). */
  paramTys: Type[];
  retTy: Type;
  selfType?: Type;
}

export class Signatures {
  readonly sigs = new Map<FnItem, FnSig>();
  private readonly constValues = new Map<ConstEntry, ConstValue | undefined | 'busy'>();
  readonly constValue: ConstLookup = (d) => this.valueOf(d.c);

  constructor(
    readonly tables: CrateTables,
    readonly diags: Diags,
    readonly ids: IdGen,
  ) {}

  typeScope(module: ModuleScope, impl: ImplContext | undefined, fnGenerics: string[]): TypeScope {
    const generics = new Set<string>(fnGenerics);
    if (impl) for (const g of impl.generics) generics.add(g);
    // Every field present from the start: one object shape for all scopes.
    const base: TypeScope = { tables: this.tables, module, impl, generics, constValue: this.constValue, selfType: undefined, fresh: undefined };
    if (impl) base.selfType = this.selfTypeOf(impl, base);
    return base;
  }

  /** Lowered self types of impls, by impl and module: lowered once, not once per member and use. */
  private readonly selfTypes = new Map<ImplContext, { module: ModuleScope; ty: Type }>();

  /** The impl's self type (muted: an unresolved one is reported once, by `signature`). */
  private selfTypeOf(impl: ImplContext, base: TypeScope): Type {
    const known = this.selfTypes.get(impl);
    if (known && known.module === base.module) return known.ty;
    const ty = this.diags.withMuted(true, () => lowerType(impl.selfTy, { ...base, generics: new Set(impl.selfTyGenerics ?? impl.generics) }, this.diags));
    this.selfTypes.set(impl, { module: base.module, ty });
    return ty;
  }

  run(): void {
    const t = this.tables;
    for (const s of t.structs) {
      const scope = this.typeScope(s.module, undefined, s.decl.generics);
      // `Self` in a field (`next: Option<Box<Self>>`) is the struct itself.
      scope.selfType = { k: 'adt', name: s.qname, args: s.decl.generics.map((g) => ({ k: 'param', name: g })) };
      this.diags.withMuted(!s.decl.verified, () => {
        s.info.fields = s.decl.fields.map((f) => ({ name: f.name, ty: lowerType(f.ty, scope, this.diags) }));
      });
    }
    for (const e of t.enums) {
      const scope = this.typeScope(e.module, undefined, e.decl.generics);
      scope.selfType = { k: 'adt', name: e.qname, args: e.decl.generics.map((g) => ({ k: 'param', name: g })) };
      this.diags.withMuted(!e.decl.verified, () => {
        let nextDisc = 0n;
        e.info.variants = e.decl.variants.map((v) => {
          if (v.discriminant) annotateConstExpr(v.discriminant, scope, { k: 'int', kind: 'isize' });
          const disc = v.discriminant ? evalConst(v.discriminant, (segs) => walkPath(scope, segs).def, this.constValue) : nextDisc;
          if (typeof disc === 'bigint') nextDisc = disc + 1n;
          return {
            name: v.name,
            shape: v.shape,
            fields: v.fields.map((f) => ({ name: f.name, ty: lowerType(f.ty, scope, this.diags) })),
            discriminant: typeof disc === 'bigint' ? disc : undefined,
          };
        });
      });
    }
    for (const c of t.consts) {
      const scope = this.typeScope(c.module, c.impl, []);
      this.diags.withMuted(!c.decl.verified, () => {
        c.info.ty = lowerType(c.decl.ty, scope, this.diags);
      });
    }
    for (const f of t.fns) this.signature(f);
    for (const c of t.consts) {
      const v = this.valueOf(c);
      if (v !== undefined) c.info.value = v;
    }
  }

  private readonly reportedImpls = new Set<ImplContext>();

  private signature(f: FnEntry): void {
    const d = f.decl;
    if (f.impl && !f.impl.ownerKey && f.info.verified && !this.reportedImpls.has(f.impl)) {
      // Report an impl whose self type does not resolve once (lowering Self is muted).
      this.reportedImpls.add(f.impl);
      const scope = this.typeScope(f.module, undefined, f.impl.generics);
      lowerType(f.impl.selfTy, scope, this.diags);
    }
    const scope = this.typeScope(f.module, f.impl, d.generics);
    this.diags.withMuted(!f.info.verified, () => this.lowerSignature(f, scope));
  }

  private lowerSignature(f: FnEntry, scope: TypeScope): void {
    const d = f.decl;
    const paramTys: Type[] = [];
    const params: ParamInfo[] = [];
    for (const p of d.params) {
      const declared = lowerType(p.ty, scope, this.diags);
      // Rust's const generics are integers, `bool` and `char` (never `int`/`nat`)
      if (p.constGeneric && !(declared.k === 'bool' || declared.k === 'char' || declared.k === 'error' || (declared.k === 'int' && declared.kind !== 'int' && declared.kind !== 'nat'))) {
        this.diags.error('type', `\`${typeToString(declared)}\` is forbidden as the type of a const generic parameter`, p.ty.span);
      }
      paramTys.push(declared);
      const id = this.ids.fresh();
      p.id = id;
      params.push({ name: p.name, id, ty: bindingType(p, declared), mode: paramMode(d, p) });
    }
    const retTy: Type = d.ret ? lowerType(d.ret, scope, this.diags) : { k: 'tuple', elems: [] };
    f.info.params = params;
    f.info.retTy = retTy;
    if (d.retName) f.info.retId = this.ids.fresh();
    // Read only: without an impl, the fn's own (AST) list serves as is.
    const generics = f.impl?.generics.length ? [...f.impl.generics, ...d.generics] : d.generics;
    this.sigs.set(d, { entry: f, generics, paramTys, retTy, selfType: scope.selfType });
  }

  private valueOf(c: ConstEntry): ConstValue | undefined {
    const known = this.constValues.get(c);
    if (known === 'busy') return undefined;
    if (this.constValues.has(c)) return known;
    if (!c.decl.value) return undefined;
    this.constValues.set(c, 'busy');
    const scope = this.typeScope(c.module, c.impl, []);
    const v = evalConst(c.decl.value, (segs) => walkPath(scope, segs).def, this.constValue);
    this.constValues.set(c, v);
    return v;
  }
}

/** `Tracked(x): Tracked<T>` and `Ghost(x): Ghost<T>` bind x with the inner type. */
export function bindingType(p: Param, declared: Type): Type {
  if (p.unwrapped && declared.k === 'builtin' && (declared.name === 'Tracked' || declared.name === 'Ghost')) return declared.args[0] ?? { k: 'error' };
  return declared;
}

export function paramMode(fn: FnItem, p: Param): LocalMode {
  if (p.tracked) return 'tracked';
  if (p.ghost) return 'ghost';
  return fn.mode === 'exec' ? 'exec' : 'ghost';
}

export function retMode(fn: FnItem): LocalMode {
  if (fn.retTracked) return 'tracked';
  return fn.mode === 'exec' ? 'exec' : 'ghost';
}
