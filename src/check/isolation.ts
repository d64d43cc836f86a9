/**
 * Per-item isolation: a static error or a not-supported construct in one item does not stop
 * the crate. Each verified item gets a verdict from the diagnostics located inside it:
 *
 *   - a fn whose signature (attributes, parameters, return type, clauses) has an error is
 *     not verified, and neither is any fn that uses it: that use gets an error at the call
 *     (its spec cannot be trusted, so nothing built on it may pass);
 *   - a spec fn's body is its meaning, so an error there counts as a signature error;
 *   - a proof or exec fn whose body alone has an error is not verified; callers still use its
 *     (checked) spec, as they would use an external_body fn's;
 *   - every other fn may be verified.
 *
 * The verdicts (checked / unsupported with its reason / error) are also what `--no-verify`
 * reports per item.
 */
import { diag, type Diagnostic } from '../report/diagnostic.js';
import type { Span } from '../syntax/span.js';
import type { CheckedCrate, FnInfo } from './program.js';

export type ItemStatus = 'checked' | 'unsupported' | 'error';

export interface ItemVerdict {
  /** Qualified name of the item (fns, types, consts). */
  item: string;
  kind: 'fn' | 'struct' | 'enum' | 'const';
  file: string;
  line: number;
  status: ItemStatus;
  /** For 'unsupported' and 'error': the first diagnostic's message. */
  reason?: string;
}

export interface Isolation {
  /** Fns, and consts whose initializers, may be verified (qualified names). */
  verifiable: Set<string>;
  /** Errors at uses of fns whose signature could not be checked. */
  diagnostics: Diagnostic[];
  verdicts: ItemVerdict[];
}

export function isolateItems(crate: CheckedCrate, diagnostics: readonly Diagnostic[]): Isolation {
  const errors = new ErrorIndex(diagnostics);
  const added: Diagnostic[] = [];
  const sigBroken = new Map<string, Diagnostic>();
  const bodyBroken = new Map<string, Diagnostic>();
  const ownerBroken = new Map<string, Diagnostic>();
  const fns = crate.fns.filter((f) => f.decl.verified);
  for (const f of fns) {
    const { header, body } = fnRanges(f);
    const inHeader = errors.first(header);
    const inBody = body ? errors.first(body) : undefined;
    // Members of a trait or trait impl that is not supported (reported there) are never verified.
    const owner = f.ownerUnsupported ? diag('unsupported', f.ownerUnsupported, f.decl.span) : undefined;
    if (owner) ownerBroken.set(f.qname, owner);
    if (owner ?? inHeader) sigBroken.set(f.qname, (owner ?? inHeader)!);
    else if (inBody && f.decl.mode === 'spec') sigBroken.set(f.qname, inBody);
    if (inBody) bodyBroken.set(f.qname, inBody);
  }
  // A datatype breaking the positivity rule makes the whole crate's axioms contradictory.
  const contradictory = diagnostics.find((d) => d.kind === 'positivity');
  if (contradictory) for (const f of fns) if (!bodyBroken.has(f.qname)) bodyBroken.set(f.qname, contradictory);
  // Uses of signature-broken fns, to a fixed point: a use in a clause breaks the user's signature.
  const uses = new Map(fns.map((f) => [f.qname, fnUses(f)] as const));
  for (let changed = true; changed;) {
    changed = false;
    for (const f of fns) {
      if (sigBroken.has(f.qname) && bodyBroken.has(f.qname)) continue;
      for (const u of uses.get(f.qname)!) {
        const bad = sigBroken.get(u.callee);
        if (!bad || u.callee === f.qname) continue;
        const inClause = u.where === 'header' || f.decl.mode === 'spec';
        const table = inClause ? sigBroken : bodyBroken;
        if (table.has(f.qname)) continue;
        // A use of something not supported is itself not supported (not a new error).
        const notes = [`\`${u.callee}\` has ${bad.kind === 'unsupported' ? 'a construct that is not supported' : 'an error'} at ${bad.span.file}:${bad.span.line}:${bad.span.column}: ${bad.message}`];
        const d = bad.kind === 'unsupported'
          ? diag('unsupported', `not supported: a use of \`${shortName(u.callee)}\` (its spec has a construct that is not supported)`, u.span, { function: f.qname, notes })
          : diag('type', `cannot use \`${shortName(u.callee)}\` here: its signature could not be checked`, u.span, { function: f.qname, notes });
        added.push(d);
        table.set(f.qname, d);
        if (inClause) bodyBroken.set(f.qname, bodyBroken.get(f.qname) ?? d);
        changed = true;
      }
    }
  }
  const verifiable = new Set<string>();
  const own = new Set(crate.files);
  // A dependency's fns are verified when it is checked itself, not as part of its users.
  for (const f of fns) if (own.has(f.file) && !sigBroken.has(f.qname) && !bodyBroken.has(f.qname)) verifiable.add(f.qname);
  // A const's initializer is checked like an exec body, unless a static error is in it.
  const ownPaths = new Set(crate.files.map((f) => f.path));
  for (const c of crate.consts.values()) {
    const s = c.decl.span;
    if (c.decl.verified && ownPaths.has(s.file) && !errors.first({ file: s.file, start: s.start, end: s.end })) verifiable.add(c.qname);
  }
  return { verifiable, diagnostics: added, verdicts: verdicts(crate, [...diagnostics, ...added], new Map([...bodyBroken, ...sigBroken]), ownerBroken) };
}

