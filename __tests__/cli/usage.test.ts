/**
 * The CLI as rustc and cargo users expect: help per command, a progress line only on a
 * terminal, --color and NO_COLOR, one-line usage errors with a fix. Runs the sources, built
 * as `npm run build` builds them, into a temporary folder (not the committed dist/).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { colorize, wantsColor } from '../../src/cli/color.js';
import { COMMANDS, VERIFY } from '../../src/cli/commands.js';
import { ProgressLine } from '../../src/cli/progress.js';
import { buildAction } from '../action/runner.js';
import { REPO_ROOT, SHARED_CASES } from '../support/paths.js';

let cliJs = '';
const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [cliJs, ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '', ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLI with stdout and stderr on a pseudo-terminal (util-linux `script`); both streams come back mixed. */
function cliOnTty(args: string[], env: NodeJS.ProcessEnv = {}) {
  const command = [process.execPath, cliJs, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '', TERM: 'xterm', ...env } });
  return { code: r.status, out: r.stdout };
}

const oneLine = (s: string) => s.trim().split('\n').length === 1 && !/\n\s+at /.test(s);
const ESC = '\x1b[';
/* eslint-disable no-control-regex -- these tests look for terminal escape codes */
const case_ = (name: string) => join(SHARED_CASES, name);

