/**
 * The IR of a crate's fns, lowered once per crate and shared by every function's encoding
 * (a spec fn's definition, a broadcast lemma, an inline fn in a bit-vector claim are met by
 * many functions). The encoders only read the IR.
 */
import { recursionComponents, type Scc } from '../check/callgraph.js';
import type { CheckedCrate, FnInfo } from '../check/program.js';
import { lowerFunction } from '../ir/lower.js';
import type { LowerResult } from '../ir/types.js';

const LOWERED = new WeakMap<CheckedCrate, { scc: Scc; fns: Map<FnInfo, LowerResult>; contracts: Map<FnInfo, LowerResult> }>();

function cacheOf(crate: CheckedCrate) {
  let c = LOWERED.get(crate);
  if (!c) LOWERED.set(crate, c = { scc: recursionComponents(crate), fns: new Map(), contracts: new Map() });
  return c;
}

/** `info` lowered (spec fns with their bodies, whether verified themselves or not). */
export function loweredFn(crate: CheckedCrate, info: FnInfo): LowerResult {
  const c = cacheOf(crate);
  let r = c.fns.get(info);
  if (!r) c.fns.set(info, r = lowerFunction(crate, info, c.scc, { specBodies: true }));
  return r;
}

/** `info`'s contract lowered, without its body (a broadcast lemma is an axiom whatever its proof). */
export function loweredContract(crate: CheckedCrate, info: FnInfo): LowerResult {
  const c = cacheOf(crate);
  let r = c.contracts.get(info);
  if (!r) c.contracts.set(info, r = lowerFunction(crate, info, c.scc, { contractOnly: true }));
  return r;
}
