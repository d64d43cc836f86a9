import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildResults, summaryLine, clauseSpan } from '../../src/report/build-results.js';
import { diag } from '../../src/report/diagnostic.js';
import { renderWorkflowCommand } from '../../src/report/github.js';
import { renderHuman } from '../../src/report/human.js';
import { KIND_HELP, kindUrl } from '../../src/report/kinds.js';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { mergeResults } from '../../src/report/merge.js';
import { renderSarif } from '../../src/report/sarif.js';
import { SourceSet } from '../../src/report/sources.js';
import { LineMap } from '../../src/syntax/span.js';
import { globMatcher } from '../../src/glob.js';
import { inShard, parseShard } from '../../src/shard.js';
import { VERSION } from '../../src/version.js';

const text = ['fn f(b: u32) -> u32', '    requires', '        b != 0,', '{', '    g(x, x - x)', '}', ''].join('\n');
const map = new LineMap('src/a.rs', text);
const sources = new SourceSet();
sources.add('src/a.rs', text);
const at = (line: number, col: number, len: number) => {
  const start = text.split('\n').slice(0, line - 1).join('\n').length + (line > 1 ? 1 : 0) + col - 1;
  return map.span(start, start + len);
};

const pre = diag('precondition', 'precondition not satisfied', at(5, 5, 11), {
  labels: [{ message: 'failed precondition', span: at(3, 9, 6) }],
  function: 'a::f',
  counterexample: { x: '0' },
});

describe('human rendering', () => {
  it('renders rustc layout with ^^^ under the primary span and --- under labels', () => {
    assert.equal(
      renderHuman(pre, sources),
      [
        'error: precondition not satisfied',
        ' --> src/a.rs:5:5',
        '  |',
        '5 |     g(x, x - x)',
        '  |     ^^^^^^^^^^^',
        ' ::: src/a.rs:3:9',
        '  |',
        '3 |         b != 0,',
        '  |         ------ failed precondition',
        '  |',
        '  = note: counterexample: x = 0',
        `  = help: ${KIND_HELP.precondition.help}`,
        '  = note: for more information, see https://github.com/proofgate/proofgate/blob/v0/docs/diagnostics.md#precondition',
      ].join('\n'),
    );
  });
});

describe('long and tabbed lines', () => {
  it('cuts a very long line to a window around the span and keeps the markers under it', () => {
    const long = 'let x = ' + 'a + '.repeat(300) + 'oops;';
    const src = new SourceSet();
    src.add('l.rs', long);
    const m = new LineMap('l.rs', long);
    const at = long.indexOf('oops');
    const out = renderHuman(diag('assertion', 'assertion failed', m.span(at, at + 4)), src).split('\n');
    const [code, marks] = [out[3]!, out[4]!];
    assert.ok(code.length < 200, code);
    assert.match(code, /^1 \| \.\.\..*oops;$/);
    assert.equal(marks.indexOf('^^^^'), code.indexOf('oops'));
    assert.match(marks, /^ {2}\| +\^{4}$/);
  });
  it('shows tabs as four spaces, with the markers aligned', () => {
    const text = '\tassert(x);';
    const src = new SourceSet();
    src.add('t.rs', text);
    const out = renderHuman(diag('assertion', 'assertion failed', new LineMap('t.rs', text).span(1, 11)), src).split('\n');
    assert.equal(out[3], '1 |     assert(x);');
    assert.equal(out[4], '  |     ^^^^^^^^^^');
  });
});

describe('counterexamples', () => {
  it('show large integers in hex too', () => {
    const d = diag('assertion', 'assertion failed', at(5, 5, 1), { counterexample: { raw: '140737488355328', n: '7', neg: '-70000', b: 'true' } });
    assert.match(renderHuman(d, sources), /= note: counterexample: raw = 140737488355328 \(0x8000_0000_0000\), n = 7, neg = -70000 \(-0x1_1170\), b = true$/m);
  });
});

