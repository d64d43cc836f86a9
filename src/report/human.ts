/**
 * rustc-style rendering:
 *
 *   error: precondition not satisfied
 *     --> cases/precondition.rs:25:5
 *      |
 *   25 |     checked_div(x, x - x)
 *      |     ^^^^^^^^^^^^^^^^^^^^^
 *      |
 *     ::: cases/precondition.rs:9:9
 *      |
 *   9  |         b != 0,
 *      |         ------ failed precondition
 *      |
 *      = note: counterexample: x = 0
 *      = help: establish the callee's `requires` before the call (...)
 *      = note: for more information, see https://.../docs/diagnostics.md#precondition
 */
import type { Span } from '../syntax/span.js';
import type { Diagnostic } from './diagnostic.js';
import { KIND_HELP, kindUrl } from './kinds.js';
import type { SourceSet } from './sources.js';

interface Snippet {
  span: Span;
  marker: '^' | '-';
  text?: string;
}

export function renderHuman(d: Diagnostic, sources: SourceSet): string {
  const snippets: Snippet[] = [{ span: d.span, marker: '^', text: d.primaryLabel }, ...d.labels.map((l) => ({ span: l.span, marker: '-' as const, text: l.message }))];
  const width = Math.max(...snippets.map((s) => String(s.span.line).length));
  const pad = ' '.repeat(width);
  const out: string[] = [`${d.severity}: ${d.message}`];
  snippets.forEach((s, i) => {
    const sameFileAsPrevious = i > 0 && snippets[i - 1]!.span.file === s.span.file;
    if (i === 0) out.push(`${pad}--> ${location(s.span)}`);
    else if (!sameFileAsPrevious || s.span.line !== snippets[i - 1]!.span.line) out.push(`${pad}::: ${location(s.span)}`);
    out.push(`${pad} |`);
    const map = sources.get(s.span.file);
    const raw = map ? map.lineText(s.span.line) : '';
    const endCol = s.span.endLine === s.span.line ? s.span.endColumn : raw.length + 1;
    // Positions in the displayed line (tabs shown as four spaces, as rustc does).
    const from = expandTabs(raw.slice(0, s.span.column - 1)).length;
    const to = Math.max(from + 1, expandTabs(raw.slice(0, endCol - 1)).length);
    const view = clip(expandTabs(raw), from, to);
    out.push(`${String(s.span.line).padEnd(width)} | ${view.text}`);
    out.push(`${pad} | ${' '.repeat(view.from)}${s.marker.repeat(view.to - view.from)}${s.text ? ' ' + s.text : ''}`);
  });
  const notes = [...(d.notes ?? [])];
  if (d.counterexample && Object.keys(d.counterexample).length > 0) notes.push(`counterexample: ${formatCounterexample(d.counterexample)}`);
  out.push(`${pad} |`);
  for (const n of notes) out.push(`${pad} = note: ${n}`);
  // As rustc's lints: what to do, then where to read more.
  out.push(`${pad} = help: ${KIND_HELP[d.kind].help}`);
  out.push(`${pad} = note: for more information, see ${kindUrl(d.kind)}`);
  return out.join('\n');
}

export function formatCounterexample(cex: Record<string, string>): string {
  return Object.entries(cex).map(([k, v]) => `${k} = ${withHex(v)}`).join(', ');
}

/** Addresses and masks read better in hex: `140737488355328 (0x8000_0000_0000)`. */
function withHex(v: string): string {
  if (!/^-?\d+$/.test(v)) return v;
  const n = BigInt(v);
  const abs = n < 0n ? -n : n;
  if (abs <= 0xffffn) return v;
  const hex = abs.toString(16).replace(/\B(?=(?:[0-9a-f]{4})+$)/g, '_');
  return `${v} (${n < 0n ? '-' : ''}0x${hex})`;
}

function location(s: Span): string {
  return `${s.file}:${s.line}:${s.column}`;
}

/** Longest source line shown whole; longer ones are cut to a window around the span. */
const MAX_LINE = 160;

/** The line as shown, and the span's [from, to) in it. */
function clip(line: string, from: number, to: number): { text: string; from: number; to: number } {
  if (line.length <= MAX_LINE) return { text: line, from, to };
  const start = Math.max(0, Math.min(from - 40, line.length - MAX_LINE));
  const end = start + MAX_LINE;
  const head = start > 0 ? '...' : '';
  const text = head + line.slice(start, end) + (end < line.length ? '...' : '');
  const shift = head.length - start;
  return { text, from: from + shift, to: Math.min(to, end) + shift };
}

function expandTabs(s: string): string {
  return s.replace(/\t/g, '    ');
}
