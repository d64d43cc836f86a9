import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isResourceOut, readReply, reasonUnknown, satAnswer, valuesOf } from '../../src/smt/replies.js';
import { integerValue, isBalanced, parseSexprs, renderValue } from '../../src/smt/sexpr.js';

test('parses nested lists, strings, quoted symbols and skips comments', () => {
  assert.deepEqual(parseSexprs('sat ; note\n((x (- 5)) (|a b| "s""t"))'), ['sat', [['x', ['-', '5']], ['|a b|', '"s""t"']]]);
});

test('renders model values in decimal', () => {
  const v = (t: string) => renderValue(parseSexprs(t)[0]!);
  assert.equal(v('(- 5)'), '-5');
  assert.equal(v('4096'), '4096');
  assert.equal(v('#x0000000000001000'), '4096');
  assert.equal(v('#b101'), '5');
  assert.equal(v('(_ bv10 8)'), '10');
  assert.equal(v('#xffffffffffffffff'), '18446744073709551615');
  assert.equal(v('true'), 'true');
  assert.equal(v('(store a 1 2)'), '(store a 1 2)');
  assert.equal(integerValue('x'), undefined);
});

test('reads answers, errors, values and reasons from a reply', () => {
  const r = readReply('(error "line 1 column 2: unknown constant y")\nunknown\n(:reason-unknown "(incomplete quantifiers)")\n((a true) (b false))\n');
  assert.deepEqual(r.errors, ['line 1 column 2: unknown constant y']);
  assert.equal(satAnswer(r), 'unknown');
  assert.equal(reasonUnknown(r), 'incomplete quantifiers');
  assert.deepEqual(valuesOf(r), ['true', 'false']);
  assert.equal(isResourceOut('canceled'), true);
  assert.equal(isResourceOut('timeout'), true);
  assert.equal(isResourceOut('max. resource limit exceeded'), true);
  assert.equal(isResourceOut('incomplete quantifiers'), false);
});

test('detects unbalanced input', () => {
  assert.equal(isBalanced('(assert (> x 0))'), true);
  assert.equal(isBalanced('(assert (> x 0)'), false);
  assert.equal(isBalanced('(echo "(")'), true);
  assert.equal(isBalanced('(declare-const |a)b| Int) ; (\n'), true);
  assert.equal(isBalanced('(echo "a""b)")'), true);
  assert.equal(isBalanced(')('), false);
  assert.equal(isBalanced('(echo "a""b" ('), false);
  assert.equal(isBalanced('(echo "x"")'), false, 'the string never ends');
  assert.equal(isBalanced('(check-sat) ; trailing comment without newline'), true);
});
