/**
 * `trait Name<G>: Super where .. { fns, consts, type members }`. Members are parsed as impl
 * members are (fns with or without bodies, consts with or without values).
 */
import { diag } from '../report/diagnostic.js';
import type { AssocTypeDecl, ConstItem, FnItem, TraitBound, TraitItem, TypeExpr, Visibility } from './ast.js';
import { parseAttrs, reportUnimplementedVerifierAttrs } from './parser-attrs.js';
import { ParseFail, tight, type Parser } from './parser-core.js';
import { parseAssocType, parseGenericParams, parseImplMember, resyncItem, skipWhere } from './parser-items.js';
import { parseBounds } from './parser-types.js';

export function parseTrait(p: Parser, start: number, base: { attrs: TraitItem['attrs']; vis: Visibility; verified: boolean }): TraitItem {
  p.expect('trait');
  const nameTok = p.expectIdent();
  const bounds: TraitBound[] = [];
  const generics = parseGenericParams(p, bounds);
  const supertraits: TypeExpr[] = p.eat(':') ? parseBounds(p) : [];
  skipWhere(p, bounds);
  const open = p.pos;
  p.expect('{');
  const close = p.match[open]!;
  const inner = parseAttrs(p, true);
  if (base.verified && p.verified) reportUnimplementedVerifierAttrs(p, inner);
  const items: (FnItem | ConstItem)[] = [];
  const assocTypes: AssocTypeDecl[] = [];
  const selfTy: TypeExpr = { kind: 'path', segments: ['Self'], args: [], span: p.spanOf(nameTok) };
  while (p.pos < close) {
    const s = p.pos;
    try {
      if (p.eat(';')) continue;
      const attrs = parseAttrs(p, false);
      if (p.is('type')) {
        assocTypes.push(parseAssocType(p, s));
        continue;
      }
      for (const item of parseImplMember(p, s, attrs, base.verified)) {
        item.implSelf = selfTy;
        // Verus's error: a trait method's signature cannot take `with` inputs
        const w = item.kind === 'fn' && !item.body ? item.params.find((x) => x.viaWith) : undefined;
        if (w) p.diagnostics.push(diag('syntax', '`with` does not support trait', w.span));
        items.push(item);
      }
    } catch (e) {
      if (!(e instanceof ParseFail)) throw e;
      if (p.verified) p.diagnostics.push(e.diagnostic);
      resyncItem(p, s, e.at, close);
    }
  }
  p.pos = close;
  p.advance();
  return {
    kind: 'trait', ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), generics, bounds, supertraits,
    items: tight(items), assocTypes, span: p.spanFrom(start),
  };
}
