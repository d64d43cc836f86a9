/**
 * Items. Verified items (inside `verus! {}` or marked `#[verus_verify]`) are parsed
 * strictly, with diagnostics; ordinary Rust is parsed when it fits the AST and is
 * otherwise skipped as a balanced token tree (an OpaqueItem) without a diagnostic.
 */
import { diag } from '../report/diagnostic.js';
import type {
  AssocTypeDecl, Block, ConstGenericParam, ConstItem, EnumItem, Expr, FieldDecl, FnItem, ImplItem, Item, Mode, ModItem, OpaqueItem, Param, Stmt, StructItem,
  TraitBound, TypeExpr, UseItem, UseTree, VariantDecl, Visibility,
} from './ast.js';
import { isBareTraitAssumeSpec, parseAssumeSpec } from './assume-spec.js';
import { defineMacro, expandItemMacro, importMacros, parseGeneratedItem } from './macro-expand.js';
import { expandStateMachine, setGeneratedItemParser } from './state-machine.js';
import { parseTrait } from './parser-traits.js';
import { parseGlobalSizeOf } from './parser-global.js';
import { atAttr, fnFlags, hasAttr, isVerusVerify, parseAttrs, reportUnimplementedVerifierAttrs, type ParsedAttr } from './parser-attrs.js';
import { CLAUSE_KEYWORDS, ParseFail, tight, type Parser } from './parser-core.js';
import { parseBinders, parseExpr, parseTriggerAttrs } from './parser-exprs.js';
import { parseBlock, parseClauseList } from './parser-stmts.js';
import { parseBounds, parseType } from './parser-types.js';
import type { Span } from './span.js';
import { IDENT_CODE } from './tokens.js';

const ITEM_KEYWORDS = new Set(['fn', 'struct', 'enum', 'union', 'impl', 'mod', 'use', 'trait', 'type', 'static', 'extern', 'macro_rules']);
const MODIFIERS = new Set(['open', 'closed', 'uninterp', 'broadcast', 'spec', 'proof', 'exec', 'unsafe', 'async', 'default', 'const', 'extern']);

/** Item forms of Verus that are recognised and reported as not supported (by their first word). */
const VERUS_ONLY_ITEMS = new Map<string, { what: string; startsItem: (p: Parser) => boolean }>([
  ['assume_specification', { what: '`assume_specification`', startsItem: (p) => p.is('[', 1) || p.is('<', 1) }],
  ['global', { what: '`global` layout facts', startsItem: (p) => p.is('size_of', 1) || p.is('layout', 1) }],
  ['axiom', { what: '`axiom fn`', startsItem: (p) => p.is('fn', 1) }],
]);

/** Whether the tokens at the cursor begin an item (statement position). */
export function isItemStart(p: Parser): boolean {
  let k = 0;
  if (p.is('pub')) return true;
  for (;;) {
    if (p.nthKind(k) !== IDENT_CODE) return false;
    const text = p.nthText(k);
    if (text === 'const') {
      const next = p.nthText(k + 1);
      if (p.nthKind(k + 1) === IDENT_CODE && next !== 'fn' && next !== 'unsafe' && next !== 'async' && next !== 'extern' && next !== 'move') return true;
      if (next === '_') return true;
    }
    if (ITEM_KEYWORDS.has(text)) return text !== 'macro_rules' || p.is('!', k + 1);
    if (text === 'unsafe' && p.is('{', k + 1)) return false;
    if (text === 'broadcast' && (p.is('use', k + 1) || p.is('group', k + 1))) return true;
    if ((text === 'ghost' || text === 'tracked') && (p.is('struct', k + 1) || p.is('enum', k + 1))) return true;
    if (MODIFIERS.has(text) && p.nthKind(k + 1) === IDENT_CODE) { k++; continue; }
    return false;
  }
}

/** Items until token index `close` (exclusive) or the end, with item-level recovery. */
export function parseItems(p: Parser, close: number, verifiedCtx: boolean): Item[] {
  const items: Item[] = [];
  while (p.pos < close && !p.atEnd()) {
    const start = p.pos;
    try {
      if (p.eat(';')) continue;
      const attrs = parseAttrs(p, false);
      // Verus's state machine macros (a procedural macro, built in): in any context, the code is Verus's
      if (p.tok.kind === 'ident' && (p.tok.text === 'tokenized_state_machine' || p.tok.text === 'state_machine') && p.is('!', 1)) {
        items.push(expandStateMachine(p, start, attrs));
        continue;
      }
      const expanded = expandItemMacroAt(p, verifiedCtx);
      if (expanded) items.push(...expanded);
      else items.push(parseItemAfterAttrs(p, start, attrs, verifiedCtx));
    } catch (e) {
      if (!(e instanceof ParseFail)) throw e;
      p.diagnostics.push(e.diagnostic);
      resyncItem(p, start, e.at, close);
    }
  }
  return tight(items);
}

/**
 * A known macro's invocation at item level, expanded. In ordinary Rust an expansion that does
 * not parse leaves the invocation to the item parser (an opaque item), as before expansion.
 */
function expandItemMacroAt(p: Parser, verifiedCtx: boolean): Item[] | undefined {
  if (verifiedCtx || p.verified) return expandItemMacro(p, verifiedCtx);
  const savedDiags = p.diagnostics.length;
  const savedPos = p.pos;
  try {
    return expandItemMacro(p, verifiedCtx);
  } catch (e) {
    if (!(e instanceof ParseFail)) throw e;
    p.diagnostics.length = savedDiags;
    p.pos = savedPos;
    return undefined;
  }
}

export function resyncItem(p: Parser, start: number, errorAt: number, close: number): void {
  if (errorAt <= start || isGarbageStart(p, start)) {
    // Not an item at all: skip tokens up to something that starts one.
    let i = Math.max(start + 1, errorAt + 1);
    while (i < close) {
      const t = p.token(i);
      if ((t.kind === 'ident' && (ITEM_KEYWORDS.has(t.text) || MODIFIERS.has(t.text) || t.text === 'pub' || t.text === 'verus')) || (t.text === '#' && t.kind === 'punct')) break;
      const m = p.match[i]!;
      i = m > i ? m + 1 : i + 1;
    }
    p.pos = Math.min(i, close);
    return;
  }
  p.pos = skipItemTokens(p, start, close);
  if (p.pos <= start) p.pos = start + 1;
}

