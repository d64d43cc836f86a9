/** SARIF 2.1.0, for code-scanning uploads. */
import { KIND_HELP, kindUrl } from './kinds.js';
import type { ResultsFile } from './results.js';
import { isVstdPath, VSTD_PATH_PREFIX } from '../syntax/vstd-lib.js';

/**
 * The base of locations in Proofgate's bundled vstd (`<vstd>/...` paths): they are not files
 * of the analysed repository, so they do not get a repository-relative URI.
 */
const VSTD_BASE_ID = 'PROOFGATE_VSTD';

/**
 * runs[].automationDetails.id: code scanning takes the part before the last `/` as the
 * analysis' category, so each shard's file (`proofgate/shard-I-of-N/`) and a merged file
 * (`proofgate/merged/`) are analyses of their own, and a whole run is `proofgate/`.
 */
export function automationId(results: Pick<ResultsFile, 'shard'>, merged: boolean): string {
  if (results.shard) return `proofgate/shard-${results.shard.index}-of-${results.shard.count}/`;
  return merged ? 'proofgate/merged/' : 'proofgate/';
}

export function renderSarif(results: ResultsFile, opts: { merged?: boolean } = {}): object {
  const kinds = [...new Set(results.diagnostics.map((d) => d.kind))].sort();
  const usesVstd = results.diagnostics.some((d) => isVstdPath(d.file) || d.labels.some((l) => isVstdPath(l.file)));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        automationDetails: { id: automationId(results, opts.merged === true) },
        ...(usesVstd ? {
          originalUriBaseIds: {
            [VSTD_BASE_ID]: {
              uri: `https://github.com/proofgate/proofgate/blob/v${results.tool.version}/lib/vstd/`,
              description: { text: 'Proofgate\'s bundled vstd library (lib/vstd of the proofgate package), not a file of the analysed repository' },
            },
          },
        } : {}),
        tool: {
          driver: {
            name: 'proofgate',
            version: results.tool.version,
            informationUri: 'https://github.com/proofgate/proofgate',
            rules: kinds.map((k) => ({
              id: k,
              shortDescription: { text: KIND_HELP[k].title },
              help: { text: KIND_HELP[k].help },
              helpUri: kindUrl(k),
            })),
          },
        },
        results: results.diagnostics.map((d) => ({
          ruleId: d.kind,
          level: d.severity === 'error' ? 'error' : 'warning',
          message: { text: d.counterexample ? `${d.message} (counterexample: ${Object.entries(d.counterexample).map(([k, v]) => `${k} = ${v}`).join(', ')})` : d.message },
          locations: [region(d)],
          relatedLocations: d.labels.map((l, i) => ({ id: i, ...region(l), message: { text: l.message } })),
          partialFingerprints: { proofgate: d.fingerprint },
        })),
      },
    ],
  };
}

function region(l: { file: string; line: number; column: number; endLine: number; endColumn: number }): object {
  return {
    physicalLocation: {
      artifactLocation: isVstdPath(l.file) ? { uri: l.file.slice(VSTD_PATH_PREFIX.length), uriBaseId: VSTD_BASE_ID } : { uri: l.file },
      region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn },
    },
  };
}
