/**
 * Verus's `tokenized_state_machine!` (VerusSync), the subset Proofgate supports, expanded in
 * the parser into ordinary Verus items, as the proc macro does:
 *
 *   pub mod NAME {
 *     use super::*;
 *     pub ghost struct State<G> { fields }                  // the global state
 *     impl<G> State<G> {
 *       #[invariant] fns (open spec), `invariant()`          // their conjunction
 *       TR(pre, post, ..), TR_strong(pre, post, ..)          // relations (weak: asserts imply the rest)
 *       INIT(post, ..)
 *       #[inductive(TR)] lemmas with the implied requires/ensures, one check per invariant
 *       TR_asserts(pre, ..)                                  // proof of every `assert` and inherent safety condition
 *     }
 *     pub use self::sm_tokens::{Instance, FIELD, ..};
 *     pub mod sm_tokens {
 *       pub tracked struct Instance<G> { .. }                // id(), the constants
 *       pub tracked struct FIELD<G> { .. }                   // one token type per tokenized field
 *       impl<G> Instance<G> { external_body exchange fns }   // the trusted token API
 *     }
 *   }
 *
 * The exchange functions are trusted: that is sound only because every invariant is proved
 * inductive (the lemmas must exist and are verified) and every safety condition is proved
 * (the `_asserts` lemmas), and because tokens cannot be forged (their one field is private
 * to `sm_tokens`, which the checker enforces for struct literals, so neither users nor the
 * machine's own lemmas can build one; helper fns in the machine must be `spec`). Whatever this file does not
 * implement (other sharding strategies, `match` in transitions, pattern binding forms,
 * general `(x)` elements, labels, ...) is refused as `not supported: ...` at its
 * location: the whole machine is then left out (uses of it are refused), never half-made.
 * PROOFGATE_DUMP_STATE_MACHINE=1 prints each expansion on stderr (for debugging).
 */
import { diag, type Diagnostic } from '../report/diagnostic.js';
import type { Block, IfExpr, Item } from './ast.js';
import { lex } from './lexer.js';
import type { Parser } from './parser-core.js';
import type { Span } from './span.js';
import { firstToken, lastToken, treeText, type TokenTree } from './token-tree.js';
import type { Token } from './tokens.js';

type Strategy = 'variable' | 'constant' | 'option' | 'storage_option' | 'multiset' | 'map' | 'imap';
const SUPPORTED: ReadonlySet<string> = new Set(['variable', 'constant', 'option', 'storage_option', 'multiset', 'map', 'imap']);
const KNOWN_STRATEGIES: ReadonlySet<string> = new Set([
  'variable', 'constant', 'not_tokenized', 'option', 'persistent_option', 'storage_option', 'map', 'persistent_map',
  'storage_map', 'imap', 'persistent_imap', 'storage_imap', 'multiset', 'set', 'persistent_set', 'iset', 'persistent_iset',
  'count', 'persistent_count', 'bool', 'persistent_bool',
]);

interface Field {
  name: Token;
  strategy: Strategy;
  /** The field's type as written. */
  ty: TokenTree[];
  /** option/storage_option/multiset: the element type; map: key and value. */
  elem?: TokenTree[];
  key?: TokenTree[];
  val?: TokenTree[];
}

type Op = 'remove' | 'have' | 'add' | 'deposit' | 'withdraw' | 'guard';
type Elt = { k: 'some'; e: TokenTree[] } | { k: 'single'; e: TokenTree[] } | { k: 'kv'; key: TokenTree[]; val: TokenTree[] };

type TStmt =
  | { k: 'let'; birds: boolean; pat: TokenTree[]; ty?: TokenTree[]; e: TokenTree[]; at: Token }
  | { k: 'require'; e: TokenTree[]; at: Token }
  | { k: 'assert'; e: TokenTree[]; by?: TokenTree; at: Token }
  | { k: 'init' | 'update'; field: Field; e: TokenTree[]; at: Token }
  | { k: 'special'; op: Op; field: Field; elt: Elt; by?: TokenTree; at: Token }
  | { k: 'if'; cond: TokenTree[]; then: TStmt[]; els: TStmt[]; at: Token };

type Kind = 'init' | 'transition' | 'readonly' | 'property';
interface Param { name: Token; ty: TokenTree[] }
interface Transition { kind: Kind; name: Token; params: Param[]; body: TStmt[] }
interface Invariant { name: Token; fn: TokenTree[] }
interface Lemma { target: Token; fnTok: Token; name: Token; params: { name: Token; ty: TokenTree[] }[]; body: TokenTree; paramsGroup: TokenTree }

interface Machine {
  name: Token;
  generics: Token[]; // the type parameter names
  fields: Field[];
  invariants: Invariant[];
  lemmas: Lemma[];
  transitions: Transition[];
  normalFns: TokenTree[][];
}

/** A refusal or a macro error: the machine is not made. */
class SmError extends Error {
  constructor(readonly diagnostic: Diagnostic) { super(diagnostic.message); }
}

// ------------------------------------------------------------------------------- entry

/** At `tokenized_state_machine! ( .. )` (the cursor on its name): the expansion, or an opaque item. */
export function expandStateMachine(p: Parser, start: number, attrs: { attr: { name: string; args: string } }[]): Item {
  const nameTok = p.tok;
  p.advance();
  p.expect('!');
  const open = p.pos;
  const close = p.match[open] ?? -1;
  if (!(p.is('(') || p.is('{') || p.is('[')) || close < open) { p.hint('(', '{'); p.failExpected(); }
  const trees = treesBetween(p, open + 1, close);
  p.pos = close;
  p.advance();
  p.eat(';');
  const span = p.spanFrom(start);
  const opaque = (): Item => ({ kind: 'opaque', what: 'macro', name: nameTok.text, span, attrs: attrs.map((a) => a.attr), vis: 'private', verified: false } as unknown as Item);
  if (nameTok.text !== 'tokenized_state_machine') {
    p.diagnostics.push(diag('unsupported', `not supported: \`${nameTok.text}!\` (of Verus's state machine macros, only \`tokenized_state_machine!\` is)`, p.spanOf(nameTok)));
    return opaque();
  }
  let out: { trees: TokenTree[]; messages: Map<string, string[]> };
  try {
    const sm = parseMachine(p, trees, nameTok);
    checkMachine(p, sm);
    out = generate(p, sm);
  } catch (e) {
    if (!(e instanceof SmError)) throw e;
    p.diagnostics.push(e.diagnostic);
    return opaque();
  }
  if (process.env.PROOFGATE_DUMP_STATE_MACHINE) process.stderr.write(`${out.trees.map(treeText).join(' ')}\n`);
  const item = parseGenerated(p, out.trees, close);
  attachMessages(item, out.messages);
  return item;
}

function treesBetween(p: Parser, from: number, to: number): TokenTree[] {
  const out: TokenTree[] = [];
  let i = from;
  while (i < to) {
    const m = p.match[i]!;
    const t = p.token(i);
    if (m > i && t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) {
      out.push({ kind: 'group', delim: t.text, open: t, close: p.token(m), inner: treesBetween(p, i + 1, m) });
      i = m + 1;
    } else {
      out.push({ kind: 'tok', tok: t });
      i++;
    }
  }
  return out;
}

/** Verus's texts on the generated assertions (the top-level `assert`s of the safety and inductiveness lemmas, in order). */
function attachMessages(item: Item, messages: Map<string, string[]>): void {
  if (item.kind !== 'mod') return;
  for (const impl of item.items ?? []) {
    if (impl.kind !== 'impl') continue;
    for (const fn of impl.items) {
      if (fn.kind !== 'fn' || !fn.body) continue;
      const ms = messages.get(fn.name);
      if (!ms) continue;
      // the generated asserts, in the order they are written (into the `if`s a conditional makes,
      // not into the user's own blocks: those are block statements, never walked)
      let i = 0;
      const block = (b: Block): void => {
        for (const st of b.stmts) {
          if (st.kind === 'assert') { if (i < ms.length) st.message = ms[i++]; } else if (st.kind === 'let' && st.init?.kind === 'if') ifExpr(st.init);
          else if (st.kind === 'expr' && st.expr.kind === 'if') ifExpr(st.expr);
        }
        if (b.tail?.kind === 'if') ifExpr(b.tail);
      };
      const ifExpr = (e: IfExpr): void => {
        block(e.then);
        if (e.else) { if ('stmts' in e.else) block(e.else); else ifExpr(e.else); }
      };
      block(fn.body);
    }
  }
}

let parseGeneratedHook: ((p: Parser, trees: TokenTree[], close: number) => Item) | undefined;
/** Set by the item parser (which this file cannot import without a cycle). */
export function setGeneratedItemParser(f: (p: Parser, trees: TokenTree[], close: number) => Item): void {
  parseGeneratedHook = f;
}
function parseGenerated(p: Parser, trees: TokenTree[], close: number): Item {
  return parseGeneratedHook!(p, trees, close);
}

// ------------------------------------------------------------------------------- parsing

function spanOfTrees(p: Parser, ts: readonly TokenTree[], fallback: Token): Span {
  if (ts.length === 0) return p.spanOf(fallback);
  const a = p.spanOf(firstToken(ts[0]!));
  const b = p.spanOf(lastToken(ts[ts.length - 1]!));
  return { ...a, end: b.end, endLine: b.endLine, endColumn: b.endColumn };
}

function refuse(p: Parser, what: string, at: Token | Span): never {
  throw new SmError(diag('unsupported', `not supported: ${what}`, 'file' in at ? at : p.spanOf(at)));
}
function fail(p: Parser, message: string, at: Token | Span): never {
  throw new SmError(diag('type', message, 'file' in at ? at : p.spanOf(at)));
}

const isTok = (t: TokenTree | undefined, text: string): boolean => t?.kind === 'tok' && t.tok.text === text && (t.tok.kind === 'ident' || t.tok.kind === 'punct');
const isIdent = (t: TokenTree | undefined): t is { kind: 'tok'; tok: Token } => t?.kind === 'tok' && t.tok.kind === 'ident';
const isGroup = (t: TokenTree | undefined, d: '(' | '[' | '{'): t is Extract<TokenTree, { kind: 'group' }> => t?.kind === 'group' && t.delim === d;