function isGarbageStart(p: Parser, start: number): boolean {
  const saved = p.pos;
  p.pos = start;
  try {
    while (p.is('#')) p.pos = (p.match[p.pos + (p.is('!', 1) ? 2 : 1)] ?? p.pos) + 1;
    return !isItemStart(p) && !(p.tok.kind === 'ident' && p.is('!', 1));
  } finally {
    p.pos = saved;
  }
}

/**
 * End index (exclusive) of the item starting at `start`: after `;` at depth 0, or after a `{}`
 * group ending it. A `=` before the braces (`const X: T = S { .. };`) means they are a value,
 * unless `braceEnds` (traits, impls: `trait T: Add<Output = Self> { .. }`).
 */
export function skipItemTokens(p: Parser, start: number, close: number, braceEnds = false): number {
  let i = start;
  let sawEq = false;
  while (i < close) {
    const t = p.token(i);
    const m = p.match[i]!;
    if (t.kind === 'punct') {
      if (t.text === ';') return i + 1;
      if (t.text === '=' && !braceEnds) sawEq = true;
      if (m > i) {
        if (t.text === '{' && !sawEq) return m + 1;
        if (t.text === '#' ) { i++; continue; }
        i = m + 1;
        continue;
      }
    }
    i++;
  }
  return close;
}

/** `struct` / `enum` when the item at the cursor (after its visibility) is one. */
function attributedItemAhead(p: Parser): 'struct' | 'enum' | 'broadcast_group' | undefined {
  let k = 0;
  if (p.is('pub')) k = p.is('(', 1) ? 1 + (p.match[p.pos + 1]! - p.pos) : 1;
  if (p.is('broadcast', k) && p.is('group', k + 1)) return 'broadcast_group';
  if (p.is('ghost', k) || p.is('tracked', k)) k++;
  return p.is('struct', k) ? 'struct' : p.is('enum', k) ? 'enum' : undefined;
}

function parseVis(p: Parser): Visibility {
  if (!p.eat('pub')) return 'private';
  if (p.is('(') && (p.is('crate', 1) || p.is('super', 1) || p.is('self', 1) || p.is('in', 1))) {
    p.skipGroup();
    return 'pub(crate)';
  }
  return 'pub';
}

/** A fn's `(p1: T1, p2: T2, ..)`. */
export function parseParamList(p: Parser): Param[] {
  p.expect('(');
  const params: Param[] = [];
  while (!p.at(')')) {
    params.push(parseParam(p));
    if (!p.eat(',')) break;
  }
  p.expect(')');
  return params;
}

/** A fn's `-> T`, `-> (r: T)` or `-> (tracked r: T)`, if any. */
export function parseReturn(p: Parser): { ret?: TypeExpr; retName?: string; retNameSpan?: Span; retTracked: boolean } {
  if (!p.eat('->')) return { retTracked: false };
  const namedTracked = p.is('(') && p.is('tracked', 1) && p.isIdent(2) && p.is(':', 3);
  const named = p.is('(') && p.isIdent(1) && p.is(':', 2);
  if (!named && !namedTracked) return { ret: parseType(p), retTracked: false };
  p.advance();
  if (namedTracked) p.advance();
  const r = p.bump();
  p.expect(':');
  const ret = parseType(p);
  p.expect(')');
  return { ret, retName: r.text, retNameSpan: p.spanOf(r), retTracked: namedTracked };
}

/** An item whose outer attributes are already read. */
export function parseItemAfterAttrs(p: Parser, start: number, attrs: ParsedAttr[], verifiedCtx: boolean): Item {
  const markedVerified = verifiedCtx || isVerusVerify(attrs) || (hasVerusSpecAttr(attrs) && atFnItem(p));
  const external = hasAttr(attrs, 'verifier::external') || hasAttr(attrs, 'verus_verify', 'external');
  const savedVerified = p.verified;
  if (markedVerified && !external) {
    reportUnimplementedVerifierAttrs(p, attrs, attributedItemAhead(p));
    p.verified = true;
    try {
      return parseItemKind(p, start, attrs, true);
    } finally {
      p.verified = savedVerified;
    }
  }
  // Ordinary Rust (or an external item): parse it if it fits, else skip it quietly.
  const savedDiags = p.diagnostics.length;
  p.verified = false;
  try {
    return parseItemKind(p, start, attrs, markedVerified);
  } catch (e) {
    if (!(e instanceof ParseFail)) throw e;
    p.diagnostics.length = savedDiags;
    return { ...opaqueItem(p, start, attrs, p.limit), reason: e.diagnostic.message };
  } finally {
    p.verified = savedVerified;
  }
}

/** `#[verus_spec(..)]` on a fn marks it for checking as `#[verus_verify]` does (Verus's macro tags it). */
function hasVerusSpecAttr(attrs: ParsedAttr[]): boolean {
  return attrs.some((a) => a.attr.name === 'verus_spec' || a.attr.name === 'verus_verifier::verus_spec');
}

/** The item ahead is a fn: `pub(crate) const unsafe extern "C" fn ..`. */
function atFnItem(p: Parser): boolean {
  for (let k = 0; k < 10; k++) {
    const t = p.nth(k);
    if (t.text === 'fn') return true;
    if (t.text === '{' || t.text === ';' || t.text === '=' || t.kind === 'eof') return false;
  }
  return false;
}

function opaqueItem(p: Parser, start: number, attrs: ParsedAttr[], close: number): OpaqueItem {
  p.pos = start;
  parseAttrs(p, false);
  const vis = parseVis(p);
  let what = 'item';
  let name: string | undefined;
  for (let k = 0; k < 6; k++) {
    const t = p.nth(k);
    if (t.kind !== 'ident') break;
    if (ITEM_KEYWORDS.has(t.text) || t.text === 'const') {
      what = t.text;
      const n = p.nth(k + 1);
      if (t.text === 'macro_rules') name = p.nth(k + 2).text;
      else if (n.kind === 'ident') name = n.text;
      break;
    }
    if (p.is('!', k + 1)) { what = 'macro'; name = t.text; break; }
  }
  p.pos = skipItemTokens(p, start, close, what === 'trait' || what === 'impl' || what === 'mod' || what === 'union' || what === 'extern');
  if (p.pos <= start) p.pos = start + 1;
  return { kind: 'opaque', what, name, span: p.spanFrom(start), attrs: attrs.map((a) => a.attr), vis, verified: false };
}

interface Modifiers {
  mode?: Mode;
  openness?: 'open' | 'closed';
  uninterp: boolean;
  broadcast: boolean;
  isConst: boolean;
}

