/**
 * `#[cfg(..)]` predicates as Verus sees them when it verifies: the `verus_keep_ghost` and
 * `verus_keep_ghost_body` flags are set (Verus passes `--cfg verus_keep_ghost` to rustc),
 * so `#[cfg(not(verus_keep_ghost))]` code is not there for it. Any other flag or key
 * (`test`, `feature = ".."`, `target_os`) is unknown here: such code is kept as written.
 */

const SET_WHEN_VERIFYING = new Set(['verus_keep_ghost', 'verus_keep_ghost_body']);

/** The predicate's value while verifying (undefined when it depends on anything else). */
export function cfgWhenVerifying(pred: string): boolean | undefined {
  const toks = pred.match(/"(?:[^"\\]|\\.)*"|[A-Za-z_][\w]*|[(),=]/g) ?? [];
  let i = 0;
  const parse = (): boolean | undefined | 'bad' => {
    const t = toks[i++];
    if (t === undefined || !/^[A-Za-z_]/.test(t)) return 'bad';
    if ((t === 'not' || t === 'all' || t === 'any') && toks[i] === '(') {
      i++;
      const args: (boolean | undefined)[] = [];
      while (toks[i] !== ')') {
        const v = parse();
        if (v === 'bad') return 'bad';
        args.push(v);
        if (toks[i] === ',') i++;
        else if (toks[i] !== ')') return 'bad';
      }
      i++;
      if (t === 'not') return args.length !== 1 ? 'bad' : args[0] === undefined ? undefined : !args[0];
      if (t === 'all') return args.includes(false) ? false : args.includes(undefined) ? undefined : true;
      return args.includes(true) ? true : args.includes(undefined) ? undefined : false;
    }
    if (toks[i] === '=') {
      i += 2; // `key = "value"`: unknown
      return undefined;
    }
    return SET_WHEN_VERIFYING.has(t) ? true : undefined;
  };
  const v = parse();
  return v === 'bad' || i !== toks.length ? undefined : v;
}
