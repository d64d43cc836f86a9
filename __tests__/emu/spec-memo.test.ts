/**
 * Specifications share values with the running program and spec fn results are
 * memoised: a requires clause must still see every write made before the call.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkCrate } from '../../src/check/index.js';
import { runTests, type TestOutcome } from '../../src/emu/index.js';
import { loadCrates } from '../../src/syntax/load.js';

const SOURCE = `use vstd::prelude::*;
verus! {
pub struct Entry { pub on: bool, pub level: u64 }

impl Entry {
    pub open spec fn wf(&self) -> bool { self.on ==> self.level < 4 }
}

pub struct Table { pub entries: Vec<Entry> }

impl Table {
    pub open spec fn wf(&self) -> bool {
        forall|i: int| 0 <= i < self.entries@.len() ==> (#[trigger] self.entries@[i]).wf()
    }
}

fn touch(t: &Table) -> u64
    requires t.wf(),
{
    t.entries.len() as u64
}

fn new_table() -> Table {
    let mut entries: Vec<Entry> = Vec::new();
    let mut i: u64 = 0;
    while i < 8 {
        entries.push(Entry { on: true, level: 1 });
        i = i + 1;
    }
    Table { entries }
}

#[test]
fn ok_repeated_calls() {
    let t = new_table();
    touch(&t);
    touch(&t);
}

#[test]
fn fail_field_write_after_check() {
    let mut t = new_table();
    touch(&t);
    t.entries[3].level = 9;
    touch(&t);
}

#[test]
fn fail_vec_set_after_check() {
    let mut t = new_table();
    touch(&t);
    t.entries.set(5, Entry { on: true, level: 7 });
    touch(&t);
}

#[test]
fn fail_copy_kept_apart() {
    let mut t = new_table();
    let mut e = Entry { on: true, level: 1 };
    let copy = e;
    e.level = 5;
    t.entries.set(0, copy);
    touch(&t);
    t.entries.set(1, e);
    touch(&t);
}
}
`;

function run(): Map<string, TestOutcome> {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-emu-memo-'));
  try {
    const file = path.join(dir, 'memo.rs');
    writeFileSync(file, SOURCE);
    const loaded = loadCrates([file]);
    const crate = loaded.crates[0];
    assert.ok(crate, 'crate loaded');
    const { checked, diagnostics } = checkCrate(crate);
    assert.deepEqual(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message), []);
    return new Map(runTests(checked).map((o) => [o.name.split('::').pop()!, o]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('requires clauses see writes made after an earlier, memoised check', () => {
  const r = run();
  assert.equal(r.size, 4);
  assert.equal(r.get('ok_repeated_calls')?.status, 'passed', r.get('ok_repeated_calls')?.message);
  for (const name of ['fail_field_write_after_check', 'fail_vec_set_after_check', 'fail_copy_kept_apart']) {
    const o = r.get(name);
    assert.equal(o?.status, 'failed', `${name} should fail`);
    assert.match(o?.message ?? '', /^precondition failed: t\.wf\(\)/, name);
  }
});
