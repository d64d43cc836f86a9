/** `--shard I/N`: a deterministic share of the work, by a hash of each unit's name. */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard | undefined {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (!m) return undefined;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : undefined;
}

export function inShard(name: string, shard: Shard): boolean {
  const h = createHash('sha256').update(name).digest().readUInt32BE(0);
  return h % shard.count === shard.index - 1;
}