function shortName(qname: string): string {
  return qname.split('::').slice(-1)[0]!;
}

interface Range { file: string; start: number; end: number }

function fnRanges(f: FnInfo): { header: Range; body?: Range } {
  const s = f.decl.span;
  const bodySpan = f.decl.body?.span;
  const header: Range = { file: s.file, start: s.start, end: bodySpan && bodySpan.file === s.file ? bodySpan.start : s.end };
  return { header, body: bodySpan ? { file: bodySpan.file, start: bodySpan.start, end: bodySpan.end } : undefined };
}

/** Error diagnostics by file, for "the first error inside this range". */
class ErrorIndex {
  private readonly byFile = new Map<string, Diagnostic[]>();
  constructor(diagnostics: readonly Diagnostic[]) {
    for (const d of diagnostics) {
      if (d.severity !== 'error') continue;
      const list = this.byFile.get(d.span.file) ?? [];
      list.push(d);
      this.byFile.set(d.span.file, list);
    }
    for (const list of this.byFile.values()) list.sort((a, b) => a.span.start - b.span.start);
  }
  first(r: Range): Diagnostic | undefined {
    return this.all(r)[0];
  }
  all(r: Range): Diagnostic[] {
    const list = this.byFile.get(r.file);
    if (!list) return [];
    return list.filter((d) => d.span.start >= r.start && d.span.start < r.end);
  }
}

interface Use { callee: string; span: Span; where: 'header' | 'body' }

/** Keys that hold no expressions (or lead out of the fn: resolutions, types, declarations). */
const SKIPPED_KEYS = new Set(['res', 'ty', 'span', 'decl', 'implSelf', 'nameSpan', 'methodSpan', 'pathSpan', 'opSpan', 'headSpan', 'segments', 'generics', 'attrs']);

/** The user fns a fn's clauses and body name (calls, method calls, paths). */
function fnUses(f: FnInfo): Use[] {
  const out: Use[] = [];
  const bodyStart = f.decl.body?.span.start ?? Infinity;
  const seen = new Set<unknown>();
  const d = f.decl;
  // An explicit stack: code may nest deeper than the JavaScript stack allows.
  const stack: unknown[] = [[d.requires, d.ensures, d.returns, d.decreases, d.body]];
  while (stack.length > 0) {
    const x = stack.pop();
    if (!x || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    if (Array.isArray(x)) {
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]);
      continue;
    }
    const node = x as Record<string, unknown>;
    const res = node.res as { kind?: string; qname?: string } | undefined;
    const span = node.span as Span | undefined;
    if (res?.kind === 'fn' && res.qname && span) out.push({ callee: res.qname, span, where: span.start < bodyStart ? 'header' : 'body' });
    for (const k in node) {
      if (SKIPPED_KEYS.has(k)) continue;
      const v = node[k];
      if (v && typeof v === 'object') stack.push(v);
    }
  }
  return out;
}

function verdicts(crate: CheckedCrate, diagnostics: readonly Diagnostic[], fnBroken: Map<string, Diagnostic>, ownerBroken: Map<string, Diagnostic>): ItemVerdict[] {
  const index = new ErrorIndex(diagnostics);
  const out: ItemVerdict[] = [];
  const own = new Set(crate.files.map((f) => f.path)); // not its dependencies' items
  const add = (item: string, kind: ItemVerdict['kind'], span: Span): void => {
    if (!own.has(span.file)) return;
    // A member of a trait or impl that is not supported: that is its verdict (its own errors follow from it).
    const owner = kind === 'fn' ? ownerBroken.get(item) : undefined;
    const ds = owner ? [owner] : index.all({ file: span.file, start: span.start, end: span.end });
    const outside = kind === 'fn' ? fnBroken.get(item) : undefined; // e.g. a trait impl's method
    if (ds.length === 0 && outside) ds.push(outside);
    // Named-by-function diagnostics (call-site errors) land inside the fn's span too.
    const real = ds.find((d) => d.kind !== 'unsupported');
    const status: ItemStatus = real ? 'error' : ds.length > 0 ? 'unsupported' : 'checked';
    const reason = real?.message ?? ds[0]?.message;
    out.push({ item, kind, file: span.file, line: span.line, status, ...(reason ? { reason } : {}) });
  };
  for (const f of crate.fns) if (f.decl.verified) add(f.qname, 'fn', f.decl.span);
  for (const s of crate.structs.values()) if (s.decl.verified) add(s.qname, 'struct', s.decl.span);
  for (const e of crate.enums.values()) if (e.decl.verified) add(e.qname, 'enum', e.decl.span);
  for (const c of crate.consts.values()) if (c.decl.verified) add(c.qname, 'const', c.decl.span);
  out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return out;
}