function parseItemKind(p: Parser, start: number, attrs: ParsedAttr[], verified: boolean): Item {
  const vis = parseVis(p);
  const base = { attrs: attrs.map((a) => a.attr), vis, verified };
  const t = p.tok;
  // `crate::m::make_items! { .. }`: a macro invoked by path at item level.
  if (t.kind === 'ident' && p.is('::', 1)) {
    let k = 0;
    while (p.nthKind(k) === IDENT_CODE && p.is('::', k + 1)) k += 2;
    if (p.nthKind(k) === IDENT_CODE && p.is('!', k + 1) && ['(', '[', '{'].includes(p.nthText(k + 2))) {
      const name = p.nthText(k);
      if (verified) {
        p.pos = skipItemTokens(p, start, p.limit);
        p.unsupported(`macro invocation \`${name}!\` as an item`, p.spanFrom(start));
      }
      const item = opaqueItem(p, start, attrs, p.limit);
      return item.kind === 'opaque' ? { ...item, what: 'macro', name } : item;
    }
  }
  if (t.kind === 'ident' && p.is('!', 1)) {
    if (t.text === 'verus' && p.is('{', 2)) {
      p.advance();
      p.advance();
      const open = p.pos;
      const close = p.match[open]!;
      p.advance();
      const savedVerified = p.verified;
      const savedPlain = p.plainRust;
      p.verified = true;
      p.plainRust = false; // `verus!` in a macro's body rewrites its own tokens
      let items: Item[];
      try {
        items = parseItems(p, close, true);
      } finally {
        p.verified = savedVerified;
        p.plainRust = savedPlain;
      }
      p.pos = close;
      p.advance();
      p.eat(';');
      return { kind: 'verus', items, span: p.spanFrom(start), ...base, verified: true };
    }
    if (t.text === 'include' && p.is('(', 2)) {
      p.advance();
      p.advance();
      p.advance();
      const lit = p.tok;
      if (lit.kind !== 'str') { p.hint('literal'); p.failExpected(); }
      p.advance();
      p.expect(')');
      p.eat(';');
      const item: Item = { kind: 'include', target: lit.value as string, span: p.spanFrom(start), ...base };
      p.macros.crate.scopeAt.set(item, p.macros.scope);
      // the included file's macros are in scope from here on
      const loaded = p.macros.crate.include?.(item, p.macros.scope);
      if (loaded) p.macros.scope = loaded.scope;
      return item;
    }
    if (t.text === 'macro_rules' && p.isIdent(2)) {
      const name = defineMacro(p, attrs);
      return { kind: 'opaque', what: 'macro_rules', name, span: p.spanFrom(start), ...base, verified: false };
    }
    if (verified) {
      const end = skipItemTokens(p, start, p.limit);
      p.pos = end;
      p.unsupported(`macro invocation \`${t.text}!\` as an item`, p.spanFrom(start));
    }
    return opaqueItem(p, start, attrs, p.limit);
  }

  // Verus items the engine gives no meaning to yet: parsed over whole, one diagnostic each.
  if (t.kind === 'ident' && t.text === 'global' && p.is('size_of', 1) && verified) return parseGlobalSizeOf(p, start, base);
  const verusOnly = VERUS_ONLY_ITEMS.get(t.text);
  if (t.kind === 'ident' && verusOnly && verusOnly.startsItem(p)) {
    // (a clause-less `assume_specification` of a trait method assumes nothing: accepted, assume-spec.ts)
    const noFacts = t.text === 'assume_specification' && isBareTraitAssumeSpec(p);
    if (t.text === 'assume_specification' && verified && !noFacts) return parseAssumeSpec(p, start, attrs, base);
    const end = skipItemTokens(p, start, p.limit);
    p.pos = end;
    if (verified && !noFacts) p.unsupported(verusOnly.what, p.spanFrom(start));
    return opaqueItem(p, start, attrs, p.limit);
  }
  const mods: Modifiers = { uninterp: false, broadcast: false, isConst: false };
  // `ghost struct` / `tracked struct` (and enums): every field has that mode.
  let dataMode: Mode | undefined;
  if ((p.is('ghost') || p.is('tracked')) && (p.is('struct', 1) || p.is('enum', 1))) dataMode = p.bump().text === 'ghost' ? 'spec' : 'proof';
  for (;;) {
    const m = p.tok;
    if (m.kind !== 'ident' || !MODIFIERS.has(m.text)) break;
    if (m.text === 'const' && !(p.is('fn', 1) || p.is('unsafe', 1) || p.is('extern', 1) || p.is('async', 1))) break;
    if (m.text === 'extern' && !(p.nth(1).kind === 'str' || p.is('fn', 1))) break;
    if (m.text === 'broadcast' && (p.is('use', 1) || p.is('group', 1))) break;
    if (m.text === 'unsafe' && (p.is('impl', 1) || p.is('trait', 1))) { p.advance(); break; }
    p.advance();
    switch (m.text) {
      case 'open': case 'closed': mods.openness = m.text; break;
      case 'uninterp': mods.uninterp = true; break;
      case 'broadcast': mods.broadcast = true; break;
      case 'spec': case 'proof': case 'exec':
        mods.mode = m.text;
        if (p.is('(')) p.skipGroup(); // spec(checked)
        break;
      case 'const': mods.isConst = true; break;
      case 'extern': if (p.tok.kind === 'str') p.advance(); break;
      case 'async': if (verified) p.unsupported('`async` functions', p.spanOf(m)); break;
      // another impl could override the member: static dispatch to it would be a guess
      case 'default': if (verified) p.unsupported('specialization (`default` members)', p.spanOf(m)); break;
      default: break;
    }
  }
  const kw = p.tok;
  if (kw.kind === 'ident') {
    switch (kw.text) {
      case 'fn':
        return parseFn(p, start, attrs, base, mods);
      case 'const':
      case 'static':
        return parseConst(p, start, base, mods.mode ?? 'exec');
      case 'struct':
        return withDataMode(parseStruct(p, start, base), dataMode);
      case 'enum':
        return withDataMode(parseEnum(p, start, base), dataMode);
      case 'impl':
        return parseImpl(p, start, base);
      case 'mod':
        return parseMod(p, start, base);
      case 'use':
        return parseUse(p, start, base);
      case 'broadcast': {
        p.advance();
        const paths: { path: string[]; span: Span }[] = [];
        const one = (): void => {
          const s = p.pos;
          const path = [p.expectIdentText()];
          while (p.eat('::')) {
            if (p.is('<')) p.skipAngle(); // `Type::<_>::lemma`: the arguments do not pick the lemma
            else path.push(p.expectIdentText());
          }
          paths.push({ path, span: p.spanFrom(s) });
        };
        if (p.eat('group')) {
          const nameTok = p.expectIdent();
          p.expect('{');
          while (!p.at('}')) { one(); if (!p.eat(',')) break; }
          p.expect('}');
          return { kind: 'broadcast_group', name: nameTok.text, nameSpan: p.spanOf(nameTok), paths, span: p.spanFrom(start), ...base };
        }
        p.expect('use');
        if (p.eat('{')) {
          while (!p.at('}')) { one(); if (!p.eat(',')) break; }
          p.expect('}');
        } else {
          one();
          while (p.eat(',')) one();
        }
        p.expect(';');
        return { kind: 'broadcast_use', paths, span: p.spanFrom(start), ...base };
      }
      case 'trait':
        return parseTrait(p, start, base);
      case 'type':
      case 'union':
      case 'extern':
      case 'macro_rules':
        // `type Name = T;` (no generics, not an associated type with bounds): an alias with meaning.
        if (kw.text === 'type' && p.isIdent(1) && p.is('=', 2)) {
          const saved = p.pos;
          const savedDiags = p.diagnostics.length;
          try {
            p.advance();
            const nameTok = p.expectIdent();
            p.expect('=');
            const ty = parseType(p);
            p.expect(';');
            return { kind: 'type_alias', name: nameTok.text, nameSpan: p.spanOf(nameTok), ty, span: p.spanFrom(start), ...base };
          } catch (e) {
            if (!(e instanceof ParseFail)) throw e;
            p.pos = saved;
            p.diagnostics.length = savedDiags;
          }
        }
        if (verified) {
          const end = skipItemTokens(p, start, p.limit, kw.text !== 'type');
          const what = kw.text === 'type' ? 'type aliases' : `\`${kw.text}\` items`;
          p.pos = end;
          p.diagnostics.push({ severity: 'error', kind: 'unsupported', message: `not supported: ${what}`, span: p.spanFrom(start), labels: [] });
        }
        return opaqueItem(p, start, attrs, p.limit);
    }
  }
  p.fail(`expected item, found ${describe(p)}`);
}