/** Splits at top-level tokens with text `sep` (groups are single trees; `<..>` counted too when `angles`). */
function splitTop(ts: readonly TokenTree[], sep: string, angles = false): TokenTree[][] {
  if (ts.length === 0) return [];
  const out: TokenTree[][] = [[]];
  let depth = 0;
  for (const t of ts) {
    if (angles && t.kind === 'tok' && t.tok.kind === 'punct') {
      if (t.tok.text === '<') depth++;
      else if (t.tok.text === '>') depth--;
      else if (t.tok.text === '>>') depth -= 2;
    }
    if (depth === 0 && isTok(t, sep)) out.push([]);
    else out[out.length - 1]!.push(t);
  }
  if (out.length > 1 && out[out.length - 1]!.length === 0) out.pop();
  return out;
}

/** `Head<args>` split into its arguments (top-level commas), or undefined. */
function typeArgs(ty: readonly TokenTree[], head: string): TokenTree[][] | undefined {
  if (ty.length < 3 || !isTok(ty[0], head) || !isTok(ty[1], '<')) return undefined;
  const last = ty[ty.length - 1]!;
  if (!isTok(last, '>')) {
    // `Map<K, Option<V>>` lexes its end as `>>`: the inner type keeps one `>`
    if (!isTok(last, '>>')) return undefined;
    const tok = (last as { tok: Token }).tok;
    const inner = ty.slice(2, -1).concat([{ kind: 'tok', tok: { ...tok, text: '>', end: tok.end - 1, endCol: tok.endCol - 1 } }]);
    return splitTop(inner, ',', true);
  }
  return splitTop(ty.slice(2, -1), ',', true);
}

