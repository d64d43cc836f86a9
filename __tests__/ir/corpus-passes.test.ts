/**
 * One pass over model/, the acceptance cases and corpus/verify serves three checks of the
 * IR (checking a crate is most of the cost, so each is checked, lowered and encoded once):
 * - the lowering covers them: only the known not-supported constructs are left;
 * - src/vc encodes every function from its IR: a body it cannot encode is `not supported` at
 *   the construct, never dropped, and a gap in the encoding (a construct the IR has that
 *   src/vc does not spell yet) shows here as a function-level `not supported` before it
 *   reaches a user;
 * - the IR decides the same obligations as the verifier: per function, the IR's checks of
 *   each kind are as many as src/vc's obligations of that kind; const initializers too. (The
 *   exception, by design: the checks at the end of a loop body are the loop's latch, shared
 *   by `continue`, where src/vc repeats them per continue.)
 */
import assert from 'node:assert/strict';
import { basename, join } from 'node:path';
import { it } from 'node:test';
import { recursionComponents } from '../../src/check/callgraph.js';
import type { CheckedCrate } from '../../src/check/program.js';
import { checkPaths } from '../../src/driver.js';
import { lowerConstInitializers, lowerCrate } from '../../src/ir/lower.js';
import { printResult } from '../../src/ir/print.js';
import type { IrStmt, LowerResult } from '../../src/ir/types.js';
import { generateVcs } from '../../src/vc/index.js';
import { REPO_ROOT, SHARED_CASES, rsFiles } from '../support/paths.js';

interface Pass {
  target: string;
  errors: string[];
  crates: { crate: CheckedCrate; lowered: LowerResult[]; consts: LowerResult[]; generated: ReturnType<typeof generateVcs> }[];
}

let passes: Pass[] | undefined;
function corpusPasses(): Pass[] {
  passes ??= ['model', ...rsFiles(SHARED_CASES), ...rsFiles(join(REPO_ROOT, 'corpus', 'verify'))].map((target) => {
    const p = checkPaths([target]);
    return {
      target,
      errors: p.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
      crates: p.clean.map((crate) => ({ crate, lowered: lowerCrate(crate), consts: lowerConstInitializers(crate), generated: generateVcs(crate) })),
    };
  });
  return passes;
}

it('lowers every function of model/ (0 unsupported)', () => {
  const model = corpusPasses().find((p) => p.target === 'model')!;
  assert.deepEqual(model.errors, []);
  const rs = model.crates.flatMap((c) => c.lowered);
  assert.ok(rs.length >= 150, `${rs.length} functions`);
  assert.deepEqual(rs.filter((r) => !r.ok).map(printResult), []);
});

it('lowers the acceptance cases and corpus/verify; only the known-unsupported construct is left', () => {
  const unsupported: string[] = [];
  let total = 0;
  for (const p of corpusPasses().filter((x) => x.target !== 'model')) {
    for (const c of p.crates) for (const r of c.lowered) { total++; if (!r.ok) unsupported.push(printResult(r)); }
  }
  assert.ok(total >= 400, `${total} functions`);
  // the verifier rejects these too ("not supported", docs/semantics.md); the IR says so explicitly
  assert.deepEqual(unsupported.map((u) => u.replace(/ \(.*\)$/, '')), [
    'fn attribute_cfg_attr_loops::named_iterator: unsupported: named `for` loop iterators',
    'fn broadcast_body_unsupported::lemma_f_pos: unsupported: `use_type_invariant` on a value that is neither exec nor tracked',
    'fn decreases_structural::seq_measure: unsupported: `decreases` on a value of this type',
    'fn exec_iterators_unsupported::closure_false_claim: unsupported: closures in exec code',
    'fn exec_iterators_unsupported::range_false_claim: unsupported: range expressions',
    'fn exec_iterators_unsupported::find_false_claim: unsupported: range expressions',
    'fn exec_iterators_unsupported::rev_loop_false_claim: unsupported: `for` loops over anything but an integer range',
    'fn exec_iterators_unsupported::named_iterator_false_claim: unsupported: named `for` loop iterators',
    'fn exec_iterators_unsupported::subslice_false_claim: unsupported: range expressions',
    'fn mut_borrow_local_unsupported::f: unsupported: a `&mut` reference held in a variable',
    'fn mut_ref_reassign_unsupported::set: unsupported: reassigning a `&mut` reference',
    'fn mut_ref_reassign_unsupported::moved: unsupported: a `&mut` reference held in a variable',
    'fn mut_ref_reassign_unsupported::in_tuple: unsupported: a `&mut` reference held in a variable',
    'fn mut_ref_reassign_unsupported::in_option: unsupported: a `&mut` reference inside a parameter type',
    'fn no_unwind::vstd_call_in_no_unwind: unsupported: a call of `push` in a `no_unwind` fn',
    'fn panic_unreachable::message_computed: unsupported: `panic!` with message arguments other than literals, names and fields',
    'fn panic_unreachable::in_proof_code: unsupported: the macro `panic!` in verified code',
    'fn range_contains::open_range: unsupported: range expressions',
    'fn type_inv_ghost_value_fail::lemma: unsupported: `use_type_invariant` on a value that is neither exec nor tracked',
  ]);
});

