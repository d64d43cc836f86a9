/**
 * Look-up tables over a CheckedCrate for the interpreter: functions, methods, types,
 * constants and source texts, plus a name-based fallback for paths the checker left
 * unresolved (so a partially annotated tree still runs).
 */
import type { CheckedCrate, EnumInfo, FnInfo, StructInfo, ConstInfo } from '../check/program.js';
import type { FnItem } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';

export type PathTarget =
  | { kind: 'fn'; fn: FnItem }
  | { kind: 'struct'; info: StructInfo }
  | { kind: 'variant'; info: EnumInfo; variant: string }
  | { kind: 'const'; info: ConstInfo };

export class CrateIndex {
  readonly fnByQname = new Map<string, FnInfo>();
  private readonly infoByDecl = new Map<FnItem, FnInfo>();
  /** impl type qname -> method name -> decl */
  private readonly methods = new Map<string, Map<string, FnItem>>();
  private readonly texts = new Map<string, string>();

  constructor(readonly crate: CheckedCrate) {
    for (const f of crate.fns) {
      this.fnByQname.set(f.qname, f);
      this.infoByDecl.set(f.decl, f);
      if (f.implType) {
        let m = this.methods.get(f.implType);
        if (!m) this.methods.set(f.implType, (m = new Map()));
        m.set(f.decl.name, f.decl);
      }
    }
    for (const [decl, info] of crate.fnByDecl) this.infoByDecl.set(decl, info);
    for (const file of crate.files) this.texts.set(file.path, file.text);
    // the dependencies' too (a failed `requires` of vstd's `Result::unwrap` quotes its clause)
    for (const f of crate.fns) if (!this.texts.has(f.file.path)) this.texts.set(f.file.path, f.file.text);
  }

  info(decl: FnItem): FnInfo | undefined {
    return this.infoByDecl.get(decl);
  }

  qnameOf(decl: FnItem): string {
    return this.infoByDecl.get(decl)?.qname ?? decl.name;
  }

  method(typeQname: string, name: string): FnItem | undefined {
    return this.methods.get(typeQname)?.get(name);
  }

  /** Source text under a span (clause texts in messages). */
  text(span: Span): string {
    const t = this.texts.get(span.file);
    return t === undefined ? '' : t.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  }

  /**
   * Resolves a path written in code whose fn is `from` (module context), by name.
   * Used only where the checker left no resolution.
   */
  resolvePath(segments: string[], from: FnItem | undefined): PathTarget | undefined {
    const fromInfo = from ? this.infoByDecl.get(from) : undefined;
    let segs = segments.filter((s) => s !== 'crate' && s !== 'self' && s !== 'super');
    if (segs[0] === 'Self' && fromInfo?.implType) segs = [...fromInfo.implType.split('::').slice(1), ...segs.slice(1)];
    if (segs.length === 0) return undefined;
    const crateName = this.crate.name;
    const prefixes = [
      [crateName, ...(fromInfo?.modulePath ?? [])],
      [crateName],
      [],
    ];
    for (const prefix of prefixes) {
      const hit = this.exact([...prefix, ...segs].join('::'));
      if (hit) return hit;
    }
    // A unique item whose qualified name ends with the written path (`use` imports).
    const suffix = '::' + segs.join('::');
    const candidates: PathTarget[] = [];
    for (const q of this.allQnames()) if (q.endsWith(suffix)) candidates.push(this.exact(q)!);
    return candidates.length === 1 ? candidates[0] : undefined;
  }

  private exact(q: string): PathTarget | undefined {
    const f = this.fnByQname.get(q);
    if (f) return { kind: 'fn', fn: f.decl };
    const s = this.crate.structs.get(q);
    if (s) return { kind: 'struct', info: s };
    const c = this.crate.consts.get(q);
    if (c) return { kind: 'const', info: c };
    const cut = q.lastIndexOf('::');
    if (cut > 0) {
      const e = this.crate.enums.get(q.slice(0, cut));
      const v = q.slice(cut + 2);
      if (e && e.variants.some((x) => x.name === v)) return { kind: 'variant', info: e, variant: v };
    }
    return undefined;
  }

  private *allQnames(): Iterable<string> {
    yield* this.fnByQname.keys();
    yield* this.crate.structs.keys();
    yield* this.crate.consts.keys();
    for (const e of this.crate.enums.values()) for (const v of e.variants) yield `${e.qname}::${v.name}`;
  }

  /** Enum qname by a variant's enclosing enum decl name (for resolutions carrying only the decl). */
  enumByDeclName(declName: string, qnameHint?: string): EnumInfo | undefined {
    if (qnameHint) {
      const direct = this.crate.enums.get(qnameHint);
      if (direct) return direct;
      const cut = qnameHint.lastIndexOf('::');
      const e = this.crate.enums.get(qnameHint.slice(0, cut));
      if (e) return e;
    }
    const matches = [...this.crate.enums.values()].filter((e) => e.decl.name === declName);
    return matches.length === 1 ? matches[0] : undefined;
  }
}
