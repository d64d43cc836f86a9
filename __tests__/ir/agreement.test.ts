/**
 * The IR decides the same obligations as today's verifier: per function of model/,
 * corpus/cases and corpus/verify, the IR's checks of each kind are as many as src/vc's
 * obligations of that kind; const initializers too. (The exception, by design: the checks at the end of a loop body
 * are the loop's latch, shared by `continue`, where src/vc repeats them per continue.)
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { it } from 'node:test';
import { checkPaths } from '../../src/driver.js';
import { lowerConstInitializers, lowerCrate } from '../../src/ir/lower.js';
import type { IrStmt } from '../../src/ir/types.js';
import { generateVcs } from '../../src/vc/index.js';
import { REPO_ROOT, SHARED_CASES, rsFiles } from '../support/paths.js';

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
  for (const target of ['model', ...rsFiles(SHARED_CASES), ...rsFiles(join(REPO_ROOT, 'corpus', 'verify'))]) {
    for (const c of checkPaths([target]).clean) {
      const vcCount = new Map<string, number>();
      const generated = generateVcs(c);
      // a function src/vc cannot encode has no obligations to compare (it is reported not supported)
      const unencoded = new Set(generated.diagnostics.filter((d) => d.kind === 'unsupported' && d.function).map((d) => d.function!));
      for (const vc of generated.vcs) {
        for (const ob of vc.obligations.values()) if (KINDS.includes(ob.kind)) vcCount.set(`${vc.unit.function} ${ob.kind}`, (vcCount.get(`${vc.unit.function} ${ob.kind}`) ?? 0) + 1);
      }
      for (const r of [...lowerCrate(c), ...lowerConstInitializers(c)]) {
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
  }
  assert.ok(functions >= 500, `${functions} functions`);
  assert.deepEqual(differ, [
    'loop_continue_fail::f invariant-end: ir 2, vc 4',
    'loop_continue_fail::f decreases: ir 1, vc 2',
    'loop_continue_ok::f invariant-end: ir 2, vc 4',
    'loop_continue_ok::f decreases: ir 1, vc 2',
  ]);
});
