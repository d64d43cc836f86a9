/**
 * The import graph: the value analysis (src/analyze/) and the IR's consumer-facing modules
 * (types, printer, rewriting) import nothing from src/syntax/; only the lowering
 * (src/ir/lower*.ts) reads the checked tree. src/vc's IR encoding imports no src/syntax either; the
 * rest of src/vc (exec.ts, spec.ts, bitvec.ts) joins the list once it is replaced by it.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { it } from 'node:test';
import { REPO_ROOT } from '../support/paths.js';

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1]!);
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f));
}

it('src/analyze and the IR outside its lowering do not import src/syntax', () => {
  const src = join(REPO_ROOT, 'src');
  const guarded = [...tsFiles(join(src, 'analyze')), ...tsFiles(join(src, 'ir')).filter((f) => !/[/\\]lower[^/\\]*\.ts$/.test(f))];
  assert.ok(guarded.length >= 8, `${guarded.length} files`);
  const offending: string[] = [];
  for (const f of guarded) {
    for (const spec of importsOf(f)) {
      if (/(^|\/)syntax\//.test(spec)) offending.push(`${relative(REPO_ROOT, f)} imports ${spec}`);
    }
  }
  assert.deepEqual(offending, []);
});

it('the IR does not import the verifier (src/vc reads the IR, never the other way)', () => {
  const offending: string[] = [];
  for (const f of tsFiles(join(REPO_ROOT, 'src', 'ir'))) {
    for (const spec of importsOf(f)) {
      if (/(^|\/)vc\//.test(spec)) offending.push(`${relative(REPO_ROOT, f)} imports ${spec}`);
    }
  }
  assert.deepEqual(offending, []);
});

it('src/vc\'s IR encoding does not import src/syntax (spec fn definitions still come through spec.ts)', () => {
  const vc = join(REPO_ROOT, 'src', 'vc');
  const files = ['ir-expr.ts', 'ir-function.ts', 'ir-family.ts', 'bitvec-ir.ts'].map((f) => join(vc, f));
  const offending: string[] = [];
  for (const f of files) {
    for (const spec of importsOf(f)) {
      if (/(^|\/)syntax\//.test(spec)) offending.push(`${relative(REPO_ROOT, f)} imports ${spec}`);
    }
  }
  assert.deepEqual(offending, []);
});

it('the import scanner sees imports (it fails on a file that imports src/syntax)', () => {
  const lowering = join(REPO_ROOT, 'src', 'ir', 'lower-expr.ts');
  assert.ok(importsOf(lowering).some((s) => s.includes('syntax/')), 'the lowering reads the syntax tree');
});
