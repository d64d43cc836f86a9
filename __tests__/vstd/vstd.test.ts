/**
 * Proofgate's vstd (lib/vstd): it verifies with Proofgate itself, every proof in it is
 * checked (only `external_body` items are trusted), docs/vstd.md lists exactly those
 * trusted items, and every crate loaded gets it as its `vstd`.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { runProofgate } from '../../src/driver.js';
import { checkSoundness } from '../../src/oracle/oracle.js';
import { checkCrate } from '../../src/check/index.js';
import { generateVcs } from '../../src/vc/index.js';
import type { FnItem, Item } from '../../src/syntax/ast.js';
import { loadCrates } from '../../src/syntax/load.js';
import { bundledVstdRoot } from '../../src/syntax/vstd-lib.js';
import { REPO_ROOT } from '../support/paths.js';

const LIB = join(REPO_ROOT, 'lib', 'vstd');

interface LibFn {
  qname: string;
  /** The other name it may have (see libFns). */
  alt?: string;
  decl: FnItem;
}

/** Every fn of lib/vstd with its path (`vstd::bits::low_bits_mask`, `vstd::Set::disjoint`). */
function libFns(): LibFn[] {
  const { crates, diagnostics } = loadCrates([LIB]);
  assert.deepEqual(diagnostics, []);
  const out: LibFn[] = [];
  for (const file of crates[0]!.files) {
    const rel = relative(LIB, file.path.startsWith('/') ? file.path : join(process.cwd(), file.path)).replace(/\.rs$/, '').split('/');
    const modPath = rel[rel.length - 1] === 'lib' || rel[rel.length - 1] === 'mod' ? rel.slice(0, -1) : rel;
    const visit = (items: Item[] | undefined, owner: string[]): void => {
      for (const it of items ?? []) {
        if (it.kind === 'verus') visit(it.items, owner);
        else if (it.kind === 'fn') out.push({ qname: ['vstd', ...owner, it.name].join('::'), decl: it });
        else if (it.kind === 'impl' && it.selfTy.kind === 'path') {
          // a fn of an impl is named by its type's path: a type of the crate's module carries the module path, a built-in one (Set, Seq) does not
          // (a trait impl's fn also carries the trait's name: `vstd::set_lib::u8::FiniteRange::range_properties`)
          const tr = it.traitName ? [it.traitName.split('::').pop()!] : [];
          for (const m of it.items) if (m.kind === 'fn') out.push({ qname: ['vstd', ...it.selfTy.segments, ...tr, m.name].join('::'), alt: ['vstd', ...owner, ...it.selfTy.segments, ...tr, m.name].join('::'), decl: m });
        }
      }
    };
    visit(file.items, modPath);
  }
  return out;
}

const isTrusted = (f: LibFn): boolean => f.decl.flags.externalBody;

