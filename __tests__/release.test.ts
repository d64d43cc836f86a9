/**
 * Release hygiene: the licence, the notices for what dist/ bundles, the changelog, the
 * security policy, and the workflows (parsed as YAML): CI and check-dist on the oldest
 * supported node and the Action's runtime, current majors of the setup actions, verify.yml
 * not run twice for a pull request's pushes, and a release workflow that moves the major
 * tag the README's `uses:` line names.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { bundledPackages } from '../scripts/bundled-packages.mjs';
import { noticeHeading } from '../scripts/third-party-notices.mjs';
import { REPO_ROOT } from './support/paths.js';
import { parseYaml } from './support/yaml.js';

const read = (p: string) => readFileSync(join(REPO_ROOT, p), 'utf8');
const pkg = JSON.parse(read('package.json')) as { version: string; license: string; engines: { node: string } };

/** The current major versions of the actions the workflows and the README use (checked December 2026). */
const CURRENT_MAJOR: Record<string, number> = {
  'actions/checkout': 7,
  'actions/setup-node': 7,
  'actions/upload-artifact': 7,
  'github/codeql-action/upload-sarif': 4,
};

interface Step { uses?: string; run?: string; with?: Record<string, unknown>; if?: string; env?: Record<string, string> }
interface Job { steps: Step[]; strategy?: { matrix?: Record<string, unknown[]> } }
interface Workflow { name: string; on: Record<string, unknown>; permissions?: Record<string, string>; concurrency?: { group: string }; jobs: Record<string, Job> }

const workflowFiles = readdirSync(join(REPO_ROOT, '.github', 'workflows')).filter((f) => /\.ya?ml$/.test(f)).sort();
const workflows = new Map(workflowFiles.map((f) => [f, parseYaml(read(`.github/workflows/${f}`), f) as Workflow]));
const wf = (f: string) => {
  const w = workflows.get(f);
  assert.ok(w, `.github/workflows/${f} exists`);
  return w;
};
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);

