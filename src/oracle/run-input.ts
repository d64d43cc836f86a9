/**
 * One input through one proved function: keep it only if `requires` (and the parameters'
 * type invariants) hold on it, run the body in the emulator (exec fns), then check what
 * the proof promised: no panic (overflow, division, index, assert, a callee's requires),
 * every `ensures` clause, and the type invariants of what comes out. Proof fns are not
 * run (the emulator erases ghost code): their `ensures` must follow from `requires`.
 */
import type { CheckedCrate, FnInfo } from '../check/program.js';
import type { Type } from '../check/types.js';
import { NotEvaluable, RuntimeError, Unsupported } from '../emu/errors.js';
import type { Interpreter } from '../emu/interp.js';
import { Cell, copyValue, deref, showValue, type Value } from '../emu/value.js';

export type InputOutcome =
  /** `requires` or a parameter's type invariant is false: not an input the proof covers. */
  | { kind: 'excluded' }
  /** `requires` could not be evaluated on it: whether the proof covers it is unknown. */
  | { kind: 'unevaluable' }
  | { kind: 'ok'; uncheckedClauses: number }
  /** The emulator could not finish (step limit, deep recursion, a construct it does not run). */
  | { kind: 'inconclusive'; why: string }
  | { kind: 'violation'; what: string };

const INCONCLUSIVE_PANICS = /^(step limit exceeded|stack overflow)/;

/** The parameters as the function sees them: `Ghost`/`Tracked` ones erased. */
function paramBindings(fn: FnInfo, args: Value[]): [string, Value][] {
  return fn.decl.params.map((p, i) => [p.name, p.ghost || p.tracked ? { t: 'erased' } : args[i]!] as [string, Value]);
}

/** A copy that shares nothing with the original, references included (the state on entry). */
export function snapshot(v: Value): Value {
  if (v.t === 'ref') return { t: 'ref', mut: v.mut, place: new Cell(snapshot(v.place.get())) };
  return copyValue(v);
}

export class InputRunner {
  constructor(private readonly interp: Interpreter, private readonly crate: CheckedCrate) {}

  run(fn: FnInfo, args: Value[]): InputOutcome {
    this.interp.steps = 0; // the step limit is per input
    try {
      return this.runChecked(fn, args);
    } catch (e) {
      // Outside the body's own run (in a contract or invariant): the emulator's trouble, not the program's.
      if (e instanceof NotEvaluable || e instanceof Unsupported || e instanceof RuntimeError) return { kind: 'inconclusive', why: e.message };
      if (e instanceof RangeError) return { kind: 'inconclusive', why: 'emulator recursion limit' };
      throw e;
    }
  }

  private runChecked(fn: FnInfo, args: Value[]): InputOutcome {
    const decl = fn.decl;
    const entry = args.map(snapshot);
    const requires = this.interp.evalContract(decl, decl.requires, { now: paramBindings(fn, args) });
    if (requires.includes(false)) return { kind: 'excluded' };
    const invariants = fn.params.map((p, i) => (p.mode === 'exec' || decl.mode === 'proof' ? this.invariantsHold(args[i]!) : true));
    if (invariants.includes(false)) return { kind: 'excluded' };
    if (requires.includes(undefined) || invariants.includes(undefined)) return { kind: 'unevaluable' };

    let result: Value = { t: 'erased' };
    if (decl.mode === 'exec') {
      try {
        result = this.interp.callFn(decl, args, undefined, false);
      } catch (e) {
        if (!(e instanceof RuntimeError)) throw e;
        if (INCONCLUSIVE_PANICS.test(e.what)) return { kind: 'inconclusive', why: e.message };
        return { kind: 'violation', what: `panics: ${e.message}` };
      }
    }
    // In `ensures`, a by-value parameter means its value on entry; a `&mut` one its referent's final value.
    const now = paramBindings(fn, decl.params.map((p, i) => (p.ty.kind === 'ref' && p.ty.mut ? args[i]! : entry[i]!)));
    if (decl.retName) now.push([decl.retName, result]);
    const ensures = this.interp.evalContract(decl, decl.ensures, { now, entry: paramBindings(fn, entry) });
    const failed = ensures.findIndex((x) => x === false);
    if (failed >= 0) return { kind: 'violation', what: `postcondition does not hold: ${this.interp.index.text(decl.ensures[failed]!.span)}` };
    if (decl.mode === 'exec') {
      if (this.invariantsHold(result) === false) return { kind: 'violation', what: `returned value ${showValue(result)} breaks its type invariant` };
      for (const [i, p] of decl.params.entries()) {
        if (p.ty.kind === 'ref' && p.ty.mut && this.invariantsHold(args[i]!) === false) {
          return { kind: 'violation', what: `\`${p.name}\` ends as ${showValue(deref(args[i]!))}, which breaks its type invariant` };
        }
      }
    }
    return { kind: 'ok', uncheckedClauses: ensures.filter((x) => x === undefined).length };
  }

  /** Whether every struct and enum value inside v meets its type invariant (undefined: not evaluable). */
  invariantsHold(v: Value): boolean | undefined {
    v = deref(v);
    let unknown = false;
    const parts: Value[] = [];
    switch (v.t) {
      case 'struct': case 'enum': {
        const inv = this.invariantOf(v.name);
        if (inv) {
          try {
            const ok = deref(this.interp.callFn(inv.decl, [{ t: 'ref', mut: false, place: new Cell(v) }], undefined, true));
            if (ok.t === 'bool' && !ok.v) return false;
            if (ok.t !== 'bool') unknown = true;
          } catch (e) {
            if (!(e instanceof NotEvaluable)) throw e;
            unknown = true;
          }
        }
        parts.push(...Object.values(v.fields));
        break;
      }
      case 'tuple': case 'vec': case 'array': case 'seq': case 'set': parts.push(...v.elems); break;
      case 'map': for (const [k, x] of v.entries) parts.push(k, x); break;
      default: break;
    }
    for (const p of parts) {
      const r = this.invariantsHold(p);
      if (r === false) return false;
      if (r === undefined) unknown = true;
    }
    return unknown ? undefined : true;
  }

  private invariantOf(typeName: string): FnInfo | undefined {
    return this.crate.structs.get(typeName)?.typeInvariant
      ?? this.crate.fns.find((f) => f.implType === typeName && f.decl.flags.typeInvariant);
  }
}

/** A parameter's type for generation: `Ghost`/`Tracked` ones get no value of their own. */
export function generatedType(fn: FnInfo, i: number): Type | undefined {
  const p = fn.decl.params[i]!;
  if (p.ghost || p.tracked) return undefined;
  return fn.params[i]?.ty;
}