/** A `ghost`/`tracked` datatype: its fields take that mode. */
function withDataMode<T extends StructItem | EnumItem>(item: T, mode: Mode | undefined): T {
  if (!mode) return item;
  const fields = item.kind === 'struct' ? item.fields : item.variants.flatMap((v) => v.fields);
  // (a field's own `ghost`/`tracked` stays: `tracked struct S { ghost g: T }` has a ghost `g`)
  for (const f of fields) if (f.mode === 'exec') f.mode = mode;
  return item;
}

function describe(p: Parser): string {
  const t = p.tok;
  if (t.kind === 'eof') return '`<eof>`';
  return '`' + t.text + '`';
}

/**
 * `<T, 'a, U: Bound, const N: usize>`: generic parameter names (lifetimes dropped); trait bounds go
 * to `bounds`; const parameters (named in the list too) go to `consts` as well, where the item
 * takes them (else they are not supported).
 */
export function parseGenericParams(p: Parser, bounds?: TraitBound[], consts?: ConstGenericParam[]): string[] {
  const names: string[] = [];
  if (!p.is('<')) return names;
  p.advance();
  let pos = 0;
  while (!p.eatGt()) {
    const t = p.tok;
    if (t.kind === 'lifetime') {
      p.advance();
      if (p.eat(':')) parseBounds(p);
      pos--;
    } else if (p.is('const')) {
      const s = p.pos;
      p.advance();
      const nameTok = p.expectIdent();
      p.expect(':');
      const ty = parseType(p);
      if (p.is('=')) {
        p.advance();
        if (p.is('{')) p.skipGroup();
        else p.advance();
        p.unsupported('defaults of const generic parameters', p.spanFrom(s));
      } else if (consts) {
        consts.push({ name: nameTok.text, nameSpan: p.spanOf(nameTok), ty, pos, span: p.spanFrom(s) });
        names.push(nameTok.text);
      } else p.unsupported('const generics', p.spanFrom(s));
    } else {
      const s = p.pos;
      const name = p.expectIdentText();
      names.push(name);
      if (p.eat(':')) {
        const param: TypeExpr = { kind: 'path', segments: [name], args: [], span: p.spanFrom(s) };
        for (const trait of parseBounds(p)) bounds?.push({ param, trait, span: trait.span });
      }
      if (p.eat('=')) parseType(p);
    }
    pos++;
    if (!p.eat(',')) {
      if (!p.eatGt()) p.failExpected();
      break;
    }
  }
  return tight(names);
}

/** `where T: A, U: B` up to `{`, `;` or a clause keyword; `T: Tr` bounds go to `bounds`. */
export function skipWhere(p: Parser, bounds?: TraitBound[]): void {
  if (!p.eat('where')) return;
  const atEnd = () => p.atEnd() || p.is('{') || p.is(';') || (p.tok.kind === 'ident' && CLAUSE_KEYWORDS.has(p.tok.text));
  // structured while the clauses have the plain `Type: Bounds` shape, skipped from the first that does not
  while (!atEnd() && p.tok.kind !== 'lifetime' && !p.is('for') && (p.tok.kind === 'ident' || p.is('&') || p.is('('))) {
    const param = parseType(p);
    if (!p.eat(':')) break;
    for (const trait of parseBounds(p)) bounds?.push({ param, trait, span: trait.span });
    if (!p.eat(',')) break;
  }
  while (!atEnd()) {
    if (p.is('(') || p.is('[')) p.skipGroup();
    else p.advance();
  }
}