function parseMachine(p: Parser, trees: TokenTree[], macroTok: Token): Machine {
  let i = 0;
  if (isTok(trees[0], '#')) refuse(p, 'attributes on a `tokenized_state_machine!` (`#[verifier::..]` and the like)', firstToken(trees[0]!));
  const nameT = trees[i++];
  if (!isIdent(nameT)) fail(p, 'expected the state machine\'s name', trees[0] ? firstToken(trees[0]) : macroTok);
  const generics: Token[] = [];
  if (isTok(trees[i], '<')) {
    i++;
    for (;;) {
      const g = trees[i++];
      if (!isIdent(g)) fail(p, 'expected a type parameter', g ? firstToken(g) : nameT.tok);
      if (isTok(trees[i], ':') || isTok(trees[i], '=')) refuse(p, 'bounds or defaults on the type parameters of a `tokenized_state_machine!`', firstToken(trees[i]!));
      generics.push(g.tok);
      if (isTok(trees[i], ',')) { i++; if (isTok(trees[i], '>')) { i++; break; } continue; }
      if (isTok(trees[i], '>')) { i++; break; }
      fail(p, 'expected `,` or `>`', trees[i] ? firstToken(trees[i]!) : g.tok);
    }
  }
  const body = trees[i++];
  if (!isGroup(body, '{')) fail(p, 'expected `{`', body ? firstToken(body) : nameT.tok);
  if (i < trees.length) fail(p, 'unexpected tokens after the state machine\'s body', firstToken(trees[i]!));
  const sm: Machine = { name: nameT.tok, generics, fields: [], invariants: [], lemmas: [], transitions: [], normalFns: [] };
  const items = body.inner;
  let k = 0;
  let sawFields = false;
  while (k < items.length) {
    // attributes
    const itemStart = k;
    const attrs: { name: string; args?: TokenTree; at: Token; trees: TokenTree[] }[] = [];
    while (isTok(items[k], '#') && isGroup(items[k + 1], '[')) {
      const g = items[k + 1] as Extract<TokenTree, { kind: 'group' }>;
      const parts = g.inner;
      const name = parts.filter((t, j) => j === 0 || (j < parts.length && !(t.kind === 'group'))).map(treeText).join('');
      const args = parts.find((t) => t.kind === 'group');
      attrs.push({ name: name.replace(/\(.*$/, ''), args, at: g.open, trees: [items[k]!, g] });
      k += 2;
    }
    const t = items[k];
    if (!t) break;
    if (isTok(t, 'fields') && isGroup(items[k + 1], '{')) {
      if (attrs.length) refuse(p, 'attributes on `fields`', attrs[0]!.at);
      if (sawFields) fail(p, 'duplicate `fields` block', firstToken(t));
      sawFields = true;
      sm.fields = parseFields(p, (items[k + 1] as Extract<TokenTree, { kind: 'group' }>).inner, (t as { tok: Token }).tok);
      k += 2;
      continue;
    }
    if (isIdent(t) && isTok(items[k + 1], '!') && isGroup(items[k + 2], '{')) {
      if (attrs.length) refuse(p, 'attributes on a transition', attrs[0]!.at);
      const which = t.tok.text;
      const inner = (items[k + 2] as Extract<TokenTree, { kind: 'group' }>).inner;
      k += 3;
      if (which === 'init' || which === 'transition' || which === 'readonly' || which === 'property') {
        sm.transitions.push(parseTransition(p, which, inner, t.tok, sm));
        continue;
      }
      refuse(p, `\`${which}!\` in \`tokenized_state_machine!\``, t.tok);
    }
    // a fn item: up to and including its body
    let e = k;
    while (e < items.length && !isTok(items[e], 'fn')) {
      if (isGroup(items[e], '{')) break;
      e++;
    }
    if (!isTok(items[e], 'fn')) refuse(p, 'this item in `tokenized_state_machine!` (only `fields`, fns and `init!`/`transition!`/`readonly!`/`property!` are)', firstToken(t));
    const fnTok = (items[e] as { tok: Token }).tok;
    const fnName = items[e + 1];
    if (!isIdent(fnName)) fail(p, 'expected a function name', fnTok);
    let b = e + 2;
    while (b < items.length && !isGroup(items[b], '{')) b++;
    if (b >= items.length) fail(p, 'expected a function body', fnTok);
    const fnTrees = items.slice(itemStart, b + 1);
    const ownTrees = items.slice(k, b + 1);
    k = b + 1;
    const kindAttrs = attrs.filter((a) => a.name === 'invariant' || a.name === 'inductive' || a.name === 'safety' || a.name === 'transition' || a.name === 'init' || a.name === 'readonly');
    if (kindAttrs.length > 1) fail(p, 'conflicting attributes', kindAttrs[1]!.at);
    const ka = kindAttrs[0];
    if (!ka) {
      // helpers go into the State's impl, inside the module where the tokens can be built:
      // only spec fns (a proof fn there could forge tokens)
      if (!ownTrees.slice(0, ownTrees.indexOf(items[e]!)).some((m) => isTok(m, 'spec'))) refuse(p, 'a `proof` or exec fn inside `tokenized_state_machine!` (only `spec` helper fns are)', fnTok);
      sm.normalFns.push(fnTrees);
      continue;
    }
    if (attrs.length > 1) refuse(p, `other attributes beside \`#[${ka.name}]\``, attrs.find((a) => a !== ka)!.at);
    if (ka.name === 'invariant') {
      sm.invariants.push({ name: fnName.tok, fn: ownTrees });
      continue;
    }
    if (ka.name === 'inductive') {
      const target = ka.args && ka.args.kind === 'group' ? ka.args.inner : [];
      if (target.length !== 1 || !isIdent(target[0])) fail(p, 'expected `#[inductive(transition_name)]`', ka.at);
      const paramsGroup = items[e + 2];
      if (!isGroup(paramsGroup, '(')) fail(p, 'expected the lemma\'s parameters', fnName.tok);
      // `fn name(params) { .. }`: nothing else in the signature
      const mods = ownTrees.slice(0, ownTrees.indexOf(items[e]!));
      for (const m of mods) {
        if (!(isTok(m, 'proof'))) fail(p, isTok(m, 'spec') || isTok(m, 'exec') ? 'an inductiveness lemma should be `proof`' : `unexpected \`${treeText(m)}\` on an 'inductive' lemma`, firstToken(m));
      }
      if (b !== e + 3) {
        const extra = items[e + 3]!;
        fail(p, isTok(extra, '->') ? "'inductive' lemma should have no return type" : isTok(extra, '<') ? "'inductive' lemma should have no generic parameters" : `unexpected \`${treeText(extra)}\` in an 'inductive' lemma's signature`, firstToken(extra));
      }
      const params: { name: Token; ty: TokenTree[] }[] = [];
      for (const part of splitTop(paramsGroup.inner, ',', true)) {
        const c = part.findIndex((x) => isTok(x, ':'));
        if (c !== 1 || !isIdent(part[0])) { params.push({ name: firstToken(part[0]!), ty: [] }); continue; }
        params.push({ name: part[0].tok, ty: part.slice(2) });
      }
      const lbody = items[b]!;
      if (lbody.kind === 'group' && lbody.inner.length > 0 && (isTok(lbody.inner[0], 'requires') || isTok(lbody.inner[0], 'ensures'))) {
        fail(p, 'header statement here was probably a mistake: in an inductiveness lemma, the precondition and postcondition are implicit, generated by the macro', firstToken(lbody.inner[0]!));
      }
      sm.lemmas.push({ target: (target[0] as { tok: Token }).tok, fnTok, name: fnName.tok, params, body: lbody, paramsGroup });
      continue;
    }
    refuse(p, `\`#[${ka.name}]\` in \`tokenized_state_machine!\``, ka.at);
  }
  if (!sawFields) fail(p, "expected 'fields' declaration", sm.name);
  return sm;
}

function parseFields(p: Parser, inner: TokenTree[], at: Token): Field[] {
  const out: Field[] = [];
  for (const part of splitTop(inner, ',', true)) {
    let j = 0;
    let strategy: string | undefined;
    let stratTok: Token | undefined;
    while (isTok(part[j], '#') && isGroup(part[j + 1], '[')) {
      const g = part[j + 1] as Extract<TokenTree, { kind: 'group' }>;
      if (isTok(g.inner[0], 'sharding') && isGroup(g.inner[1], '(') && g.inner.length === 2) {
        const s = g.inner[1].inner;
        if (s.length !== 1 || !isIdent(s[0])) fail(p, 'expected a sharding strategy', g.open);
        strategy = s[0].tok.text;
        stratTok = s[0].tok;
      } else refuse(p, `attribute \`#[${g.inner.map(treeText).join('')}]\` on a state machine field`, g.open);
      j += 2;
    }
    if (isTok(part[j], 'pub')) { j++; if (isGroup(part[j], '(')) j++; }
    const name = part[j];
    if (!isIdent(name) || !isTok(part[j + 1], ':')) fail(p, 'expected a field `name: Type`', part[j] ? firstToken(part[j]!) : at);
    const ty = part.slice(j + 2);
    if (ty.length === 0) fail(p, 'expected a type', name.tok);
    if (!strategy || !stratTok) fail(p, 'tokenized state machine requires a sharding strategy, e.g., #[sharding(variable)]', name.tok);
    if (!KNOWN_STRATEGIES.has(strategy)) fail(p, `unrecognized sharding strategy: '${strategy}'`, stratTok);
    if (!SUPPORTED.has(strategy)) refuse(p, `sharding strategy \`${strategy}\` in \`tokenized_state_machine!\``, stratTok);
    const f: Field = { name: name.tok, strategy: strategy as Strategy, ty };
    const want = (head: string, n: number, form: string): TokenTree[][] => {
      const args = typeArgs(ty, head);
      if (!args || args.length !== n) fail(p, `type of a field with sharding strategy '${strategy}' must be ${form}`, spanOfTrees(p, ty, name.tok));
      return args;
    };
    if (strategy === 'option' || strategy === 'storage_option') f.elem = want('Option', 1, 'Option<_>')[0];
    else if (strategy === 'multiset') f.elem = want('Multiset', 1, 'Multiset<_>')[0];
    else if (strategy === 'map') [f.key, f.val] = want('Map', 2, 'Map<_, _>') as [TokenTree[], TokenTree[]];
    else if (strategy === 'imap') [f.key, f.val] = want('IMap', 2, 'IMap<_, _>') as [TokenTree[], TokenTree[]];
    if (out.some((o) => o.name.text === f.name.text)) fail(p, `duplicate field '${f.name.text}'`, f.name);
    out.push(f);
  }
  return out;
}

function parseTransition(p: Parser, kind: Kind, inner: TokenTree[], at: Token, sm: Machine): Transition {
  const name = inner[0];
  const params = inner[1];
  const body = inner[2];
  if (!isIdent(name)) fail(p, 'expected the name of the operation', at);
  if (isTok(params, '<')) refuse(p, 'generic parameters on a state machine operation', firstToken(params!));
  if (!isGroup(params, '(')) fail(p, 'expected `(`', name.tok);
  if (!isGroup(body, '{') || inner.length !== 3) fail(p, 'expected `{ .. }`', params.close);
  const ps: Param[] = [];
  for (const part of splitTop(params.inner, ',', true)) {
    if (!isIdent(part[0]) || !isTok(part[1], ':') || part.length < 3) refuse(p, 'a parameter that is not `name: Type` in a state machine operation', firstToken(part[0] ?? params));
    ps.push({ name: (part[0] as { tok: Token }).tok, ty: part.slice(2) });
  }
  return { kind, name: name.tok, params: ps, body: parseStmts(p, body.inner, sm, kind) };
}

const OPS: Record<string, { op: Op; sym: string }> = {
  remove: { op: 'remove', sym: '-=' }, have: { op: 'have', sym: '>=' }, add: { op: 'add', sym: '+=' },
  deposit: { op: 'deposit', sym: '+=' }, withdraw: { op: 'withdraw', sym: '-=' }, guard: { op: 'guard', sym: '>=' },
};

function parseStmts(p: Parser, inner: TokenTree[], sm: Machine, kind: Kind, inIf = false): TStmt[] {
  const out: TStmt[] = [];
  let cur: TokenTree[] = [];
  const flush = (): void => {
    if (cur.length) {
      const st = parseStmt(p, cur, sm, kind);
      if (inIf && st.k === 'special') fail(p, `currently, '${st.op}' statements are not supported inside conditionals`, st.at);
      if (inIf && st.k === 'let' && st.birds) refuse(p, '`birds_eye let` inside a conditional of a state machine operation', st.at);
      out.push(st);
    }
    cur = [];
  };
  for (let i = 0; i < inner.length; i++) {
    const t = inner[i]!;
    if (isTok(t, ';')) { flush(); continue; }
    if (cur.length === 0 && isTok(t, 'match')) refuse(p, '`match` in a state machine operation', firstToken(t));
    if (cur.length === 0 && isTok(t, 'if')) {
      // `if c { .. } (else if c { .. })* (else { .. })?`: no `;`
      const [st, next] = parseIf(p, inner, i, sm, kind);
      out.push(st);
      i = next - 1;
      continue;
    }
    cur.push(t);
  }
  if (cur.length) fail(p, 'expected `;`', lastToken(cur[cur.length - 1]!));
  return out;
}

/** An `if` at `inner[i]`: the statement and the index after it. */
function parseIf(p: Parser, inner: TokenTree[], i: number, sm: Machine, kind: Kind): [TStmt, number] {
  const at = firstToken(inner[i]!);
  if (kind === 'init') refuse(p, '`if` in an `init!` routine', at);
  if (isTok(inner[i + 1], 'let')) fail(p, "transition definitions do not support if-let conditionals (try using a 'match' statement instead)", at);
  let j = i + 1;
  const cond: TokenTree[] = [];
  while (j < inner.length && !isGroup(inner[j], '{')) cond.push(inner[j++]!);
  const thenG = inner[j];
  if (cond.length === 0 || !isGroup(thenG, '{')) fail(p, 'expected `if CONDITION { .. }`', at);
  j++;
  const then = parseStmts(p, thenG.inner, sm, kind, true);
  let els: TStmt[] = [];
  if (isTok(inner[j], 'else')) {
    j++;
    if (isTok(inner[j], 'if')) {
      const [st, next] = parseIf(p, inner, j, sm, kind);
      els = [st];
      j = next;
      return [{ k: 'if', cond, then, els, at }, j];
    }
    const elseG = inner[j];
    if (!isGroup(elseG, '{')) fail(p, 'expected `{` after `else`', firstToken(inner[j - 1]!));
    els = parseStmts(p, elseG.inner, sm, kind, true);
    j++;
  }
  if (isTok(inner[j], ';')) j++;
  return [{ k: 'if', cond, then, els, at }, j];
}

function fieldOf(p: Parser, sm: Machine, t: TokenTree | undefined, at: Token): Field {
  if (!isIdent(t)) fail(p, 'expected a field name', t ? firstToken(t) : at);
  const f = sm.fields.find((x) => x.name.text === t.tok.text);
  if (!f) fail(p, `field '${t.tok.text}' not found`, t.tok);
  return f;
}

/** `by { .. }` at the end of a statement: its block. */
function splitBy(p: Parser, ts: TokenTree[]): { rest: TokenTree[]; by?: TokenTree } {
  const j = ts.findIndex((t) => isTok(t, 'by'));
  if (j < 0) return { rest: ts };
  if (j !== ts.length - 2 || !isGroup(ts[j + 1], '{')) {
    if (isGroup(ts[j + 1], '(')) refuse(p, '`by (..)` proofs in a state machine operation', firstToken(ts[j + 1]!));
    fail(p, 'expected `by { .. }` at the end of the statement', (ts[j] as { tok: Token }).tok);
  }
  return { rest: ts.slice(0, j), by: ts[j + 1] };
}

function parseStmt(p: Parser, ts: TokenTree[], sm: Machine, kind: Kind): TStmt {
  const head = ts[0]!;
  const at = firstToken(head);
  const word = isIdent(head) ? head.tok.text : '';
  const expr = (from: number): TokenTree[] => {
    const e = ts.slice(from);
    if (e.length === 0) fail(p, 'expected an expression', lastToken(ts[from - 1]!));
    return e;
  };
  switch (word) {
    case 'require':
      if (isTok(ts[1], 'let')) refuse(p, '`require let` in a state machine operation', at);
      return { k: 'require', e: expr(1), at };
    case 'assert': {
      if (isTok(ts[1], 'let')) refuse(p, '`assert let` in a state machine operation', at);
      if (kind === 'init') fail(p, "'assert' statement not allowed in initialization", at);
      const { rest, by } = splitBy(p, ts);
      return { k: 'assert', e: rest.slice(1).length ? rest.slice(1) : expr(1), by, at };
    }
    case 'birds_eye':
    case 'let': {
      const birds = word === 'birds_eye';
      const s = birds ? 1 : 0;
      if (birds && !isTok(ts[1], 'let')) fail(p, 'expected `let` after `birds_eye`', at);
      if (birds && kind === 'init') fail(p, "'birds_eye' not allowed in an 'init' routine", at);
      const eq = ts.findIndex((t) => isTok(t, '='));
      if (eq < 0) fail(p, 'expected `=`', at);
      const lhs = ts.slice(s + 1, eq);
      const c = lhs.findIndex((t) => isTok(t, ':'));
      const pat = c < 0 ? lhs : lhs.slice(0, c);
      const ty = c < 0 ? undefined : lhs.slice(c + 1);
      if (pat.length === 0) fail(p, 'expected a pattern', at);
      return { k: 'let', birds, pat, ty, e: expr(eq + 1), at };
    }
    case 'init':
    case 'update': {
      const field = fieldOf(p, sm, ts[1], at);
      if (!isTok(ts[2], '=')) {
        if (word === 'update' && (isTok(ts[2], '.') || isGroup(ts[2], '['))) refuse(p, 'field and index updates in a state machine operation', at);
        fail(p, 'expected `=`', ts[2] ? firstToken(ts[2]) : field.name);
      }
      if (word === 'init' && kind !== 'init') fail(p, "'init' statement not allowed outside 'init' routine", at);
      if (word === 'update') {
        if (kind === 'init') fail(p, "'update' statement not allowed in initialization; use 'init' instead", at);
        if (kind === 'property') fail(p, "'update' statement not allowed in property definition", at);
        if (kind === 'readonly') fail(p, "'update' statement not allowed in readonly transition", at);
        if (field.strategy === 'constant') fail(p, 'cannot update a field marked constant', at);
        if (field.strategy !== 'variable') fail(p, `'update' statement not allowed for field with sharding strategy '${field.strategy}'`, at);
      }
      return { k: word, field, e: expr(3), at };
    }
    default:
      break;
  }
  const spec = OPS[word];
  if (!spec) {
    if (word === 'if' || word === 'match') refuse(p, `\`${word}\` in a state machine operation`, at);
    fail(p, `unknown statement in a state machine operation${word ? ` (\`${word}\`)` : ''}`, at);
  }
  const field = fieldOf(p, sm, ts[1], at);
  if (!isTok(ts[2], spec.sym)) {
    if (isTok(ts[2], '(union)') || isGroup(ts[2], '(')) refuse(p, 'the `(union)=` form in a state machine operation', firstToken(ts[2]!));
    fail(p, `malformed ${word} statement`, ts[2] ? firstToken(ts[2]) : field.name);
  }
  const { rest, by } = splitBy(p, ts);
  const eltTs = rest.slice(3);
  if (eltTs.length === 0) fail(p, `malformed ${word} statement`, at);
  let elt: Elt;
  if (eltTs.length === 1 && isGroup(eltTs[0], '{')) elt = { k: 'single', e: eltTs[0].inner };
  else if (eltTs.length === 1 && isGroup(eltTs[0], '[')) {
    const kv = splitTop(eltTs[0].inner, '=>');
    if (kv.length !== 2 || kv[0]!.length === 0 || kv[1]!.length === 0) fail(p, `malformed ${word} statement`, eltTs[0].open);
    if (isTok(kv[1]![0], 'let')) refuse(p, 'the pattern form `[k => let pat]` in a state machine operation', firstToken(kv[1]![0]!));
    elt = { k: 'kv', key: kv[0]!, val: kv[1]! };
  } else if (eltTs.length === 2 && isTok(eltTs[0], 'Some') && isGroup(eltTs[1], '(')) {
    if (isTok(eltTs[1].inner[0], 'let')) refuse(p, 'the pattern form `Some(let pat)` in a state machine operation', firstToken(eltTs[1].inner[0]!));
    if (eltTs[1].inner.length === 0) fail(p, `malformed ${word} statement`, eltTs[1].open);
    elt = { k: 'some', e: eltTs[1].inner };
  } else if (eltTs.length === 1 && isGroup(eltTs[0], '(')) {
    refuse(p, `the general form \`${word} ${field.name.text} ${spec.sym} (..)\` in a state machine operation (only the singleton forms \`{x}\`, \`[k => v]\`, \`Some(x)\` are)`, eltTs[0].open);
  } else if (eltTs.length === 1 && isTok(eltTs[0], 'true')) {
    fail(p, `\`true\` gives a \`bool\` element but the given field has sharding strategy '${field.strategy}'`, at);
  } else fail(p, `malformed ${word} statement`, firstToken(eltTs[0]!));
  // the element's form must fit the field's strategy
  const eltName = elt.k === 'some' ? 'option' : elt.k === 'kv' ? (field.strategy === 'imap' ? 'imap' : 'map') : 'multiset';
  const syntax = elt.k === 'some' ? 'Some(...)' : elt.k === 'kv' ? '[... => ...]' : '{...}';
  const fits = (field.strategy === 'option' || field.strategy === 'storage_option') ? elt.k === 'some' : field.strategy === 'map' || field.strategy === 'imap' ? elt.k === 'kv' : field.strategy === 'multiset' ? elt.k === 'single' : false;
  const storageOp = spec.op === 'deposit' || spec.op === 'withdraw' || spec.op === 'guard';
  if (field.strategy === 'constant' || field.strategy === 'variable') fail(p, `'${word}' statement not allowed for field with sharding strategy '${field.strategy}'; use 'update' instead`, at);
  if (field.strategy === 'storage_option' && !storageOp) fail(p, `'${word}' statement not allowed for field with sharding strategy '${field.strategy}'; use deposit/withdraw/guard statements for storage strategies`, at);
  if (field.strategy !== 'storage_option' && storageOp) fail(p, `'${word}' statement not allowed for field with sharding strategy '${field.strategy}'; '${word}' is only for storage types; use add/remove/have statements instead`, at);
  if (!fits) fail(p, `\`${syntax}\` gives a \`${eltName}\` element but the given field has sharding strategy '${field.strategy}'`, at);
  if (kind === 'init') fail(p, `'${word}' statement not allowed in initialization; use 'init' instead`, at);
  if (kind === 'property' && spec.op !== 'have' && spec.op !== 'guard') fail(p, `'${word}' statement not allowed in 'property' definition`, at);
  if (kind === 'readonly' && spec.op !== 'have' && spec.op !== 'guard') fail(p, `'${word}' statement not allowed in readonly transition`, at);
  if (kind !== 'property' && kind !== 'readonly' && spec.op === 'guard') fail(p, "'guard' statement only allowed in 'readonly' transition or 'property' definition", at);
  if (by && (spec.op === 'remove' || spec.op === 'have')) fail(p, `'${word}' statement has no inherent safety condition, adding a proof body is meaningless`, at);
  if (by && spec.op === 'add' && field.strategy === 'multiset') fail(p, `'${word}' statement for \`multiset\` has no nontrivial inherent safety condition (as composition is total and thus this statement never fails); adding a proof body is meaningless`, at);
  return { k: 'special', op: spec.op, field, elt, by, at };
}

// ------------------------------------------------------------------------------- checks

function identsOfPattern(pat: readonly TokenTree[]): Token[] {
  const out: Token[] = [];
  const walk = (ts: readonly TokenTree[]): void => {
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!;
      if (t.kind === 'group') { walk(t.inner); continue; }
      if (t.tok.kind !== 'ident' || t.tok.text === '_' || t.tok.text === 'mut' || t.tok.text === 'ref') continue;
      // a path or a constructor name is not a binding
      if (isTok(ts[i + 1], '::') || isTok(ts[i - 1], '::') || isGroup(ts[i + 1], '(') || isGroup(ts[i + 1], '{')) continue;
      if (/^[A-Z]/.test(t.tok.text)) continue;
      out.push(t.tok);
    }
  };
  walk(pat);
  return out;
}

