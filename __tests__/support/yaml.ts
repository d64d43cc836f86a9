/**
 * YAML for tests that read action.yml and the workflows. js-yaml is in node_modules through
 * eslint (a dev dependency); it has no types here, so its one function is declared.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jsYaml = require('js-yaml') as { load(text: string, opts?: { filename?: string }): unknown };

/** Parses YAML; throws with the file name and position on a syntax error. */
export function parseYaml(text: string, filename: string): unknown {
  return jsYaml.load(text, { filename });
}