describe('release files', () => {
  it('LICENSE is the MIT licence package.json names, held by the Proofgate authors', () => {
    const text = read('LICENSE');
    assert.equal(pkg.license, 'MIT');
    assert.match(text, /^MIT License\n\nCopyright \(c\) \d{4} The Proofgate authors\n/);
    assert.match(text, /THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND/);
  });

  it('THIRD_PARTY_NOTICES.md has the licence of every package dist/ bundles, z3 included', async () => {
    const notices = read('THIRD_PARTY_NOTICES.md');
    const packages = await bundledPackages();
    assert.ok(packages.length > 20, `${packages.length} bundled packages`);
    assert.ok(packages.some((p) => p.name === 'z3-solver'), 'the copied z3 WASM build');
    assert.ok(packages.some((p) => p.name === '@actions/core'), 'a package the Action imports');
    const missing = packages.filter((p) => !notices.split('\n').includes(noticeHeading(p))).map((p) => `${p.name}@${p.version}`);
    assert.deepEqual(missing, [], 'run `node scripts/third-party-notices.mjs`');
    for (const p of packages) {
      const section = notices.split(`${noticeHeading(p)}\n`)[1]!.split(/\n## \S+@\d/)[0]!;
      if (p.licenseFile) assert.ok(section.includes(readFileSync(p.licenseFile, 'utf8').replace(/\r\n/g, '\n').trimEnd()), `${p.name}: its licence text`);
      else assert.match(section, new RegExp(`declares \`${p.license.replace(/[()]/g, '\\$&')}\``));
    }
    assert.match(notices, /## z3-solver@[^\n]+\n\nLicense: MIT[^\n]*\n\n````text\nZ3\nCopyright \(c\) Microsoft Corporation/);
  });

  it('CHANGELOG.md has a section for the package version, SECURITY.md says how to report', () => {
    const changelog = read('CHANGELOG.md');
    assert.match(changelog, new RegExp(`^## \\[${pkg.version.replace(/\./g, '\\.')}\\]`, 'm'));
    assert.match(changelog, new RegExp(`^\\[${pkg.version.replace(/\./g, '\\.')}\\]: https://github\\.com/proofgate/proofgate/releases/tag/v${pkg.version}$`, 'm'));
    const security = read('SECURITY.md');
    assert.match(security, /^## Reporting a vulnerability$/m);
    assert.match(security, /private vulnerability reporting/);
  });
});

describe('workflows', () => {
  it('every workflow parses, names itself and limits its token', () => {
    assert.deepEqual(workflowFiles, ['check-dist.yml', 'ci.yml', 'release.yml', 'verify.yml']);
    for (const [f, w] of workflows) {
      assert.equal(typeof w.name, 'string', f);
      assert.ok(w.permissions && Object.keys(w.permissions).length > 0, `${f}: explicit permissions`);
      assert.ok(Object.keys(w.jobs).length > 0, f);
    }
  });

  it('uses the current major of each action, in the workflows and the README', () => {
    const uses = [...[...workflows.values()].flatMap(steps).map((s) => s.uses).filter((u): u is string => !!u),
      ...[...read('README.md').matchAll(/uses: (\S+)/g)].map((m) => m[1]!)];
    const seen = new Set<string>();
    for (const u of uses) {
      if (u === './' || u.startsWith('proofgate/proofgate@')) continue;
      const [name, ref] = u.split('@') as [string, string];
      assert.ok(name in CURRENT_MAJOR, `${u}: an action this test knows the current major of`);
      assert.equal(ref, `v${CURRENT_MAJOR[name]}`, u);
      seen.add(name);
    }
    assert.ok(seen.has('actions/checkout') && seen.has('actions/setup-node'));
  });

  it('CI and check-dist run on the oldest supported node and on the Action\'s runtime', () => {
    const oldest = Number(/^>=\s*(\d+)/.exec(pkg.engines.node)![1]);
    const runtime = Number(/^ {2}using: node(\d+)$/m.exec(read('action.yml'))![1]);
    assert.deepEqual([oldest, runtime], [20, 24]);
    for (const f of ['ci.yml', 'check-dist.yml']) {
      const jobs = Object.values(wf(f).jobs);
      for (const job of jobs) {
        assert.deepEqual(job.strategy?.matrix?.node, [oldest, runtime], `${f}: matrix`);
        const setup = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
        assert.equal(setup?.with?.['node-version'], '${{ matrix.node }}', `${f}: setup-node takes the matrix's node`);
      }
    }
    assert.ok(steps(wf('ci.yml')).some((s) => s.run === 'npm test'));
    assert.ok(steps(wf('check-dist.yml')).some((s) => s.run === 'npm run build'));
  });

  it('verify.yml runs once per pull request push: pushes only on the long-lived branches', () => {
    const w = wf('verify.yml');
    const push = w.on.push as { branches?: string[] } | null;
    assert.ok(push && Array.isArray(push.branches) && push.branches.length > 0, 'push is limited to branches');
    assert.ok(push.branches!.every((b) => !b.includes('*')), `no wildcard push branches: ${push.branches}`);
    assert.ok(push.branches!.includes('verification'));
    assert.ok('pull_request' in w.on);
    assert.match(w.concurrency?.group ?? '', /github\.event\.pull_request\.number/);
  });

  it('release.yml: vX.Y.Z tags or a version by hand; dist checked; a GitHub release; the major tag moved', () => {
    const w = wf('release.yml');
    assert.deepEqual((w.on.push as { tags: string[] }).tags, ['v*.*.*']);
    const dispatch = w.on.workflow_dispatch as { inputs: Record<string, { required: boolean }> };
    assert.equal(dispatch.inputs.version?.required, true);
    assert.equal(w.permissions?.contents, 'write');
    const runs = steps(w).map((s) => s.run ?? '').join('\n');
    assert.match(runs, /package\.json says/, 'the version must be package.json\'s');
    assert.match(runs, /CHANGELOG\.md has no/, 'the changelog must have the release');
    assert.match(runs, /npm run build\n\s*if \[ -n "\$\(git status --porcelain -- dist\)" \]/, 'dist/ must be fresh');
    assert.match(runs, /gh release create "v\$VERSION" --verify-tag/);
    assert.match(runs, /git tag -f "\$MAJOR" "v\$VERSION\^\{commit\}"\n\s*git push -f origin "refs\/tags\/\$MAJOR"/);
    assert.match(runs, /echo "major=v\$\{v%%\.\*\}"/, 'the major tag is v<major>');
    // No expression is pasted into a shell script: inputs reach `run` through env only.
    for (const s of steps(w)) assert.doesNotMatch(s.run ?? '', /\$\{\{/, 'no ${{ }} inside run:');
  });

  it("the README's `uses:` line names the major tag the release workflow moves", () => {
    const major = `v${pkg.version.split('.')[0]}`;
    const lines = [...read('README.md').matchAll(/uses: proofgate\/proofgate@(\S+)/g)].map((m) => m[1]);
    assert.ok(lines.length > 0);
    assert.deepEqual([...new Set(lines)], [major]);
  });
});
