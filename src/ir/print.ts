/** The IR as readable text (`--dump-ir`), so a reviewer sees what a construct means before any SMT. */
import { typeToString } from '../check/types.js';
import type { CheckCond, IrExpr, IrFunction, IrLocal, IrStmt, LowerResult, Place } from './types.js';

const ARITH_SYM: Record<string, string> = { add: '+', sub: '-', mul: '*', div: '/', rem: '%', bitand: '&', bitor: '|', bitxor: '^', shl: '<<', shr: '>>' };
const CMP_SYM: Record<string, string> = { eq: '==', ne: '!=', lt: '<', le: '<=', gt: '>', ge: '>=', ext_eq: '=~=' };
const LOGIC_SYM: Record<string, string> = { and: '&&', or: '||', implies: '==>', iff: '<==>', xor: '^^' };

function atom(e: IrExpr): string {
  const s = expr(e);
  return e.k === 'arith' || e.k === 'cmp' || e.k === 'logic' || e.k === 'ite' || e.k === 'let' || e.k === 'quant' || e.k === 'deref' || e.k === 'neg' || e.k === 'not' ? `(${s})` : s;
}

function kindOf(e: IrExpr): string {
  return typeToString(e.ty);
}

export function expr(e: IrExpr): string {
  switch (e.k) {
    case 'int': return `${e.value}${e.ty.k === 'int' ? e.ty.kind === 'int' || e.ty.kind === 'nat' ? '' : e.ty.kind : ''}`;
    case 'bool': return String(e.value);
    case 'var': return e.at === 'old' ? `old(${e.name})` : e.name;
    case 'arith': {
      const op = e.rounding ? `${e.op}_${e.rounding}` : ARITH_SYM[e.op];
      return `${atom(e.left)} ${op}@${kindOf(e)} ${atom(e.right)}`;
    }
    case 'neg': return `-${atom(e.arg)}`;
    case 'bitnot': return `!@${kindOf(e)} ${atom(e.arg)}`;
    case 'not': return `!${atom(e.arg)}`;
    case 'cmp': return `${atom(e.left)} ${CMP_SYM[e.op]} ${atom(e.right)}`;
    case 'logic': return `${atom(e.left)} ${LOGIC_SYM[e.op]} ${atom(e.right)}`;
    case 'cast': return `${e.how}<${typeToString(e.ty)}>(${expr(e.arg)})`;
    case 'deref': return `*${atom(e.arg)}`;
    case 'field': return `${atom(e.base)}.${e.variant ? `${e.variant}.` : ''}${e.name}`;
    case 'index': return `${atom(e.base)}[${expr(e.index)}]`;
    case 'spec_call': return `${e.fn}(${e.args.map(expr).join(', ')})`;
    case 'builtin': return `${e.name}(${e.args.map(expr).join(', ')})`;
    case 'ctor': {
      const head = e.adt === '' && !e.variant ? '' : `${e.adt}${e.variant ? `::${e.variant}` : ''}`;
      if (e.fields.length === 0) return head || '()';
      return `${head}{${e.fields.map((f) => `${f.name}: ${expr(f.value)}`).join(', ')}}`;
    }
    case 'update': return `${atom(e.base)} with {${e.fields.map((f) => `${f.name}: ${expr(f.value)}`).join(', ')}}`;
    case 'seq_lit': return `[${e.elems.map(expr).join(', ')}]`;
    case 'is_variant': return `${atom(e.arg)} is ${e.variant}`;
    case 'ite': return `if ${expr(e.cond)} then ${expr(e.then)} else ${expr(e.else)}`;
    case 'let': return `let ${local(e.binder)} = ${expr(e.value)} in ${expr(e.body)}`;
    case 'quant': return `${e.quant}|${e.binders.map(local).join(', ')}| ${expr(e.body)}`;
    case 'lambda': return `(|${e.params.map(local).join(', ')}| ${expr(e.body)})`;
    case 'apply': return `${atom(e.fn)}(${e.args.map(expr).join(', ')})`;
    case 'arbitrary': return `arbitrary<${typeToString(e.ty)}>`;
    case 'unknown_const': return `unknown_const<${typeToString(e.ty)}>(${e.name})`;
  }
}

function local(l: IrLocal): string {
  return `${l.mode === 'exec' ? '' : `${l.mode} `}${l.name}: ${typeToString(l.ty)}`;
}

function place(p: Place): string {
  let s = p.name;
  for (const x of p.proj) s = x.k === 'field' ? `${s}.${x.name}` : x.k === 'index' ? `${s}[${expr(x.index)}]` : `*${s}`;
  return s;
}

function cond(c: CheckCond): string {
  switch (c.k) {
    case 'in_range': return `${expr(c.value)} in ${c.kind}`;
    case 'nonzero': return `${expr(c.value)} != 0`;
    case 'shift_amount': return `${expr(c.amount)} in [0, ${c.bits})`;
    case 'in_bounds': return `${expr(c.index)} < len(${expr(c.seq)})`;
    case 'is_some': return `${expr(c.value)} is Some`;
    case 'holds': return expr(c.cond);
  }
}

function stmts(ss: IrStmt[], ind: string, out: string[]): void {
  for (const s of ss) stmt(s, ind, out);
}

