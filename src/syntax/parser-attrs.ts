/**
 * Attributes: `#[path]`, `#[path(args)]`, `#[path = value]`, inner `#![...]`. Arguments are
 * kept as token ranges so spec attributes (`verus_spec`, `requires`, ...) are parsed in
 * place and their spans point into the file.
 */
import { diag } from '../report/diagnostic.js';
import type { Attr, FnFlags } from './ast.js';
import { tight, type Parser } from './parser-core.js';

export interface ParsedAttr {
  attr: Attr;
  /** Token range of the arguments inside the delimiters: [argsFrom, argsTo). -1 when none. */
  argsFrom: number;
  argsTo: number;
}

export function atAttr(p: Parser, inner: boolean): boolean {
  return inner ? p.is('#') && p.is('!', 1) && p.is('[', 2) : p.is('#') && p.is('[', 1);
}

export function parseAttrs(p: Parser, inner: boolean): ParsedAttr[] {
  const out: ParsedAttr[] = [];
  while (atAttr(p, inner)) out.push(...expandCfgAttr(p, parseAttr(p)));
  return tight(out);
}

/**
 * The cfgs Verus sets when it verifies: `#[cfg_attr(verus_keep_ghost, X, Y)]` (or
 * `verus_keep_ghost_body`) is `#[X] #[Y]` to it, as rustc expands cfg_attr. Any other
 * cfg_attr stays as written (a plain Rust attribute).
 */
const VERUS_CFGS = new Set(['verus_keep_ghost', 'verus_keep_ghost_body']);

export function expandCfgAttr(p: Parser, a: ParsedAttr): ParsedAttr[] {
  if (a.attr.name !== 'cfg_attr' || a.argsFrom < 0 || a.argsTo <= a.argsFrom + 2) return [a];
  if (!VERUS_CFGS.has(p.token(a.argsFrom).text) || p.token(a.argsFrom + 1).text !== ',') return [a];
  return p.within(a.argsFrom + 2, a.argsTo, () => {
    const out: ParsedAttr[] = [];
    while (!p.atEnd()) {
      const item = parseMeta(p, a.attr.inner, -1);
      // the item's own span is its words; the diagnostic span is the whole attribute's
      out.push(...expandCfgAttr(p, { ...item, attr: { ...item.attr, span: a.attr.span } }));
      if (!p.eat(',')) break;
    }
    if (!p.atEnd()) p.failExpected();
    return out;
  });
}

export function parseAttr(p: Parser): ParsedAttr {
  const start = p.pos;
  p.expect('#');
  const inner = p.eat('!');
  const open = p.pos;
  p.expect('[');
  let close = p.match[open] ?? -1;
  // Rust 2024: `#[unsafe(no_mangle)]`, `#[unsafe(link_section = ".x")]` wrap the attribute.
  if (p.is('unsafe') && p.is('(', 1)) {
    p.advance();
    close = p.match[p.pos] ?? close;
    p.advance();
  } else p.eat('unsafe');
  const a = parseMeta(p, inner, close);
  if (close > 0) p.pos = Math.min(close, p.limit);
  p.eat(')'); // the `unsafe(` wrapper's
  p.expect(']');
  return { ...a, attr: { ...a.attr, span: p.spanFrom(start) } };
}

/**
 * One meta item: `path`, `path(args)`, `path = value`. `close` is the token that ends a
 * `= value` (the attribute's `]`), or -1 inside a cfg_attr list, where a `,` ends it.
 */
