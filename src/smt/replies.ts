/** Interpreting what Z3 printed for a batch of commands. */
import { parseSexprs, printSexpr, unquote, type Sexpr } from './sexpr.js';

export type SatAnswer = 'sat' | 'unsat' | 'unknown';

export interface Reply {
  /** `(error "...")` messages, in order. */
  errors: string[];
  /** Everything else the solver printed, parsed. */
  items: Sexpr[];
}

export function readReply(text: string): Reply {
  const errors: string[] = [];
  const items: Sexpr[] = [];
  for (const e of parseSexprs(text)) {
    if (Array.isArray(e) && e[0] === 'error') errors.push(e.slice(1).map((x) => (typeof x === 'string' ? unquote(x) : printSexpr(x))).join(' '));
    else if (e === 'unsupported' || e === 'success') continue;
    else items.push(e);
  }
  return { errors, items };
}

export function satAnswer(reply: Reply): SatAnswer | undefined {
  for (const e of reply.items) if (e === 'sat' || e === 'unsat' || e === 'unknown') return e;
  return undefined;
}

/** The text of `(:reason-unknown "...")` in the reply, if present. */
export function reasonUnknown(reply: Reply): string | undefined {
  for (const e of reply.items) {
    if (Array.isArray(e) && e[0] === ':reason-unknown' && e[1] !== undefined) {
      const text = typeof e[1] === 'string' ? unquote(e[1]) : printSexpr(e[1]);
      // Z3 wraps some reasons in parentheses: "(incomplete quantifiers)".
      return text.replace(/^\((.*)\)$/s, '$1');
    }
  }
  return undefined;
}

/** Whether a reason-unknown says the budget ran out (as opposed to incompleteness). */
export function isResourceOut(reason: string): boolean {
  return /timeout|canceled|cancelled|rlimit|resource limit|interrupted/i.test(reason);
}

/** The values of a `(get-value (t1 t2 ...))` reply, by position. */
export function valuesOf(reply: Reply): Sexpr[] | undefined {
  for (const e of reply.items) {
    if (Array.isArray(e) && e.every((p) => Array.isArray(p) && p.length === 2)) {
      return e.map((p) => (p as Sexpr[])[1]!);
    }
  }
  return undefined;
}
