/**
 * A `broadcast use` lemma whose spec cannot be encoded is left out of the proofs that would
 * assume it, instead of stopping each of them (svsm's kernel: one such lemma in a dependency
 * kept every function of the crate from being verified). Leaving it out is sound (the proofs
 * know less); every failure of such a proof says what it went without.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { it } from 'node:test';
import { runProofgate } from '../../src/driver.js';
import { REPO_ROOT } from '../support/paths.js';

it('a broadcast lemma that cannot be encoded is left out, and failures say so', async () => {
  const file = join(REPO_ROOT, 'corpus', 'verify', 'broadcast_unencodable.rs');
  const r = await runProofgate({ paths: [file], mode: 'verify', cacheDir: null });
  const byFn = (name: string) => r.diagnostics.filter((d) => d.function?.endsWith(`::${name}`));
  // the lemma itself is reported, once, as not supported
  assert.deepEqual(r.diagnostics.filter((d) => d.kind === 'unsupported').map((d) => d.line), [8]);
  // a proof that does not need it verifies; one that needs it fails (never verified) with the note
  assert.deepEqual(byFn('without_lemma'), []);
  const [needs] = byFn('needs_lemma');
  assert.equal(needs?.message, 'assertion failed');
  assert.match(needs?.rendered ?? '', /= note: the broadcast lemma `broadcast_unencodable::lemma_f_pos` was not assumed here \(not supported: `Seq::to_set` in this position\)/);
  // the results file carries the note as data too, not only in the rendered text
  assert.deepEqual(needs?.notes, ['the broadcast lemma `broadcast_unencodable::lemma_f_pos` was not assumed here (not supported: `Seq::to_set` in this position); a proof that needs it fails']);
  assert.equal(byFn('without_lemma').length + r.diagnostics.filter((d) => d.kind === 'unsupported' && d.notes).length, 0);
  assert.equal(byFn('false_claim')[0]?.message, 'assertion failed');
  assert.equal(r.summary.verified, 1);
});
