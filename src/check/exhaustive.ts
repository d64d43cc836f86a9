/**
 * Pattern exhaustiveness (rustc's E0004 / E0005): a `match` must cover every value of its
 * scrutinee, and a `let` pattern must be irrefutable. Arms with a guard cover nothing (as in
 * rustc). Maranget's usefulness algorithm over normalized patterns: constructors of enums,
 * Option, bool and single-constructor types (structs, tuples, Tracked, Ghost), and integer or
 * char ranges split into segments at their boundaries. A pattern whose value is not known
 * here (a const the evaluator cannot compute) covers nothing: never a false "exhaustive".
 */
import type { Expr, Pattern } from '../syntax/ast.js';
import type { BodyChecker } from './context.js';
import type { Resolution } from './resolution.js';
import { intRange, type IntKind, type Type } from './types.js';

interface CtorRef {
  /** Identity within its family. */
  id: string;
  label: string;
  arity: number;
  /** Every constructor of the type (undefined: the only one, always complete). */
  family?: { id: string; label: string; arity: number }[];
}

type NPat =
  | { k: 'wild' }
  | { k: 'ctor'; c: CtorRef; args: NPat[] }
  | { k: 'range'; lo: bigint; hi: bigint; domain?: [bigint, bigint][] }
  | { k: 'or'; alts: NPat[] }
  /** A pattern whose matched values are unknown here: it covers nothing for certain. */
  | { k: 'opaque' };

const WILD: NPat = { k: 'wild' };
const HUGE = 1n << 256n;

function domainOf(t: Type | undefined): [bigint, bigint][] | undefined {
  if (!t) return undefined;
  if (t.k === 'ref') return domainOf(t.inner);
  if (t.k === 'bool') return [[0n, 1n]];
  if (t.k === 'char') return [[0n, 0xd7ffn], [0xe000n, 0x10ffffn]];
  if (t.k !== 'int') return undefined;
  if (t.kind === 'int') return [[-HUGE, HUGE]];
  if (t.kind === 'nat') return [[0n, HUGE]];
  const r = intRange(t.kind as IntKind);
  return r ? [[r.min, r.max]] : undefined;
}

class Normalizer {
  constructor(private readonly bc: BodyChecker) {}

  /** Value of a literal or const expression in a pattern (bool as 0/1, char as its code). */
  value(e: Expr): bigint | undefined {
    switch (e.kind) {
      case 'int': return e.value;
      case 'bool': return e.value ? 1n : 0n;
      case 'char': return BigInt(e.value.codePointAt(0) ?? 0);
      case 'unary': {
        const v = e.op === '-' ? this.value(e.operand) : undefined;
        return v === undefined ? undefined : -v;
      }
      case 'path': return e.res?.kind === 'const' ? this.constValue(e.res) : undefined;
      default: return undefined;
    }
  }

  private constValue(res: Resolution & { kind: 'const' }): bigint | undefined {
    const v = this.bc.tables.consts.find((c) => c.qname === res.qname)?.info.value;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    return v;
  }

  private variantCtor(res: Resolution & { kind: 'variant' }): CtorRef | undefined {
    const enumName = res.qname.slice(0, res.qname.length - res.variant.name.length - 2);
    const en = this.bc.tables.enumByName.get(enumName);
    if (!en) return undefined;
    const family = en.info.variants.map((v) => ({ id: v.name, label: `${en.decl.name}::${v.name}${v.shape === 'named' ? ' { .. }' : ''}`, arity: v.fields.length }));
    const me = family.find((f) => f.id === res.variant.name);
    return me ? { ...me, family } : undefined;
  }

  /** Positional sub-patterns of a constructor pattern, wildcards for fields not named. */
  private fieldsOf(names: string[], subs: { field: string; pat: Pattern }[]): NPat[] | undefined {
    const out: NPat[] = names.map(() => WILD);
    for (const s of subs) {
      const i = names.indexOf(s.field);
      if (i < 0) return undefined;
      out[i] = this.pat(s.pat);
    }
    return out;
  }

