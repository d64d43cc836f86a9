import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadCrates } from '../../src/syntax/load.js';

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-load-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

function inDir<T>(dir: string, fn: () => T): T {
  const prev = process.cwd();
  process.chdir(dir);
  try {
    return fn();
  } finally {
    process.chdir(prev);
  }
}

test('folders with lib.rs are crates; mod files and include! are resolved', () => {
  const root = tree({
    'krate/src/lib.rs': 'mod a;\nmod b;\nverus! { mod c; }\n',
    'krate/src/a.rs': 'mod inner;\nfn fa() {}\n',
    'krate/src/a/inner.rs': 'fn deep() {}\n',
    'krate/src/b/mod.rs': 'include!("specs.verus.rs");\n',
    'krate/src/b/specs.verus.rs': 'verus! { spec fn s() -> int { 1 } }\n',
    'krate/src/c.rs': 'fn fc() {}\n',
    'single.rs': 'fn main() {}\n',
    'other.verus.rs': 'fn not_a_root() {}\n',
    'target/skip.rs': 'fn skipped() {}\n',
    '.hidden/skip.rs': 'fn skipped() {}\n',
  });
  const r = inDir(root, () => loadCrates(['.']));
  assert.deepEqual(r.diagnostics, []);
  assert.deepEqual(r.crates.map((c) => c.name), ['krate', 'single']);
  const k = r.crates[0]!;
  assert.deepEqual(k.files.map((f) => f.path), [
    'krate/src/lib.rs', 'krate/src/a.rs', 'krate/src/a/inner.rs', 'krate/src/b/mod.rs', 'krate/src/b/specs.verus.rs', 'krate/src/c.rs',
  ]);
  const modA = k.root.items[0]!;
  assert.ok(modA.kind === 'mod' && modA.items?.length === 2);
  const modB = k.root.items[1]!;
  assert.ok(modB.kind === 'mod' && modB.items![0]!.kind === 'include' && (modB.items![0] as { items?: unknown[] }).items!.length === 1);
});

test('missing module files and paths are diagnostics, not throws', () => {
  const root = tree({ 'm.rs': 'mod nowhere;\nfn main() {}\n' });
  const r = inDir(root, () => loadCrates(['m.rs', 'absent.rs']));
  assert.deepEqual(r.diagnostics.map((d) => [d.kind, d.message.split(':')[0], d.span.file]), [
    ['syntax', 'file not found for module `nowhere`', 'm.rs'],
    ['syntax', "couldn't read `absent.rs`", 'absent.rs'],
  ]);
  assert.equal(r.crates.length, 1);
  assert.equal(r.crates[0]!.name, 'm');
});

test('macros: a mod file sees the macros defined before its `mod` line; a dependency\'s exported macros by path and by `use`', () => {
  const root = tree({
    'dep/Cargo.toml': '[package]\nname = "dep"\nversion = "0.1.0"\n',
    'dep/src/lib.rs': '#[macro_export]\nmacro_rules! seven { () => { 7 }; }\n',
    'app/Cargo.toml': '[package]\nname = "app"\nversion = "0.1.0"\n\n[dependencies]\ndep = { path = "../dep" }\n',
    'app/src/lib.rs': 'macro_rules! one { () => { 1 }; }\nmod a;\nmacro_rules! two { () => { 2 }; }\nmod b;\n',
    'app/src/a.rs': 'use dep::seven;\nverus! { spec fn fa() -> int { one!() + dep::seven!() + seven!() } spec fn fb() -> int { two!() } }\n',
    'app/src/b.rs': 'verus! { spec fn fc() -> int { two!() } }\n',
  });
  const r = inDir(root, () => loadCrates(['app']));
  const app = r.crates.find((c) => c.name === 'app')!;
  const tails = new Map<string, string>();
  for (const f of app.files) {
    for (const it of f.items) {
      if (it.kind !== 'verus') continue;
      for (const x of it.items) if (x.kind === 'fn') tails.set(x.name, x.body?.tail?.kind ?? '-');
    }
  }
  // fa: every macro known (a binary sum); fb: `two!` is defined after `mod a;` (left a macro call); fc: known
  assert.deepEqual(Object.fromEntries(tails), { fa: 'binary', fb: 'macro', fc: 'int' });
});
