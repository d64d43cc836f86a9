/**
 * The proof cache across workflow runs (@actions/cache): restored before the engine runs,
 * saved after under a fresh key. Each shard of a matrix has a cache of its own (the shard
 * is in the key), so shards neither overwrite nor restore each other's. Cache trouble is
 * never fatal; it only costs time.
 */
import * as cache from '@actions/cache';

const KEY_PREFIX = 'proofgate-proof-cache-';

export interface CacheKeys {
  /** What a run saves under: unique per run attempt. */
  key: string;
  /** What a run restores from: the newest key of its own scope. */
  restorePrefix: string;
}

/** `shard-I-of-N` for a shard, `all` for a whole run. */
export function cacheKeys(shard: { index: number; count: number } | null, env: NodeJS.ProcessEnv): CacheKeys {
  const scope = shard ? `shard-${shard.index}-of-${shard.count}` : 'all';
  const restorePrefix = `${KEY_PREFIX}${scope}-`;
  return { key: `${restorePrefix}${env.GITHUB_RUN_ID ?? Date.now()}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`, restorePrefix };
}

export async function restoreProofCache(dir: string, keys: CacheKeys, log: (msg: string) => void): Promise<void> {
  if (!cache.isFeatureAvailable()) return;
  try {
    const hit = await cache.restoreCache([dir], keys.key, [keys.restorePrefix]);
    log(hit ? `proof cache restored (${hit})` : 'no proof cache yet');
  } catch (err) {
    log(`proof cache not restored: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export async function saveProofCache(dir: string, keys: CacheKeys, log: (msg: string) => void): Promise<void> {
  if (!cache.isFeatureAvailable()) return;
  try {
    await cache.saveCache([dir], keys.key);
  } catch (err) {
    log(`proof cache not saved: ${err instanceof Error ? err.message : String(err)}`);
  }
}