/** The statements in order, those of `if` branches included (then before else), the `if`s too. */
function flatStmts(ss: readonly TStmt[]): TStmt[] {
  return ss.flatMap((s) => (s.k === 'if' ? [s, ...flatStmts(s.then), ...flatStmts(s.els)] : [s]));
}

/** The second `update` of `f` on some path, if any (`seen`: updated before on this path). */
function updatedTwice(ss: readonly TStmt[], f: Field, seen = false): Token | undefined {
  let done = seen;
  for (const s of ss) {
    if (s.k === 'update' && s.field === f) {
      if (done) return s.at;
      done = true;
    } else if (s.k === 'if') {
      const a = updatedTwice(s.then, f, done) ?? updatedTwice(s.els, f, done);
      if (a) return a;
      if (updates(s.then, f) || updates(s.els, f)) done = true;
    }
  }
  return undefined;
}

/** Whether `f` is updated somewhere in `ss`. */
function updates(ss: readonly TStmt[], f: Field): boolean {
  return flatStmts(ss).some((s) => s.k === 'update' && s.field === f);
}

/** Names the generated relations and exchange fns bind: a user's binder of that name would be captured. */
function isGeneratedName(n: string): boolean {
  return n.startsWith('param_token_') || n.startsWith('tmp_update_') || n.startsWith('original_field_') || n === 'tmp_tuple';
}

