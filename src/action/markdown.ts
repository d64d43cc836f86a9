/**
 * Markdown for review comments, review bodies and the job summary. Anything that came
 * from source files or the engine is escaped: plain text is backslash-escaped, code goes
 * in spans or fences longer than any backtick run inside it, and the hidden marker only
 * ever holds the fingerprint's safe characters.
 */
import type { ResultsDiagnostic, ResultsFile } from '../report/results.js';
import { isVstdPath } from '../syntax/vstd-lib.js';
import { BODY_LIMIT, clip, clipped, textSize } from './limits.js';

/**
 * The bot's marker is the trailer of what it writes: the last thing in a comment body or in
 * a review body row. It is read there only, by position, so marker-like text quoted from a
 * source file (or anywhere else in the body) is never taken for it.
 */
const TRAILER_RE = /<!-- proofgate:fingerprint=([A-Za-z0-9]+)(?:;kind=([a-z-]+))?(;fixed)? -->\s*$/;

/**
 * Breaks HTML-comment openers in quoted text (a zero-width space after `<!`), so source
 * text can never carry a marker of ours, not even for a parser that searches the body.
 */
export function neutralizeMarkers(text: string): string {
  return text.replace(/<!--/g, '<!\u200B--');
}

/** Escapes text so Markdown shows it literally, on one line (tables and lists need that). */
export function escapeText(text: string): string {
  return text
    .replace(/\r?\n/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, (c) => `\\${c}`)
    .replace(/@/g, '&#64;'); // no @mentions from source text
}

