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
import { join } from 'node:path';
import { it } from 'node:test';
import { checkCrate } from '../../src/check/index.js';
import { loadCrates } from '../../src/syntax/load.js';
import { generateVcs, type FunctionVc } from '../../src/vc/index.js';

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
