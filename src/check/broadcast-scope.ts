/**
 * Which broadcast lemmas a fn's proof may use: the crate's `broadcast use` (module level, in
 * force everywhere) and the `broadcast use` statements of its own body. A statement is in
 * force for the whole fn here, where Verus scopes it to its block: the proof only knows
 * more proved facts, which is sound; the cycle rules (callgraph.ts) apply to both alike.
 */
import type { CheckedCrate } from './program.js';

/** The lemmas `fn` (by qname) may assume, crate-wide ones first, each once. */
export function broadcastLemmasOf(crate: CheckedCrate, fn: string): string[] {
  const local = crate.bodyBroadcasts?.get(fn) ?? [];
  if (local.length === 0) return crate.broadcastLemmas;
  return [...new Set([...crate.broadcastLemmas, ...local.map((u) => u.lemma)])];
}

/** Every lemma some fn of the crate may assume. */
export function allBroadcastLemmas(crate: CheckedCrate): string[] {
  const all = new Set(crate.broadcastLemmas);
  for (const uses of crate.bodyBroadcasts?.values() ?? []) for (const u of uses) all.add(u.lemma);
  return [...all];
}