/** A one-line code span that survives any backticks and pipes inside. */
export function codeSpan(text: string, inTable = false): string {
  let body = neutralizeMarkers(text).replace(/\r?\n/g, ' ');
  if (inTable) body = body.replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(body.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(longest + 1);
  const pad = body.startsWith('`') || body.endsWith('`') || body === '' ? ' ' : '';
  return `${ticks}${pad}${body}${pad}${ticks}`;
}

/** A fenced block whose fence is longer than any backtick run in the text. */
export function codeBlock(quoted: string, lang = ''): string {
  const text = neutralizeMarkers(quoted);
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\s+$/, '')}\n${fence}`;
}

function safeFingerprint(fp: string): string {
  return fp.replace(/[^A-Za-z0-9]/g, '');
}

/** What a warning's marker says before its kind: a warning is never state for an error, nor the reverse. */
export const WARNING_PREFIX = 'warning-';

/**
 * The kind a marker records: a warning's kind is prefixed (`warning-overflow`), so an earlier
 * warning (the value analysis's) is told apart from an error of the same kind, and only a
 * run that could report it again can call it gone (publish.ts, absenceMeansFixed).
 */
export function markerKind(d: Pick<ResultsDiagnostic, 'kind'> & { severity?: ResultsDiagnostic['severity'] }): string {
  return d.severity === 'warning' ? `${WARNING_PREFIX}${d.kind}` : d.kind;
}

/** Whether a marker's kind is a warning's. */
export function isWarningKind(kind: string | null): boolean {
  return kind !== null && kind.startsWith(WARNING_PREFIX);
}

export function fingerprintMarker(d: Pick<ResultsDiagnostic, 'fingerprint' | 'kind'> & { severity?: ResultsDiagnostic['severity'] }, fixed = false): string {
  return `<!-- proofgate:fingerprint=${safeFingerprint(d.fingerprint)};kind=${markerKind(d)}${fixed ? ';fixed' : ''} -->`;
}

/** A marker again, from what was parsed of it (its kind kept as recorded). */
function markerAgain(marker: ParsedMarker, fixed: boolean): string {
  return `<!-- proofgate:fingerprint=${safeFingerprint(marker.fingerprint)};kind=${marker.kind ?? 'assertion'}${fixed ? ';fixed' : ''} -->`;
}

export interface ParsedMarker {
  fingerprint: string;
  kind: string | null;
  fixed: boolean;
}

/** The marker trailing `body` (a comment body, or one row of a review body), if any. */
export function parseMarker(body: string | null | undefined): ParsedMarker | null {
  const m = TRAILER_RE.exec(body ?? '');
  return m ? { fingerprint: m[1]!, kind: m[2] ?? null, fixed: m[3] !== undefined } : null;
}

export function location(d: Pick<ResultsDiagnostic, 'file' | 'line' | 'column'>): string {
  return `${d.file}:${d.line}:${d.column}`;
}

function counterexampleTable(cx: Record<string, string>): string {
  const rows = Object.entries(cx).map(([k, v]) => `| ${codeSpan(k, true)} | ${codeSpan(v, true)} |`);
  return ['| variable | value |', '| --- | --- |', ...rows].join('\n');
}

/** The label naming the failing clause (`failed this precondition`, ...), if it is not the primary span. */
export function failedLabel(d: ResultsDiagnostic): ResultsDiagnostic['labels'][number] | undefined {
  return d.labels.find((l) => l.message.startsWith('failed'));
}

/**
 * An inline (or body) comment for one finding: the message, the failing clause quoted
 * from the engine's `clause` field, the counterexample, the full rendered diagnostic, the marker.
 * It always fits GitHub's limit on a comment body with room for its later "fixed" edit:
 * a finding too large (a huge counterexample or message) is cut, with a note saying so.
 */
export function findingComment(d: ResultsDiagnostic, clause: string | null, blobBase?: string): string {
  const whole = commentText(d, clause, blobBase, false);
  if (textSize(whole) <= COMMENT_BUDGET) return whole;
  for (const caps of [ROOMY, TIGHT]) {
    const text = commentText(clipFinding(d, caps), clause === null ? null : clipped(clause, caps.clause), blobBase, true);
    if (textSize(text) <= COMMENT_BUDGET) return text;
  }
  // TIGHT's caps keep any finding far under the budget; this only guarantees it.
  const marker = fingerprintMarker(d);
  return `${clipped(commentText(clipFinding(d, TIGHT), null, undefined, true), COMMENT_BUDGET - textSize(marker) - 2)}\n\n${marker}`;
}

/** Room a comment keeps under GitHub's limit for fixedComment's header and fold. */
const FIXED_EDIT_ROOM = 1024;
const COMMENT_BUDGET = BODY_LIMIT - FIXED_EDIT_ROOM;

/** Caps (in textSize units) on each part of a finding, applied only to a finding that does not fit. */
interface Caps { message: number; fn: number; label: number; clause: number; cxRows: number; cxText: number; rendered: number }
const ROOMY: Caps = { message: 4000, fn: 1000, label: 1000, clause: 10_000, cxRows: 40, cxText: 400, rendered: 16_000 };
const TIGHT: Caps = { message: 1000, fn: 200, label: 200, clause: 2000, cxRows: 10, cxText: 100, rendered: 4000 };
/** A review body row is one line of a list: always capped so. */
const ROW: Caps = { message: 1000, fn: 300, label: 300, clause: 500, cxRows: 10, cxText: 200, rendered: 0 };

/** A counterexample with at most `rows` entries, each name and value clipped (a last entry says how many are left out). */
function clipCounterexample(cx: Record<string, string> | undefined, caps: Caps): Record<string, string> | undefined {
  if (!cx) return cx;
  const entries = Object.entries(cx);
  const kept = entries.slice(0, caps.cxRows).map(([k, v]) => [clipped(k, caps.cxText), clipped(v, caps.cxText)] as const);
  if (entries.length > caps.cxRows) kept.push(['…', `${entries.length - caps.cxRows} more`]);
  return Object.fromEntries(kept);
}

function clipFinding(d: ResultsDiagnostic, caps: Caps): ResultsDiagnostic {
  return {
    ...d,
    message: clipped(d.message, caps.message),
    ...(d.function !== undefined ? { function: clipped(d.function, caps.fn) } : {}),
    labels: d.labels.map((l) => ({ ...l, message: clipped(l.message, caps.label), file: clipped(l.file, caps.label) })),
    ...(d.counterexample ? { counterexample: clipCounterexample(d.counterexample, caps) } : {}),
    rendered: clip(d.rendered, caps.rendered).text,
  };
}

const CUT_NOTE = '✂️ Cut to fit GitHub\'s 65,536-character limit on a comment (`…` marks each cut): the annotation in the step log, the results file and the SARIF file (the step\'s `results-file` and `sarif-file` outputs) hold the whole finding.';

function commentText(d: ResultsDiagnostic, clause: string | null, blobBase: string | undefined, cut: boolean): string {
  const parts: string[] = [];
  const where = d.function ? ` in ${codeSpan(d.function)}` : '';
  parts.push(d.severity === 'warning'
    ? `⚠️ **proofgate warning: ${escapeText(d.message)}** (${codeSpan(d.kind)}, value analysis)${where}\n\nA possible run-time error the value analysis could not rule out, or code it could not read: not a failed proof, and it does not fail the job unless analyze-deny-warnings is set.`
    : `**proofgate: ${escapeText(d.message)}** (${codeSpan(d.kind)})${where}`);
  if (clause) {
    // Where the clause is, as the engine picks it: the `failed ...` label (a callee's
    // requires, a broken invariant), else the primary span (an ensures clause, an assert).
    const label = failedLabel(d);
    const at = label ? ` (${codeSpan(`${label.file}:${label.line}`)}, ${escapeText(label.message)})` : '';
    parts.push(`${d.severity === 'warning' ? 'Code' : 'Failing clause'}${at}:\n\n${codeBlock(clause, 'rust')}`);
    // A clause in another file is off the diff: a permalink at the verified commit shows it.
    // Proofgate's vstd (`<vstd>/...`) is not in the repository: no permalink to it.
    if (label && blobBase && label.file !== d.file && !isVstdPath(label.file)) parts.push(`[${escapeText(`${label.file}:${label.line}`)} at the head commit](${permalink(blobBase, label.file, label.line)})`);
  }
  if (d.counterexample && Object.keys(d.counterexample).length > 0) {
    parts.push(`Counterexample:\n\n${counterexampleTable(d.counterexample)}`);
  }
  if (d.rendered !== '') parts.push(`<details><summary>Full diagnostic</summary>\n\n${codeBlock(d.rendered, 'text')}\n\n</details>`);
  if (cut) parts.push(CUT_NOTE);
  parts.push(fingerprintMarker(d));
  return parts.join('\n\n');
}

/** `https://github.com/OWNER/REPO/blob/SHA`: the base of permalinks to files at the verified commit. */
export function blobBaseUrl(serverUrl: string, owner: string, repo: string, sha: string): string {
  return `${serverUrl.replace(/\/+$/, '')}/${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/blob/${sha}`;
}

