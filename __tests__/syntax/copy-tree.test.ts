import assert from 'node:assert/strict';
import { it } from 'node:test';
import { copyTree } from '../../src/syntax/copy-tree.js';
import { parseFile } from '../../src/syntax/parser.js';

it('copies a parsed tree deeply, shared nodes staying shared and nothing reachable from the original', () => {
  const shared = { kind: 'path', segments: ['Self'] };
  const tree = { items: [{ ty: shared, value: 5n }, { ty: shared, attrs: [] as unknown[] }], meta: new Map([['k', 1]]) };
  const copy = copyTree(tree);
  assert.deepEqual(copy, tree);
  assert.notEqual(copy.items[0]!.ty, shared);
  assert.equal(copy.items[0]!.ty, copy.items[1]!.ty);
  assert.equal(copy.items[0]!.value, 5n);
  assert.ok(copy.meta instanceof Map && copy.meta !== tree.meta);
  copy.items[1]!.attrs!.push('x');
  assert.deepEqual(tree.items[1]!.attrs, []);
});

it('a copy of a parsed file is equal to it and independent of it', () => {
  const { file } = parseFile('a.rs', 'verus! { spec fn f(x: int) -> int { x + 1 } proof fn g() ensures f(1) == 2 {} }');
  const copy = copyTree(file);
  assert.deepEqual(copy, file);
  (copy.items as unknown[]).length = 0;
  assert.ok(file.items.length > 0);
});
