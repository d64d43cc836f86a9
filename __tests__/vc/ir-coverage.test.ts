/**
 * src/vc encodes every function from its IR (src/ir): a body it cannot encode is `not
 * supported` at the construct, never dropped, and a gap in the encoding (a construct the IR
 * has that src/vc does not spell yet) shows here as a function-level `not supported` before
 * it reaches a user. Spec fn definitions come from the IR too: a recursive one's axioms take
 * fuel, an opaque one's are guarded by its reveal flag.
 */
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import { basename, join } from 'node:path';
import { it } from 'node:test';
import { recursionComponents } from '../../src/check/callgraph.js';
import { checkCrate } from '../../src/check/index.js';
import { checkPaths } from '../../src/driver.js';
import { loadCrates } from '../../src/syntax/load.js';
import { generateVcs, type FunctionVc } from '../../src/vc/index.js';
import { REPO_ROOT, SHARED_CASES, rsFiles } from '../support/paths.js';

/** The corpus's functions the verifier says it cannot encode, each at its construct (file:line: message). */
const UNSUPPORTED = [
  'bit_vector_consts_inline_fail.rs:77: not supported: a call of `bit_vector_consts_inline_fail::not_inline` (only `#[verifier::inline]` spec fns are expanded) in a bit_vector assertion',
  'broadcast_body_unsupported.rs:18: not supported: `use_type_invariant` on a value that is not exec (only exec values are checked against their type invariant)',
  'broadcast_unencodable.rs:8: not supported: `Seq::to_set` in this position',
  'mut_borrow_local_unsupported.rs:7: not supported: a `&mut` reference held in a variable',
  'mut_ref_reassign_unsupported.rs:10: not supported: reassigning a `&mut` reference',
  'mut_ref_reassign_unsupported.rs:17: not supported: a `&mut` reference held in a variable',
  'mut_ref_reassign_unsupported.rs:24: not supported: a `&mut` reference held in a variable',
  'mut_ref_reassign_unsupported.rs:28: not supported: a `&mut` reference inside a parameter type',
  'type_inv_ghost_value_fail.rs:23: not supported: `use_type_invariant` on a value that is not exec (only exec values are checked against their type invariant)',
];

it('every body and termination check of model/, the acceptance cases and corpus/verify is encoded from the IR', () => {
  const unsupported: string[] = [];
  let units = 0;
  let termination = 0;
  for (const target of ['model', ...rsFiles(SHARED_CASES), ...rsFiles(join(REPO_ROOT, 'corpus', 'verify'))]) {
    for (const crate of checkPaths([target]).clean) {
      const r = generateVcs(crate);
      units += r.vcs.length;
      const scc = recursionComponents(crate);
      termination += r.vcs.filter((vc) => crate.fns.some((f) => f.qname === vc.query.id && f.decl.mode === 'spec' && scc(f.decl).has(f.decl))).length;
      for (const d of r.diagnostics) if (d.kind === 'unsupported') unsupported.push(`${basename(d.span.file)}:${d.span.line}: ${d.message}`);
    }
  }
  assert.deepEqual(unsupported.sort(), UNSUPPORTED);
  // (1,152 queries, 15 of them termination, when written)
  assert.ok(units >= 1150, `${units} queries`);
  assert.ok(termination >= 15, `${termination} termination queries`);
});

function vcsOfText(text: string): FunctionVc[] {
  const dir = fs.mkdtempSync(join(os.tmpdir(), 'vc-ir-'));
  const file = join(dir, 'case.rs');
  fs.writeFileSync(file, `use vstd::prelude::*;\nverus! {\n${text}\nfn main() {}\n}\n`);
  try {
    return generateVcs(checkCrate(loadCrates([file]).crates[0]!).checked).vcs;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

it('a spec fn is defined by its body\'s IR: fuel for a recursive one, a reveal guard for an opaque one', () => {
  const [vc] = vcsOfText(`spec fn sum(n: nat) -> nat decreases n { if n == 0 { 0 } else { n + sum((n - 1) as nat) } }
#[verifier::opaque] spec fn twice(x: int) -> int { x + x }
proof fn p() { assert(sum(1) == 1 || twice(1) == 2); }`).filter((v) => v.query.id.endsWith('::p'));
  const prelude = vc!.query.prelude;
  // the recursive call in the body is the fuel-indexed function at the current fuel
  assert.match(prelude, /\(forall \(\(fuel Fuel\) \(n\$0 Int\)\) \(! \(= \(f\.case\.sum\.rec \(fuel\.succ fuel\) n\$0\) \(ite \(= n\$0 0\) 0 \(\+ n\$0 \(f\.case\.sum\.rec fuel /);
  assert.match(prelude, /\(=> reveal%case\.twice \(forall \(\(x\$0 Int\)\) \(! \(= \(f\.case\.twice x\$0\) \(\+ x\$0 x\$0\)\)/);
});