function checkMachine(p: Parser, sm: Machine): void {
  const names = new Set<string>();
  for (const t of sm.transitions) {
    if (names.has(t.name.text)) fail(p, 'duplicate item name', t.name);
    names.add(t.name.text);
    for (const w of ['pre', 'post', 'self', 'instance']) {
      if (t.params.some((x) => x.name.text === w)) fail(p, `'${w}' is a reserved identifier in state machine definitions`, t.params.find((x) => x.name.text === w)!.name);
    }
    // binders are all distinct (the relations and the exchange fns put them in one scope)
    const bound = new Set(t.params.map((x) => x.name.text));
    if (bound.size !== t.params.length) fail(p, 'state machine transitions forbid multiple bound variables with the same name', t.name);
    for (const x of t.params) if (isGeneratedName(x.name.text)) fail(p, `\`${x.name.text}\` is a name the state machine's generated code uses`, x.name);
    for (const s of flatStmts(t.body)) {
      if (s.k !== 'let') continue;
      for (const id of identsOfPattern(s.pat)) {
        if (bound.has(id.text) || ['pre', 'post', 'self', 'instance'].includes(id.text) || isGeneratedName(id.text)) {
          fail(p, 'state machine transitions forbid multiple bound variables with the same name', id);
        }
        bound.add(id.text);
      }
    }
    // each field initialized exactly once by an init; updates at most once
    if (t.kind === 'init') {
      for (const f of sm.fields) {
        const n = t.body.filter((s) => s.k === 'init' && s.field === f).length;
        if (n === 0) fail(p, `itialization procedure does not initialize field '${f.name.text}'`, t.name);
        if (n > 1) fail(p, `field '${f.name.text}' might be initialized multiple times`, t.body.filter((s) => s.k === 'init' && s.field === f)[1]!.at);
      }
    }
    for (const f of sm.fields) {
      // at most once on each path
      const twice = updatedTwice(t.body, f);
      if (twice) fail(p, `field '${f.name.text}' might be updated multiple times`, twice);
    }
    // remove -> have -> add, per field
    const stage = new Map<Field, number>();
    const order: Partial<Record<Op, number>> = { remove: 0, have: 1, add: 2 };
    for (const s of t.body) {
      if (s.k !== 'special' || order[s.op] === undefined) continue;
      const prev = stage.get(s.field) ?? 0;
      if (order[s.op]! < prev) fail(p, "updates for a field should always go in order 'remove -> have -> add'; otherwise, the transition relation may be weaker than necessary", s.at);
      stage.set(s.field, order[s.op]!);
    }
    // birds_eye: no precondition after a birds_eye binding, nor after an assert that follows one
    // (a binding scopes over the rest of the operation: whatever follows it is in its scope)
    let birds = false;
    for (const s of flatStmts(t.body)) {
      if (s.k === 'let' && s.birds) birds = true;
      const pre = s.k === 'require' ? 'require' : s.k === 'special' && (s.op === 'remove' || s.op === 'have' || s.op === 'deposit' || s.op === 'guard') ? s.op : undefined;
      if (!pre || !birds) continue;
      if (s.k === 'special' && s.op === 'guard') fail(p, "'guard' statements should not be in the scope of a `birds_eye` let-binding; a guard value must be a deterministic function of the local inputs", s.at);
      fail(p, `'${pre}' statements should not be in the scope of a \`birds_eye\` let-binding; preconditions of an exchange cannot depend on such bindings`, s.at);
    }
  }
  // the inductiveness lemmas: one per init/transition (when there are invariants), with the expected parameters
  const seen = new Set<string>();
  for (const l of sm.lemmas) {
    const name = l.target.text;
    if (seen.has(name)) fail(p, `duplicate 'inductive' lemma for transition \`${name}\``, l.fnTok);
    seen.add(name);
    const t = sm.transitions.find((x) => x.name.text === name);
    if (!t) fail(p, `could not find transition \`${name}\``, l.fnTok);
    if (t.kind === 'property') fail(p, "'inductive' lemma does not make sense for a 'property' definition", l.fnTok);
    if (t.kind === 'readonly') fail(p, "'inductive' lemma does not make sense for a 'readonly' transition", l.fnTok);
    const expected = [...(t.kind === 'init' ? ['post'] : ['pre', 'post']).map((n) => ({ n, ty: 'Self' })), ...t.params.map((x) => ({ n: x.name.text, ty: typeText(x.ty) }))];
    const ok = expected.length === l.params.length && expected.every((e, i) => l.params[i]!.name.text === e.n && typeText(l.params[i]!.ty) === e.ty);
    if (!ok) fail(p, `params for 'inductive' lemma should be: \`${expected.map((e) => `${e.n}: ${e.ty}`).join(', ')}\``, spanOfTrees(p, [l.paramsGroup], l.fnTok));
  }
  if (sm.invariants.length > 0) {
    const missing = sm.transitions.filter((t) => (t.kind === 'init' || t.kind === 'transition') && !seen.has(t.name.text));
    if (missing.length) {
      const stubs = missing.map((t) => {
        const ps = [...(t.kind === 'init' ? ['post: Self'] : ['pre: Self', 'post: Self']), ...t.params.map((x) => `${x.name.text}: ${typeText(x.ty)}`)];
        return ` #[inductive(${t.name.text})]\n fn ${t.name.text}_inductive(${ps.join(', ')}) { }\n`;
      });
      fail(p, `missing inductiveness proofs for ${missing.length} transition(s); try adding the following stubs:\n\n${stubs.join('\n')}`, sm.name);
    }
  }
  const fnNames = new Set<string>();
  for (const i of sm.invariants) {
    if (fnNames.has(i.name.text) || names.has(i.name.text)) fail(p, 'duplicate item name', i.name);
    fnNames.add(i.name.text);
  }
}

function typeText(ts: readonly TokenTree[]): string {
  return ts.map(treeText).join(' ').replace(/ ?(<|>|::|,) ?/g, (m, c: string) => (c === ',' ? ', ' : c)).replace(/\s+/g, ' ').trim();
}

// ------------------------------------------------------------------------------- generation

/** Tokens of generated code: synthesized ones sit at an anchor token's place. */
class Out {
  readonly toks: Token[] = [];
  constructor(private readonly file: string) {}
  /** Synthesized text, placed at `at`. */
  s(text: string, at: Token): this {
    for (const t of lex(this.file, text).tokens) {
      if (t.kind === 'eof') break;
      this.toks.push({ ...t, start: at.start, end: at.end, line: at.line, col: at.col, endLine: at.endLine, endCol: at.endCol });
    }
    return this;
  }
  /** Trees as written (their own places). */
  t(ts: readonly TokenTree[]): this {
    const walk = (list: readonly TokenTree[]): void => {
      for (const x of list) {
        if (x.kind === 'tok') this.toks.push(x.tok);
        else { this.toks.push(x.open); walk(x.inner); this.toks.push(x.close); }
      }
    };
    walk(ts);
    return this;
  }
  trees(): TokenTree[] {
    const stack: { list: TokenTree[]; open?: Token }[] = [{ list: [] }];
    for (const t of this.toks) {
      if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) { stack.push({ list: [], open: t }); continue; }
      if (t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')) {
        const top = stack.pop()!;
        stack[stack.length - 1]!.list.push({ kind: 'group', delim: top.open!.text as '(' | '[' | '{', open: top.open!, close: t, inner: top.list });
        continue;
      }
      stack[stack.length - 1]!.list.push({ kind: 'tok', tok: t });
    }
    return stack[0]!.list;
  }
}

/** One term of generated code: trees (already placed). */
type Code = TokenTree[];

function gen(p: Parser, f: (o: Out) => void): Code {
  const o = new Out(p.file);
  f(o);
  return o.toks.map((tok) => ({ kind: 'tok', tok }) as TokenTree).length ? flatToTrees(o) : [];
}
function flatToTrees(o: Out): TokenTree[] {
  return o.trees();
}

interface Ctx {
  p: Parser;
  sm: Machine;
  g: string; // `<T, U>` or ''
}

/** The field's type; a multiset's is named by its vstd path, as Verus's macro does (no import needed). */
function fieldType(cx: Ctx, f: Field, at: Token): Code {
  if (f.strategy === 'multiset') return gen(cx.p, (o) => o.s('vstd::multiset::Multiset<', at).t(f.elem!).s('>', at));
  return gen(cx.p, (o) => o.s('(', at).t(f.ty).s(')', at));
}

/** `pre.FIELD` in `e` replaced by `repl(field, tok)`, or refused by it. */
function mapFieldReads(e: readonly TokenTree[], sm: Machine, repl: (f: Field, at: Token) => TokenTree[]): TokenTree[] {
  const out: TokenTree[] = [];
  for (let i = 0; i < e.length; i++) {
    const t = e[i]!;
    if (t.kind === 'group') { out.push({ ...t, inner: mapFieldReads(t.inner, sm, repl) }); continue; }
    if (t.tok.kind === 'ident' && t.tok.text === 'pre' && !isTok(e[i - 1], '.') && !isTok(e[i - 1], '::') && isTok(e[i + 1], '.') && isIdent(e[i + 2])) {
      const f = sm.fields.find((x) => x.name.text === (e[i + 2] as { tok: Token }).tok.text);
      if (f) { out.push(...repl(f, t.tok)); i += 2; continue; }
    }
    out.push(t);
  }
  return out;
}

function paramList(cx: Ctx, t: Transition): Code {
  return gen(cx.p, (o) => { for (const x of t.params) o.t([{ kind: 'tok', tok: x.name }]).s(':', x.name).t(x.ty).s(',', x.name); });
}
function argList(cx: Ctx, t: Transition): Code {
  return gen(cx.p, (o) => { for (const x of t.params) o.t([{ kind: 'tok', tok: x.name }]).s(',', x.name); });
}

// ---- the relations

function opCode(cx: Ctx, f: Field, elt: Elt, cur: Code, at: Token): { ge: Code; canAdd?: Code; add: Code; remove: Code } {
  const g = (fn: (o: Out) => void): Code => gen(cx.p, fn);
  switch (elt.k) {
    case 'some':
      return {
        ge: g((o) => o.s('(', at).t(cur).s(') == Option::Some(', at).t(elt.e).s(')', at)),
        canAdd: g((o) => o.s('(', at).t(cur).s(') is None', at)),
        add: g((o) => o.s('Option::Some(', at).t(elt.e).s(')', at)),
        remove: g((o) => o.s('Option::None', at)),
      };
    case 'kv':
      return {
        ge: g((o) => o.s('((', at).t(cur).s(').dom().contains(', at).t(elt.key).s(') && (', at).t(cur).s(')[', at).t(elt.key).s('] == (', at).t(elt.val).s('))', at)),
        canAdd: g((o) => o.s('!(', at).t(cur).s(').dom().contains(', at).t(elt.key).s(')', at)),
        add: g((o) => o.s('(', at).t(cur).s(').insert(', at).t(elt.key).s(',', at).t(elt.val).s(')', at)),
        remove: g((o) => o.s('(', at).t(cur).s(').remove(', at).t(elt.key).s(')', at)),
      };
    case 'single':
      return {
        ge: g((o) => o.s('(', at).t(cur).s(').count(', at).t(elt.e).s(') >= 1', at)),
        add: g((o) => o.s('(', at).t(cur).s(').insert(', at).t(elt.e).s(')', at)),
        remove: g((o) => o.s('(', at).t(cur).s(').remove(', at).t(elt.e).s(')', at)),
      };
  }
}

/** Verus's texts for the inherent safety conditions (vstd's `state_machine_internal`). */
function inherentMessage(op: Op, f: Field): string | undefined {
  if (op === 'add' && f.strategy === 'option') return 'unable to prove inherent safety condition: to add a value Some(_), field must be None before the update';
  if (op === 'add' && f.strategy === 'map') return 'unable to prove inherent safety condition: the given key must be absent from the map before the update';
  if (op === 'add' && f.strategy === 'imap') return 'unable to prove inherent safety condition: the given key must be absent from the imap before the update';
  if (op === 'deposit') return 'unable to prove inherent safety condition: to deposit a value into Some(_), the field must be None before the deposit';
  if (op === 'guard') return 'unable to prove inherent safety condition: the value being guarded must be stored';
  if (op === 'withdraw') return 'precondition not satisfied';
  return undefined;
}

