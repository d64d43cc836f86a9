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
  while (atAttr(p, inner)) out.push(parseAttr(p));
  return tight(out);
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
    argsTo = close;
    args = close > p.pos ? p.text.slice(p.tok.start, p.token(close).start).trim() : '';
  }
  // Older spelling `#[verifier(external_body)]` means `#[verifier::external_body]`.
  if (name === 'verifier' && /^\s*\w+\s*$/.test(args)) {
    name = 'verifier::' + args.trim();
    args = '';
    argsFrom = -1;
    argsTo = -1;
  }
  if (close > 0) p.pos = Math.min(close, p.limit);
  p.eat(')'); // the `unsafe(` wrapper's
  p.expect(']');
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
 * for. `loop_isolation(true)` is the engine's only loop semantics; `spinoff_prover` only
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
  // on a proof fn: its ensures proved with nonlinear arithmetic (the same place)
  ['verifier::nonlinear', (a: string) => a === ''],
]);

/**
 * On a struct or enum: `accept_recursive_types(T)` / `reject_recursive_types(T)` only tune
 * Verus's positivity check of recursive datatypes, which Proofgate does not make (so neither
 * changes what is proved here); `external_type_specification` on a struct declares the type
 * its one field names as known to verified code (src/check/assume-spec.ts checks it).
 */
const DATATYPE_ATTRS: ReadonlyMap<string, (args: string, on: 'struct' | 'enum') => boolean> = new Map([
  ['verifier::accept_recursive_types', (a: string) => /^\w+$/.test(a)],
  ['verifier::reject_recursive_types', (a: string) => /^\w+$/.test(a)],
  ['verifier::external_type_specification', (a: string, on: 'struct' | 'enum') => a === '' && on === 'struct'],
]);

/**
 * A `verifier::` attribute on verified code that the engine does not implement would change
 * what is proved if honoured, so it is `not supported` rather than silently dropped. Plain
 * Rust attributes (derive, cfg, allow, inline, doc, ...) are not the verifier's and pass.
 */
export function reportUnimplementedVerifierAttrs(p: Parser, attrs: ParsedAttr[], on?: 'struct' | 'enum'): void {
  for (const { attr } of attrs) {
    if (!attr.name.startsWith('verifier::')) continue;
    const args = attr.args.replace(/\s+/g, '');
    if (IMPLEMENTED_VERIFIER_ATTRS.get(attr.name)?.(args)) continue;
    if (on && DATATYPE_ATTRS.get(attr.name)?.(args, on)) continue;
    const shown = `#${attr.inner ? '!' : ''}[${attr.name}${attr.args ? `(${attr.args})` : ''}]`;
    p.diagnostics.push(diag('unsupported', `not supported: attribute \`${shown}\``, attr.span));
  }
}
