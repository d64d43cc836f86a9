/**
 * The proof cache across workflow runs (@actions/cache): restored before the engine runs,
 * saved after under a fresh key. Cache trouble is never fatal; it only costs time.
 */
import * as cache from '@actions/cache';

const KEY_PREFIX = 'proofgate-proof-cache-';

export async function restoreProofCache(dir: string, log: (msg: string) => void): Promise<void> {
  if (!cache.isFeatureAvailable()) return;
  try {
    const hit = await cache.restoreCache([dir], `${KEY_PREFIX}${process.env.GITHUB_RUN_ID ?? 'local'}`, [KEY_PREFIX]);
    log(hit ? `proof cache restored (${hit})` : 'no proof cache yet');
  } catch (err) {
    log(`proof cache not restored: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export async function saveProofCache(dir: string, log: (msg: string) => void): Promise<void> {
  if (!cache.isFeatureAvailable()) return;
  const key = `${KEY_PREFIX}${process.env.GITHUB_RUN_ID ?? Date.now()}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`;
  try {
    await cache.saveCache([dir], key);
  } catch (err) {
    log(`proof cache not saved: ${err instanceof Error ? err.message : String(err)}`);
  }
}