describe('lib/vstd', () => {
  it('is found from the sources as the package does from dist/', () => {
    assert.equal(bundledVstdRoot(), join(LIB, 'lib.rs'));
  });

  it('verifies with Proofgate: 0 errors, every proof fn not external_body proved', async () => {
    const started = performance.now();
    const results = await runProofgate({ paths: [LIB], mode: 'verify', cacheDir: null, jobs: 2, timeoutMs: 60_000 });
    const errors = results.diagnostics.filter((d) => d.severity === 'error');
    assert.deepEqual(errors.map((d) => `${d.file}:${d.line}: ${d.message}`), []);
    const verified = new Set(results.units.filter((u) => u.status === 'verified').map((u) => u.function));
    const proofs = libFns().filter((f) => f.decl.mode === 'proof' && !isTrusted(f) && f.decl.body);
    assert.ok(proofs.length >= 50, `only ${proofs.length} proved lemmas`);
    const unproved = proofs.filter((f) => !verified.has(f.qname) && !(f.alt !== undefined && verified.has(f.alt))).map((f) => f.qname);
    assert.deepEqual(unproved, []);
    console.log(`lib/vstd: ${proofs.length} proofs verified in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  });

  it('docs/vstd.md lists exactly its trusted (external_body) items', () => {
    const doc = readFileSync(join(REPO_ROOT, 'docs', 'vstd.md'), 'utf8');
    const listed = [...doc.matchAll(/^\| `(vstd::[\w:]+)` \| trusted \|/gm)].map((m) => m[1]!).sort();
    const trusted = libFns().filter(isTrusted).map((f) => f.qname).sort();
    assert.ok(trusted.length > 0);
    assert.deepEqual(listed, trusted);
  });

  it('its trusted lemmas hold on the inputs check-soundness runs (and a false one is caught)', async () => {
    // verification is not the point here: one cheap function keeps that part short
    const verify = { functionGlob: '*lemma_mul_basics', jobs: 2, timeoutMs: 60_000 };
    const r = await checkSoundness({ paths: [LIB], seed: 1, budgetMs: 6000, maxInputs: 300, trustedLemmas: true, verify });
    assert.deepEqual(r.findings, []);
    const ran = new Map(r.functions.map((f) => [f.function, f.inputs]));
    // set_int_range is uninterpreted, so its axiom cannot be evaluated; the tracked moves
    // (a tracked or reference parameter, a tracked return) have no inputs the emulator builds,
    // and are skipped for that reason; every other one runs
    const skipped = new Map(r.functions.filter((f) => f.skipped).map((f) => [f.function, f.skipped!]));
    const tracked = ['empty', 'insert', 'remove', 'borrow', 'union_prefer_right', 'remove_keys'].map((m) => `vstd::Map::tracked_${m}`)
      .concat(['empty', 'push', 'insert', 'remove', 'borrow'].map((m) => `vstd::Seq::tracked_${m}`), ['vstd::modes::tracked_swap', 'vstd::Option::tracked_unwrap', 'vstd::raw_ptr::PointsTo::is_nonnull', 'vstd::raw_ptr::PointsTo::leak_contents']);
    for (const q of tracked) assert.match(skipped.get(q) ?? `${q}: not skipped`, /^proof fn with (a return value|tracked or reference parameters)$/);
    // lemmas only: a trusted exec fn (std's `size_of`) is generic over a type's layout, which the emulator does not know
    // the multiset axioms are stated of an opaque type's uninterpreted spec fns, which the emulator cannot evaluate either
    const opaque = (q: string) => q.startsWith('vstd::multiset::axiom_');
    const trusted = libFns().filter((f) => isTrusted(f) && f.decl.mode === 'proof' && f.qname !== 'vstd::set_lib::axiom_set_int_range' && !tracked.includes(f.qname) && !(f.alt !== undefined && tracked.includes(f.alt)) && !opaque(f.qname));
    for (const f of trusted) assert.ok((ran.get(f.qname) ?? 0) > 0, `${f.qname}: no input run`);
    const bad = await checkSoundness({ paths: [join(REPO_ROOT, '__tests__', 'fixtures', 'vstd', 'false_trusted.rs')], seed: 1, budgetMs: 3000, trustedLemmas: true, verify: { jobs: 1 } });
    assert.deepEqual(bad.findings.map((x) => x.function), ['false_trusted::lemma_shl_wrong']);
  });

  it('a failed precondition of a vstd lemma quotes the lemma\'s clause', async () => {
    const file = join(REPO_ROOT, 'corpus', 'soundness', 'vstd_lemmas.rs');
    const results = await runProofgate({ paths: [file], mode: 'verify', cacheDir: null, jobs: 2, timeoutMs: 60_000, functionGlob: '*mul_requires_false' });
    const pre = results.diagnostics.find((d) => d.message === 'precondition not satisfied');
    assert.ok(pre, 'the missing `0 <= z` is found');
    // named `<vstd>/...` (not by where the package sits); the finding itself is at the call
    assert.match(pre.rendered, /::: <vstd>\/arithmetic\/mul\.rs:\d+:\d+\n.*\n\d+ +\|\s+0 <= z,\n.*failed precondition/);
    assert.match(pre.file, /corpus\/soundness\/vstd_lemmas\.rs$/);
    assert.deepEqual(pre.labels.map((l) => [l.file, l.message]), [['<vstd>/arithmetic/mul.rs', 'failed precondition']]);
  });

  it('a crate using it gets queries for its own functions only, none for vstd\'s', () => {
    const crate = loadCrates([join(REPO_ROOT, 'corpus', 'soundness', 'vstd_lemmas.rs')]).crates[0]!;
    const { checked } = checkCrate(crate);
    const units = generateVcs(checked).vcs.map((v) => v.unit.function);
    assert.ok(units.length > 10);
    assert.deepEqual(units.filter((u) => !u.startsWith('vstd_lemmas::')), []);
  });

  it('is the `vstd` dependency of every crate loaded, but not of itself', () => {
    const single = loadCrates([join(REPO_ROOT, 'corpus', 'verify', 'assert_ok.rs')]).crates[0]!;
    const dep = single.deps?.find((d) => d.name === 'vstd');
    assert.ok(dep, 'a single-file crate gets vstd');
    assert.equal(dep.root.path, '<vstd>/lib.rs', 'named as reports show it, not by where the package is');
    assert.ok(dep.files.length >= 5);
    const itself = loadCrates([LIB]).crates[0]!;
    assert.equal(itself.deps?.some((d) => d.name === 'vstd') ?? false, false);
  });
});