function parseMeta(p: Parser, inner: boolean, close: number): ParsedAttr {
  const start = p.pos;
  const segs: string[] = [];
  p.eat('::');
  segs.push(p.expectIdentText());
  while (p.eat('::')) segs.push(p.expectIdentText());
  let name = segs.join('::');
  let args = '';
  let argsFrom = -1;
  let argsTo = -1;
  const t = p.tok;
  if (t.text === '(' || t.text === '[' || t.text === '{') {
    const m = p.match[p.pos] ?? -1;
    argsFrom = p.pos + 1;
    argsTo = m;
    args = m > p.pos ? p.text.slice(t.end, p.token(m).start) : '';
    p.skipGroup();
  } else if (p.eat('=')) {
    argsFrom = p.pos;
    if (close < 0) {
      while (!p.atEnd() && !p.at(',')) p.skipGroup();
      close = p.pos;
    }
    argsTo = close;
    args = close > argsFrom ? p.text.slice(p.token(argsFrom).start, p.token(close).start).trim() : '';
  }
  // Older spelling `#[verifier(external_body)]` means `#[verifier::external_body]`.
  if (name === 'verifier' && /^\s*\w+\s*$/.test(args)) {
    name = 'verifier::' + args.trim();
    args = '';
    argsFrom = -1;
    argsTo = -1;
  }
  return { attr: { name, args: args.trim(), inner, span: p.spanFrom(start) }, argsFrom, argsTo };
}

export function hasAttr(attrs: ParsedAttr[], name: string, args?: string): boolean {
  return attrs.some((a) => a.attr.name === name && (args === undefined || a.attr.args.replace(/\s+/g, '') === args));
}

/** Marked for checking in the attribute style. */
export function isVerusVerify(attrs: ParsedAttr[]): boolean {
  return attrs.some((a) => a.attr.name === 'verus_verify' || a.attr.name === 'verus_verifier::verus_verify');
}

export const NO_FLAGS: Readonly<FnFlags> = { externalBody: false, external: false, opaque: false, typeInvariant: false, execAllowsNoDecreases: false, test: false };

export function fnFlags(attrs: ParsedAttr[]): FnFlags {
  if (attrs.length === 0) return { ...NO_FLAGS }; // most fns: no attribute to look for
  const flags: FnFlags = {
    externalBody: hasAttr(attrs, 'verifier::external_body') || hasAttr(attrs, 'verus_verify', 'external_body'),
    external: hasAttr(attrs, 'verifier::external') || hasAttr(attrs, 'verus_verify', 'external'),
    opaque: hasAttr(attrs, 'verifier::opaque'),
    typeInvariant: hasAttr(attrs, 'verifier::type_invariant'),
    execAllowsNoDecreases: hasAttr(attrs, 'verifier::exec_allows_no_decreases_clause'),
    test: hasAttr(attrs, 'test'),
  };
  const rl = rlimitOfAttrs(attrs);
  if (rl !== undefined) flags.rlimit = rl;
  return flags;
}

/** An rlimit value as written: a non-negative number (Verus's units, roughly seconds) or `infinity`. */
export function parseRlimit(text: string): number | 'infinity' | undefined {
  const t = text.trim();
  if (t === 'infinity') return 'infinity';
  if (!/^\d+(\.\d+)?$/.test(t)) return undefined;
  return Number(t);
}

/** `#[verifier::rlimit(n)]`, `#[verus_verify(rlimit(n))]` or `#[verus_verify(.., rlimit = n)]`. */
function rlimitOfAttrs(attrs: ParsedAttr[]): number | 'infinity' | undefined {
  for (const { attr } of attrs) {
    if (attr.name === 'verifier::rlimit') return parseRlimit(attr.args);
    if (attr.name !== 'verus_verify' && attr.name !== 'verus_verifier::verus_verify') continue;
    const m = /(?:^|,)\s*rlimit\s*(?:\(([^)]*)\)|=\s*([\w.]+))/.exec(attr.args);
    if (m) return parseRlimit(m[1] ?? m[2] ?? '');
  }
  return undefined;
}

/**
 * The `verifier::` attributes the engine implements, with the arguments it implements them
 * for. `loop_isolation(true)` is the default loop semantics (`false` is accepted on a loop only); `spinoff_prover` only
 * asks for a separate solver process (each function is its own query here already).
 */