/** The simplified statements (Verus's SimplStmt): lets, requires, asserts and field assignments. */
type Simple =
  | { k: 'let'; pat: TokenTree[]; ty?: TokenTree[]; e: Code; at: Token }
  | { k: 'require'; e: Code; at: Token }
  | { k: 'assert'; e: Code; by?: TokenTree; message: string; at: Token }
  | { k: 'assign'; field: Field; e: Code; at: Token }
  | { k: 'if'; cond: TokenTree[]; then: Simple[]; els: Simple[]; at: Token };

/** The fields a simplified list assigns (branches included). */
function assigned(ss: readonly Simple[]): Field[] {
  const out: Field[] = [];
  for (const s of ss) {
    const fs = s.k === 'assign' ? [s.field] : s.k === 'if' ? [...assigned(s.then), ...assigned(s.els)] : [];
    for (const f of fs) if (!out.includes(f)) out.push(f);
  }
  return out;
}

/** Whether a simplified list has an `assert` (branches included): it then needs its safety lemma. */
function hasAssert(ss: readonly Simple[]): boolean {
  return ss.some((s) => s.k === 'assert' || (s.k === 'if' && (hasAssert(s.then) || hasAssert(s.els))));
}

function simplify(cx: Ctx, t: Transition): Simple[] {
  const out: Simple[] = [];
  if (t.kind !== 'init') for (const f of cx.sm.fields) out.push({ k: 'assign', field: f, e: gen(cx.p, (o) => o.s(`pre.${f.name.text}`, t.name)), at: t.name });
  out.push(...simplifyList(cx, t.body));
  return out;
}

function simplifyList(cx: Ctx, body: readonly TStmt[]): Simple[] {
  const out: Simple[] = [];
  const cur = (f: Field): Code => gen(cx.p, (o) => o.s(`tmp_update_${f.name.text}`, f.name));
  const assign = (f: Field, e: Code, at: Token): void => { out.push({ k: 'assign', field: f, e, at }); };
  for (const s of body) {
    switch (s.k) {
      case 'if': out.push({ k: 'if', cond: s.cond, then: simplifyList(cx, s.then), els: simplifyList(cx, s.els), at: s.at }); break;
      case 'let': out.push({ k: 'let', pat: s.pat, ty: s.ty, e: s.e, at: s.at }); break;
      case 'require': out.push({ k: 'require', e: s.e, at: s.at }); break;
      case 'assert': out.push({ k: 'assert', e: s.e, by: s.by, message: 'unable to prove assertion safety condition', at: s.at }); break;
      case 'init': case 'update': assign(s.field, s.e, s.at); break;
      case 'special': {
        const c = opCode(cx, s.field, s.elt, cur(s.field), s.at);
        const msg = inherentMessage(s.op, s.field) ?? '';
        switch (s.op) {
          case 'have': out.push({ k: 'require', e: c.ge, at: s.at }); break;
          case 'remove': out.push({ k: 'require', e: c.ge, at: s.at }); assign(s.field, c.remove, s.at); break;
          case 'add': case 'deposit':
            if (c.canAdd) out.push({ k: 'assert', e: c.canAdd, by: s.by, message: msg, at: s.at });
            assign(s.field, c.add, s.at);
            break;
          case 'guard': out.push({ k: 'assert', e: c.ge, by: s.by, message: msg, at: s.at }); break;
          case 'withdraw': out.push({ k: 'assert', e: c.ge, by: s.by, message: msg, at: s.at }); assign(s.field, c.remove, s.at); break;
        }
        break;
      }
    }
  }
  return out;
}

/** The relation of a simplified body: `weak` (asserts imply the rest) or strong (asserts are conjuncts). */
function relation(cx: Ctx, t: Transition, ss: Simple[], weak: boolean): Code {
  const at = t.name;
  const end = (): Code => gen(cx.p, (o) => {
    const conj = cx.sm.fields.map((f) => `post.${f.name.text} == tmp_update_${f.name.text}`);
    o.s(conj.length ? `(${conj.join(') && (')})` : 'true', at);
  });
  // each statement scopes over the rest; an `if` carries the rest into both branches
  const rec = (list: readonly Simple[], i: number, rest: () => Code): Code => gen(cx.p, (o) => {
    if (i === list.length) { o.t(rest()); return; }
    const s = list[i]!;
    const next = (): Code => rec(list, i + 1, rest);
    switch (s.k) {
      case 'let': o.s('{ let', s.at).t(s.pat); if (s.ty) o.s(':', s.at).t(s.ty); o.s('=', s.at).t(s.e).s(';', s.at).t(next()).s('}', s.at); return;
      case 'assign': o.s(`{ let tmp_update_${s.field.name.text}:`, s.at).t(fieldType(cx, s.field, s.at)).s('=', s.at).t(s.e).s(';', s.at).t(next()).s('}', s.at); return;
      case 'require': o.s('((', s.at).t(s.e).s(') && ', s.at).t(next()).s(')', s.at); return;
      case 'assert': o.s('((', s.at).t(s.e).s(weak ? ') ==> ' : ') && ', s.at).t(next()).s(')', s.at); return;
      case 'if': o.s('(if (', s.at).t(s.cond).s(') {', s.at).t(rec(s.then, 0, next)).s('} else {', s.at).t(rec(s.els, 0, next)).s('})', s.at); return;
    }
  });
  return rec(ss, 0, end);
}

/** The safety lemma's body (assume the requires, prove the asserts), and its asserts' messages in order. */
function safetyBody(cx: Ctx, ss: Simple[]): { body: Code; messages: string[] } {
  const messages: string[] = [];
  const list = (o: Out, ss: readonly Simple[]): void => {
    for (const s of ss) {
      switch (s.k) {
        case 'if': {
          // the fields either branch assigns come out of the `if` as its value
          const fs = assigned([s]);
          const names = fs.map((f) => `tmp_update_${f.name.text}`);
          const tuple = names.length === 1 ? names[0]! : `(${names.join(', ')})`;
          if (names.length) o.s(`let ${tuple} =`, s.at);
          o.s('if (', s.at).t(s.cond).s(') {', s.at);
          list(o, s.then);
          o.s(`${names.length ? tuple : ''} } else {`, s.at);
          list(o, s.els);
          o.s(`${names.length ? tuple : ''} }`, s.at);
          if (names.length) o.s(';', s.at);
          break;
        }
        case 'let': o.s('let', s.at).t(s.pat); if (s.ty) o.s(':', s.at).t(s.ty); o.s('=', s.at).t(s.e).s(';', s.at); break;
        case 'assign': o.s(`let tmp_update_${s.field.name.text}:`, s.at).t(fieldType(cx, s.field, s.at)).s('=', s.at).t(s.e).s(';', s.at); break;
        case 'require': o.s('assume(', s.at).t(s.e).s(');', s.at); break;
        case 'assert':
          messages.push(s.message);
          o.s('assert(', s.at).t(s.e).s(')', s.at);
          if (s.by) o.s('by', s.at).t([s.by]);
          o.s(';', s.at);
          break;
      }
    }
  };
  const body = gen(cx.p, (o) => list(o, ss));
  return { body, messages };
}

// ---- the token API

type Io = 'in' | 'out' | 'borrow_in' | 'borrow_out';
interface TokParam { name: string; ty: Code; io: Io; ghost?: boolean; instance: boolean; at: Token }

function tokTy(cx: Ctx, f: Field, at: Token): Code {
  return gen(cx.p, (o) => o.s(`${f.name.text}${cx.g}`, at));
}

