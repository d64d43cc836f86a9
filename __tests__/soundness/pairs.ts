/**
 * The soundness corpus's pairs: in each file, a function `NAME_false` (a false claim, which
 * carries at least one `//~ ERROR` marker) beside its twin `NAME_true` (the true claim, with
 * none). A function runs from its `fn` line to the next one.
 */
export interface SoundnessPair {
  file: string;
  name: string;
}

export interface PairProblems {
  pairs: SoundnessPair[];
  problems: string[];
}

const FN_LINE = /^\s*(?:pub\s+)?(?:(?:proof|spec|broadcast\s+proof)\s+)?fn\s+([A-Za-z0-9_]+)/;

function expectsError(body: string[]): boolean {
  return body.some((l) => /\/\/~\^*\s*ERROR/.test(l));
}

export function soundnessPairs(file: string, text: string): PairProblems {
  const lines = text.split('\n');
  const bodies = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of lines) {
    const m = FN_LINE.exec(line);
    if (m) {
      current = [];
      bodies.set(m[1]!, current);
    }
    current?.push(line);
  }
  const pairs: SoundnessPair[] = [];
  const problems: string[] = [];
  for (const [fnName, body] of bodies) {
    const m = /^(.*)_(false|true)$/.exec(fnName);
    if (!m) continue;
    const [, base, side] = m as unknown as [string, string, 'false' | 'true'];
    const twin = `${base}_${side === 'false' ? 'true' : 'false'}`;
    if (!bodies.has(twin)) problems.push(`${file}: ${fnName} has no twin ${twin}`);
    const marked = expectsError(body);
    if (side === 'false' && !marked) problems.push(`${file}: false claim ${fnName} expects no error`);
    if (side === 'true' && marked) problems.push(`${file}: true claim ${fnName} expects an error`);
    const twinBody = bodies.get(twin);
    if (side === 'false' && marked && twinBody && !expectsError(twinBody)) pairs.push({ file, name: base! });
  }
  return { pairs, problems };
}
