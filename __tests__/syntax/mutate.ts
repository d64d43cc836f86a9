/**
 * Source mutations for robustness testing (used by the syntax fuzz test; exported so the
 * full pipeline can be fuzzed the same way). Deterministic given the seed.
 */
import { lex } from '../../src/syntax/lexer.js';

/** A small deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Mutation = 'truncate' | 'delete-token' | 'duplicate-token' | 'random-bytes' | 'swap-tokens' | 'delete-delimiter';
export const MUTATIONS: Mutation[] = ['truncate', 'delete-token', 'duplicate-token', 'random-bytes', 'swap-tokens', 'delete-delimiter'];

const JUNK = ['{', '}', '(', ')', '[', ']', ';', ',', '|', '#', '!', '@', '==>', '&&&', "'", '"', '/*', '\u00e9', '\u0000', 'fn', 'verus!', '0x', '1_u', 'r#"'];

function tokenRanges(text: string): { start: number; end: number; text: string }[] {
  return lex('m.rs', text).tokens.filter((t) => t.kind !== 'eof').map((t) => ({ start: t.start, end: t.end, text: t.text }));
}

export function mutate(text: string, kind: Mutation, rand: () => number): string {
  const pick = (n: number): number => Math.floor(rand() * n);
  switch (kind) {
    case 'truncate':
      return text.slice(0, pick(text.length + 1));
    case 'random-bytes': {
      let out = text;
      const count = 1 + pick(4);
      for (let k = 0; k < count; k++) {
        const at = pick(out.length + 1);
        out = out.slice(0, at) + JUNK[pick(JUNK.length)]! + out.slice(at);
      }
      return out;
    }
    default: {
      const toks = tokenRanges(text);
      if (toks.length === 0) return text;
      if (kind === 'delete-delimiter') {
        const delims = toks.filter((t) => '()[]{}'.includes(t.text) && t.text.length === 1);
        if (delims.length === 0) return text;
        const d = delims[pick(delims.length)]!;
        return text.slice(0, d.start) + text.slice(d.end);
      }
      const t = toks[pick(toks.length)]!;
      if (kind === 'delete-token') return text.slice(0, t.start) + text.slice(t.end);
      if (kind === 'duplicate-token') return text.slice(0, t.end) + ' ' + t.text + text.slice(t.end);
      const u = toks[pick(toks.length)]!;
      const [a, b] = t.start < u.start ? [t, u] : [u, t];
      if (a.end > b.start) return text;
      return text.slice(0, a.start) + b.text + text.slice(a.end, b.start) + a.text + text.slice(b.end);
    }
  }
}

/** Remove one delimiter inside the first `verus! { ... }` block (always unbalances the file). */
export function unbalanceInsideVerus(text: string, rand: () => number): string | undefined {
  const toks = tokenRanges(text);
  const v = toks.findIndex((t, i) => t.text === 'verus' && toks[i + 1]?.text === '!' && toks[i + 2]?.text === '{');
  if (v < 0) return undefined;
  const inside = toks.slice(v + 3).filter((t) => '()[]{}'.includes(t.text) && t.text.length === 1);
  if (inside.length === 0) return undefined;
  const d = inside[Math.floor(rand() * inside.length)]!;
  return text.slice(0, d.start) + text.slice(d.end);
}