/** The exchange fn of a transition or property: its signature and clauses. */
function exchange(cx: Ctx, t: Transition): { code: Code } {
  const { p, sm } = cx;
  const at = t.name;
  const isInit = t.kind === 'init';
  let n = 0;
  const tokens = new Map<Field, TokParam[]>();
  for (const f of sm.fields) tokens.set(f, []);
  const requires: Code[] = [];
  const ensures: Code[] = [];
  const inst = isInit ? 'instance' : '(*self)';
  const instId = `${inst}.id()`;
  const birdsRead = new Set<Field>();
  // `variable` fields: updated ones are taken `&mut`, read ones `&`
  const written = new Set<Field>();
  const read = new Set<Field>();
  const noteReads = (e: readonly TokenTree[]): void => { mapFieldReads(e, sm, (f, tok) => { if (f.strategy === 'variable') read.add(f); return [{ kind: 'tok', tok }]; }); };
  if (!isInit) {
    for (const s of flatStmts(t.body)) {
      if (s.k === 'if') noteReads(s.cond);
      if (s.k === 'update') written.add(s.field);
      if (s.k === 'let' && !s.birds) noteReads(s.e);
      if (s.k === 'require' || s.k === 'assert' || s.k === 'update') noteReads(s.e);
      if (s.k === 'special') {
        if (s.elt.k === 'kv') { noteReads(s.elt.key); noteReads(s.elt.val); } else noteReads(s.elt.e);
      }
    }
  }
  const varValue = (f: Field): string => written.has(f) ? `old(param_token_${f.name.text}).value()` : `param_token_${f.name.text}.value()`;
  // translation of `pre.f` reads
  const translate = (e: readonly TokenTree[], birds: boolean): TokenTree[] => mapFieldReads(e, sm, (f, tok) => {
    if (f.strategy === 'constant') return gen(p, (o) => o.s(`(${inst}).${f.name.text}()`, tok));
    if (f.strategy === 'variable' && (!birds || read.has(f) || written.has(f))) return gen(p, (o) => o.s(`(${varValue(f)})`, tok));
    if (birds) { birdsRead.add(f); return gen(p, (o) => o.s(`original_field_${f.name.text}`, tok)); }
    fail(p, `A '${f.strategy}' field cannot be directly referenced here`, tok);
  });
  // prequel: the lets (and, for requires, the asserts) before a clause
  type Pre = { k: 'let'; pat: TokenTree[]; ty?: TokenTree[]; e: Code; at: Token } | { k: 'assert'; e: Code; at: Token } | { k: 'cond'; e: Code; neg: boolean; at: Token };
  const prequel: Pre[] = [];
  const withPrequel = (e: Code, includeAsserts: boolean, at2: Token): Code => {
    let cur = e;
    for (let i = prequel.length - 1; i >= 0; i--) {
      const q = prequel[i]!;
      const inner = cur;
      if (q.k === 'let') cur = gen(p, (o) => { o.s('{ let', q.at).t(q.pat); if (q.ty) o.s(':', q.at).t(q.ty); o.s('=', q.at).t(q.e).s(';', q.at).t(inner).s('}', q.at); });
      else if (q.k === 'cond') cur = gen(p, (o) => o.s(q.neg ? '(!(' : '((', q.at).t(q.e).s(') ==> (', q.at).t(inner).s('))', q.at));
      else if (includeAsserts) cur = gen(p, (o) => o.s('((', q.at).t(q.e).s(') ==> (', q.at).t(inner).s('))', q.at));
    }
    return gen(p, (o) => o.s('(', at2).t(cur).s(')', at2));
  };
  const matches = (name: string, elt: Elt, at2: Token, ref: boolean): Code => gen(p, (o) => {
    const tok = ref ? `(*${name})` : name;
    if (elt.k === 'some') o.s(`${tok}.value() == (`, at2).t(translate(elt.e, false)).s(')', at2);
    else if (elt.k === 'single') o.s(`${tok}.element() == (`, at2).t(translate(elt.e, false)).s(')', at2);
    else o.s(`${tok}.key() == (`, at2).t(translate(elt.key, false)).s(`) && ${tok}.value() == (`, at2).t(translate(elt.val, false)).s(')', at2);
  });
  const unchanged = (f: Field, at2: Token): void => {
    ensures.push(withPrequel(gen(p, (o) => o.s(`param_token_${f.name.text}.value() == old(param_token_${f.name.text}).value()`, at2)), false, at2));
  };
  const walk = (body: readonly TStmt[]): void => {
    for (const s of body) {
      switch (s.k) {
        case 'if': {
          // each branch's clauses hold under its condition; a field the other branch updates is unchanged here
          const saved = prequel.length;
          const c = translate(s.cond, false);
          const branch = (list: TStmt[], other: TStmt[], neg: boolean): void => {
            prequel.push({ k: 'cond', e: c, neg, at: s.at });
            walk(list);
            for (const f of written) if (updates(other, f) && !updates(list, f)) unchanged(f, s.at);
            prequel.length = saved;
          };
          branch(s.then, s.els, false);
          branch(s.els, s.then, true);
          break;
        }
        case 'let': {
          const e = translate(s.e, s.birds);
          prequel.push({ k: 'let', pat: s.pat, ty: s.ty, e, at: s.at });
          break;
        }
        case 'require': requires.push(withPrequel(translate(s.e, false), true, s.at)); break;
        case 'assert': {
          const e = translate(s.e, false);
          ensures.push(withPrequel(e, false, s.at));
          prequel.push({ k: 'assert', e, at: s.at });
          break;
        }
        case 'init': break;
        case 'update': {
          const e = translate(s.e, false);
          ensures.push(withPrequel(gen(p, (o) => o.s(`param_token_${s.field.name.text}.value() == (`, s.at).t(e).s(')', s.at)), false, s.at));
          break;
        }
        case 'special': {
          const f = s.field;
          const name = `param_token_${n++}_${f.name.text}`;
          const list = tokens.get(f)!;
          const value = s.elt.k === 'some' ? s.elt.e : [];
          switch (s.op) {
            case 'have':
              list.push({ name, ty: tokTy(cx, f, s.at), io: 'borrow_in', instance: true, at: s.at });
              requires.push(withPrequel(matches(name, s.elt, s.at, true), true, s.at));
              break;
            case 'remove':
              list.push({ name, ty: tokTy(cx, f, s.at), io: 'in', instance: true, at: s.at });
              requires.push(withPrequel(matches(name, s.elt, s.at, false), true, s.at));
              break;
            case 'add':
              list.push({ name, ty: tokTy(cx, f, s.at), io: 'out', instance: true, at: s.at });
              ensures.push(withPrequel(matches(name, s.elt, s.at, false), false, s.at));
              break;
            case 'deposit':
              list.push({ name, ty: f.elem!, io: 'in', instance: false, at: s.at });
              requires.push(withPrequel(gen(p, (o) => o.s(`${name} == (`, s.at).t(translate(value, false)).s(')', s.at)), true, s.at));
              break;
            case 'withdraw':
              list.push({ name, ty: f.elem!, io: 'out', instance: false, at: s.at });
              ensures.push(withPrequel(gen(p, (o) => o.s(`${name} == (`, s.at).t(translate(value, false)).s(')', s.at)), false, s.at));
              break;
            case 'guard':
              list.push({ name, ty: f.elem!, io: 'borrow_out', instance: false, at: s.at });
              ensures.push(withPrequel(gen(p, (o) => o.s(`*${name} == (`, s.at).t(translate(value, false)).s(')', s.at)), false, s.at));
              break;
          }
          break;
        }
      }
    }
  };
  if (!isInit) walk(t.body);
  // parameters and outputs, by field
  const ins: Code[] = [];
  const outs: { name: string; ty: Code; ghost: boolean }[] = [];
  const instReqs: Code[] = [];
  const instEns: Code[] = [];
  const borrowOut = [...tokens.values()].some((l) => l.some((x) => x.io === 'borrow_out'));
  const lt = borrowOut ? "'a " : '';
  if (isInit) outs.push({ name: 'instance', ty: gen(p, (o) => o.s(`Instance${cx.g}`, at)), ghost: false });
  else ins.push(gen(p, (o) => o.s(`tracked &${lt}self`, at)));
  for (const x of t.params) ins.push(gen(p, (o) => o.t([{ kind: 'tok', tok: x.name }]).s(':', x.name).t(x.ty)));
  if (isInit) {
    // init statements give the initial values (under the lets before them); requires are its `require`s
    const before = new Map<Field, Pre[]>();
    for (const s of t.body) {
      if (s.k === 'let') prequel.push({ k: 'let', pat: s.pat, ty: s.ty, e: s.e, at: s.at });
      else if (s.k === 'require') requires.push(withPrequel(s.e, true, s.at));
      else if (s.k === 'init') before.set(s.field, [...prequel]);
    }
    for (const f of sm.fields) {
      const s = t.body.find((x) => x.k === 'init' && x.field === f) as Extract<TStmt, { k: 'init' | 'update' }>;
      prequel.length = 0;
      prequel.push(...before.get(f)!);
      const name = `param_token_${f.name.text}`;
      switch (f.strategy) {
        case 'variable':
          outs.push({ name, ty: tokTy(cx, f, f.name), ghost: false });
          instEns.push(gen(p, (o) => o.s(`${name}.instance_id() == instance.id()`, f.name)));
          ensures.push(withPrequel(gen(p, (o) => o.s(`${name}.value() == (`, s.at).t(s.e).s(')', s.at)), false, s.at));
          break;
        case 'constant': ensures.push(withPrequel(gen(p, (o) => o.s(`instance.${f.name.text}() == (`, s.at).t(s.e).s(')', s.at)), false, s.at)); break;
        case 'storage_option':
          ins.push(gen(p, (o) => o.s(`tracked ${name}:`, f.name).t(fieldType(cx, f, f.name))));
          requires.push(withPrequel(gen(p, (o) => o.s(`${name} == (`, s.at).t(s.e).s(')', s.at)), true, s.at));
          break;
        case 'option':
          outs.push({ name, ty: gen(p, (o) => o.s(`Option<${f.name.text}${cx.g}>`, f.name)), ghost: false });
          ensures.push(withPrequel(gen(p, (o) => o.s(`((if ${name} is Some { Option::<`, s.at).t(f.elem!).s(`>::Some(${name}->Some_0.value()) } else { Option::<`, s.at).t(f.elem!).s('>::None }) == (', s.at).t(s.e).s(`)) && (${name} is Some ==> ${name}->Some_0.instance_id() == instance.id())`, s.at)), false, s.at));
          break;
        case 'multiset':
          outs.push({ name, ty: gen(p, (o) => o.s(`${f.name.text}_multiset${cx.g}`, f.name)), ghost: false });
          ensures.push(withPrequel(gen(p, (o) => o.s(`${name}.multiset() == (`, s.at).t(s.e).s(`) && ${name}.instance_id() == instance.id()`, s.at)), false, s.at));
          break;
        case 'map': case 'imap':
          outs.push({ name, ty: gen(p, (o) => o.s(`${f.name.text}_map${cx.g}`, f.name)), ghost: false });
          ensures.push(withPrequel(gen(p, (o) => o.s(`${name}.map() == (`, s.at).t(s.e).s(`) && ${name}.instance_id() == instance.id()`, s.at)), false, s.at));
          break;
      }
    }
  } else {
    for (const f of sm.fields) {
      if (birdsRead.has(f)) outs.push({ name: `original_field_${f.name.text}`, ty: fieldType(cx, f, f.name), ghost: true });
      if (f.strategy === 'variable' && (written.has(f) || read.has(f))) {
        const name = `param_token_${f.name.text}`;
        if (written.has(f)) {
          ins.push(gen(p, (o) => o.s(`tracked ${name}: &mut ${f.name.text}${cx.g}`, f.name)));
          instReqs.push(gen(p, (o) => o.s(`old(${name}).instance_id() == ${instId}`, f.name)));
          instEns.push(gen(p, (o) => o.s(`${name}.instance_id() == ${instId}`, f.name)));
        } else {
          ins.push(gen(p, (o) => o.s(`tracked ${name}: &${lt}${f.name.text}${cx.g}`, f.name)));
          instReqs.push(gen(p, (o) => o.s(`${name}.instance_id() == ${instId}`, f.name)));
        }
      }
      for (const x of tokens.get(f)!) {
        const tyCode = x.ty;
        if (x.io === 'in') ins.push(gen(p, (o) => o.s(`tracked ${x.name}:`, x.at).t(tyCode)));
        else if (x.io === 'borrow_in') ins.push(gen(p, (o) => o.s(`tracked ${x.name}: &${lt}`, x.at).t(tyCode)));
        else if (x.io === 'out') outs.push({ name: x.name, ty: tyCode, ghost: false });
        else outs.push({ name: x.name, ty: gen(p, (o) => o.s(`&${lt}`, x.at).t(tyCode)), ghost: false });
        if (x.instance) {
          const c = gen(p, (o) => o.s(`${x.name}.instance_id() == ${instId}`, x.at));
          if (x.io === 'out') instEns.push(c);
          else instReqs.push(c);
        }
      }
    }
  }
  // the return value
  let ret: Code = [];
  let ens = [...instEns, ...ensures];
  if (outs.length === 1) {
    const o1 = outs[0]!;
    ret = gen(p, (o) => o.s(`-> (${o1.ghost ? '' : 'tracked '}${o1.name}:`, at).t(o1.ty).s(')', at));
  } else if (outs.length > 1) {
    ret = gen(p, (o) => {
      o.s('-> (tracked tmp_tuple: (', at);
      for (const x of outs) o.s(x.ghost ? 'Ghost<' : 'Tracked<', at).t(x.ty).s('>,', at);
      o.s('))', at);
    });
    const lets = outs.map((x, i) => `let ${x.name} = tmp_tuple.${i}@;`).join(' ');
    ens = ens.map((e) => gen(p, (o) => o.s(`({ ${lets}`, at).t(e).s('})', at)));
  }
  const reqs = [...instReqs, ...requires];
  const code = gen(p, (o) => {
    o.s(`#[verifier::external_body] pub proof fn ${t.name.text}${borrowOut ? "<'a>" : ''}(`, at);
    for (const x of ins) o.t(x).s(',', at);
    o.s(')', at).t(ret);
    if (reqs.length) { o.s('requires', at); reqs.forEach((r, i) => { if (i) o.s(',', at); o.t(r); }); }
    if (ens.length) { o.s('ensures', at); ens.forEach((e, i) => { if (i) o.s(',', at); o.t(e); }); }
    o.s('{ unimplemented!() }', at);
  });
  return { code };
}

