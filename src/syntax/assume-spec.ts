/**
 * `assume_specification[ <T as Trait>::method ](params) -> R;` with no clauses at all: it
 * assumes nothing (no `requires`, no `ensures`), it only lets Verus's exec code call the
 * method (svsm writes it for derived `PartialEq::eq`). Proofgate gives such a method no facts
 * from it either, so the item is accepted with no meaning. Any other form (generics, a plain
 * path, a clause) stays `not supported`.
 */
import { CLAUSE_KEYWORDS, type Parser } from './parser-core.js';

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