export function parseParam(p: Parser): Param {
  const start = p.pos;
  parseAttrs(p, false);
  // self forms (`tracked &self`, `tracked &mut self`, `tracked self` in proof fns)
  const trackedSelf = p.is('tracked') && (p.is('self', 1) || p.is('&', 1) || (p.is('mut', 1) && p.is('self', 2)));
  if (trackedSelf) p.advance();
  const selfSpanStart = p.pos;
  if (p.is('self') || (p.is('mut') && p.is('self', 1)) || (p.is('&') && (p.is('self', 1) || p.is('mut', 1) && p.is('self', 2) || p.nth(1).kind === 'lifetime'))) {
    const selfStart = p.pos;
    let ref = p.eat('&');
    if (ref && p.tok.kind === 'lifetime') p.advance();
    const mut = p.eat('mut');
    if (p.is('self')) {
      const nameTok = p.bump();
      const selfTy: TypeExpr = { kind: 'path', segments: ['Self'], args: [], span: p.spanOf(nameTok) };
      let ty: TypeExpr = ref ? { kind: 'ref', mut, inner: selfTy, span: p.spanFrom(selfStart) } : selfTy;
      if (!ref && p.eat(':')) {
        ty = parseType(p);
        ref = false;
      }
      return { name: 'self', nameSpan: p.spanOf(nameTok), ty, mutBinding: !ref && mut, tracked: trackedSelf, ghost: false, unwrapped: false, span: p.spanFrom(start), id: undefined };
    }
    p.pos = selfSpanStart;
  }
  let tracked = trackedSelf;
  if (p.is('tracked') && p.nth(1).kind === 'ident') { p.advance(); tracked = true; }
  let ghost = false;
  let unwrapped = false;
  let mutBinding = false;
  let nameTok;
  if ((p.is('Tracked') || p.is('Ghost')) && p.is('(', 1)) {
    const w = p.bump().text;
    p.advance();
    mutBinding = p.eat('mut');
    nameTok = p.expectIdent();
    p.expect(')');
    unwrapped = true;
    if (w === 'Tracked') tracked = true;
    else ghost = true;
  } else {
    mutBinding = p.eat('mut');
    if (p.is('(') || p.is('&') || p.is('[')) {
      const s = p.pos;
      p.skipGroup();
      p.unsupported('patterns in parameters', p.spanFrom(s));
      nameTok = p.token(s);
    } else nameTok = p.expectIdent();
  }
  p.expect(':');
  const ty = parseType(p);
  return { name: nameTok.text, nameSpan: p.spanOf(nameTok), ty, mutBinding, tracked, ghost, unwrapped, span: p.spanFrom(start), id: undefined };
}

export interface FnSpec { trusted?: boolean; noUnwind?: { when?: Expr; span: Span }; withParams: Param[]; requires: Expr[]; ensures: Expr[]; ensuresTriggers: Expr[][]; returns: Expr[]; decreases: Expr[]; retName?: string; retNameSpan?: Span }

/** `ensures` clauses, with the trigger groups `#![trigger ..]` a broadcast lemma may start them with. */
function parseEnsures(p: Parser, spec: FnSpec): void {
  if (atAttr(p, true)) {
    const s = p.pos;
    const { triggers, auto } = parseTriggerAttrs(p);
    if (auto) p.unsupported('`#![auto]` on a function\'s clauses', p.spanFrom(s));
    spec.ensuresTriggers.push(...triggers);
  }
  spec.ensures.push(...parseClauseList(p));
}

/** requires/ensures/returns/decreases/recommends clauses (verus! style or inside `verus_spec(..)`). */
export function parseFnClauses(p: Parser, spec: FnSpec): void {
  for (;;) {
    if (p.tokKind !== IDENT_CODE) return;
    const text = p.tokText;
    switch (text) {
      case 'requires': p.advance(); spec.requires.push(...parseClauseList(p)); break;
      case 'ensures': p.advance(); parseEnsures(p, spec); break;
      case 'returns': p.advance(); spec.returns.push(...parseClauseList(p)); break;
      case 'recommends': p.advance(); parseClauseList(p); break;
      case 'decreases':
        p.advance();
        spec.decreases.push(...parseClauseList(p));
        if (p.is('when') || p.is('via')) {
          const s = p.pos;
          p.advance();
          parseClauseList(p);
          p.unsupported(`\`decreases ... ${text}\``, p.spanFrom(s));
        }
        break;
      case 'opens_invariants': {
        // `any` / `none` hold of every fn here: the subset has no invariant to open
        const s = p.pos;
        p.advance();
        if (p.is('any') || p.is('none')) p.advance();
        else {
          parseClauseList(p);
          if (p.verified) p.diagnostics.push(diag('unsupported', 'not supported: `opens_invariants` with a list of invariants', p.spanFrom(s)));
        }
        break;
      }
      case 'no_unwind': {
        const s = p.pos;
        p.advance();
        let when: Expr | undefined;
        if (p.eat('when')) {
          const list = parseClauseList(p);
          if (list.length !== 1) p.unsupported('`no_unwind when` with other than one condition', p.spanFrom(s));
          when = list[0];
        }
        if (spec.noUnwind) p.unsupported('a second `no_unwind` clause', p.spanFrom(s));
        spec.noUnwind = { ...(when ? { when } : {}), span: p.spanFrom(s) };
        break;
      }
      default:
        return;
    }
  }
}

/**
 * `with Tracked(p): Tracked<&mut T>, Ghost(g): Ghost<int> -> out: Tracked<U>`: ghost inputs and
 * outputs of an exec fn in the attribute style. The inputs become parameters after the written
 * ones (`viaWith`: callers give them with `proof_with!`); outputs are `not supported`.
 */
function parseWithClause(p: Parser, spec: FnSpec): void {
  p.expect('with');
  const atEnd = (): boolean => p.atEnd() || p.is('->') || (p.tokKind === IDENT_CODE && CLAUSE_KEYWORDS.has(p.tokText));
  while (!atEnd()) {
    spec.withParams.push({ ...parseParam(p), viaWith: true });
    if (!p.eat(',')) break;
  }
  if (p.is('->')) {
    const s = p.pos;
    p.advance();
    while (!p.atEnd() && !(p.tokKind === IDENT_CODE && CLAUSE_KEYWORDS.has(p.tokText))) {
      if (p.is('(')) p.skipGroup();
      else {
        p.expectIdent();
        p.expect(':');
      }
      parseType(p);
      if (!p.eat(',')) break;
    }
    p.unsupported('ghost outputs of `with` in `verus_spec` (`-> ..`)', p.spanFrom(s));
  }
}