  pat(p: Pattern): NPat {
    switch (p.kind) {
      case 'wild': case 'ident': return WILD;
      case 'or': return { k: 'or', alts: p.alts.map((a) => this.pat(a)) };
      case 'tuple': {
        const c: CtorRef = { id: 'tuple', label: '', arity: p.elems.length };
        return { k: 'ctor', c, args: p.elems.map((x) => this.pat(x)) };
      }
      case 'lit': {
        const v = this.value(p.value);
        return v === undefined ? { k: 'opaque' } : { k: 'range', lo: v, hi: v, domain: domainOf(p.value.ty) };
      }
      case 'range': {
        const dom = domainOf(p.lo?.ty ?? p.hi?.ty);
        const lo = p.lo ? this.value(p.lo) : dom?.[0]?.[0];
        let hi = p.hi ? this.value(p.hi) : dom?.[dom.length - 1]?.[1];
        if (lo === undefined || hi === undefined) return { k: 'opaque' };
        if (p.hi && !p.inclusive) hi -= 1n;
        return { k: 'range', lo, hi, domain: dom };
      }
      case 'path': return this.ctorPattern(p.res, []);
      case 'tuple_struct': return this.ctorPattern(p.res, p.elems.map((q, i) => ({ field: String(i), pat: q })));
      case 'struct': return this.ctorPattern(p.res, p.fields.map((f) => ({ field: f.name, pat: f.pattern })));
    }
  }

  private ctorPattern(res: Resolution | undefined, subs: { field: string; pat: Pattern }[]): NPat {
    if (!res) return { k: 'opaque' };
    switch (res.kind) {
      case 'const': {
        const v = this.constValue(res);
        return v === undefined ? { k: 'opaque' } : { k: 'range', lo: v, hi: v, domain: domainOf(this.bc.tables.consts.find((c) => c.qname === res.qname)?.info.ty) };
      }
      case 'variant': {
        const c = this.variantCtor(res);
        const names = this.bc.tables.enumByName.get(res.qname.slice(0, res.qname.length - res.variant.name.length - 2))
          ?.info.variants.find((v) => v.name === res.variant.name)?.fields.map((f) => f.name);
        const args = names ? this.fieldsOf(names, subs) : undefined;
        return c && args ? { k: 'ctor', c, args } : { k: 'opaque' };
      }
      case 'struct': {
        const names = this.bc.tables.structByName.get(res.qname)?.info.fields.map((f) => f.name);
        const args = names ? this.fieldsOf(names, subs) : undefined;
        return args ? { k: 'ctor', c: { id: res.qname, label: res.qname.split('::').pop()!, arity: args.length }, args } : { k: 'opaque' };
      }
      case 'builtin': {
        if (res.name === 'Some' || res.name === 'None') {
          const family = [{ id: 'Some', label: 'Some', arity: 1 }, { id: 'None', label: 'None', arity: 0 }];
          const me = family.find((f) => f.id === res.name)!;
          const args = me.arity === 1 ? [subs[0] ? this.pat(subs[0].pat) : WILD] : [];
          return { k: 'ctor', c: { ...me, family }, args };
        }
        if (res.name === 'Tracked' || res.name === 'Ghost' || res.name === 'Box::new') {
          return { k: 'ctor', c: { id: res.name, label: res.name.replace('::new', ''), arity: 1 }, args: [subs[0] ? this.pat(subs[0].pat) : WILD] };
        }
        return { k: 'opaque' };
      }
      default: return { k: 'opaque' };
    }
  }
}

type Row = NPat[];

function expandOr(rows: Row[]): Row[] {
  const out: Row[] = [];
  const push = (r: Row) => {
    const h = r[0];
    if (h?.k === 'or') for (const a of h.alts) push([a, ...r.slice(1)]);
    else out.push(r);
  };
  rows.forEach(push);
  return out;
}

function show(c: { label: string; arity: number }, args: string[]): string {
  if (c.label === '') return `(${args.join(', ')})`;
  return c.arity === 0 || c.label.endsWith('}') ? c.label : `${c.label}(${args.join(', ')})`;
}