function generate(p: Parser, sm: Machine): { trees: TokenTree[]; messages: Map<string, string[]> } {
  const g = sm.generics.length ? `<${sm.generics.map((x) => x.text).join(', ')}>` : '';
  const cx: Ctx = { p, sm, g };
  const at = sm.name;
  const messages: { fn: Token; messages: string[] }[] = [];
  const code = gen(p, (o) => {
    o.s(`pub mod ${sm.name.text} { use super::*;`, at);
    // the state
    o.s(`pub ghost struct State${g} {`, at);
    for (const f of sm.fields) o.s(`pub ${f.name.text}:`, f.name).t(fieldType(cx, f, f.name)).s(',', f.name);
    o.s('}', at);
    o.s(`impl${g} State${g} {`, at);
    for (const inv of sm.invariants) {
      // `pub fn name(&self) -> bool { .. }` as an open spec fn
      const fnAt = inv.fn.findIndex((t) => isTok(t, 'fn'));
      o.s('pub open spec', inv.name).t(inv.fn.slice(fnAt));
    }
    o.s(`pub open spec fn invariant(&self) -> bool { ${sm.invariants.length ? sm.invariants.map((i) => `self.${i.name.text}()`).join(' && ') : 'true'} }`, at);
    for (const fn of sm.normalFns) o.t(fn);
    for (const t of sm.transitions) {
      const ss = simplify(cx, t);
      const ps = paramList(cx, t);
      if (t.kind === 'init') {
        o.s(`pub open spec fn ${t.name.text}(post: Self,`, t.name).t(ps).s(') -> bool {', t.name).t(relation(cx, t, ss, true)).s('}', t.name);
      } else {
        if (t.kind === 'transition' || t.kind === 'readonly') {
          o.s(`pub open spec fn ${t.name.text}(pre: Self, post: Self,`, t.name).t(ps).s(') -> bool {', t.name).t(relation(cx, t, ss, true)).s('}', t.name);
          o.s(`pub open spec fn ${t.name.text}_strong(pre: Self, post: Self,`, t.name).t(ps).s(') -> bool {', t.name).t(relation(cx, t, ss, false)).s('}', t.name);
        }
        if (hasAssert(ss)) {
          const { body, messages: ms } = safetyBody(cx, ss);
          const nameTok = { ...t.name, text: `${t.name.text}_asserts` };
          messages.push({ fn: nameTok, messages: ms });
          o.s(`proof fn ${t.name.text}_asserts(pre: Self,`, t.name).t(ps).s(') requires pre.invariant() {', t.name).t(body).s('}', t.name);
        }
      }
    }
    for (const l of sm.lemmas) {
      const t = sm.transitions.find((x) => x.name.text === l.target.text)!;
      const args = argList(cx, t);
      o.s(`proof fn ${l.name.text}`, l.name).t([l.paramsGroup]);
      if (t.kind === 'init') o.s(`requires Self::${t.name.text}(post,`, l.fnTok).t(args).s(')', l.fnTok);
      else o.s(`requires pre.invariant(), Self::${t.name.text}_strong(pre, post,`, l.fnTok).t(args).s(')', l.fnTok);
      o.s(', ensures post.invariant() {', l.fnTok).t([l.body]);
      for (const inv of sm.invariants) o.s(`assert(post.${inv.name.text}());`, l.fnTok);
      o.s('}', l.fnTok);
      messages.push({ fn: l.name, messages: sm.invariants.map((i) => `could not show invariant \`${i.name.text}\` on the \`post\` state`) });
    }
    o.s('}', at);
    // the instance and the tokens, in a module of their own: their one field is private to it,
    // so neither users nor the machine's own fns and lemmas can forge them
    const names = ['Instance', ...sm.fields.flatMap((f) => f.strategy === 'constant' || f.strategy === 'storage_option' ? [] : f.strategy === 'multiset' ? [f.name.text, `${f.name.text}_multiset`] : f.strategy === 'map' || f.strategy === 'imap' ? [f.name.text, `${f.name.text}_map`] : [f.name.text])];
    o.s(`pub use self::sm_tokens::{${names.join(', ')}};`, at);
    o.s('pub mod sm_tokens { use super::*;', at);
    o.s(`#[derive(Clone, Copy)] pub tracked struct Instance${g} { ghost unforgeable: Option<State${g}> }`, at);
    o.s(`impl${g} Instance${g} {`, at);
    o.s('pub uninterp spec fn id(&self) -> vstd::tokens::InstanceId;', at);
    for (const f of sm.fields) if (f.strategy === 'constant') o.s(`pub uninterp spec fn ${f.name.text}(&self) ->`, f.name).t(f.ty).s(';', f.name);
    // (a `readonly!` transition has no exchange fn, as in Verus)
    for (const t of sm.transitions) if (t.kind !== 'readonly') o.t(exchange(cx, t).code);
    o.s('}', at);
    for (const f of sm.fields) {
      if (f.strategy === 'constant' || f.strategy === 'storage_option') continue;
      const n = f.name.text;
      o.s(`pub tracked struct ${n}${g} { ghost unforgeable: Option<State${g}> }`, f.name);
      o.s(`impl${g} ${n}${g} { pub uninterp spec fn instance_id(&self) -> vstd::tokens::InstanceId;`, f.name);
      if (f.strategy === 'option') o.s('pub uninterp spec fn value(&self) ->', f.name).t(f.elem!).s(';', f.name);
      if (f.strategy === 'variable') o.s('pub uninterp spec fn value(&self) ->', f.name).t(f.ty).s(';', f.name);
      if (f.strategy === 'multiset') o.s('pub uninterp spec fn element(&self) ->', f.name).t(f.elem!).s(';', f.name);
      if (f.strategy === 'map' || f.strategy === 'imap') o.s('pub uninterp spec fn key(&self) ->', f.name).t(f.key!).s('; pub uninterp spec fn value(&self) ->', f.name).t(f.val!).s(';', f.name);
      o.s('}', f.name);
      if (f.strategy === 'multiset') {
        // the collection an `init` gives (vstd's MultisetToken): take its tokens out one by one
        o.s(`pub tracked struct ${n}_multiset${g} { ghost unforgeable: Option<State${g}> }`, f.name);
        o.s(`impl${g} ${n}_multiset${g} { pub uninterp spec fn instance_id(&self) -> vstd::tokens::InstanceId; pub uninterp spec fn multiset(&self) -> vstd::multiset::Multiset<`, f.name).t(f.elem!).s('>;', f.name);
        o.s(`#[verifier::external_body] pub proof fn remove(tracked &mut self, element:`, f.name).t(f.elem!).s(`) -> (tracked token: ${n}${g}) requires old(self).multiset().contains(element), ensures final(self).instance_id() == old(self).instance_id(), final(self).multiset() == old(self).multiset().remove(element), token.instance_id() == old(self).instance_id(), token.element() == element { unimplemented!() } }`, f.name);
      }
      if (f.strategy === 'map' || f.strategy === 'imap') {
        o.s(`pub tracked struct ${n}_map${g} { ghost unforgeable: Option<State${g}> }`, f.name);
        o.s(`impl${g} ${n}_map${g} { pub uninterp spec fn instance_id(&self) -> vstd::tokens::InstanceId; pub uninterp spec fn map(&self) ->`, f.name).t(fieldType(cx, f, f.name)).s(';', f.name);
        o.s(`#[verifier::external_body] pub proof fn remove(tracked &mut self, key:`, f.name).t(f.key!).s(`) -> (tracked token: ${n}${g}) requires old(self).map().dom().contains(key), ensures final(self).instance_id() == old(self).instance_id(), final(self).map() == old(self).map().remove(key), token.instance_id() == old(self).instance_id(), token.key() == key, token.value() == old(self).map()[key] { unimplemented!() } }`, f.name);
      }
    }
    o.s('}', at);
    o.s('}', at);
  });
  return { trees: code, messages: new Map(messages.map((m) => [m.fn.text, m.messages])) };
}
