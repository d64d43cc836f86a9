/**
 * Test helpers for the checker: parse + check a single-file crate from text or path.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { checkCrate } from '../../src/check/index.js';
import type { CheckedCrate } from '../../src/check/program.js';
import type { Diagnostic } from '../../src/report/diagnostic.js';
import { withBundledVstd } from '../../src/syntax/load.js';
import { parseFile } from '../../src/syntax/parser.js';
import type { Crate } from '../../src/syntax/crate.js';
import type { SourceFile } from '../../src/syntax/ast.js';

export interface CheckOutcome {
  file: SourceFile;
  checked: CheckedCrate;
  syntax: Diagnostic[];
  diagnostics: Diagnostic[];
}

export function checkText(text: string, path = 'test_crate.rs'): CheckOutcome {
  const { file, diagnostics: syntax } = parseFile(path, text);
  const name = basename(path).replace(/\.rs$/, '');
  const quietFiles = new Set(syntax.filter((d) => d.severity === 'error' && d.kind === 'syntax').map((d) => d.span.file));
  // as the loader gives it: with Proofgate's vstd (lib/vstd) as its `vstd`
  const crate: Crate = { name, root: file, files: [file] };
  withBundledVstd(crate);
  const { checked, diagnostics } = checkCrate(crate, { quietFiles });
  return { file, checked, syntax, diagnostics };
}

export function checkPath(path: string): CheckOutcome {
  return checkText(readFileSync(path, 'utf8'), path);
}

/** Every Expr under verified, non-external items must carry a concrete `ty`, and paths a `res`. Returns problems. */
export function annotationProblems(file: SourceFile): string[] {
  const problems: string[] = [];
  const expr = (e: Record<string, unknown>): void => {
    const span = e.span as { line: number; column: number };
    const ty = e.ty as { k: string } | undefined;
    if (!ty) problems.push(`no type on ${String(e.kind)} at ${span.line}:${span.column}`);
    else if (/"k":"(error|var)"/.test(JSON.stringify(ty, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)))) problems.push(`bad type ${JSON.stringify(ty, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))} on ${String(e.kind)} at ${span.line}:${span.column}`);
    if (e.kind === 'path' && !e.res) problems.push(`no res on path at ${span.line}:${span.column}`);
  };
  const visit = (x: unknown, role: 'node' | 'expr' | 'pattern' | 'type'): void => {
    if (!x || typeof x !== 'object') return;
    if (Array.isArray(x)) {
      for (const y of x) visit(y, role);
      return;
    }
    const node = x as Record<string, unknown>;
    if (role === 'type') {
      if (node.kind === 'array') visit(node.len, 'expr');
      for (const k of ['args', 'inner', 'elems', 'elem']) if (k in node) visit(node[k], 'type');
      return;
    }
    if (role === 'pattern') {
      if (node.kind === 'tuple' || node.kind === 'tuple_struct') visit(node.elems, 'pattern');
      else if (node.kind === 'struct') for (const f of node.fields as { pattern: unknown }[]) visit(f.pattern, 'pattern');
      else if (node.kind === 'or') visit(node.alts, 'pattern');
      else if (node.kind === 'lit') visit(node.value, 'expr');
      else if (node.kind === 'range') { visit(node.lo, 'expr'); visit(node.hi, 'expr'); }
      return;
    }
    if ('verified' in node && !node.verified) return;
    if (node.kind === 'fn' && 'flags' in node) {
      const flags = node.flags as { externalBody: boolean; external: boolean };
      if (flags.external) return;
      if (flags.externalBody) {
        const { body: _skip, ...rest } = node;
        void _skip;
        for (const [k, v] of Object.entries(rest)) visitField(k, v, node);
        return;
      }
    }
    if (role === 'expr') expr(node);
    for (const [k, v] of Object.entries(node)) visitField(k, v, node);
  };
  const visitField = (k: string, v: unknown, node: Record<string, unknown>): void => {
    if (['ty', 'res', 'span', 'attrs', 'nameSpan', 'opSpan', 'methodSpan', 'pathSpan', 'headSpan', 'flags', 'retNameSpan', 'id'].includes(k)) return;
    if (['ret', 'implSelf', 'selfTy', 'target'].includes(k) || (k === 'ty' && !('value' in node))) return visit(v, 'type');
    if (k === 'generics') return;
    if (k === 'pattern' || k === 'alts') return visit(v, 'pattern');
    if (typeof v !== 'object' || v === null) return;
    if (k === 'ty') return visit(v, 'type');
    if (k === 'params') { for (const p of v as { ty: unknown }[]) visit(p.ty, 'type'); return; }
    if (k === 'fields' && 'shape' in node) return;
    if (k === 'variants' || k === 'trees' || k === 'paths') return;
    if (k === 'binders') { for (const b of v as { ty?: unknown }[]) visit(b.ty, 'type'); return; }
    const exprKeys = ['left', 'right', 'operand', 'operands', 'callee', 'args', 'receiver', 'base', 'index', 'body', 'cond', 'init', 'value', 'tail', 'expr', 'requires', 'ensures', 'returns', 'decreases', 'invariants', 'invariantsExceptBreak', 'start', 'end', 'scrutinee', 'guard', 'assumption', 'conclusion', 'triggers', 'elems', 'discriminant', 'count'];
    if ('stmts' in node && k === 'tail') return visit(v, 'expr');
    if (k === 'stmts' || k === 'items' || k === 'block' || k === 'then' || k === 'else' || k === 'by' || k === 'proof' || k === 'arms' || k === 'repeat' || k === 'fields' || k === 'item') {
      if (k === 'else' && v && 'kind' in (v as object)) return visit(v, 'expr');
      if (k === 'fields') { for (const f of v as { value: unknown }[]) visit(f.value, 'expr'); return; }
      if (k === 'arms') { for (const a of v as Record<string, unknown>[]) { visit(a.pattern, 'pattern'); visit(a.guard, 'expr'); visit(a.body, 'expr'); } return; }
      if (k === 'repeat') { const r = v as Record<string, unknown>; visit(r.value, 'expr'); visit(r.count, 'expr'); return; }
      return visit(v, 'node');
    }
    if (exprKeys.includes(k)) {
      if (k === 'body' && 'stmts' in (v as object)) return visit(v, 'node');
      return visit(v, 'expr');
    }
    visit(v, 'node');
  };
  visit(file.items, 'node');
  return problems;
}
