/**
 * `assert(e) by (bit_vector) requires R`: a closed goal over fixed-width bit-vectors,
 * `forall vars. R => e`, with each variable at its type's width (wrapping arithmetic,
 * as Verus's bit-vector mode). Proved in isolation from everything else in the function.
 */
import { intBits, isSigned, type IntKind, type Type } from '../check/types.js';
import type { Expr } from '../syntax/ast.js';
import type { Span } from '../syntax/span.js';
import { mangle } from '../smt/encode/context.js';
import { Unsupported } from './errors.js';
import { isBounded, strip } from './terms.js';
import { walkExpr } from './walk.js';

export interface FreeLocal { id: number; name: string; ty: Type }

export function freeLocals(es: Expr[]): FreeLocal[] {
  const out = new Map<number, FreeLocal>();
  const bound = new Set<number>();
  for (const e of es) {
    walkExpr(e, (x) => {
      if (x.kind === 'quant') x.binders.forEach((b) => b.id !== undefined && bound.add(b.id));
      if (x.kind === 'path' && x.res?.kind === 'local' && !out.has(x.res.id)) out.set(x.res.id, { id: x.res.id, name: x.res.name, ty: x.res.ty });
    });
  }
  return [...out.values()].filter((l) => !bound.has(l.id));
}

interface BvVal { term: string; width: number; signed: boolean }

function kindOf(t: Type | undefined): IntKind | undefined {
  if (!t) return undefined;
  const s = strip(t);
  return s.k === 'int' ? s.kind : undefined;
}

function lit(v: bigint, width: number): string {
  const m = 1n << BigInt(width);
  return `(_ bv${((v % m) + m) % m} ${width})`;
}

class BvTranslator {
  readonly vars = new Map<number, { name: string; width: number; signed: boolean }>();

  constructor(private readonly span: Span) {}

  private fail(what: string, span?: Span): never {
    throw new Unsupported(`${what} in a bit_vector assertion`, span ?? this.span);
  }

  /** The natural width of an expression, when its type or a variable fixes one. */
  private widthOf(e: Expr): { width: number; signed: boolean } | undefined {
    const k = kindOf(e.ty);
    if (isBounded(k)) return { width: intBits(k), signed: isSigned(k) };
    if (e.kind === 'binary') return this.widthOf(e.left) ?? this.widthOf(e.right);
    if (e.kind === 'unary') return this.widthOf(e.operand);
    return undefined;
  }

  int(e: Expr, want?: { width: number; signed: boolean }): BvVal {
    const w = this.widthOf(e) ?? want ?? { width: 64, signed: false };
    switch (e.kind) {
      case 'int': return { term: lit(e.value, w.width), ...w };
      case 'path': {
        const res = e.res;
        if (res?.kind === 'local') {
          const k = kindOf(res.ty);
          if (!isBounded(k)) this.fail(`the unbounded integer \`${res.name}\``, e.span);
          const v = this.vars.get(res.id) ?? { name: `${mangle(res.name)}$bv${this.vars.size}`, width: intBits(k), signed: isSigned(k) };
          this.vars.set(res.id, v);
          return { term: v.name, width: v.width, signed: v.signed };
        }
        if (res?.kind === 'builtin') {
          const m = /^(\w+)::(MAX|MIN)$/.exec(res.name);
          const k = m?.[1] as IntKind | undefined;
          if (m && isBounded(k)) {
            const bits = intBits(k);
            const signed = isSigned(k);
            const v = m[2] === 'MAX' ? (signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n) : (signed ? -(1n << BigInt(bits - 1)) : 0n);
            return { term: lit(v, bits), width: bits, signed };
          }
        }
        if (res?.kind === 'const' && typeof res.decl.value === 'object' && res.decl.value?.kind === 'int') return { term: lit(res.decl.value.value, w.width), ...w };
        return this.fail('this name', e.span);
      }
      case 'unary': {
        const x = this.int(e.operand, w);
        if (e.op === '!') return { ...x, term: `(bvnot ${x.term})` };
        if (e.op === '-') return { ...x, term: `(bvneg ${x.term})` };
        return x;
      }
      case 'cast': {
        const x = this.int(e.operand);
        const k = kindOf(e.ty);
        if (!isBounded(k)) return this.fail('this cast', e.span);
        const to = intBits(k);
        if (to === x.width) return { term: x.term, width: to, signed: isSigned(k) };
        if (to < x.width) return { term: `((_ extract ${to - 1} 0) ${x.term})`, width: to, signed: isSigned(k) };
        return { term: `((_ ${x.signed ? 'sign' : 'zero'}_extend ${to - x.width}) ${x.term})`, width: to, signed: isSigned(k) };
      }
      case 'binary': {
        const lw = this.widthOf(e.left);
        const rw = this.widthOf(e.right);
        const shared = lw ?? rw ?? w;
        const a = this.int(e.left, shared);
        const b = this.int(e.right, shared);
        const op: Record<string, string> = {
          '+': 'bvadd', '-': 'bvsub', '*': 'bvmul', '&': 'bvand', '|': 'bvor', '^': 'bvxor', '<<': 'bvshl',
          '/': a.signed ? 'bvsdiv' : 'bvudiv', '%': a.signed ? 'bvsrem' : 'bvurem', '>>': a.signed ? 'bvashr' : 'bvlshr',
        };
        const f = op[e.op];
        if (!f) return this.fail(`\`${e.op}\``, e.span);
        return { term: `(${f} ${a.term} ${b.term})`, width: a.width, signed: a.signed };
      }
      default: return this.fail('this expression', e.span);
    }
  }

