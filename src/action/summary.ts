/**
 * What every run leaves behind, whatever the token may do: the job summary (totals, mode,
 * one row per finding, the per-function results) and one workflow annotation per finding.
 */
import type { ResultsDiagnostic, ResultsFile } from '../report/results.js';
import { ranAnalysis } from './analysis.js';
import { codeSpan, escapeText } from './markdown.js';
import type { PublishOutcome } from './publish.js';

export interface AnnotationSink {
  error(message: string, props: AnnotationProps): void;
  warning(message: string, props: AnnotationProps): void;
}

export interface AnnotationProps {
  title: string;
  file: string;
  startLine: number;
  endLine: number;
  startColumn?: number;
  endColumn?: number;
}

export function annotate(results: ResultsFile, sink: AnnotationSink): void {
  for (const d of results.diagnostics) {
    const props: AnnotationProps = { title: `proofgate: ${d.message}`, file: d.file, startLine: d.line, endLine: d.endLine };
    // GitHub accepts columns only on single-line annotations.
    if (d.line === d.endLine) Object.assign(props, { startColumn: d.column, endColumn: d.endColumn });
    (d.severity === 'error' ? sink.error : sink.warning).call(sink, d.rendered || d.message, props);
  }
}

function cell(text: string): string {
  return escapeText(text);
}

function findingRow(d: ResultsDiagnostic): string {
  const status = d.severity === 'error' ? '❌ error' : '⚠️ warning';
  const cx = d.counterexample && Object.keys(d.counterexample).length > 0
    ? Object.entries(d.counterexample).map(([k, v]) => codeSpan(`${k} = ${v}`, true)).join(', ')
    : '';
  return `| ${status} | ${codeSpan(`${d.file}:${d.line}:${d.column}`, true)} | ${d.function ? codeSpan(d.function, true) : ''} | ${codeSpan(d.kind, true)} | ${cell(d.message)} | ${cx} |`;
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
  if (results.diagnostics.length > 0) {
    out.push([
      '| | location | function | check | message | counterexample |',
      '| --- | --- | --- | --- | --- | --- |',
      ...results.diagnostics.map(findingRow),
    ].join('\n'));
  } else {
    out.push(results.mode === 'verify' ? 'Every obligation verified.' : 'No errors found (proofs were not run).');
  }
  if (results.units.length > 0) {
    const rows = results.units.map((u) => `| ${codeSpan(u.function, true)} | ${codeSpan(`${u.file}:${u.line}`, true)} | ${u.status} | ${u.ms} |`);
    out.push(`<details><summary>Per-function results (${results.units.length})</summary>\n\n| function | location | status | ms |\n| --- | --- | --- | ---: |\n${rows.join('\n')}\n\n</details>`);
  }
  out.push(reviewLine(ctx));
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
  if (r.dismissed > 0) parts.push(`${r.dismissed} stale blocking review(s) dismissed`);
  if (r.uncertainPosts > 0) parts.push(`${r.uncertainPosts} review post(s) failed after GitHub may have stored them, so the pull request was read again and only what was missing posted`);
  return `Review: ${parts.join('; ')}.`;
}
