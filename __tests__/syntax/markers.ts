/** The `//~` markers that concern the syntax stage (see ../support/markers.ts for the convention). */
import { readCaseSpec, type Expectation } from '../support/markers.js';

export type Marker = Expectation;

export function readMarkers(text: string): Marker[] {
  return readCaseSpec(text).expectations;
}

/** Markers that only the syntax stage can produce (parse errors, unsupported constructs, missing modules). */
export function isSyntaxMarker(m: Marker): boolean {
  return m.kind === 'ERROR' && /^(expected|mismatched|unexpected|this file contains|unsupported|comparison operators|file not found|unknown start|unterminated)/.test(m.text);
}