/** Spec attributes of the attribute style, parsed in place. */
function specFromAttrs(p: Parser, attrs: ParsedAttr[], spec: FnSpec): void {
  for (const a of attrs) {
    if (a.argsFrom < 0) continue;
    const name = a.attr.name.replace(/^verus_verifier::/, '');
    if (name === 'verus_spec') {
      p.within(a.argsFrom, a.argsTo, () => {
        if (p.isIdent() && (p.is('=>', 1) || p.is(':', 1))) {
          const r = p.bump();
          if (p.eat(':')) parseType(p); // `ret: T =>` (closures)
          p.expect('=>');
          spec.retName = r.text;
          spec.retNameSpan = p.spanOf(r);
        }
        if (p.is('with')) parseWithClause(p, spec);
        parseFnClauses(p, spec);
        if (!p.atEnd()) p.failExpected();
      });
    } else if (name === 'requires' || name === 'recommends' || name === 'decreases') {
      const list = p.within(a.argsFrom, a.argsTo, () => parseClauseList(p));
      if (name === 'requires') spec.requires.push(...list);
      if (name === 'decreases') spec.decreases.push(...list);
    } else if (name === 'ensures') {
      p.within(a.argsFrom, a.argsTo, () => {
        if (p.is('|') || p.is('||')) {
          const binders = parseBinders(p);
          if (binders[0]) {
            spec.retName = binders[0].name;
            spec.retNameSpan = binders[0].span;
          }
        }
        if (p.is('[')) {
          const open = p.pos;
          const close = p.match[open]!;
          p.advance();
          p.within(open + 1, close, () => parseEnsures(p, spec));
          p.pos = close;
          p.advance();
        } else parseEnsures(p, spec);
        if (!p.atEnd()) p.failExpected();
      });
    }
  }
}

/** A const generic parameter as the value parameter it is in the fn (of the fn's own or of its impl). */
function constParam(c: ConstGenericParam, of: 'fn' | 'impl'): Param {
  return { name: c.name, nameSpan: c.nameSpan, ty: c.ty, mutBinding: false, tracked: false, ghost: false, unwrapped: false, constGeneric: of, span: c.span, id: undefined };
}

function parseFn(p: Parser, start: number, attrs: ParsedAttr[], base: { attrs: FnItem['attrs']; vis: Visibility; verified: boolean }, mods: Modifiers): FnItem {
  const diagsBefore = p.diagnostics.length;
  p.expect('fn');
  const nameTok = p.expectIdent();
  const bounds: TraitBound[] = [];
  const constGenerics: ConstGenericParam[] = [];
  const generics = parseGenericParams(p, bounds, constGenerics);
  const params = parseParamList(p);
  if (p.is('by') && p.is('(', 1)) {
    // `proof fn f(..) by (nonlinear_arith)`: the whole body proved by one prover.
    const s = p.pos;
    p.advance();
    p.skipGroup();
    p.unsupported('a prover for a whole function (`fn f(..) by (..)`)', p.spanFrom(s));
  }
  const { ret, retName, retNameSpan, retTracked } = parseReturn(p);
  skipWhere(p, bounds);
  const flags = fnFlags(attrs);
  const spec: FnSpec = { trusted: flags.externalBody || flags.external, withParams: [], requires: [], ensures: [], ensuresTriggers: [], returns: [], decreases: [], retName, retNameSpan };
  const clausesFrom = p.pos;
  parseFnClauses(p, spec);
  const clausesTo = p.pos;
  if (base.verified && p.verified) specFromAttrs(p, attrs, spec);
  // const generic parameters: values after the written parameters, before the `with` ones
  for (const c of constGenerics) params.push(constParam(c, 'fn'));
  params.push(...spec.withParams);
  const headerUnsupported = p.diagnostics.slice(diagsBefore).some((d) => d.kind === 'unsupported');
  let body: Block | undefined;
  if (!p.eat(';')) {
    if (!p.is('{')) { p.hint('{', ';', 'where', 'requires', 'ensures'); p.failExpected(); }
    body = flags.externalBody || flags.external ? parseTrustedBody(p) : parseBlock(p);
  }
  if (hasAttr(attrs, 'verifier::bit_vector')) body = proverBody(p, 'bit_vector', nameTok.text, mods, ret, body, clausesFrom, clausesTo);
  else if (hasAttr(attrs, 'verifier::nonlinear')) body = proverBody(p, 'nonlinear_arith', nameTok.text, mods, ret, body, clausesFrom, clausesTo);
  return {
    kind: 'fn', ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), mode: mods.mode ?? 'exec', openness: mods.openness,
    uninterp: mods.uninterp, broadcast: mods.broadcast, isConst: mods.isConst, generics, params: tight(params), ret,
    retName: spec.retName, retNameSpan: spec.retNameSpan, retTracked, requires: tight(spec.requires), ensures: tight(spec.ensures),
    returns: tight(spec.returns), decreases: tight(spec.decreases), body, flags, span: p.spanFrom(start),
    ...(spec.ensuresTriggers.length ? { ensuresTriggers: tight(spec.ensuresTriggers) } : {}),
    ...(spec.noUnwind ? { noUnwind: spec.noUnwind } : {}),
    ...(headerUnsupported ? { headerUnsupported: true as const } : {}),
    ...(bounds.length ? { bounds } : {}),
    ...(constGenerics.length ? { constGenerics } : {}),
  };
}

/**
 * `#[verifier::bit_vector] proof fn f(..) requires R ensures E {}`: Verus proves each ensures
 * clause from the requires by bit-vector reasoning alone. Its body here says exactly that:
 * `assert(E) by (bit_vector) requires R;` for each clause (fresh copies of the clauses, parsed
 * again from their tokens); the postconditions then follow from the assertions.
 * `#[verifier::nonlinear]` (`#[verifier(nonlinear)]`) is the same with `by (nonlinear_arith)`:
 * Verus proves the fn with nonlinear arithmetic on, which for an empty body is each ensures
 * from the requires (and the spec fns' definitions) alone.
 */
function proverBody(p: Parser, prover: 'bit_vector' | 'nonlinear_arith', name: string, mods: Modifiers, ret: TypeExpr | undefined, body: Block | undefined, from: number, to: number): Block | undefined {
  if (!p.verified) return body;
  const empty = body !== undefined && body.stmts.length === 0 && body.tail === undefined;
  if (mods.mode !== 'proof' || ret !== undefined || !empty) {
    const attr = prover === 'bit_vector' ? 'bit_vector' : 'nonlinear';
    p.unsupported(`\`#[verifier::${attr}]\` on \`${name}\` (only on a proof fn with an empty body and no return value)`, body?.span ?? p.spanAt(from));
    return body;
  }
  const clauses = (): FnSpec => {
    const fresh: FnSpec = { withParams: [], requires: [], ensures: [], ensuresTriggers: [], returns: [], decreases: [] };
    const saved = p.diagnostics.length;
    p.within(from, to, () => parseFnClauses(p, fresh));
    p.diagnostics.length = saved; // reported when the clauses were first read
    return fresh;
  };
  const n = clauses().ensures.length;
  const stmts: Stmt[] = [];
  for (let i = 0; i < n; i++) {
    const c = clauses();
    const e = c.ensures[i]!;
    stmts.push({ kind: 'assert', expr: e, by: { kind: prover, requires: c.requires }, span: e.span });
  }
  return { stmts, tail: undefined, span: body!.span };
}

