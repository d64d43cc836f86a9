/** rlimit attributes become each query's Z3 resource limit (Verus units x 3,000,000). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { generateVcs } from '../../src/vc/index.js';
import { loadCrates } from '../../src/syntax/load.js';
import { checkCrate } from '../../src/check/index.js';

function limits(src: string): Map<string, number | undefined> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-rlimit-'));
  const file = path.join(dir, 'r.rs');
  fs.writeFileSync(file, src);
  try {
    const l = loadCrates([file]);
    const c = checkCrate(l.crates[0]!);
    assert.deepEqual(c.diagnostics.filter((d) => d.severity === 'error'), []);
    return new Map(generateVcs(c.checked).vcs.map((v) => [v.query.id, v.query.rlimit]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const BODY = (attr: string, name: string) => `${attr}\nproof fn ${name}(x: int) { assert(x + 1 > x); }\n`;

test('function attributes: verifier::rlimit, verus_verify(rlimit(..)), infinity; none means no limit', () => {
  const m = limits(`use vstd::prelude::*;
#[verus_verify(spinoff_prover, rlimit(3))]
fn a() {}
#[verus_verify(rlimit = 4)]
fn b() {}
verus! {
${BODY('#[verifier::rlimit(2)]', 'c')}
${BODY('#[verifier::rlimit(0.5)]', 'd')}
${BODY('#[verifier::rlimit(infinity)]', 'e')}
${BODY('', 'f')}
}
`);
  assert.equal(m.get('r::a'), 9_000_000);
  assert.equal(m.get('r::b'), 12_000_000);
  assert.equal(m.get('r::c'), 6_000_000);
  assert.equal(m.get('r::d'), 1_500_000);
  assert.equal(m.get('r::e'), 0);
  assert.ok(m.has('r::f'));
  assert.equal(m.get('r::f'), undefined);
});

test('a crate default applies to fns without their own', () => {
  const m = limits(`#![verifier::rlimit(5)]
use vstd::prelude::*;
verus! {
${BODY('', 'g')}
${BODY('#[verifier::rlimit(1)]', 'h')}
}
`);
  assert.equal(m.get('r::g'), 15_000_000);
  assert.equal(m.get('r::h'), 3_000_000);
});

test("a crate's build.rs `--rlimit=N` (svsm's VERUS_ARGS) is its default, below the crate root's own", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-rlimit-crate-'));
  try {
    fs.mkdirSync(path.join(dir, 'kern', 'src'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'kern', 'build.rs'), 'fn main() {\n    let verus_args = ["--rlimit=4", "--expand-errors"];\n    println!("cargo:rustc-env=VERUS_ARGS={}", verus_args.join(" "));\n}\n');
    fs.writeFileSync(path.join(dir, 'kern', 'src', 'lib.rs'), `use vstd::prelude::*;\nverus! {\n${BODY('', 'g')}\n${BODY('#[verifier::rlimit(1)]', 'h')}\n}\n`);
    const l = loadCrates([path.join(dir, 'kern')]);
    const c = checkCrate(l.crates[0]!);
    const m = new Map(generateVcs(c.checked).vcs.map((v) => [v.query.id, v.query.rlimit]));
    assert.equal(m.get('kern::g'), 12_000_000);
    assert.equal(m.get('kern::h'), 3_000_000);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