describe('results file', () => {
  const r = buildResults({ version: VERSION, solver: 'z3', mode: 'verify', diagnostics: [pre], units: [{ function: 'a::f', file: 'src/a.rs', line: 1, status: 'failed', ms: 3 }], seconds: 0.5 }, sources);
  it('carries positions, labels, the clause and a rendered text', () => {
    const d = r.diagnostics[0]!;
    assert.equal(d.line, 5);
    assert.equal(d.column, 5);
    assert.equal(d.endColumn, 16);
    assert.equal(d.labels[0]!.line, 3);
    assert.equal(d.clause, 'b != 0');
    assert.match(d.rendered, /failed precondition/);
    assert.equal(summaryLine(r), 'verification results:: 0 verified, 1 errors');
  });
  it('fingerprints ignore line numbers but not the clause', () => {
    const shifted = '\n\n' + text;
    const s2 = new SourceSet();
    s2.add('src/a.rs', shifted);
    const m2 = new LineMap('src/a.rs', shifted);
    const moved = diag('precondition', 'precondition not satisfied', m2.span(pre.span.start + 2, pre.span.end + 2), {
      labels: [{ message: 'failed precondition', span: m2.span(pre.labels[0]!.span.start + 2, pre.labels[0]!.span.end + 2) }],
      function: 'a::f',
    });
    const r2 = buildResults({ version: VERSION, solver: 'z3', mode: 'verify', diagnostics: [moved], units: [], seconds: 0 }, s2);
    assert.equal(r2.diagnostics[0]!.line, 7);
    assert.equal(r2.diagnostics[0]!.fingerprint, r.diagnostics[0]!.fingerprint);
    const other = buildResults({ version: VERSION, solver: 'z3', mode: 'verify', diagnostics: [{ ...pre, labels: [{ message: 'failed precondition', span: at(5, 10, 5) }] }], units: [], seconds: 0 }, sources);
    assert.notEqual(other.diagnostics[0]!.fingerprint, r.diagnostics[0]!.fingerprint);
  });
  it('picks the failed clause: primary for postconditions, the label for preconditions', () => {
    const post = diag('postcondition', 'postcondition not satisfied', at(3, 9, 6), { primaryLabel: 'failed this postcondition', labels: [{ message: 'at the end of the function body', span: at(6, 1, 1) }] });
    assert.equal(clauseSpan(post), post.span);
    assert.equal(clauseSpan(pre), pre.labels[0]!.span);
  });
  it('merges results without duplicate findings or units', () => {
    const m = mergeResults([r, r]);
    assert.equal(m.diagnostics.length, 1);
    assert.equal(m.summary.errors, 1);
    assert.equal(m.units.length, r.units.length, 'the same unit twice is one unit');
  });
  it('renders workflow commands with escaped properties and data', () => {
    const line = renderWorkflowCommand({ ...r.diagnostics[0]!, file: 'a,b:c.rs', rendered: '50%\nnext' });
    assert.equal(line, '::error file=a%2Cb%3Ac.rs,line=5,col=5,endLine=5,endColumn=16,title=proofgate%3A precondition not satisfied::50%25%0Anext');
  });
  it('renders SARIF with a rule per kind, its help and link, and the fingerprint', () => {
    const s = renderSarif(r) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string }; help: { text: string }; helpUri: string }[] } }; results: { ruleId: string; partialFingerprints: { proofgate: string } }[] }[] };
    assert.equal(s.runs[0]!.results[0]!.ruleId, 'precondition');
    assert.deepEqual(s.runs[0]!.tool.driver.rules, [{
      id: 'precondition', shortDescription: { text: 'Call precondition' }, help: { text: KIND_HELP.precondition.help },
      helpUri: 'https://github.com/proofgate/proofgate/blob/v0/docs/diagnostics.md#precondition',
    }]);
    assert.equal(s.runs[0]!.results[0]!.partialFingerprints.proofgate, r.diagnostics[0]!.fingerprint);
  });
});

describe('function globs and shards', () => {
  it('matches qualified names and their suffixes', () => {
    assert.ok(globMatcher('bump')('c::Counter::bump'));
    assert.ok(globMatcher('Counter::*')('c::Counter::bump'));
    assert.ok(globMatcher('c::**')('c::m::Counter::bump'));
    assert.ok(!globMatcher('Counter::*')('c::Counter::m::x'));
    assert.ok(!globMatcher('bum')('c::Counter::bump'));
  });
  it('splits work into disjoint, covering shards', () => {
    assert.deepEqual(parseShard('2/3'), { index: 2, count: 3 });
    assert.equal(parseShard('0/3'), undefined);
    assert.equal(parseShard('4/3'), undefined);
    const names = Array.from({ length: 100 }, (_, i) => `f${i}`);
    const counts = [1, 2, 3].map((i) => names.filter((n) => inShard(n, { index: i, count: 3 })).length);
    assert.equal(counts.reduce((a, b) => a + b), 100);
    assert.ok(counts.every((c) => c > 10));
  });
  it('keeps the version equal to package.json', () => {
    assert.equal(VERSION, JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});

describe('help per diagnostic kind', () => {
  const page = readFileSync(join(REPO_ROOT, 'docs', 'diagnostics.md'), 'utf8');
  it('docs/diagnostics.md has a section per kind, with the same help line the renderings print', () => {
    const headings = [...page.matchAll(/^## (\S+)$/gm)].map((m) => m[1]);
    assert.deepEqual(headings, Object.keys(KIND_HELP));
    for (const [kind, h] of Object.entries(KIND_HELP)) {
      const section = page.split(`## ${kind}\n`)[1]!.split('\n## ')[0]!;
      assert.ok(section.includes(`**${h.title}.**`), `${kind}: title`);
      assert.ok(section.includes(`Help: ${h.help}\n`), `${kind}: help line`);
      assert.ok(h.help.length < 200 && !h.help.includes('\n'), `${kind}: one short line`);
    }
  });
  it('every rendering of every kind carries its help and a link to its section', () => {
    for (const kind of Object.keys(KIND_HELP) as (keyof typeof KIND_HELP)[]) {
      const text = renderHuman(diag(kind, 'm', at(5, 5, 1)), sources);
      assert.match(text, new RegExp(`^  = help: ${KIND_HELP[kind].help.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
      assert.ok(text.endsWith(`  = note: for more information, see ${kindUrl(kind)}`));
      assert.equal(kindUrl(kind), `https://github.com/proofgate/proofgate/blob/v0/docs/diagnostics.md#${kind}`);
    }
  });
});
