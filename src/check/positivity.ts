/**
 * Verus's positivity check of recursive datatypes. A datatype may use itself (or a type it
 * is mutually recursive with) only in strictly positive positions: never in the domain of a
 * `spec_fn`, as a `Set` element or `Map` key (both are functions of it), nor through a type
 * parameter that another datatype uses so. Without the check Cantor's argument goes through:
 * `struct R { f: spec_fn(R) -> bool }` and the closure `|r: R| !(r.f)(r)` prove `false`
 * (corpus/soundness/positivity.rs).
 *
 * A type parameter of a datatype is positive when every use of it in the fields is; an
 * `external_body` type's fields are not what the solver sees, so its parameters are
 * negative unless it says `#[verifier::accept_recursive_types(T)]` (Verus requires the
 * annotation there). `reject_recursive_types(T)` makes a parameter negative anywhere.
 *
 * A violation blocks every fn of the crate (src/check/isolation.ts): any proof may rest on
 * the type's axioms, not only those that name it.
 */
import type { Diags } from './diagnostics.js';
import type { CrateTables, EnumEntry, StructEntry } from './scopes.js';
import type { Type } from './types.js';
import type { Span } from '../syntax/span.js';

type Datatype = StructEntry | EnumEntry;

interface Node {
  entry: Datatype;
  generics: string[];
  /** Each field's type with where it is written. */
  fields: { ty: Type; span: Span }[];
  opaque: boolean;
}

function nodeOf(e: Datatype): Node {
  if ('fields' in e.info) {
    const s = e as StructEntry;
    return { entry: e, generics: s.info.generics, fields: s.info.fields.map((f, i) => ({ ty: f.ty, span: s.decl.fields[i]?.span ?? s.decl.nameSpan })), opaque: s.info.opaque === true };
  }
  const en = e as EnumEntry;
  const fields = en.info.variants.flatMap((v, vi) => v.fields.map((f, i) => ({ ty: f.ty, span: en.decl.variants[vi]?.fields[i]?.span ?? en.decl.nameSpan })));
  return { entry: e, generics: en.info.generics, fields, opaque: false };
}

function attrParams(e: Datatype, name: string): Set<string> {
  return new Set(e.decl.attrs.filter((a) => a.name === name).map((a) => a.args.trim()));
}

/** Calls `visit(t, positive)` on every type inside `t` (itself included), with its polarity. */
function walk(t: Type, positive: boolean, paramPositive: (adt: string, i: number) => boolean, visit: (t: Type, positive: boolean) => void): void {
  visit(t, positive);
  const go = (u: Type, p: boolean) => walk(u, p, paramPositive, visit);
  switch (t.k) {
    case 'tuple': for (const e of t.elems) go(e, positive); break;
    case 'ref': go(t.inner, positive); break;
    case 'array': case 'slice': go(t.elem, positive); break;
    case 'builtin':
      switch (t.name) {
        // functions of their argument: it sits in the domain
        case 'Set': case 'ISet': go(t.args[0]!, false); break;
        case 'Map': case 'IMap': go(t.args[0]!, false); go(t.args[1]!, positive); break;
        case 'FnSpec': case 'Closure': go(t.args[0]!, false); go(t.args[1]!, positive); break;
        default: for (const a of t.args) go(a, positive);
      }
      break;
    case 'adt': t.args.forEach((a, i) => go(a, positive && paramPositive(t.name, i))); break;
    default: break;
  }
}

export function checkPositivity(tables: CrateTables, diags: Diags): void {
  const nodes = new Map<string, Node>();
  for (const e of [...tables.structs, ...tables.enums]) nodes.set(e.qname, nodeOf(e));

  // Parameter polarity: a greatest fixpoint, from "all positive" down.
  const positiveParams = new Map<string, boolean[]>();
  for (const [q, n] of nodes) {
    const accepted = attrParams(n.entry, 'verifier::accept_recursive_types');
    const rejected = attrParams(n.entry, 'verifier::reject_recursive_types');
    positiveParams.set(q, n.generics.map((g) => !rejected.has(g) && (!n.opaque || accepted.has(g))));
  }
  const paramPositive = (adt: string, i: number): boolean => positiveParams.get(adt)?.[i] ?? false;
  for (let changed = true; changed;) {
    changed = false;
    for (const [q, n] of nodes) {
      if (n.opaque) continue;
      const flags = positiveParams.get(q)!;
      for (const f of n.fields) {
        walk(f.ty, true, paramPositive, (t, positive) => {
          if (t.k !== 'param' || positive) return;
          const i = n.generics.indexOf(t.name);
          if (i >= 0 && flags[i]) { flags[i] = false; changed = true; }
        });
      }
    }
  }

  // Which datatypes use which (through any type argument): recursion is a cycle here.
  const uses = new Map<string, Set<string>>();
  for (const [q, n] of nodes) {
    const out = new Set<string>();
    for (const f of n.fields) walk(f.ty, true, paramPositive, (t) => { if (t.k === 'adt' && nodes.has(t.name)) out.add(t.name); });
    uses.set(q, out);
  }
  const reaches = (from: string, to: string): boolean => {
    const seen = new Set<string>();
    const stack = [from];
    while (stack.length > 0) {
      const q = stack.pop()!;
      for (const r of uses.get(q) ?? []) {
        if (r === to) return true;
        if (!seen.has(r)) { seen.add(r); stack.push(r); }
      }
    }
    return false;
  };

  for (const [q, n] of nodes) {
    // a dependency's too: its users' proofs would rest on it
    if (!n.entry.decl.verified || n.opaque) continue;
    let reported = false;
    for (const f of n.fields) {
      if (reported) break;
      walk(f.ty, true, paramPositive, (t, positive) => {
        if (reported || positive || t.k !== 'adt' || !nodes.has(t.name)) return;
        // t is in q's strongly connected component: q uses t and t uses q
        if (t.name === q || (reaches(q, t.name) && reaches(t.name, q))) {
          diags.error('positivity', `Type ${q} recursively uses type ${t.name} in a non-positive position`, f.span);
          reported = true;
        }
      });
    }
  }
}
