/**
 * `--color auto|always|never`, and rustc's colours on the human rendering: the level in bold
 * red or yellow, the gutter and `-->` in bold blue, `^^^` in the level's colour, `---` blue.
 * The rendering itself (src/report/human.ts) stays plain text: the results file holds it.
 */
export type ColorChoice = 'auto' | 'always' | 'never';
export const COLOR_CHOICES = ['auto', 'always', 'never'] as const;

/** `auto`: only on a terminal, and never when NO_COLOR is set to anything but '' (no-color.org) or TERM is dumb. */
export function wantsColor(choice: ColorChoice, stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  if (choice !== 'auto') return choice === 'always';
  return stream.isTTY === true && !env.NO_COLOR && env.TERM !== 'dumb';
}

const sgr = (code: string) => (s: string) => (s === '' ? s : `\x1b[${code}m${s}\x1b[0m`);
const bold = sgr('1');
const red = sgr('1;31');
const yellow = sgr('1;33');
const blue = sgr('1;34');

/** One rendered diagnostic (human.ts's layout), coloured. */
export function colorize(rendered: string): string {
  const lines = rendered.split('\n');
  const level = /^warning/.test(lines[0] ?? '') ? yellow : red;
  return lines.map((line, i) => {
    let m: RegExpExecArray | null;
    if (i === 0 && (m = /^(error|warning)(: )(.*)$/.exec(line))) return level(m[1]!) + bold(m[2]! + m[3]!);
    if ((m = /^(\s*)(-->|:::)( .*)$/.exec(line))) return m[1]! + blue(m[2]!) + m[3]!;
    if ((m = /^(\s*)(=)( (?:note|help):)(.*)$/.exec(line))) return m[1]! + blue(m[2]!) + bold(m[3]!) + m[4]!;
    if ((m = /^(\d*\s*)(\|)(.*)$/.exec(line))) {
      const gutter = blue(m[1]! + m[2]!);
      // A line under the gutter with no number is a marker line: colour ^^^ and --- with their labels.
      const marks = /^\s*$/.test(m[1]!) ? /^(\s*)(\^+|-+)(.*)$/.exec(m[3]!) : null;
      if (!marks) return gutter + m[3]!;
      const paint = marks[2]!.startsWith('^') ? level : blue;
      return gutter + marks[1]! + paint(marks[2]! + marks[3]!);
    }
    return line;
  }).join('\n');
}
