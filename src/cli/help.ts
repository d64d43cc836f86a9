/** `proofgate --help` and `proofgate COMMAND --help`, made from the commands' option specs. */
import { HELP_OPTION, type CommandSpec } from './args.js';

const COLUMN = 34;

export function commandHelp(spec: CommandSpec): string {
  const out = [`proofgate ${spec.name}: ${spec.about}`, '', `usage: proofgate ${spec.name} ${spec.positionals} [OPTIONS]`, '', `  ${spec.positionals}`, indent(spec.positionalsHelp, 6), '', 'options:'];
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP_OPTION })) {
    const flag = `  ${name === 'help' ? '-h, ' : ''}--${name}${o.value ? ' ' + o.value : ''}`;
    const lines = wrap(o.help, 100 - COLUMN);
    out.push(flag.length < COLUMN - 1 ? flag.padEnd(COLUMN) + lines[0] : `${flag}\n${' '.repeat(COLUMN)}${lines[0]}`);
    for (const l of lines.slice(1)) out.push(' '.repeat(COLUMN) + l);
  }
  if (spec.footer) out.push('', ...spec.footer);
  return out.join('\n');
}

export function mainHelp(commands: CommandSpec[]): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    'proofgate: prove Verus-style specifications of Rust code with Z3',
    '',
    'usage: proofgate COMMAND [ARGS...]',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.about}`),
    '',
    'options:',
    `  ${'-h, --help'.padEnd(15)}print this help (\`proofgate COMMAND --help\` describes each command's flags)`,
    `  ${'-V, --version'.padEnd(15)}print the version`,
    '',
    'Exit status: 0 no errors; 1 at least one error (or a failing test); 2 usage or internal failure.',
  ].join('\n');
}

function indent(text: string, n: number): string {
  return wrap(text, 100 - n).map((l) => ' '.repeat(n) + l).join('\n');
}

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let cur = '';
  for (const word of text.split(/\s+/)) {
    if (cur && cur.length + 1 + word.length > width) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  lines.push(cur);
  return lines;
}
