/**
 * Constant evaluation of integer/bool expressions (const items, array lengths,
 * enum discriminants): literals, arithmetic, casts, `u64::MAX` and other consts.
 */
import type { Expr } from '../syntax/ast.js';
import { intConstant } from './prelude.js';
import type { Def } from './scopes.js';
import { intRange, type IntKind } from './types.js';

export type ConstValue = bigint | boolean;

/** Resolves a path inside the expression to its definition. */
export type PathLookup = (segments: string[]) => Def | undefined;
/** Value of a const item (evaluated on demand, cycles give undefined). */
export type ConstLookup = (def: Extract<Def, { kind: 'const' }>) => ConstValue | undefined;

export function evalConst(e: Expr, lookup: PathLookup, constValue: ConstLookup): ConstValue | undefined {
  const ev = (x: Expr): ConstValue | undefined => evalConst(x, lookup, constValue);
  switch (e.kind) {
    case 'int': return e.value;
    case 'bool': return e.value;
    case 'path': {
      const d = lookup(e.segments);
      if (!d) return undefined;
      if (d.kind === 'const') return constValue(d);
      if (d.kind === 'builtinValue') {
        const [kind, name] = d.name.split('::');
        if (kind && name) return intConstant(kind as IntKind, name)?.value;
      }
      return undefined;
    }
    case 'block':
      return e.block.stmts.length === 0 && e.block.tail ? ev(e.block.tail) : undefined;
    case 'cast': {
      const v = ev(e.operand);
      if (typeof v !== 'bigint' || e.target.kind !== 'path' || e.target.segments.length !== 1) return v;
      const kind = e.target.segments[0] as IntKind;
      const r = isIntKind(kind) ? intRange(kind) : undefined;
      if (!r) return v;
      const span = r.max - r.min + 1n;
      const m = (((v - r.min) % span) + span) % span;
      return m + r.min;
    }
    case 'unary': {
      const v = ev(e.operand);
      if (e.op === '-' && typeof v === 'bigint') return -v;
      if (e.op === '!' && typeof v === 'boolean') return !v;
      return undefined;
    }
    case 'binary': {
      const a = ev(e.left);
      const b = ev(e.right);
      if (typeof a === 'bigint' && typeof b === 'bigint') return intOp(e.op, a, b);
      if (typeof a === 'boolean' && typeof b === 'boolean') {
        switch (e.op) {
          case '&&': return a && b;
          case '||': return a || b;
          case '==': return a === b;
          case '!=': return a !== b;
        }
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function intOp(op: string, a: bigint, b: bigint): ConstValue | undefined {
  switch (op) {
    case '+': return a + b;
    case '-': return a - b;
    case '*': return a * b;
    case '/': return b === 0n ? undefined : a / b;
    case '%': return b === 0n ? undefined : a % b;
    case '&': return a & b;
    case '|': return a | b;
    case '^': return a ^ b;
    case '<<': return b < 0n || b > 1024n ? undefined : a << b;
    case '>>': return b < 0n ? undefined : a >> b;
    case '==': return a === b;
    case '!=': return a !== b;
    case '<': return a < b;
    case '<=': return a <= b;
    case '>': return a > b;
    case '>=': return a >= b;
    default: return undefined;
  }
}

const INT_KINDS = new Set(['u8', 'u16', 'u32', 'u64', 'u128', 'usize', 'i8', 'i16', 'i32', 'i64', 'i128', 'isize', 'int', 'nat']);
export function isIntKind(s: string): s is IntKind {
  return INT_KINDS.has(s);
}