/** A permalink to one line of a repository-relative file (GitHub shows it as a code snippet). */
export function permalink(blobBase: string, file: string, line: number): string {
  const path = file.replace(/\\/g, '/').replace(/^\.\//, '').split('/').map(encodeURIComponent).join('/');
  return `${blobBase}/${path}#L${line}`;
}

/** The edited text of a comment whose finding now verifies; the old text stays, folded. */
export function fixedComment(previousBody: string, marker: ParsedMarker, mode: ResultsFile['mode']): string {
  // An earlier comment near GitHub's limit (one written before comments kept room for this edit) is cut.
  const previous = clipped(previousBody.replace(TRAILER_RE, '').trim(), BODY_LIMIT - FIXED_EDIT_ROOM);
  const what = isWarningKind(marker.kind) ? 'is no longer reported by the value analysis' : mode === 'verify' ? 'now verifies' : 'now passes the checks';
  return [
    `✅ **proofgate: this ${what}.** The finding below is no longer reported.`,
    `<details><summary>Earlier finding</summary>\n\n${previous}\n\n</details>`,
    markerAgain(marker, true),
  ].join('\n\n');
}

/** One line of the review body for a finding that has no inline comment (its parts capped: see ROW). */
export function bodyRow(finding: ResultsDiagnostic, fullClause: string | null): string {
  const d = clipFinding(finding, ROW);
  const clause = fullClause === null ? null : clipped(fullClause, ROW.clause);
  const fn = d.function ? ` in ${codeSpan(d.function)}` : '';
  const cl = clause ? `: ${codeSpan(clause)}` : '';
  const cx = d.counterexample && Object.keys(d.counterexample).length > 0
    ? ` (counterexample: ${Object.entries(d.counterexample).map(([k, v]) => codeSpan(`${k} = ${v}`)).join(', ')})`
    : '';
  const icon = d.severity === 'warning' ? '⚠️ warning:' : '❌';
  return `- ${icon} ${codeSpan(location(d))} **${escapeText(d.message)}**${fn}${cl}${cx} ${fingerprintMarker(d)}`;
}

/** Turns a body row into its "now verifies" form (the line keeps its marker, marked fixed). */
export function fixedBodyRow(row: string): string {
  const marker = parseMarker(row);
  if (!marker || marker.fixed) return row;
  const text = row.replace(TRAILER_RE, '').replace(/^- (❌|⚠️ warning:) /, '').trim();
  const what = isWarningKind(marker.kind) ? 'no longer reported by the value analysis' : 'now verifies';
  return `- ✅ ${what}: ~~${text}~~ ${markerAgain(marker, true)}`;
}

export const REVIEW_MARKER = '<!-- proofgate:review -->';

/** Whether a review body is one of the bot's review bodies: it ends with REVIEW_MARKER. */
export function isReviewBody(body: string): boolean {
  return body.trimEnd().endsWith(REVIEW_MARKER);
}
