/**
 * Shape of generated queries where correctness must not rest on the solver's heuristics:
 * choose axioms carry their quantifier's triggers; crate attributes are read; Seq::contains
 * and Map extensionality go through their own function symbols.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateVcs, type FunctionVc } from '../../src/vc/index.js';
import { leadingInnerAttrs } from '../../src/check/crate-attrs.js';
import { loadCrates } from '../../src/syntax/load.js';
import { checkCrate } from '../../src/check/index.js';

function vcsOfText(text: string): FunctionVc[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vc-enc-'));
  const file = path.join(dir, 'case.rs');
  fs.writeFileSync(file, text);
  try {
    const c = checkCrate(loadCrates([file]).crates[0]!);
    return generateVcs(c.checked).vcs;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const wrap = (body: string) => `use vstd::prelude::*;\nverus! {\n${body}\nfn main() {}\n}\n`;

/** The `(exists ...)` subterm of every line declaring a choose axiom. */
function chooseExists(vc: FunctionVc): string[] {
  const text = `${vc.query.prelude}\n${vc.query.goals.map((g) => g.term).join('\n')}`;
  return text.split('\n').filter((l) => l.includes('choose%') && l.includes('(exists')).map((l) => l.slice(l.indexOf('(exists')));
}

test('choose axiom: the exists carries the written trigger', () => {
  const vcs = vcsOfText(wrap(`spec fn f(i: int) -> int;
proof fn p() requires exists|i: int| #[trigger] f(i) == 7 {
    let i = choose|i: int| #[trigger] f(i) == 7;
    assert(f(i) == 7);
}`));
  const ex = vcs.flatMap(chooseExists);
  assert.equal(ex.length, 1);
  assert.match(ex[0]!, /:pattern \(\(f\.case\.f i\$\d+\)\)/);
});

test('choose axiom: without a written trigger the automatic one is used', () => {
  const vcs = vcsOfText(wrap(`proof fn p(s: Seq<int>) {
    let i = choose|i: int| 0 <= i < s.len() && s[i] == 7;
}`));
  const ex = vcs.flatMap(chooseExists);
  assert.equal(ex.length, 1);
  assert.match(ex[0]!, /:pattern \(\(Seq%Int\.index s@\d+ i\$\d+\)\)/);
});

test('crate inner attributes are read from the leading tokens only', () => {
  const file = { path: 'x.rs', text: '// c\n#![allow(dead_code, unused)]\n#![verifier::exec_allows_no_decreases_clause]\nuse vstd::prelude::*;\nfn f() { #![verifier::loop_isolation(false)] }\n', items: [] };
  assert.deepEqual(leadingInnerAttrs(file), ['allow', 'verifier::exec_allows_no_decreases_clause']);
  assert.deepEqual(leadingInnerAttrs({ path: 'y.rs', text: 'fn f() {}\n#![verifier::exec_allows_no_decreases_clause]', items: [] }), []);
});

test('Seq::contains is a function symbol with structural axioms, Map =~= is ext', () => {
  const vcs = vcsOfText(wrap(`proof fn p(m: Map<int, int>) {
    assert(seq![1int, 2].contains(2));
    assert(m.insert(1, 2).remove(1) =~= m.remove(1));
}`));
  const q = vcs[0]!.query;
  assert.match(q.prelude, /\(declare-fun Seq%Int\.contains \(Seq%Int Int\) Bool\)/);
  assert.match(q.prelude, /\(declare-sort Map%Int%Int 0\)/);
  assert.ok(q.goals.some((g) => g.term.includes('(Seq%Int.contains (Seq%Int.push (Seq%Int.push Seq%Int.empty 1) 2) 2)')));
  assert.ok(q.goals.some((g) => g.term.includes('(Map%Int%Int.ext ')));
});
