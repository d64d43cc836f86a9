/**
 * What every run leaves behind, whatever the token may do: the job summary (totals, mode,
 * one row per finding, the per-function results) and one workflow annotation per finding.
 * The summary stays under GitHub's 1 MiB limit on it (a larger one is not shown at all):
 * should the rows not all fit, errors come first and a note says how many more there are.
 */
import type { ResultsDiagnostic, ResultsFile } from '../report/results.js';
import { isVstdPath } from '../syntax/vstd-lib.js';
import { ranAnalysis } from './analysis.js';
import { clipped, fittingPrefix, STEP_SUMMARY_LIMIT, textSize } from './limits.js';
import { codeSpan, escapeText } from './markdown.js';
import type { PublishOutcome } from './publish.js';

export interface AnnotationSink {
  error(message: string, props: AnnotationProps): void;
  warning(message: string, props: AnnotationProps): void;
}

export interface AnnotationProps {
  title: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export function annotate(results: ResultsFile, sink: AnnotationSink): void {
  for (const d of results.diagnostics) {
    const props: AnnotationProps = { title: `proofgate: ${d.message}` };
    // Proofgate's vstd (`<vstd>/...`) is not in the repository: such an annotation has no position.
    if (!isVstdPath(d.file)) Object.assign(props, { file: d.file, startLine: d.line, endLine: d.endLine });
    // GitHub accepts columns only on single-line annotations.
    if (!isVstdPath(d.file) && d.line === d.endLine) Object.assign(props, { startColumn: d.column, endColumn: d.endColumn });
    (d.severity === 'error' ? sink.error : sink.warning).call(sink, d.rendered || d.message, props);
  }
}

function cell(text: string): string {
  return escapeText(text);
}

/** Caps on a summary row's parts, so that no one finding takes the summary's room. */
const CELL = { text: 2000, name: 500, cxRows: 10, cxText: 200 };

function findingRow(d: ResultsDiagnostic): string {
  const status = d.severity === 'error' ? '❌ error' : '⚠️ warning';
  const entries = Object.entries(d.counterexample ?? {});
  const cxCells = entries.slice(0, CELL.cxRows).map(([k, v]) => codeSpan(`${clipped(k, CELL.cxText)} = ${clipped(v, CELL.cxText)}`, true));
  if (entries.length > CELL.cxRows) cxCells.push(`… ${entries.length - CELL.cxRows} more`);
  const fn = d.function ? codeSpan(clipped(d.function, CELL.name), true) : '';
  return `| ${status} | ${codeSpan(`${clipped(d.file, CELL.name)}:${d.line}:${d.column}`, true)} | ${fn} | ${codeSpan(d.kind, true)} | ${cell(clipped(d.message, CELL.text))} | ${cxCells.join(', ')} |`;
}

/** Room the summary keeps under GitHub's limit (for what the runner adds, and the notes' own size). */
const SUMMARY_BUDGET = STEP_SUMMARY_LIMIT - 16 * 1024;

const FINDINGS_HEAD = '| | location | function | check | message | counterexample |\n| --- | --- | --- | --- | --- | --- |';
const UNITS_HEAD = '| function | location | status | ms |\n| --- | --- | --- | ---: |';

function unitRow(u: ResultsFile['units'][number]): string {
  return `| ${codeSpan(clipped(u.function, CELL.name), true)} | ${codeSpan(`${clipped(u.file, CELL.name)}:${u.line}`, true)} | ${u.status} | ${u.ms} |`;
}

/** The findings' table, within `budget`: all of them in order, else errors first and a note for the rest. */
function findingsTable(diagnostics: ResultsDiagnostic[], budget: number): string {
  const rowSize = (row: string) => textSize(row) + 1;
  const all = diagnostics.map(findingRow);
  if (all.reduce((n, r) => n + rowSize(r), 0) <= budget) return [FINDINGS_HEAD, ...all].join('\n');
  const ordered = [...diagnostics].sort((a, b) => (a.severity === 'error' ? 0 : 1) - (b.severity === 'error' ? 0 : 1));
  const shown = fittingPrefix(ordered.map(findingRow), budget, rowSize);
  const left = ordered.slice(shown.length);
  const errors = left.filter((d) => d.severity === 'error').length;
  return [
    [FINDINGS_HEAD, ...shown].join('\n'),
    `…and ${left.length} more finding(s) (${errors} error(s), ${left.length - errors} warning(s)) not listed: GitHub shows a job summary of at most 1 MiB. `
      + 'Each is an annotation of this step (the step log shows every one), and every finding is in the results file and the SARIF file (the step\'s `results-file` and `sarif-file` outputs).',
  ].join('\n\n');
}

function unitsDetails(units: ResultsFile['units'], budget: number): string {
  const shown = fittingPrefix(units.map(unitRow), budget, (row) => textSize(row) + 1);
  const more = units.length - shown.length;
  const note = more > 0 ? `${shown.length > 0 ? '\n\n' : ''}…and ${more} more, not listed for GitHub's 1 MiB limit on a job summary; the results file (the step's \`results-file\` output) lists every one.` : '';
  const table = shown.length > 0 ? `${UNITS_HEAD}\n${shown.join('\n')}` : '';
  return `<details><summary>Per-function results (${units.length})</summary>\n\n${table}${note}\n\n</details>`;
}

export interface SummaryContext {
  results: ResultsFile;
  modeReason: string;
  review: PublishOutcome | null;
  reviewSkipped: string | null;
  /** With `analyze: true`, why the value analysis did not run or failed (null: it ran, or was not asked for). */
  analysisNote?: string | null;
}

export function summaryMarkdown(ctx: SummaryContext): string {
  const { results } = ctx;
  const s = results.summary;
  const out: string[] = [];
  const ok = s.errors === 0;
  out.push(`## ${ok ? '✅' : '❌'} proofgate ${results.mode === 'verify' ? 'verification' : 'check (--no-verify)'}`);
  out.push(`Mode: ${codeSpan(results.mode)}: ${cell(ctx.modeReason)}. Solver: ${cell(results.tool.solver)}.`);
  // A --no-verify run proves nothing: its totals must not show a "verified" column.
  out.push(results.mode === 'verify'
    ? [
      '| verified | errors | functions | cached | seconds |',
      '| ---: | ---: | ---: | ---: | ---: |',
      `| ${s.verified} | ${s.errors} | ${s.functions} | ${s.cached} | ${s.seconds} |`,
    ].join('\n')
    : [
      '| items checked | errors | seconds |',
      '| ---: | ---: | ---: |',
      `| ${s.items ?? s.functions} | ${s.errors} | ${s.seconds} |`,
    ].join('\n'));
  if (ranAnalysis(results)) {
    out.push(`Value analysis: ${s.analyzed ?? 0} functions analysed, ${s.warnings ?? 0} warnings, ${s.skipped ?? 0} functions not analysed (each listed with the reason). Its warnings are possible run-time errors, not proofs; they fail the job only with analyze-deny-warnings.`);
  } else if (ctx.analysisNote) out.push(`Value analysis: ${cell(ctx.analysisNote)}.`);
  const review = reviewLine(ctx);
  // The findings take the room first, the per-function results what is left.
  const NOTES = 2048;
  let left = SUMMARY_BUDGET - textSize([...out, review].join('\n\n')) - NOTES;
  if (results.diagnostics.length > 0) {
    const table = findingsTable(results.diagnostics, left);
    left -= textSize(table);
    out.push(table);
  } else {
    out.push(results.mode === 'verify' ? 'Every obligation verified.' : 'No errors found (proofs were not run).');
  }
  if (results.units.length > 0) out.push(unitsDetails(results.units, left));
  out.push(review);
  return out.join('\n\n') + '\n';
}

function reviewLine(ctx: SummaryContext): string {
  if (ctx.reviewSkipped) return `Review: ${cell(ctx.reviewSkipped)}.`;
  const r = ctx.review;
  if (!r) return 'Review: none.';
  if (r.status !== 'published') return `Review: not published (${cell(r.note ?? r.status)}).`;
  const parts = [
    r.reviewPosted ? `posted ${r.inline} inline comment(s) and ${r.body} body row(s)` : 'nothing new to post',
    `${r.kept} earlier finding(s) still failing`,
    `${r.fixed} fixed comment(s) updated, ${r.resolved} thread(s) resolved`,
  ];
  if (r.movedToBody > 0) parts.push(`${r.movedToBody} comment(s) rejected by GitHub moved to the review body`);
  if (r.notInBody > 0) parts.push(`${r.notInBody} more finding(s) did not fit GitHub's limit on a review body and are listed here instead`);
  if (r.dismissed > 0) parts.push(`${r.dismissed} stale blocking review(s) dismissed`);
  if (r.uncertainPosts > 0) parts.push(`${r.uncertainPosts} review post(s) failed after GitHub may have stored them, so the pull request was read again and only what was missing posted`);
  return `Review: ${parts.join('; ')}.`;
}
