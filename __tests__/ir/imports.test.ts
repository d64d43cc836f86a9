/**
 * The import graph: the verifier (src/vc/), the value analysis (src/analyze/) and the IR's
 * consumer-facing modules (types, printer, rewriting) import nothing from src/syntax/; only
 * the lowering (src/ir/lower*.ts) reads the checked tree, and everything that reasons about
 * programs reads the IR.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Each import of src/syntax by one of `files`, as `file imports spec`. */
function syntaxImports(files: string[]): string[] {
  const offending: string[] = [];
  for (const f of files) {
    for (const spec of importsOf(f)) {
      if (/(^|\/)syntax\//.test(spec)) offending.push(`${relative(REPO_ROOT, f)} imports ${spec}`);
    }
  }
  return offending;
}

it('src/vc, src/analyze and the IR outside its lowering do not import src/syntax', () => {
  const src = join(REPO_ROOT, 'src');
  const vc = tsFiles(join(src, 'vc'));
  const analyze = tsFiles(join(src, 'analyze'));
  // every file of each folder is guarded (a new one included), and there are files to guard
  assert.ok(vc.length >= 14 && analyze.length >= 8, `${vc.length} files in src/vc, ${analyze.length} in src/analyze`);
  const guarded = [...vc, ...analyze, ...tsFiles(join(src, 'ir')).filter((f) => !/[/\\]lower[^/\\]*\.ts$/.test(f))];
  assert.deepEqual(syntaxImports(guarded), []);
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

it('the import check fails on a file that imports src/syntax', () => {
  const lowering = join(REPO_ROOT, 'src', 'ir', 'lower-expr.ts');
  assert.ok(syntaxImports([lowering]).length > 0, 'the lowering reads the syntax tree');
  // the forms an import takes: type-only, multi-line, re-export
  const dir = mkdtempSync(join(tmpdir(), 'imports-'));
  try {
    const forms = [
      "import type { Span } from '../syntax/span.js';",
      "import {\n  walkExpr,\n} from '../syntax/walk.js';",
      "export type { Expr } from '../syntax/ast.js';",
    ];
    forms.forEach((text, i) => writeFileSync(join(dir, `f${i}.ts`), `${text}\nexport const x = 1;\n`));
    assert.equal(syntaxImports(tsFiles(dir)).length, forms.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
