/**
 * While src/vc moves from the syntax tree to the IR, both encodings exist: every function the
 * IR encoding covers (ir-family.ts) must get exactly the query the direct encoding (exec.ts)
 * gives it, text and obligations, so moving a function over cannot change a diagnostic.
 * Over model/, the acceptance cases and corpus/verify; the coverage is counted so a change
 * that sends functions back to exec.ts is seen.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { it } from 'node:test';
import { recursionComponents } from '../../src/check/callgraph.js';
import { checkPaths } from '../../src/driver.js';
import { SmtContext } from '../../src/smt/encode/context.js';
import { FnLowerer } from '../../src/vc/exec.js';
import { adtSource, irEncode } from '../../src/vc/index.js';
import { REPO_ROOT, SHARED_CASES, rsFiles } from '../support/paths.js';

/**
 * Functions whose IR query differs from exec.ts's on purpose, with why; their diagnostics were
 * shown identical over the whole corpus (scripts/compare-results.mjs).
 */
const DIFFERENT_ON_PURPOSE = new Map([
  // an inclusive range's counter is an `int` in the IR (it reaches MAX + 1): `i as u16` is a
  // wrapping cast of it there (the identity in range), a widening of the u8 in exec.ts
  ['sound_inclusive_range_max_ok::counts', 'an inclusive range counter cast'],
]);

it('the IR encoding gives the direct encoding\'s query, for every function it covers', () => {
  const differ: string[] = [];
  let covered = 0;
  let bodies = 0;
  for (const target of ['model', ...rsFiles(SHARED_CASES), ...rsFiles(join(REPO_ROOT, 'corpus', 'verify'))]) {
    for (const crate of checkPaths([target]).clean) {
      const scc = recursionComponents(crate);
      for (const fn of crate.fns) {
        const d = fn.decl;
        if (!fn.verified || !d.body || d.flags.external || d.flags.externalBody || d.mode === 'spec') continue;
        bodies++;
        const ir = irEncode(crate, fn, scc);
        if (!ir) continue;
        covered++;
        const direct = new FnLowerer(crate, new SmtContext(adtSource(crate)), fn);
        direct.scc = scc;
        direct.lowerBody();
        const a = direct.query();
        const b = ir.query();
        const same = a.prelude === b.prelude && JSON.stringify(a.goals) === JSON.stringify(b.goals)
          && JSON.stringify([...direct.obligations]) === JSON.stringify([...ir.obligations])
          && JSON.stringify(direct.diagnostics) === JSON.stringify(ir.diagnostics)
          && JSON.stringify([direct.bitVectorDecls, direct.bitVectorGoals, direct.nonlinearGoals]) === JSON.stringify([ir.bitVectorDecls, ir.bitVectorGoals, ir.nonlinearGoals]);
        if (!same) differ.push(fn.qname);
      }
    }
  }
  assert.deepEqual(differ, [...DIFFERENT_ON_PURPOSE.keys()]);
  // (976 of 1,014 bodies when written; every exec/proof fn of model/; 1,014 of 1,025 with
  // inclusive ranges, harness inputs, trait dispatch, overflowing consts, opaque `==`, std
  // members through bounds and writes through `&mut` into invariant-carrying structs; the rest:
  // constructs unsupported on both paths, unencodable broadcast lemmas, a non-inline call in a
  // bit_vector assertion)
  assert.ok(covered >= 1014, `${covered} of ${bodies} bodies encoded from the IR`);
});

it('a recursive spec fn\'s termination query from the IR is the direct encoding\'s, for every one', () => {
  const differ: string[] = [];
  let covered = 0;
  let fns = 0;
  for (const target of ['model', ...rsFiles(SHARED_CASES), ...rsFiles(join(REPO_ROOT, 'corpus', 'verify'))]) {
    for (const crate of checkPaths([target]).clean) {
      const scc = recursionComponents(crate);
      for (const fn of crate.fns) {
        const d = fn.decl;
        if (!fn.verified || !d.body || d.flags.external || d.flags.externalBody || d.mode !== 'spec' || !scc(d).has(d)) continue;
        fns++;
        const ir = irEncode(crate, fn, scc, undefined, 'termination');
        if (!ir) continue;
        covered++;
        const direct = new FnLowerer(crate, new SmtContext(adtSource(crate)), fn);
        direct.scc = scc;
        direct.lowerSpecTermination();
        const a = direct.query();
        const b = ir.query();
        const same = a.prelude === b.prelude && JSON.stringify(a.goals) === JSON.stringify(b.goals)
          && JSON.stringify([...direct.obligations]) === JSON.stringify([...ir.obligations])
          && JSON.stringify(direct.diagnostics) === JSON.stringify(ir.diagnostics);
        if (!same) differ.push(fn.qname);
      }
    }
  }
  assert.deepEqual(differ, []);
  // (15 of 15 when written)
  assert.ok(covered >= 15 && covered === fns, `${covered} of ${fns} termination queries encoded from the IR`);
});

it('the comparison sees a difference (a changed IR query is not equal)', () => {
  const crate = checkPaths([join(SHARED_CASES, 'division.rs')]).clean[0]!;
  const fn = crate.fns.find((f) => f.qname.endsWith('::ratio'))!;
  const ir = irEncode(crate, fn, recursionComponents(crate))!;
  const direct = new FnLowerer(crate, new SmtContext(adtSource(crate)), fn);
  direct.lowerBody();
  assert.equal(ir.query().prelude, direct.query().prelude);
  ir.prog.raw('(assert (= 1 1))');
  assert.notEqual(ir.query().prelude, direct.query().prelude);
});