const IMPLEMENTED_VERIFIER_ATTRS: ReadonlyMap<string, (args: string) => boolean> = new Map([
  ['verifier::external_body', (a: string) => a === ''],
  ['verifier::external', (a: string) => a === ''],
  ['verifier::opaque', (a: string) => a === ''],
  ['verifier::type_invariant', (a: string) => a === ''],
  ['verifier::exec_allows_no_decreases_clause', (a: string) => a === ''],
  ['verifier::rlimit', (a: string) => parseRlimit(a) !== undefined],
  ['verifier::loop_isolation', (a: string) => a === 'true'],
  ['verifier::spinoff_prover', (a: string) => a === ''],
  ['verifier::ext_equal', (a: string) => a === ''],
  ['verifier::inline', (a: string) => a === ''],
  // a method's spec twin in spec code: calls.ts resolves methods to it (other uses stay unsupported, modes.ts)
  ['verifier::when_used_as_spec', (a: string) => /^\w+$/.test(a)],
  // on a proof fn: its ensures proved by bit-vector reasoning (parser-items.ts's proverBody)
  ['verifier::bit_vector', (a: string) => a === ''],
  // lets a derive Verus does not know through: no effect on what is proved
  ['verifier::allow', (a: string) => a === 'unknown_automatic_derive'],
  // on a proof fn: its ensures proved with nonlinear arithmetic (the same place)
  ['verifier::nonlinear', (a: string) => a === ''],
]);

/**
 * On a struct or enum: `accept_recursive_types(T)` / `reject_recursive_types(T)` set a type
 * parameter's polarity for Verus's positivity check (src/check/positivity.ts);
 * `external_type_specification` on a struct declares the type
 * its one field names as known to verified code (src/check/assume-spec.ts checks it).
 */
const DATATYPE_ATTRS: ReadonlyMap<string, (args: string, on: 'struct' | 'enum') => boolean> = new Map([
  ['verifier::accept_recursive_types', (a: string) => /^\w+$/.test(a)],
  ['verifier::reject_recursive_types', (a: string) => /^\w+$/.test(a)],
  ['verifier::external_type_specification', (a: string, on: 'struct' | 'enum') => a === '' && on === 'struct'],
]);

/** On a `broadcast group`: every crate depending on this one uses the group, as if by `broadcast use`. */
export const USE_BY_DEFAULT_ATTR = 'verifier::broadcast_use_by_default_when_this_crate_is_imported';

/**
 * A `verifier::` attribute on verified code that the engine does not implement would change
 * what is proved if honoured, so it is `not supported` rather than silently dropped. Plain
 * Rust attributes (derive, cfg, allow, inline, doc, ...) are not the verifier's and pass.
 */
export function reportUnimplementedVerifierAttrs(p: Parser, attrs: ParsedAttr[], on?: 'struct' | 'enum' | 'broadcast_group', onLoop = false): void {
  for (const { attr } of attrs) {
    if (!attr.name.startsWith('verifier::')) continue;
    const args = attr.args.replace(/\s+/g, '');
    if (IMPLEMENTED_VERIFIER_ATTRS.get(attr.name)?.(args)) continue;
    if ((on === 'struct' || on === 'enum') && DATATYPE_ATTRS.get(attr.name)?.(args, on)) continue;
    // on a broadcast group: its dependents use it by default (src/check/imported-groups.ts)
    if (on === 'broadcast_group' && attr.name === USE_BY_DEFAULT_ATTR && args === '') continue;
    // on a loop, isolation off is implemented (the loop's own spec, parser-stmts.ts)
    if (onLoop && attr.name === 'verifier::loop_isolation' && args === 'false') continue;
    const shown = `#${attr.inner ? '!' : ''}[${attr.name}${attr.args ? `(${attr.args})` : ''}]`;
    p.diagnostics.push(diag('unsupported', `not supported: attribute \`${shown}\``, attr.span));
  }
}
