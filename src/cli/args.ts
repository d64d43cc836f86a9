/**
 * Command-line options: each declared once with its help text, parsed strictly, and checked
 * into typed values. Bad usage is a UsageError: exit status 2 with one line on stderr.
 */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** Placeholder for the value in help (`N`, `DIR`, `human|json|sarif|github`). */
  value?: string;
  help: string;
}

export type Options = Record<string, OptionSpec>;
export type Values = Record<string, string | boolean | undefined>;

export interface CommandSpec {
  name: string;
  /** One line: what the command does. */
  about: string;
  /** The positional arguments, as shown in the usage line (`[PATH...]`). */
  positionals: string;
  /** What the positionals are, in a sentence. */
  positionalsHelp: string;
  options: Options;
  /** Lines after the options (exit status, examples). */
  footer?: string[];
}

export const HELP_OPTION: OptionSpec = { type: 'boolean', help: 'print this help' };

export function parse(args: string[], spec: CommandSpec): { values: Values; positionals: string[] } {
  const options = Object.fromEntries(Object.entries({ ...spec.options, help: HELP_OPTION }).map(([k, o]) => [k, k === 'help' ? { type: o.type, short: 'h' } : { type: o.type }]));
  try {
    const r = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: r.values as Values, positionals: r.positionals };
  } catch (e) {
    const first = (e as Error).message.split('\n')[0]!;
    throw new UsageError(`${first} (see \`proofgate ${spec.name} --help\`)`);
  }
}

/** A string option's value (undefined when absent). */
export function str(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

export function positiveInt(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${name} takes a positive whole number, got \`${v}\``);
  return Number(v);
}

export function oneOf<T extends string>(name: string, v: string | undefined, allowed: readonly T[]): T | undefined {
  if (v === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError(`--${name} must be one of ${allowed.join(', ')}, got \`${v}\``);
  return v as T;
}
