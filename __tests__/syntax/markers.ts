/** The `//~` convention of LANGUAGE.md: expected diagnostics written in the source. */
export interface Marker {
  line: number;
  kind: 'ERROR' | 'NOTE';
  text: string;
}

export function readMarkers(text: string): Marker[] {
  const out: Marker[] = [];
  const lines = text.split('\n');
  lines.forEach((l, i) => {
    const m = /\/\/~(\^*)\s+(ERROR|NOTE)\s+(.*?)\s*$/.exec(l);
    if (m) out.push({ line: i + 1 - m[1]!.length, kind: m[2] as 'ERROR' | 'NOTE', text: m[3]! });
  });
  return out;
}

/** Markers that only the syntax stage can produce (parse errors, unsupported constructs, missing modules). */
export function isSyntaxMarker(m: Marker): boolean {
  return m.kind === 'ERROR' && /^(expected|mismatched|unexpected|this file contains|unsupported|comparison operators|file not found|unknown start|unterminated)/.test(m.text);
}
