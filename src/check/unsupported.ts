/**
 * Items inside verified code that are outside the subset and that the parser does not
 * already reject (it reports traits, type aliases, trait impls and macro items itself).
 * Each is reported once as "not supported: <what>" with the item's span.
 */
import type { Item } from '../syntax/ast.js';
import type { Diags } from './diagnostics.js';

export function reportUnsupportedItems(items: Item[] | undefined, diags: Diags): void {
  for (const it of items ?? []) {
    switch (it.kind) {
      case 'verus':
      case 'mod':
      case 'include':
        reportUnsupportedItems(it.items, diags);
        break;
      case 'const':
        if (it.verified && it.isStatic) diags.unsupported('static items', it.span);
        break;
      case 'impl':
        for (const sub of it.items) if (sub.kind === 'const' && sub.verified && sub.isStatic) diags.unsupported('static items', sub.span);
        break;
      default:
        break;
    }
  }
}