function stmt(s: IrStmt, ind: string, out: string[]): void {
  const at = `  // ${s.span.line}:${s.span.column}`;
  switch (s.k) {
    case 'let': out.push(`${ind}let ${local(s.local)}${s.init ? ` = ${expr(s.init)}` : ''};${at}`); return;
    case 'assign': out.push(`${ind}${place(s.place)} = ${expr(s.value)};${at}`); return;
    case 'check': out.push(`${ind}check ${s.info.kind}: ${cond(s.cond)};${at}`); return;
    case 'assume': out.push(`${ind}assume ${expr(s.cond)};${at}`); return;
    case 'havoc': out.push(`${ind}havoc ${place(s.place)};${at}`); return;
    case 'assert':
      if (!s.by) { out.push(`${ind}assert ${expr(s.cond)};${at}`); return; }
      if (s.by.k === 'block') {
        out.push(`${ind}assert ${expr(s.cond)} by {${at}`);
        stmts(s.by.body, ind + '  ', out);
        out.push(`${ind}}`);
        return;
      }
      if (s.by.k === 'compute') { out.push(`${ind}assert ${expr(s.cond)} by (${s.by.only ? 'compute_only' : 'compute'});${at}`); return; }
      out.push(`${ind}assert ${expr(s.cond)} by (${s.by.k})${s.by.requires.length ? ` requires ${s.by.requires.map(expr).join(', ')}` : ''};${at}`);
      return;
    case 'assert_forall':
      out.push(`${ind}assert forall|${s.binders.map(local).join(', ')}| ${s.assumption ? `${expr(s.assumption)} implies ` : ''}${expr(s.conclusion)} by {${at}`);
      stmts(s.proof, ind + '  ', out);
      out.push(`${ind}}`);
      return;
    case 'call': {
      const lhs = s.dest ? `let ${local(s.dest)} = ` : '';
      const muts = s.mutArgs.length ? ` writes ${s.mutArgs.map(place).join(', ')}` : '';
      out.push(`${ind}${lhs}call ${s.mode} ${s.fn}(${s.args.map(expr).join(', ')})${muts};${at}`);
      for (const e of s.ensures) out.push(`${ind}  ensures ${expr(e)}`);
      return;
    }
    case 'reveal': out.push(`${ind}reveal ${s.fn};${at}`); return;
    case 'branch':
      out.push(`${ind}if ${expr(s.cond)} {${at}`);
      stmts(s.then, ind + '  ', out);
      if (s.else.length) {
        out.push(`${ind}} else {`);
        stmts(s.else, ind + '  ', out);
      }
      out.push(`${ind}}`);
      return;
    case 'loop':
      out.push(`${ind}loop#${s.id}${s.label ? ` ${s.label}` : ''} (${s.source}${s.isolated ? ', isolated' : ''})${at}`);
      for (const f of s.facts) out.push(`${ind}  fact ${expr(f)}`);
      for (const c of s.spec.invariants) out.push(`${ind}  invariant ${expr(c)}`);
      for (const c of s.spec.invariantsExceptBreak) out.push(`${ind}  invariant_except_break ${expr(c)}`);
      for (const c of s.spec.ensures) out.push(`${ind}  ensures ${expr(c)}`);
      for (const c of s.spec.decreases) out.push(`${ind}  decreases ${expr(c)}`);
      if (s.needsDecreases) out.push(`${ind}  decreases missing`);
      if (s.modifies.length) out.push(`${ind}  modifies ${s.modifies.map(place).join(', ')}`);
      out.push(`${ind}{`);
      stmts(s.head, ind + '  ', out);
      if (s.cond) out.push(`${ind}  exit unless ${expr(s.cond)};`);

      stmts(s.body, ind + '  ', out);
      if (s.exit.length) {
        out.push(`${ind}  on exit:`);
        stmts(s.exit, ind + '    ', out);
      }
      if (s.latch.length) {
        out.push(`${ind}  latch:`);
        stmts(s.latch, ind + '    ', out);
      }
      out.push(`${ind}}`);
      return;
    case 'break': case 'continue': out.push(`${ind}${s.k} loop#${s.loop};${at}`); return;
    case 'abort': out.push(`${ind}abort ${s.what};${at}`); return;
    case 'return': out.push(`${ind}return${s.value ? ` ${expr(s.value)}` : ''};${at}`); return;
    case 'ghost':
      out.push(`${ind}ghost {${at}`);
      stmts(s.body, ind + '  ', out);
      out.push(`${ind}}`);
      return;
  }
}

export function printFunction(f: IrFunction): string {
  const out: string[] = [];
  out.push(`${f.mode} fn ${f.name}(${f.params.map(local).join(', ')}) -> ${local(f.ret)}${f.opaque ? ' opaque' : ''}${f.trusted ? ` trusted(${f.trusted})` : ''}`);
  for (const r of f.requires) out.push(`  requires ${expr(r)}`);
  for (const e of f.ensures) out.push(`  ensures ${expr(e)}`);
  for (const d of f.decreases) out.push(`  decreases ${expr(d)}`);
  if (f.body?.k === 'expr') {
    out.push(`{\n  ${expr(f.body.value)}\n}`);
    for (const t of f.termination ?? []) out.push(`check termination: ${expr(t.cond)};  // ${t.span.line}:${t.span.column}`);
  } else if (f.body) {
    out.push('{');
    stmts(f.body.stmts, '  ', out);
    out.push('}');
  }
  return out.join('\n');
}

export function printResult(r: LowerResult): string {
  if (r.ok) return printFunction(r.fn);
  return `fn ${r.name}: unsupported: ${r.what} (${r.span.file}:${r.span.line}:${r.span.column})`;
}