describe('proofgate CLI usage', () => {
  before(async () => {
    cliJs = join((await buildAction()).dir, 'cli.js');
  });

  it('describes every flag of every command in `COMMAND --help`', () => {
    for (const spec of COMMANDS) {
      for (const args of [[spec.name, '--help'], [spec.name, '-h'], ['help', spec.name]]) {
        const r = cli(args);
        assert.equal(r.code, 0, r.stderr);
        assert.match(r.stdout, new RegExp(`^proofgate ${spec.name}: `));
        for (const [name, o] of Object.entries(spec.options)) {
          const line = r.stdout.split('\n').findIndex((l) => l.startsWith(`  --${name}${o.value ? ' ' + o.value : ''}`));
          assert.ok(line >= 0, `${args.join(' ')} lists --${name}`);
          assert.ok(r.stdout.includes(o.help.split(' ').slice(0, 3).join(' ')), `--${name} is described`);
        }
      }
    }
    const main = cli(['--help']);
    assert.equal(main.code, 0);
    for (const spec of COMMANDS) assert.match(main.stdout, new RegExp(`^  ${spec.name} +\\S`, 'm'));
    assert.ok(Object.keys(VERIFY.options).length >= 12);
  });

  it('a path that does not exist is a usage error with a fix, for verify and run', () => {
    for (const args of [['verify', 'no/such/dir'], ['verify', '--no-verify', case_('assertion.rs'), 'missing.rs'], ['run', 'nowhere']]) {
      const r = cli(args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stdout}${r.stderr}`);
      assert.ok(oneLine(r.stderr), r.stderr);
      assert.match(r.stderr.trim(), /^proofgate: `[^`]+` does not exist: give a \.rs file or a folder of Rust sources$/);
      assert.equal(r.stdout, '');
    }
  });

  it('--solver native without z3 on PATH is a usage error with a fix, not an internal error', () => {
    const emptyPath = mkdtempSync(join(tmpdir(), 'pg-nopath-'));
    const r = cli(['verify', '--solver', 'native', '--no-cache', case_('assertion.rs')], { PATH: emptyPath });
    assert.equal(r.code, 2, r.stdout + r.stderr);
    assert.ok(oneLine(r.stderr), r.stderr);
    assert.doesNotMatch(r.stderr, /internal error/);
    assert.match(r.stderr, /no runnable `z3` on PATH; install it .*apt-get install -y z3.* or use --solver wasm/);
  });

  it('--function matching nothing is an error, as in Verus; a match verifies only that function', () => {
    const none = cli(['verify', '--no-cache', '--function', 'no_such_fn', case_('precondition.rs')]);
    assert.equal(none.code, 2, none.stdout + none.stderr);
    assert.ok(oneLine(none.stderr));
    assert.match(none.stderr.trim(), /^proofgate: no function to verify matches --function `no_such_fn`$/);
    const one = cli(['verify', '--no-cache', '--format', 'json', '--function', 'halve', case_('precondition.rs')]);
    assert.equal(one.code, 0, one.stderr);
    assert.deepEqual(JSON.parse(one.stdout).units.map((u: { function: string }) => u.function), ['precondition::halve']);
  });

  it('piped: no progress line and no colour', () => {
    const r = cli(['verify', '--no-cache', case_('precondition.rs')]);
    assert.equal(r.code, 1);
    assert.equal(r.stderr, '');
    assert.ok(!r.stdout.includes(ESC), 'no escape codes in a pipe');
    const forced = cli(['verify', '--no-cache', '--color', 'always', case_('precondition.rs')], { NO_COLOR: '1' });
    assert.ok(forced.stdout.includes(`${ESC}1;31merror${ESC}0m`), '--color always wins over NO_COLOR');
    assert.equal(forced.stdout.replace(/\x1b\[[0-9;]*m/g, ''), r.stdout, 'colour changes nothing but the colour');
    const bad = cli(['verify', '--color', 'sometimes', case_('precondition.rs')]);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--color must be one of auto, always, never/);
  });

  it('on a terminal: a progress line on stderr and colours, unless NO_COLOR or --color never', { skip: hasScript ? false : 'no `script` to make a terminal' }, () => {
    const tty = cliOnTty(['verify', '--no-cache', case_('precondition.rs')]);
    assert.equal(tty.code, 1, tty.out);
    assert.match(tty.out, /\r\x1b\[2K {3}Verifying \d+\/4 functions \(\d+\.\ds\)/);
    assert.match(tty.out, /Verifying 4\/4 functions/);
    assert.ok(tty.out.includes(`${ESC}1;31merror${ESC}0m`), tty.out);
    for (const [args, env] of [[['--color', 'never'], {}], [[], { NO_COLOR: '1' }]] as const) {
      const plain = cliOnTty(['verify', '--no-cache', ...args, case_('precondition.rs')], env);
      assert.equal(plain.code, 1);
      assert.ok(!/\x1b\[[0-9;]+m/.test(plain.out), `${args.join(' ')} ${JSON.stringify(env)}: no colour`);
      assert.match(plain.out, /Verifying/, 'the progress line is not colour');
    }
  });
});

describe('progress line', () => {
  it('draws at most every 100 ms, always the last count, and erases itself', () => {
    const written: string[] = [];
    let now = 0;
    const p = new ProgressLine({ isTTY: true, write: (s) => written.push(s) }, () => now);
    p.update(0, 3);
    now = 50; p.update(1, 3);
    now = 120; p.update(2, 3);
    now = 130; p.update(3, 3);
    p.finish();
    assert.deepEqual(written, ['\r\x1b[2K   Verifying 0/3 functions (0.0s)', '\r\x1b[2K   Verifying 2/3 functions (0.1s)', '\r\x1b[2K   Verifying 3/3 functions (0.1s)', '\r\x1b[2K']);
  });
  it('writes nothing when the stream is not a terminal', () => {
    const written: string[] = [];
    const p = new ProgressLine({ isTTY: false, write: (s) => written.push(s) });
    p.update(1, 2);
    p.finish();
    assert.deepEqual(written, []);
    assert.equal(p.active, false);
  });
});

describe('colour', () => {
  it('auto: a terminal without NO_COLOR or TERM=dumb', () => {
    assert.equal(wantsColor('auto', { isTTY: true }, {}), true);
    assert.equal(wantsColor('auto', { isTTY: false }, {}), false);
    assert.equal(wantsColor('auto', { isTTY: true }, { NO_COLOR: '1' }), false);
    assert.equal(wantsColor('auto', { isTTY: true }, { NO_COLOR: '' }), true, 'an empty NO_COLOR is unset (no-color.org)');
    assert.equal(wantsColor('auto', { isTTY: true }, { TERM: 'dumb' }), false);
    assert.equal(wantsColor('always', { isTTY: false }, { NO_COLOR: '1' }), true);
    assert.equal(wantsColor('never', { isTTY: true }, {}), false);
  });
  it('colours the level, gutter and markers as rustc does, and only those', () => {
    const text = ['error: precondition not satisfied', ' --> a.rs:5:5', '  |', '5 |     g(x - 1)', '  |     ^^^^^^^^', ' ::: a.rs:3:9', '  |', '3 |         b != 0,', '  |         ------ failed precondition', '  |', '  = note: counterexample: x = 0'].join('\n');
    const out = colorize(text);
    assert.equal(out.replace(/\x1b\[[0-9;]*m/g, ''), text);
    const lines = out.split('\n');
    assert.equal(lines[0], `${ESC}1;31merror${ESC}0m${ESC}1m: precondition not satisfied${ESC}0m`);
    assert.equal(lines[3], `${ESC}1;34m5 |${ESC}0m     g(x - 1)`, 'source text stays plain');
    assert.equal(lines[4], `${ESC}1;34m  |${ESC}0m     ${ESC}1;31m^^^^^^^^${ESC}0m`);
    assert.equal(lines[8], `${ESC}1;34m  |${ESC}0m         ${ESC}1;34m------ failed precondition${ESC}0m`);
    assert.match(colorize('warning: x\n --> a.rs:1:1'), /^\x1b\[1;33mwarning/);
  });
});