/** external_body bodies are trusted Rust: parsed if they fit, else kept as an unsupported tail (no diagnostic). */
function parseTrustedBody(p: Parser): Block {
  const open = p.pos;
  const savedVerified = p.verified;
  const savedDiags = p.diagnostics.length;
  p.verified = false;
  try {
    return parseBlock(p);
  } catch (e) {
    if (!(e instanceof ParseFail)) throw e;
    p.diagnostics.length = savedDiags;
    p.pos = open;
    p.skipGroup();
    const span = p.spanFrom(open);
    return { stmts: [], tail: { kind: 'unsupported', what: 'trusted body outside the subset', span }, span };
  } finally {
    p.verified = savedVerified;
  }
}

function parseConst(p: Parser, start: number, base: { attrs: ConstItem['attrs']; vis: Visibility; verified: boolean }, mode: Mode): ConstItem {
  const isStatic = p.bump().text === 'static';
  if (isStatic) p.eat('mut');
  const nameTok = p.is('_') ? p.bump() : p.expectIdent();
  p.expect(':');
  const ty = parseType(p);
  const value = p.eat('=') ? parseExpr(p) : undefined;
  p.expect(';');
  return { kind: 'const', ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), mode, ty, value, isStatic, span: p.spanFrom(start) };
}

function fieldMode(p: Parser): Mode {
  if ((p.is('ghost') || p.is('tracked')) && p.isIdent(1)) {
    return p.bump().text === 'ghost' ? 'spec' : 'proof';
  }
  return 'exec';
}

function parseNamedFields(p: Parser): FieldDecl[] {
  p.expect('{');
  const fields: FieldDecl[] = [];
  while (!p.at('}')) {
    const s = p.pos;
    parseAttrs(p, false);
    const vis = parseVis(p);
    const mode = fieldMode(p);
    const name = p.expectIdentText();
    p.expect(':');
    const ty = parseType(p);
    fields.push({ name, ty, vis, mode, span: p.spanFrom(s) });
    if (!p.eat(',')) break;
  }
  p.expect('}');
  return tight(fields);
}

function parseTupleFields(p: Parser): FieldDecl[] {
  p.expect('(');
  const fields: FieldDecl[] = [];
  while (!p.at(')')) {
    const s = p.pos;
    parseAttrs(p, false);
    const vis = parseVis(p);
    const mode = (p.is('ghost') || p.is('tracked')) && !p.is(',', 1) && !p.is(')', 1) ? (p.bump().text === 'ghost' ? 'spec' : 'proof') : 'exec';
    const ty = parseType(p);
    fields.push({ name: String(fields.length), ty, vis, mode, span: p.spanFrom(s) });
    if (!p.eat(',')) break;
  }
  p.expect(')');
  return tight(fields);
}

function parseStruct(p: Parser, start: number, base: { attrs: StructItem['attrs']; vis: Visibility; verified: boolean }): StructItem {
  p.expect('struct');
  const nameTok = p.expectIdent();
  const constGenerics: ConstGenericParam[] = [];
  const generics = parseGenericParams(p, undefined, constGenerics);
  skipWhere(p);
  let shape: StructItem['shape'];
  let fields: FieldDecl[] = [];
  if (p.is('{')) { shape = 'named'; fields = parseNamedFields(p); }
  else if (p.is('(')) { shape = 'tuple'; fields = parseTupleFields(p); skipWhere(p); p.expect(';'); }
  else { shape = 'unit'; p.hint('{', '(', '<', 'where'); p.expect(';'); }
  return { kind: 'struct', ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), generics, shape, fields, span: p.spanFrom(start), ...(constGenerics.length ? { constGenerics } : {}) };
}

function parseEnum(p: Parser, start: number, base: { attrs: EnumItem['attrs']; vis: Visibility; verified: boolean }): EnumItem {
  p.expect('enum');
  const nameTok = p.expectIdent();
  const constGenerics: ConstGenericParam[] = [];
  const generics = parseGenericParams(p, undefined, constGenerics);
  skipWhere(p);
  p.expect('{');
  const variants: VariantDecl[] = [];
  while (!p.at('}')) {
    const s = p.pos;
    parseAttrs(p, false);
    const vt = p.expectIdent();
    let shape: VariantDecl['shape'] = 'unit';
    let fields: FieldDecl[] = [];
    if (p.is('{')) { shape = 'named'; fields = parseNamedFields(p); }
    else if (p.is('(')) { shape = 'tuple'; fields = parseTupleFields(p); }
    const discriminant = p.eat('=') ? parseExpr(p) : undefined;
    variants.push({ name: vt.text, nameSpan: p.spanOf(vt), shape, fields, discriminant, span: p.spanFrom(s) });
    if (!p.eat(',')) break;
  }
  p.expect('}');
  return { kind: 'enum', ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), generics, variants: tight(variants), span: p.spanFrom(start), ...(constGenerics.length ? { constGenerics } : {}) };
}

