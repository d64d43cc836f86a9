/**
 * The `assert(false)` self-check's planting: `assert(false);` at the end of the body of
 * each exec and proof fn (before the tail expression, or before a final `return`), where
 * it is reachable. Proving it would mean the function's assumptions contradict each other.
 */
import type { CheckedCrate } from '../../src/check/program.js';
import type { Block, Stmt } from '../../src/syntax/ast.js';
import { callees } from '../../src/check/callgraph.js';
import { walkBlock } from '../../src/syntax/walk.js';
import { isAdmit } from '../../src/oracle/trust.js';

export interface Planted {
  function: string;
  file: string;
  /** 1-based line of the planted assert in the edited file. */
  line: number;
  /** Whose contracts it assumes: the fns it calls and the broadcast lemmas in force (qualified names). */
  relies: string[];
  /** Its source carries `//~ ERROR` markers: it fails without the plant (whose assume-after-failure may hide that). */
  expectsErrors: boolean;
}

export interface Planting {
  /** By file path, the edited text. */
  texts: Map<string, string>;
  planted: Planted[];
  skipped: { function: string; why: string }[];
}

const ASSERT = 'assert(false); ';

function endsInReturn(s: Stmt | undefined): boolean {
  return s?.kind === 'expr' && s.expr.kind === 'return';
}

/** Whether the body assumes (its assumptions may contradict by the author's choice). */
function assumes(b: Block): boolean {
  let found = false;
  walkBlock(b, (e) => { if (isAdmit(e)) found = true; }, (s) => { if (s.kind === 'assume') found = true; });
  return found;
}

function provesFalse(b: Block): boolean {
  let found = false;
  walkBlock(b, () => undefined, (s) => { if (s.kind === 'assert' && s.expr.kind === 'bool' && s.expr.value === false) found = true; });
  return found;
}

/** A body ending in a `loop` with no `break`: its end is unreachable, so anything holds there. */
function endsInEndlessLoop(b: Block): boolean {
  const last = b.tail ? undefined : b.stmts[b.stmts.length - 1];
  if (last?.kind !== 'loop') return false;
  let breaks = false;
  walkBlock(last.body, (e) => { if (e.kind === 'break') breaks = true; });
  return !breaks;
}

export function plantAssertFalse(crate: CheckedCrate): Planting {
  const inserts = new Map<string, number[]>();
  const skipped: Planting['skipped'] = [];
  const owners: { function: string; file: string; offset: number; relies: string[]; expectsErrors: boolean }[] = [];
  const qnameOf = new Map(crate.fns.map((f) => [f.decl, f.qname]));
  // a dependency's fns (vstd's) are planted into when it is checked itself (lib/vstd's test)
  const ownFiles = new Set(crate.files.map((f) => f.path));
  for (const fn of crate.fns) {
    if (!ownFiles.has(fn.file.path)) continue;
    const d = fn.decl;
    const skip = (why: string) => skipped.push({ function: fn.qname, why });
    if (d.mode === 'spec') { skip('spec fn'); continue; }
    if (!d.body) { skip('no body'); continue; }
    if (d.flags.externalBody || d.flags.external || !fn.verified) { skip('not verified'); continue; }
    if (!fn.file.text.includes('verus!')) { skip('attribute style (no ghost statements in plain Rust)'); continue; }
    const b = d.body;
    // a fn a macro made or wrapped (tokenized_state_machine!'s lemmas) has no body text of its
    // own to plant into: its spans point into the macro's input, whose syntax is not Rust's
    const text = fn.file.text;
    if (text.slice(d.nameSpan.start, d.nameSpan.end) !== d.name || text[b.span.start] !== '{' || text[b.span.end - 1] !== '}') { skip('made by a macro'); continue; }
    if (assumes(b)) { skip('assumes'); continue; }
    // a proof by contradiction from requires that cannot hold together (the true twin of a
    // soundness pair: "no finite Set holds every integer") proves false itself, on purpose
    if (provesFalse(b)) { skip('proves false itself'); continue; }
    // a `#[verifier::bit_vector]` fn's body must stay empty (the parser gives it one made of
    // its ensures clauses, whose spans lie before the body's): nothing can be planted there
    if (b.stmts.some((st) => st.span.start < b.span.start)) { skip('a #[verifier::bit_vector] fn'); continue; }
    if (endsInEndlessLoop(b)) { skip('its end is unreachable'); continue; }
    const last = b.stmts[b.stmts.length - 1];
    const offset = b.tail ? b.tail.span.start : endsInReturn(last) ? last!.span.start : b.span.end - 1;
    inserts.set(fn.file.path, [...(inserts.get(fn.file.path) ?? []), offset]);
    const called = [...callees(d)].map((c) => qnameOf.get(c)).filter((q): q is string => q !== undefined);
    const expectsErrors = fn.file.text.slice(d.span.start, d.span.end).includes('//~');
    owners.push({ function: fn.qname, file: fn.file.path, offset, relies: [...called, ...crate.broadcastLemmas], expectsErrors });
  }
  const texts = new Map<string, string>();
  const planted: Planted[] = [];
  for (const file of crate.files) {
    const offsets = [...new Set(inserts.get(file.path) ?? [])].sort((a, b) => a - b);
    let out = '';
    let at = 0;
    for (const o of offsets) {
      out += file.text.slice(at, o) + ASSERT;
      at = o;
    }
    out += file.text.slice(at);
    texts.set(file.path, out);
    for (const own of owners.filter((x) => x.file === file.path)) {
      // Each earlier insertion adds no newline, so the line is the original one.
      planted.push({ function: own.function, file: file.path, line: file.text.slice(0, own.offset).split('\n').length, relies: own.relies, expectsErrors: own.expectsErrors });
    }
  }
  return { texts, planted, skipped };
}
