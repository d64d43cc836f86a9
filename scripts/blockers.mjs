#!/usr/bin/env node
/**
 * What keeps a code base's verified functions from being checked, by root cause: reads the
 * results of `proofgate verify PATH --no-verify --output R.json` and follows each
 * "a use of `f` (its spec has a construct that is not supported)" to what keeps `f` out,
 * so a blocker is counted with every function it keeps out, directly or through a callee.
 *
 *   node scripts/blockers.mjs R.json [--top N]
 *
 * Prints: items per status, then the root blockers, most functions first.
 */
import { readFileSync } from 'node:fs';

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/blockers.mjs RESULTS.json [--top N]');
  process.exit(2);
}
const top = rest[0] === '--top' ? Number(rest[1]) : 40;
const results = JSON.parse(readFileSync(file, 'utf8'));
const items = (results.crates ?? []).flatMap((c) => c.items);
if (items.length === 0) {
  console.error(`${file}: no crates[].items (write it with --no-verify)`);
  process.exit(2);
}

const USE = /^not supported: a use of `([^`]+)` \(its spec has a construct that is not supported\)$/;
const byName = new Map();
for (const i of items) byName.set(i.item, i);
/** The item a short name in a message stands for (messages name items as written). */
function lookup(name) {
  if (byName.has(name)) return byName.get(name);
  const tail = `::${name.replace(/^(crate|self|Self)::/, '')}`;
  const found = items.filter((i) => i.item.endsWith(tail));
  return found.length === 1 ? found[0] : undefined;
}

function rootReason(item, seen = new Set()) {
  const m = USE.exec(item.reason ?? '');
  if (!m) return item.reason ?? '(no reason)';
  seen.add(item.item);
  // a short name several items share (`wf`): the unsupported ones are followed, and their
  // roots are the blocker when they agree
  const next = candidates(m[1]).filter((c) => c.status === 'unsupported' && !seen.has(c.item));
  const roots = [...new Set(next.map((c) => rootReason(c, new Set(seen))))];
  return roots.length === 1 ? roots[0] : item.reason;
}

/** The items a short name in a message may stand for. */
function candidates(name) {
  const one = lookup(name);
  if (one) return [one];
  const tail = `::${name.replace(/^(crate|self|Self)::/, '')}`;
  return items.filter((i) => i.item.endsWith(tail));
}

const count = new Map();
for (const i of items) count.set(`${i.kind}/${i.status}`, (count.get(`${i.kind}/${i.status}`) ?? 0) + 1);
console.log([...count].map(([k, n]) => `${k}: ${n}`).join(', '));
const roots = new Map();
for (const i of items) {
  if (i.status !== 'unsupported' || i.kind !== 'fn') continue;
  // one shape per blocker: names of the code base's items are kept, so each row says what to implement
  const r = rootReason(i).replace(/^not supported: /, '');
  roots.set(r, (roots.get(r) ?? 0) + 1);
}
const rows = [...roots].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
console.log(`\nfunctions kept out, by root blocker (${rows.length} blockers):`);
for (const [r, n] of rows.slice(0, top)) console.log(`${String(n).padStart(5)}  ${r}`);
if (rows.length > top) console.log(`  ... ${rows.length - top} more`);
