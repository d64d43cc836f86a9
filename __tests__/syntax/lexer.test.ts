import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lex } from '../../src/syntax/lexer.js';

const kinds = (src: string): string[] => lex('t.rs', src).tokens.filter((t) => t.kind !== 'eof').map((t) => `${t.kind}:${t.text}`);

test('Verus operators are single tokens (longest match)', () => {
  assert.deepEqual(kinds('a ==> b <== c <==> d &&& e ||| f === g !== h =~= i =~~= j x@'), [
    'ident:a', 'punct:==>', 'ident:b', 'punct:<==', 'ident:c', 'punct:<==>', 'ident:d', 'punct:&&&', 'ident:e',
    'punct:|||', 'ident:f', 'punct:===', 'ident:g', 'punct:!==', 'ident:h', 'punct:=~=', 'ident:i', 'punct:=~~=', 'ident:j',
    'ident:x', 'punct:@',
  ]);
  assert.deepEqual(kinds('a<<=b>>=c..=d...e::f->g=>h'), ['ident:a', 'punct:<<=', 'ident:b', 'punct:>>=', 'ident:c', 'punct:..=', 'ident:d', 'punct:...', 'ident:e', 'punct:::', 'ident:f', 'punct:->', 'ident:g', 'punct:=>', 'ident:h']);
});

test('integer literals: radixes, separators, suffixes, bigint values', () => {
  const toks = lex('t.rs', '0x1_0000_0000 0b1010 0o17 4_096 4096u64 0xffu8 18446744073709551615 1usize').tokens;
  assert.deepEqual(toks.slice(0, -1).map((t) => [t.value, t.suffix]), [
    [0x100000000n, undefined], [10n, undefined], [15n, undefined], [4096n, undefined], [4096n, 'u64'], [255n, 'u8'],
    [18446744073709551615n, undefined], [1n, 'usize'],
  ]);
});

test('floats, ranges and tuple fields', () => {
  assert.deepEqual(kinds('1.5 1..2 t.0 1e3'), ['float:1.5', 'int:1', 'punct:..', 'int:2', 'ident:t', 'punct:.', 'int:0', 'float:1e3']);
});

test('chars, strings, raw strings, byte strings, lifetimes', () => {
  const toks = lex('t.rs', `'a' '\\n' '\\u{1F600}' "s\\"q" r#"r"aw"# b"by" b'x' 'life fn<'a>`).tokens;
  assert.deepEqual(toks.slice(0, 8).map((t) => [t.kind, t.value]), [
    ['char', 'a'], ['char', '\n'], ['char', '\u{1F600}'], ['str', 's"q'], ['str', 'r"aw'], ['str', 'by'], ['char', 'x'], ['lifetime', undefined],
  ]);
  assert.equal(toks[10]!.kind, 'lifetime');
});

test('comments: nested block comments and doc comments are skipped (docs kept aside)', () => {
  const r = lex('t.rs', '/* a /* b */ c */ x // y\n/// doc\n//! inner\n/** blk */ z');
  assert.deepEqual(r.tokens.filter((t) => t.kind !== 'eof').map((t) => t.text), ['x', 'z']);
  assert.deepEqual(r.docs.map((d) => [d.text.trim(), d.inner]), [['doc', false], ['inner', true], ['blk', false]]);
  assert.equal(r.diagnostics.length, 0);
});

test('exact spans across lines', () => {
  const r = lex('t.rs', 'fn f() {\n    a + /* x\n y */ bb\n}');
  const bb = r.tokens.find((t) => t.text === 'bb')!;
  assert.deepEqual([bb.start, bb.end, bb.line, bb.col, bb.endLine, bb.endCol], [28, 30, 3, 7, 3, 9]);
  const plus = r.tokens.find((t) => t.text === '+')!;
  assert.deepEqual([plus.line, plus.col, plus.endCol], [2, 7, 8]);
});

test('lexer errors: unterminated comment/string, unknown characters', () => {
  assert.match(lex('t.rs', '/* open').diagnostics[0]!.message, /unterminated block comment/);
  assert.match(lex('t.rs', '"open').diagnostics[0]!.message, /unterminated double quote string/);
  assert.match(lex('t.rs', 'a \u20ac b').diagnostics[0]!.message, /unknown start of token/);
});