  bool(e: Expr): string {
    switch (e.kind) {
      case 'bool': return String(e.value);
      case 'unary': if (e.op === '!') return `(not ${this.bool(e.operand)})`; break;
      case 'chain': {
        const parts: string[] = [];
        for (let i = 0; i < e.ops.length; i++) parts.push(this.compare(e.ops[i]!, e.operands[i]!, e.operands[i + 1]!));
        return `(and ${parts.join(' ')})`;
      }
      case 'binary': {
        switch (e.op) {
          case '&&': return `(and ${this.bool(e.left)} ${this.bool(e.right)})`;
          case '||': return `(or ${this.bool(e.left)} ${this.bool(e.right)})`;
          case '==>': return `(=> ${this.bool(e.left)} ${this.bool(e.right)})`;
          case '<==>': return `(= ${this.bool(e.left)} ${this.bool(e.right)})`;
          default: return this.compare(e.op, e.left, e.right);
        }
      }
      case 'path':
        if (e.res?.kind === 'local' && strip(e.res.ty).k === 'bool') {
          const v = this.vars.get(e.res.id) ?? { name: `${mangle(e.res.name)}$bv${this.vars.size}`, width: 0, signed: false };
          this.vars.set(e.res.id, v);
          return v.name;
        }
        break;
    }
    return this.fail('this expression', e.span);
  }

  private compare(op: string, l: Expr, r: Expr): string {
    const bothBool = strip(l.ty ?? { k: 'int', kind: 'int' }).k === 'bool';
    if (bothBool && (op === '==' || op === '!=')) {
      const t = `(= ${this.bool(l)} ${this.bool(r)})`;
      return op === '==' ? t : `(not ${t})`;
    }
    const shared = this.widthOf(l) ?? this.widthOf(r);
    const a = this.int(l, shared);
    const b = this.int(r, shared);
    const s = a.signed ? 's' : 'u';
    switch (op) {
      case '==': case '===': return `(= ${a.term} ${b.term})`;
      case '!=': case '!==': return `(not (= ${a.term} ${b.term}))`;
      case '<': return `(bv${s}lt ${a.term} ${b.term})`;
      case '<=': return `(bv${s}le ${a.term} ${b.term})`;
      case '>': return `(bv${s}gt ${a.term} ${b.term})`;
      case '>=': return `(bv${s}ge ${a.term} ${b.term})`;
    }
    return this.fail(`\`${op}\``);
  }
}

export function bitVectorGoal(claim: Expr, requires: Expr[], span: Span): string {
  const tr = new BvTranslator(span);
  const pre = requires.map((r) => tr.bool(r));
  const body = tr.bool(claim);
  const matrix = pre.length ? `(=> (and ${pre.join(' ')}) ${body})` : body;
  const vars = [...tr.vars.values()].map((v) => `(${v.name} ${v.width === 0 ? 'Bool' : `(_ BitVec ${v.width})`})`);
  return vars.length ? `(forall (${vars.join(' ')}) ${matrix})` : matrix;
}
