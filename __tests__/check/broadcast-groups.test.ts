/**
 * `broadcast group`s: `broadcast use` of a group brings in its lemmas, through nested
 * groups, members named with a type's arguments and groups that name each other.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { REPO_ROOT } from '../support/paths.js';
import { checkPath, checkText } from './harness.js';

describe('broadcast groups', () => {
  it('brings in every lemma of a used group, nested groups included', () => {
    const r = checkPath(join(REPO_ROOT, 'corpus', 'check', 'ok_verus_datatypes.rs'));
    assert.deepEqual(r.diagnostics, []);
    // vstd's default groups (layout and multiset axioms) are in force in every crate, first, as under Verus
    const ls = r.checked.broadcastLemmas;
    assert.ok(ls.includes('vstd::layout::layout_of_primitives') && ls.includes('vstd::multiset::axiom_multiset_empty'), ls.join(', '));
    assert.deepEqual(ls.filter((l) => !l.startsWith('vstd::')), ls.slice(ls.findIndex((l) => !l.startsWith('vstd::'))));
    assert.deepEqual(ls.filter((l) => !l.startsWith('vstd::')), [
      'ok_verus_datatypes::lemma_ends_ge',
      'ok_verus_datatypes::Holder::lemma_get',
      'ok_verus_datatypes::lemma_ends_ge_size',
    ]);
  });

  it('stops at groups that name each other, and reports unknown members', () => {
    const r = checkText(`use vstd::prelude::*;
verus! {
proof fn lemma_a() ensures true {}
broadcast group ga { lemma_a, gb }
broadcast group gb { ga, missing_lemma }
broadcast use ga;
fn main() {}
}`);
    assert.deepEqual(r.checked.broadcastLemmas.filter((l) => !l.startsWith('vstd::')), ['test_crate::lemma_a']);
    assert.deepEqual(r.diagnostics.map((d) => `${d.span.line}: ${d.message}`), ['5: cannot find `missing_lemma` in this scope']);
  });
});