/** The corpus's functions the verifier says it cannot encode, each at its construct (file:line: message). */
const UNSUPPORTED = [
  'attribute_cfg_attr_loops.rs:127: not supported: named `for` loop iterators (`it =>` in `verus_spec`, `for x in it: ..`)',
  'bit_vector_consts_inline_fail.rs:103: not supported: a call of `bit_vector_consts_inline_fail::unknown` (only spec fns with a visible, non-recursive body are expanded) in a bit_vector assertion',
  'broadcast_body_unsupported.rs:18: not supported: `use_type_invariant` on a value that is neither exec nor tracked (spec values are never checked against their type invariant)',
  'broadcast_unencodable.rs:8: not supported: `Seq::to_set` in this position',
  'decreases_structural.rs:147: not supported: `decreases` on a value of this type (only integers and datatypes)',
  'exec_iterators_unsupported.rs:40: not supported: closures in exec code',
  'exec_iterators_unsupported.rs:48: not supported: range expressions',
  'exec_iterators_unsupported.rs:56: not supported: range expressions',
  'exec_iterators_unsupported.rs:64: not supported: `for` loops over anything but an integer range',
  'exec_iterators_unsupported.rs:75: not supported: named `for` loop iterators (`it =>` in `verus_spec`, `for x in it: ..`)',
  'exec_iterators_unsupported.rs:90: not supported: range expressions',
  'mut_borrow_local_unsupported.rs:7: not supported: a `&mut` reference held in a variable',
  'mut_ref_reassign_unsupported.rs:10: not supported: reassigning a `&mut` reference',
  'mut_ref_reassign_unsupported.rs:17: not supported: a `&mut` reference held in a variable',
  'mut_ref_reassign_unsupported.rs:24: not supported: a `&mut` reference held in a variable',
  'mut_ref_reassign_unsupported.rs:28: not supported: a `&mut` reference inside a parameter type',
  'no_unwind.rs:65: not supported: a call of `push` in a `no_unwind` fn (whether vstd/std code unwinds is not modelled)',
  'panic_unreachable.rs:48: not supported: `panic!` with message arguments other than literals, names and fields',
  'panic_unreachable.rs:54: not supported: the macro `panic!` in verified code',
  'range_contains.rs:55: not supported: range expressions',
  'type_inv_ghost_value_fail.rs:24: not supported: `use_type_invariant` on a value that is neither exec nor tracked (spec values are never checked against their type invariant)',
];

it('every body and termination check of model/, the acceptance cases and corpus/verify is encoded from the IR', () => {
  const unsupported: string[] = [];
  let units = 0;
  let termination = 0;
  for (const { crate, generated: r } of corpusPasses().flatMap((p) => p.crates)) {
    units += r.vcs.length;
    const scc = recursionComponents(crate);
    termination += r.vcs.filter((vc) => crate.fns.some((f) => f.qname === vc.query.id && f.decl.mode === 'spec' && scc(f.decl).has(f.decl))).length;
    for (const d of r.diagnostics) if (d.kind === 'unsupported') unsupported.push(`${basename(d.span.file)}:${d.span.line}: ${d.message}`);
  }
  assert.deepEqual(unsupported.sort(), UNSUPPORTED);
  // (1,152 queries, 15 of them termination, when written)
  assert.ok(units >= 1150, `${units} queries`);
  assert.ok(termination >= 15, `${termination} termination queries`);
});

function walk(ss: IrStmt[], f: (s: IrStmt) => void): void {
  for (const s of ss) {
    f(s);
    if (s.k === 'branch') { walk(s.then, f); walk(s.else, f); }
    if (s.k === 'loop') { walk(s.head, f); walk(s.body, f); walk(s.latch, f); walk(s.exit, f); }
    if (s.k === 'ghost') walk(s.body, f);
    if (s.k === 'assert' && s.by?.k === 'block') walk(s.by.body, f);
    if (s.k === 'assert_forall') walk(s.proof, f);
  }
}

const KINDS = ['overflow', 'division', 'shift', 'index', 'precondition', 'postcondition', 'invariant-entry', 'invariant-end', 'invariant-break', 'decreases', 'termination', 'type-invariant'];

it('IR checks and vc obligations agree in number per function and kind', () => {
  const differ: string[] = [];
  let functions = 0;
  for (const { lowered, consts, generated } of corpusPasses().flatMap((p) => p.crates)) {
    const vcCount = new Map<string, number>();
    // a function src/vc cannot encode has no obligations to compare (it is reported not supported)
    const unencoded = new Set(generated.diagnostics.filter((d) => d.kind === 'unsupported' && d.function).map((d) => d.function!));
    for (const vc of generated.vcs) {
      for (const ob of vc.obligations.values()) if (KINDS.includes(ob.kind)) vcCount.set(`${vc.unit.function} ${ob.kind}`, (vcCount.get(`${vc.unit.function} ${ob.kind}`) ?? 0) + 1);
    }
    for (const r of [...lowered, ...consts]) {
      if (!r.ok || r.fn.body?.k !== 'stmts' || unencoded.has(r.fn.name)) continue;
      functions++;
      const irCount = new Map<string, number>();
      walk(r.fn.body.stmts, (s) => { if (s.k === 'check') irCount.set(`${r.fn.name} ${s.info.kind}`, (irCount.get(`${r.fn.name} ${s.info.kind}`) ?? 0) + 1); });
      for (const k of KINDS) {
        const key = `${r.fn.name} ${k}`;
        if ((irCount.get(key) ?? 0) !== (vcCount.get(key) ?? 0)) differ.push(`${key}: ir ${irCount.get(key) ?? 0}, vc ${vcCount.get(key) ?? 0}`);
      }
    }
  }
  assert.ok(functions >= 500, `${functions} functions`);
  assert.deepEqual(differ, [
    'loop_continue_fail::f invariant-end: ir 2, vc 4',
    'loop_continue_fail::f decreases: ir 1, vc 2',
    'loop_continue_ok::f invariant-end: ir 2, vc 4',
    'loop_continue_ok::f decreases: ir 1, vc 2',
  ]);
});
