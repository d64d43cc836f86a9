/**
 * Reads what a real Verus run prints (engine: verus): rustc's JSON diagnostics
 * (`--error-format=json`, one JSON object per line, also wrapped in cargo's
 * `--message-format=json` `compiler-message` records) and Verus's summary line
 * `verification results:: N verified, M errors`, into our Diagnostic type.
 *
 * Nothing is dropped: a line that is neither a diagnostic we can read, a record we know to
 * carry none (cargo's artifacts, rustc's `aborting due to` notes), a blank line nor the
 * summary becomes a `verifier-output` error at its line of the output; so does a summary
 * that counts more errors than the output showed.
 */
import { diag, type Diagnostic, type DiagnosticKind, type Label } from './diagnostic.js';
import type { Span } from '../syntax/span.js';

export interface VerusSummary {
  verified: number;
  errors: number;
}

export interface VerusOutput {
  diagnostics: Diagnostic[];
  /** Verus's own count, when its summary line was in the output (compile errors stop it before). */
  summary: VerusSummary | null;
}

export interface VerusOutputOptions {
  /** The text of a source file, to give spans their offsets (the clause text, the rendering). */
  sourceText?: (file: string) => string | undefined;
  /** Rewrites rustc's file names (relative to where rustc ran) to the paths reported. */
  mapPath?: (file: string) => string;
  /** The name the output is reported under, for lines that are not understood. */
  outputName?: string;
}

/** rustc's documented JSON span (the fields we read). */
interface RustcSpan {
  file_name: string;
  byte_start: number;
  byte_end: number;
  line_start: number;
  line_end: number;
  column_start: number;
  column_end: number;
  is_primary: boolean;
  label: string | null;
  expansion?: { span: RustcSpan } | null;
}

interface RustcDiagnostic {
  message: string;
  code?: { code: string } | null;
  level: string;
  spans: RustcSpan[];
  children?: RustcDiagnostic[];
  rendered?: string | null;
}

const SUMMARY = /^verification results:: (\d+) verified, (\d+) errors?\b/;

/** Cargo records that carry no diagnostic. */
const CARGO_NON_MESSAGES = new Set(['compiler-artifact', 'build-script-executed', 'build-finished']);
/** rustc records (`$message_type`) that carry no diagnostic. */
const RUSTC_NON_DIAGNOSTICS = new Set(['artifact', 'unused_extern', 'section_timing']);

/** Verus's wording (LANGUAGE.md's table) to our kinds; the first match wins. */
const VERIFICATION_KINDS: [RegExp, DiagnosticKind][] = [
  [/^precondition not met: index in bounds/, 'index'],
  [/^precondition not satisfied/, 'precondition'],
  [/^postcondition not satisfied/, 'postcondition'],
  [/^assertion failed/, 'assertion'],
  [/^invariant not satisfied before loop/, 'invariant-entry'],
  [/^invariant not satisfied at end of loop body/, 'invariant-end'],
  [/^loop invariant not satisfied/, 'invariant-break'],
  [/^decreases not satisfied|^loop must have a decreases clause/, 'decreases'],
  [/^could not prove termination/, 'termination'],
  [/^possible arithmetic underflow\/overflow/, 'overflow'],
  [/^possible division by zero/, 'division'],
  [/^possible bit shift underflow\/overflow/, 'shift'],
  [/type invariant/, 'type-invariant'],
  [/rlimit|Resource limit|solver returned unknown|timed? ?out/i, 'timeout'],
];

const VERIFICATION_KIND_SET = new Set<DiagnosticKind>(VERIFICATION_KINDS.map(([, k]) => k));

/** The kind of a rustc/Verus diagnostic, from its message and error code. */
export function kindOfMessage(message: string, code: string | null): DiagnosticKind {
  for (const [re, kind] of VERIFICATION_KINDS) if (re.test(message)) return kind;
  if (/^(not supported|unsupported)\b|is not supported/i.test(message)) return 'unsupported';
  if (/\bmode (spec|proof|exec)\b|\bwith mode\b|\bghost\b|\btracked\b/i.test(message)) return 'mode';
  if (!code && /^(expected|unexpected|unclosed|unterminated|mismatched closing|this file contains an unclosed)/i.test(message)) return 'syntax';
  // Any other compile error: rustc (or Verus's checks before proving) rejected the code.
  return 'type';
}

