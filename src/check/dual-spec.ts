/**
 * `#[verus_verify(dual_spec)]` / `#[verus_verify(dual_spec(name))]` on an exec fn. Verus's
 * attribute macro emits, beside the fn, a spec fn of the same signature named `name`
 * (`__VERUS_SPEC_<fn>` when none is given) whose body is the exec body with its proof
 * statements erased, and marks the exec fn `#[verifier::when_used_as_spec(name)]`: in spec
 * and proof code a call of the exec fn is a call of the spec fn. The exec fn's own clauses
 * (`returns self.spec_f(x)`) are then verified against its body like any others, so the twin
 * only gives the body a name; a body that is not spec code fails checking as the twin's.
 */
import type { Attr, Block, FnItem } from '../syntax/ast.js';
import type { CrateTables, FnEntry } from './scopes.js';
import { someNode } from './some-node.js';

const WHEN_USED_AS_SPEC = 'verifier::when_used_as_spec';

/** The spec fn the attribute makes, if `decl` carries it. */
export function dualSpecName(decl: FnItem): string | undefined {
  for (const a of decl.attrs) {
    if (a.name !== 'verus_verify' && a.name !== 'verus_verifier::verus_verify') continue;
    const m = /\bdual_spec\s*(?:\(\s*(\w+)\s*\))?/.exec(a.args);
    if (m) return m[1] ?? `__VERUS_SPEC_${decl.name}`;
  }
  return undefined;
}

/**
 * The spec twin of an exec fn with the attribute (a fresh copy: the checker annotates trees
 * in place), and the exec fn marked as used as it in spec code. Undefined when not that.
 */
export function makeDualSpecTwin(decl: FnItem): FnItem | undefined {
  const name = dualSpecName(decl);
  // (a twin with machine arithmetic or a loop is left out: its uses stay `not supported`, modes.ts)
  if (!name || decl.mode !== 'exec' || !decl.body || decl.headerUnsupported || notTwinnable(decl.body)) return undefined;
  const twin: FnItem = structuredClone(decl);
  twin.name = name;
  twin.mode = 'spec';
  twin.isConst = false;
  twin.requires = [];
  twin.ensures = [];
  delete twin.ensuresTriggers;
  twin.returns = [];
  twin.decreases = [];
  delete twin.retName;
  delete twin.retNameSpan;
  twin.retTracked = false;
  // the macro gives the copy only its spec mode: no verifier attributes of the exec fn
  twin.attrs = [];
  twin.flags = { externalBody: false, external: decl.flags.external, opaque: false, typeInvariant: false, execAllowsNoDecreases: false, test: false };
  eraseProof(twin.body!);
  if (!decl.attrs.some((a) => a.name === WHEN_USED_AS_SPEC)) {
    const at: Attr = { name: WHEN_USED_AS_SPEC, args: name, inner: false, span: decl.nameSpan };
    decl.attrs = [...decl.attrs, at];
  }
  return twin;
}

/** Drops proof blocks and assertions from every block of a body (the erased copy is spec code). */
function eraseProof(body: Block): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.stmts)) {
      o.stmts = (o.stmts as { kind: string }[]).filter((s) => !ERASED.has(s.kind));
    }
    for (const [k, v] of Object.entries(o)) if (k !== 'span' && typeof v === 'object') visit(v);
  };
  visit(body);
}

const ERASED = new Set(['proof', 'assert', 'assume', 'assert_forall']);

/**
 * `+`, `-`, `*` (binary or compound) or negation anywhere in a body: outside `verus!` the
 * macro copies rustc's operators unchanged, and Verus reads them in the spec twin at the
 * machine type (truncated, `clip`), while spec arithmetic here is on `int`, so such a twin
 * would be typed and meant differently. Or a loop, which spec code cannot hold.
 */
function notTwinnable(body: Block): boolean {
  return someNode(body, (o) => (o.kind === 'binary' && ARITH.has(o.op as string)) || (o.kind === 'unary' && o.op === '-') || (o.kind === 'assign' && ARITH.has((o.op as string).slice(0, -1))) || LOOPS.has(o.kind as string));
}

const ARITH = new Set(['+', '-', '*']);
const LOOPS = new Set(['while', 'loop', 'for']);

/**
 * In spec or proof code, the spec fn an exec fn's `#[verifier::when_used_as_spec(f)]` names:
 * the member `f` of the same type, or the fn `f` of the same module.
 */
export function specTwinOf(tables: CrateTables, entry: FnEntry): FnEntry | undefined {
  if (entry.decl.mode !== 'exec') return undefined;
  const name = entry.decl.attrs.find((a) => a.name === WHEN_USED_AS_SPEC)?.args.trim();
  if (!name) return undefined;
  const owner = entry.impl?.ownerKey;
  const d = owner ? tables.assoc.get(owner)?.get(name) : entry.impl ? undefined : entry.module.defs.get(name);
  return d?.kind === 'fn' && d.fn.decl.mode === 'spec' ? d.fn : undefined;
}