function showRange(lo: bigint, hi: bigint, domain: [bigint, bigint][] | undefined): string {
  const isBool = domain?.length === 1 && domain[0]![0] === 0n && domain[0]![1] === 1n;
  if (isBool && lo === hi) return lo === 1n ? 'true' : 'false';
  const s = (v: bigint) => (v <= -HUGE ? '' : v >= HUGE ? '' : String(v));
  return lo === hi ? String(lo) : `${s(lo)}..=${s(hi)}`.replace(/=$/, '');
}

/** A value (as pattern text, one per column) that no row matches, or undefined if every value is covered. */
function witness(rows: Row[], n: number): string[] | undefined {
  if (n === 0) return rows.length === 0 ? [] : undefined;
  rows = expandOr(rows);
  const heads = rows.map((r) => r[0]!);
  const ctors = heads.filter((h): h is NPat & { k: 'ctor' } => h.k === 'ctor');
  const ranges = heads.filter((h): h is NPat & { k: 'range' } => h.k === 'range');
  const rest = (r: Row) => r.slice(1);
  const defaultRows = () => rows.filter((r) => r[0]!.k === 'wild').map(rest);

  if (ctors.length > 0) {
    const first = ctors[0]!.c;
    const family = first.family ?? [first];
    const seen = new Set(ctors.map((h) => h.c.id));
    const missing = family.find((f) => !seen.has(f.id));
    if (missing || heads.some((h) => h.k === 'opaque' || h.k === 'range')) {
      const w = witness(defaultRows(), n - 1);
      if (!w) return undefined;
      const m = missing ?? first;
      return [missing ? show(m, Array(m.arity).fill('_')) : '_', ...w];
    }
    for (const c of family) {
      const spec: Row[] = [];
      for (const r of rows) {
        const h = r[0]!;
        if (h.k === 'wild') spec.push([...Array<NPat>(c.arity).fill(WILD), ...rest(r)]);
        else if (h.k === 'ctor' && h.c.id === c.id) spec.push([...h.args, ...rest(r)]);
      }
      const w = witness(spec, c.arity + n - 1);
      if (w) return [show(c, w.slice(0, c.arity)), ...w.slice(c.arity)];
    }
    return undefined;
  }

  if (ranges.length > 0) {
    const domain = ranges.find((r) => r.domain)?.domain;
    if (domain && !heads.some((h) => h.k === 'opaque')) {
      // split the domain at every range boundary: each segment is inside or outside each range
      const cuts = new Set<bigint>();
      for (const r of ranges) { cuts.add(r.lo); cuts.add(r.hi + 1n); }
      const points = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      for (const [dlo, dhi] of domain) {
        let lo = dlo;
        for (const p of [...points.filter((x) => x > dlo && x <= dhi), dhi + 1n]) {
          const hi = p - 1n;
          const spec = rows.filter((r) => {
            const h = r[0]!;
            return h.k === 'wild' || (h.k === 'range' && h.lo <= lo && hi <= h.hi);
          }).map(rest);
          const w = witness(spec, n - 1);
          if (w) return [showRange(lo, hi, domain), ...w];
          lo = p;
        }
      }
      return undefined;
    }
    const w = witness(defaultRows(), n - 1);
    return w ? ['_', ...w] : undefined;
  }

  const w = witness(defaultRows(), n - 1);
  return w ? ['_', ...w] : undefined;
}

/** Patterns a `match` leaves uncovered (the arms in order; guarded arms cover nothing), as text. */
export function uncoveredByArms(bc: BodyChecker, arms: { pattern: Pattern; guard?: Expr }[]): string | undefined {
  const n = new Normalizer(bc);
  const rows = arms.filter((a) => !a.guard).map((a) => [n.pat(a.pattern)]);
  return witness(rows, 1)?.[0];
}

/** What an irrefutable-looking pattern (`let`) fails to match, as text. */
export function uncoveredByPattern(bc: BodyChecker, p: Pattern): string | undefined {
  return uncoveredByArms(bc, [{ pattern: p }]);
}