export function parseVerusOutput(text: string, opts: VerusOutputOptions = {}): VerusOutput {
  return parseVerusStreams([{ name: opts.outputName ?? 'verus-output', text }], opts);
}

/** One stream of a command's output. */
export interface OutputStream {
  /** What unreadable lines are reported under (their line numbers count in this stream). */
  name: string;
  text: string;
  /**
   * Only JSON records and summary lines are read; other lines are the command's log (cargo's
   * `Compiling ...` on stderr) and are left to the caller to show. Default: every line is read.
   */
  jsonOnly?: boolean;
}

/**
 * Several streams read as one output (rustc writes its JSON diagnostics to stderr, Verus its
 * summary to stdout): the summary's count is checked against the diagnostics of all of them,
 * and several summary lines (one per crate) add up.
 */
export function parseVerusStreams(streams: OutputStream[], opts: VerusOutputOptions = {}): VerusOutput {
  const out = new OutputReader(opts);
  for (const stream of streams) {
    out.outputName = stream.name;
    stream.text.split('\n').forEach((raw, i) => {
      const line = raw.replace(/\r$/, '');
      if (stream.jsonOnly && !line.trim().startsWith('{') && !SUMMARY.test(line.trim())) return;
      out.line(line, i + 1);
    });
  }
  out.outputName = streams[0]?.name ?? 'verus-output';
  return out.finish();
}

class OutputReader {
  private readonly diagnostics: Diagnostic[] = [];
  private summary: VerusSummary | null = null;
  /** Per file, the offsets where its lines start (null: the text is not known). */
  private readonly lineStarts = new Map<string, number[] | null>();
  /** The stream being read (for lines that are not understood). */
  outputName: string;

  constructor(private readonly opts: VerusOutputOptions) {
    this.outputName = opts.outputName ?? 'verus-output';
  }

  line(line: string, lineNo: number): void {
    const t = line.trim();
    if (t === '') return;
    const summary = SUMMARY.exec(t);
    if (summary) {
      // One summary per verified crate: they add up.
      this.summary = { verified: (this.summary?.verified ?? 0) + Number(summary[1]), errors: (this.summary?.errors ?? 0) + Number(summary[2]) };
      return;
    }
    if (!t.startsWith('{')) return this.notUnderstood(`unrecognised line in the verifier's output: ${clip(t)}`, lineNo);
    let value: unknown;
    try {
      value = JSON.parse(t);
    } catch {
      return this.notUnderstood(`malformed JSON diagnostic in the verifier's output: ${clip(t)}`, lineNo);
    }
    this.record(value, t, lineNo);
  }

  private record(value: unknown, text: string, lineNo: number): void {
    if (!isObject(value)) return this.notUnderstood(`unrecognised JSON in the verifier's output: ${clip(text)}`, lineNo);
    if (typeof value.reason === 'string') {
      if (CARGO_NON_MESSAGES.has(value.reason)) return;
      if (value.reason === 'compiler-message') return this.record(value.message, text, lineNo);
      return this.notUnderstood(`unknown cargo record \`${value.reason}\` in the verifier's output: ${clip(text)}`, lineNo);
    }
    const type = value.$message_type;
    if (typeof type === 'string' && RUSTC_NON_DIAGNOSTICS.has(type)) return;
    if (type === 'future_incompat' && Array.isArray(value.future_incompat_report)) {
      for (const r of value.future_incompat_report) this.record(isObject(r) ? r.diagnostic : r, text, lineNo);
      return;
    }
    if (type !== undefined && type !== 'diagnostic') return this.notUnderstood(`unknown rustc record \`${String(type)}\` in the verifier's output: ${clip(text)}`, lineNo);
    if (!isDiagnostic(value)) return this.notUnderstood(`malformed JSON diagnostic in the verifier's output: ${clip(text)}`, lineNo);
    this.diagnostic(value, lineNo);
  }