function parseImpl(p: Parser, start: number, base: { attrs: ImplItem['attrs']; vis: Visibility; verified: boolean }): ImplItem {
  p.expect('impl');
  const bounds: TraitBound[] = [];
  const constGenerics: ConstGenericParam[] = [];
  const genericsStart = p.pos;
  const generics = p.is('<') ? parseGenericParams(p, bounds, constGenerics) : [];
  const genericsSpan = p.spanFrom(genericsStart);
  const negative = p.eat('!');
  let selfTy = parseType(p);
  let traitName: string | undefined;
  let traitPath: TypeExpr | undefined;
  if (p.eat('for')) {
    traitName = selfTy.kind === 'path' ? selfTy.segments.join('::') : 'trait';
    traitPath = selfTy;
    selfTy = parseType(p);
    if (negative && base.verified && p.verified) p.unsupported('negative trait implementations', traitPath.span);
  } else if (negative) p.failExpected();
  skipWhere(p, bounds);
  const assocTypes: AssocTypeDecl[] = [];
  const open = p.pos;
  p.expect('{');
  const close = p.match[open]!;
  const inner = parseAttrs(p, true);
  if (p.verified) reportUnimplementedVerifierAttrs(p, inner);
  const items: (FnItem | ConstItem)[] = [];
  const skipped: OpaqueItem[] = [];
  while (p.pos < close) {
    const s = p.pos;
    try {
      if (p.eat(';')) continue;
      const attrs = parseAttrs(p, false);
      if (p.is('type')) {
        assocTypes.push(parseAssocType(p, s));
        continue;
      }
      for (const item of parseImplMember(p, s, attrs, base.verified, skipped)) {
        item.implSelf = selfTy;
        if (item.kind === 'fn' && constGenerics.length > 0) {
          // the impl's const parameters are values of each member fn too (before the fn's own)
          if (traitPath || item.flags.typeInvariant) {
            if (item.verified) p.unsupported(traitPath ? 'members of a trait impl with const generic parameters' : 'a type invariant of a type with const generic parameters', traitPath ? genericsSpan : item.nameSpan);
            item.headerUnsupported = true;
          } else {
            const at = item.params.findIndex((x) => x.constGeneric || x.viaWith);
            item.params.splice(at < 0 ? item.params.length : at, 0, ...constGenerics.map((c) => constParam(c, 'impl')));
          }
        }
        items.push(item);
      }
    } catch (e) {
      // A verified member's error is recorded; an ordinary one is dropped with the member.
      if (!(e instanceof ParseFail)) throw e;
      if (p.verified) p.diagnostics.push(e.diagnostic);
      resyncItem(p, s, e.at, close);
    }
  }
  p.pos = close;
  p.advance();
  return {
    kind: 'impl', ...base, generics, selfTy, traitName, traitPath, items: tight(items), span: p.spanFrom(start), ...(constGenerics.length ? { constGenerics } : {}),
    ...(bounds.length ? { bounds } : {}), ...(assocTypes.length ? { assocTypes } : {}), ...(skipped.length ? { skipped } : {}),
  };
}

/** `type Name;`, `type Name: Bounds;` or `type Name = T;` inside a trait or impl. */
export function parseAssocType(p: Parser, start: number): AssocTypeDecl {
  p.expect('type');
  const nameTok = p.expectIdent();
  const generic = p.is('<');
  if (generic) p.skipAngle();
  let bounded = false;
  if (p.eat(':')) {
    parseBounds(p);
    bounded = true;
  }
  if (p.is('where')) bounded = true;
  skipWhere(p);
  const ty = p.eat('=') ? parseType(p) : undefined;
  p.expect(';');
  return { name: nameTok.text, nameSpan: p.spanOf(nameTok), ty, ...(generic ? { generic: true as const } : {}), ...(bounded ? { bounded: true as const } : {}), span: p.spanFrom(start) };
}

export function parseImplMember(p: Parser, start: number, attrs: ParsedAttr[], implVerified: boolean, skipped?: OpaqueItem[]): (FnItem | ConstItem)[] {
  const item = parseItemAfterAttrs(p, start, attrs, implVerified);
  if (item.kind === 'fn' || item.kind === 'const') return [item];
  // `verus! { .. }` around members inside an impl: the macro adds no scope, its members are the impl's
  if (item.kind === 'verus') {
    const members: (FnItem | ConstItem)[] = [];
    for (const x of item.items) {
      if (x.kind === 'fn' || x.kind === 'const') members.push(x);
      else p.unsupported(`${x.kind === 'type_alias' ? 'associated types' : `${x.kind} items inside impl blocks`}`, x.span);
    }
    return members;
  }
  if (item.kind === 'opaque' && !(implVerified && p.verified)) {
    skipped?.push(item);
    return [];
  }
  if (implVerified && item.kind === 'type_alias') p.unsupported('associated types', item.span);
  else if (implVerified && item.kind !== 'opaque') p.unsupported(`${item.kind} items inside impl blocks`, item.span);
  return [];
}

function parseMod(p: Parser, start: number, base: { attrs: ModItem['attrs']; vis: Visibility; verified: boolean }): ModItem {
  p.expect('mod');
  const nameTok = p.expectIdent();
  if (p.eat(';')) {
    const item: ModItem = { kind: 'mod', ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), span: p.spanFrom(start) };
    // the module's file sees the macros defined before this line
    p.macros.crate.scopeAt.set(item, p.macros.scope);
    return item;
  }
  const open = p.pos;
  p.expect('{');
  const close = p.match[open]!;
  const inner = parseAttrs(p, true);
  if (base.verified) reportUnimplementedVerifierAttrs(p, inner);
  const scope = p.macros.scope;
  const items = parseItems(p, close, base.verified);
  // a module's macros end with it, unless it is `#[macro_use]`
  if (!base.attrs.some((a) => a.name === 'macro_use')) p.macros.scope = scope;
  p.pos = close;
  p.advance();
  return { kind: 'mod', ...base, name: nameTok.text, nameSpan: p.spanOf(nameTok), items, span: p.spanFrom(start) };
}

function parseUse(p: Parser, start: number, base: { attrs: UseItem['attrs']; vis: Visibility; verified: boolean }): UseItem {
  p.expect('use');
  const trees: UseTree[] = [];
  parseUseTree(p, [], trees);
  p.expect(';');
  if (trees.some((t) => t.path.length === 2 && t.path[0] === 'seq_macro' && t.path[1] === 'seq' && !t.glob && !t.alias)) p.macros.seqImported = true;
  importMacros(p, trees);
  return { kind: 'use', ...base, trees, span: p.spanFrom(start) };
}

function parseUseTree(p: Parser, prefix: string[], out: UseTree[]): void {
  const s = p.pos;
  const path = [...prefix];
  p.eat('::');
  for (;;) {
    if (p.eat('*')) {
      out.push({ path, glob: true, span: p.spanFrom(s) });
      return;
    }
    if (p.is('{')) {
      p.advance();
      while (!p.at('}')) {
        parseUseTree(p, path, out);
        if (!p.eat(',')) break;
      }
      p.expect('}');
      return;
    }
    const seg = p.expectIdentText();
    if (seg === 'self' && path.length > 0 && path.length > prefix.length - 1 && !p.is('::')) {
      const alias = p.eat('as') ? p.expectIdentText() : undefined;
      out.push({ path, glob: false, alias, span: p.spanFrom(s) });
      return;
    }
    path.push(seg);
    if (!p.eat('::')) break;
  }
  const alias = p.eat('as') ? (p.is('_') ? p.bump().text : p.expectIdentText()) : undefined;
  out.push({ path, glob: false, alias, span: p.spanFrom(s) });
}

setGeneratedItemParser(parseGeneratedItem);
