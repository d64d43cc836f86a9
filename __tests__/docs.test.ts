/**
 * docs/ says what the code does: every CLI flag is in docs/cli.md, every Action input and
 * output of action.yml is in docs/action.md with its default, and the README links them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { COMMANDS } from '../src/cli/commands.js';
import { REPO_ROOT } from './support/paths.js';
import { parseYaml } from './support/yaml.js';

const read = (p: string) => readFileSync(join(REPO_ROOT, p), 'utf8');

interface ActionYml {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

describe('docs', () => {
  it('docs/cli.md documents every command and flag', () => {
    const doc = read('docs/cli.md');
    for (const spec of COMMANDS) {
      assert.match(doc, new RegExp(`^## \`proofgate ${spec.name}\\b`, 'm'), spec.name);
      for (const name of Object.keys(spec.options)) assert.ok(doc.includes(`\`--${name}`), `docs/cli.md: --${name} of ${spec.name}`);
    }
  });

  it('docs/action.md documents every input with its default, and every output', () => {
    const action = parseYaml(read('action.yml'), 'action.yml') as ActionYml;
    const doc = read('docs/action.md');
    assert.equal(action.runs.using, 'node24');
    assert.equal(action.runs.main, 'dist/index.js');
    for (const [name, input] of Object.entries(action.inputs)) {
      const row = doc.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      assert.ok(row, `docs/action.md: input ${name}`);
      const def = row.split('|')[2]!.trim();
      if (input.default) assert.equal(def, `\`${input.default}\``, `input ${name}: default`);
      else assert.match(def, /^\(.+\)$/, `input ${name}: no default, said in parentheses`);
    }
    for (const name of Object.keys(action.outputs)) assert.ok(doc.includes(`| \`${name}\` |`), `docs/action.md: output ${name}`);
  });

  it('the README links the docs and names the inputs and outputs of action.yml', () => {
    const readme = read('README.md');
    for (const f of ['docs/cli.md', 'docs/results.md', 'docs/results.schema.json', 'docs/action.md', 'docs/diagnostics.md']) assert.ok(readme.includes(`(${f})`), f);
    const action = parseYaml(read('action.yml'), 'action.yml') as ActionYml;
    for (const name of [...Object.keys(action.inputs), ...Object.keys(action.outputs)]) assert.ok(readme.includes(`\`${name}\``), `README: ${name}`);
  });
});