  private diagnostic(d: RustcDiagnostic, lineNo: number): void {
    const level = d.level;
    // rustc's closing notes repeat what the diagnostics said.
    if (level === 'failure-note' || /^aborting due to\b/.test(d.message) || /^For more information about/.test(d.message)) return;
    const severity = level === 'warning' ? 'warning' : 'error';
    if (level !== 'error' && level !== 'warning' && !level.startsWith('error')) {
      // A lone note or help: keep it, as a warning, rather than drop it.
      this.diagnostics.push(diag('verifier-output', `${level}: ${d.message}`, this.outputSpan(lineNo), { severity: 'warning', labels: [] }));
      return;
    }
    const primary = d.spans.find((s) => s.is_primary) ?? d.spans[0];
    const labels: Label[] = d.spans.filter((s) => s !== primary).map((s) => ({ message: s.label ?? '', span: this.span(s) }));
    const notes: string[] = [];
    for (const c of d.children ?? []) {
      if (c.spans.length > 0) for (const s of c.spans) labels.push({ message: s.label ?? c.message, span: this.span(s) });
      else if (c.message) notes.push(c.level === 'note' ? c.message : `${c.level}: ${c.message}`);
    }
    const code = d.code?.code ?? null;
    this.diagnostics.push(diag(kindOfMessage(d.message, code), code ? `${d.message} [${code}]` : d.message, primary ? this.span(primary) : this.outputSpan(lineNo), {
      severity,
      labels,
      ...(primary?.label ? { primaryLabel: primary.label } : {}),
      ...(notes.length ? { notes } : {}),
    }));
  }

  finish(): VerusOutput {
    if (this.summary) {
      const shown = this.diagnostics.filter((d) => d.severity === 'error' && VERIFICATION_KIND_SET.has(d.kind)).length;
      if (this.summary.errors > shown) {
        this.diagnostics.push(diag('verifier-output', `the verifier reported ${this.summary.errors} errors, its output held ${shown}`, this.outputSpan(1)));
      }
    }
    return { diagnostics: this.diagnostics, summary: this.summary };
  }

  private notUnderstood(message: string, lineNo: number): void {
    this.diagnostics.push(diag('verifier-output', message, this.outputSpan(lineNo)));
  }

  private outputSpan(lineNo: number): Span {
    return { file: this.outputName, start: 0, end: 0, line: lineNo, column: 1, endLine: lineNo, endColumn: 1 };
  }

  /** Our span for a rustc span: a macro's span goes to its call site; offsets from the file when known. */
  private span(s: RustcSpan): Span {
    let site = s;
    for (let depth = 0; site.file_name.startsWith('<') && site.expansion && depth < 32; depth++) site = site.expansion.span;
    const file = this.opts.mapPath ? this.opts.mapPath(site.file_name) : site.file_name;
    const starts = this.starts(file);
    // rustc's columns count characters; our offsets are UTF-16 units (equal but for astral characters).
    const offset = (line: number, column: number) => (starts && starts[line - 1] !== undefined ? starts[line - 1]! + column - 1 : undefined);
    const start = offset(site.line_start, site.column_start) ?? site.byte_start;
    const end = offset(site.line_end, site.column_end) ?? site.byte_end;
    return { file, start, end, line: site.line_start, column: site.column_start, endLine: site.line_end, endColumn: site.column_end };
  }

  private starts(file: string): number[] | null {
    if (!this.lineStarts.has(file)) {
      const text = this.opts.sourceText?.(file);
      let starts: number[] | null = null;
      if (text !== undefined) {
        starts = [0];
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      }
      this.lineStarts.set(file, starts);
    }
    return this.lineStarts.get(file)!;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isSpan(v: unknown): v is RustcSpan {
  return isObject(v) && typeof v.file_name === 'string' && typeof v.is_primary === 'boolean'
    && ['byte_start', 'byte_end', 'line_start', 'line_end', 'column_start', 'column_end'].every((k) => Number.isInteger(v[k]) && (v[k] as number) >= (k.startsWith('byte') ? 0 : 1));
}

function isDiagnostic(v: unknown): v is RustcDiagnostic {
  return isObject(v) && typeof v.message === 'string' && typeof v.level === 'string' && Array.isArray(v.spans) && v.spans.every(isSpan)
    && (v.children === undefined || (Array.isArray(v.children) && v.children.every(isDiagnostic)));
}

function clip(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
