/**
 * `assume_specification[ <T as Trait>::method ](params) -> R;` with no clauses at all: it
 * assumes nothing (no `requires`, no `ensures`), it only lets Verus's exec code call the
 * method (svsm writes it for derived `PartialEq::eq`). Proofgate gives such a method no facts
 * from it either, so the item is accepted with no meaning. Any other form (generics, a plain
 * path, a clause) stays `not supported`.
 */
import type { FnItem, TraitBound, Visibility } from './ast.js';
import { fnFlags, type ParsedAttr } from './parser-attrs.js';
import { CLAUSE_KEYWORDS, tight, type Parser } from './parser-core.js';
import { parsePathExpr } from './parser-exprs.js';
import { parseFnClauses, parseGenericParams, parseParamList, parseReturn, skipWhere, type FnSpec } from './parser-items.js';

/** Whether the `assume_specification` at the cursor is the clause-less trait-method form (the cursor is not moved). */
export function isBareTraitAssumeSpec(p: Parser): boolean {
  let i = p.pos + 1;
  if (p.token(i).text !== '[' || p.token(i + 1).text !== '<') return false;
  const close = p.match[i]!;
  if (!(close > i)) return false;
  // `<T as Trait>::method`
  let asSeen = false;
  for (let j = i + 1; j < close; j++) if (p.token(j).kind === 'ident' && p.token(j).text === 'as') asSeen = true;
  if (!asSeen || p.token(close - 2).text !== '::' || p.token(close - 1).kind !== 'ident') return false;
  i = close + 1;
  if (p.token(i).text !== '(') return false;
  const pclose = p.match[i]!;
  if (!(pclose > i)) return false;
  // then `-> Type` (no clause words) up to `;`
  for (let j = pclose + 1; j < p.limit; j++) {
    const t = p.token(j);
    if (t.kind === 'punct' && t.text === ';') return true;
    if (t.kind === 'ident' && CLAUSE_KEYWORDS.has(t.text)) return false;
    if (t.kind === 'punct' && (t.text === '{' || t.text === '}')) return false;
  }
  return false;
}

/**
 * `assume_specification<G>[ target ](params) -> (r: R) requires .. ensures .. returns ..
 * opens_invariants none no_unwind;` (not the clause-less trait-method form above): a bodiless
 * exec fn carrying the trusted contract, marked `assumeSpec` with its target path
 * (`<*mut T>::add`, `NonNull::<T>::as_ptr`, `core::mem::swap::<T>`). Its name
 * (`assume_specification@N`) is no path's: it is reached only through its target
 * (src/check/assume-spec.ts). The cursor ends after the `;`.
 */
export function parseAssumeSpec(p: Parser, start: number, attrs: ParsedAttr[], base: { attrs: FnItem['attrs']; vis: Visibility; verified: boolean }): FnItem {
  const diagsBefore = p.diagnostics.length;
  const kw = p.bump(); // assume_specification
  const bounds: TraitBound[] = [];
  const generics = parseGenericParams(p, bounds);
  const open = p.pos;
  p.expect('[');
  const close = p.match[open]!;
  const target = p.within(open + 1, close, () => {
    const e = parsePathExpr(p);
    if (!p.atEnd()) p.failExpected();
    return e;
  });
  const words: string[] = [];
  for (let i = open + 1; i < close; i++) words.push(p.token(i).text);
  const text = words.join(' ').replace(/ ?(::|<|>|\.) ?/g, '$1').replace(/\* ?/g, '*');
  p.pos = close;
  p.expect(']');
  const params = parseParamList(p);
  const { ret, retName, retNameSpan } = parseReturn(p);
  skipWhere(p, bounds);
  const spec: FnSpec = { trusted: true, withParams: [], requires: [], ensures: [], ensuresTriggers: [], returns: [], decreases: [], retName, retNameSpan };
  parseFnClauses(p, spec);
  p.expect(';');
  if (target.kind !== 'path') p.unsupported('this `assume_specification` target', target.span);
  if (spec.decreases.length) p.unsupported('`decreases` on an `assume_specification`', spec.decreases[0]!.span);
  const headerUnsupported = p.diagnostics.slice(diagsBefore).some((d) => d.kind === 'unsupported');
  const span = p.spanFrom(start);
  return {
    kind: 'fn', ...base, name: `assume_specification@${span.start}`, nameSpan: p.spanOf(kw), mode: 'exec',
    uninterp: false, broadcast: false, isConst: false, generics, params: tight(params), ret, retName: spec.retName, retNameSpan: spec.retNameSpan,
    retTracked: false, requires: tight(spec.requires), ensures: tight(spec.ensures), returns: tight(spec.returns), decreases: [],
    body: undefined, flags: fnFlags(attrs), span,
    ...(spec.ensuresTriggers.length ? { ensuresTriggers: tight(spec.ensuresTriggers) } : {}),
    ...(headerUnsupported ? { headerUnsupported: true as const } : {}),
    ...(bounds.length ? { bounds } : {}),
    ...(target.kind === 'path' ? { assumeSpec: { target, text } } : {}),
  };
}
