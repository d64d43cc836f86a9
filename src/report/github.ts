/** GitHub workflow commands (`::error file=..::msg`), one per diagnostic. */
import type { ResultsDiagnostic } from './results.js';
import { isVstdPath } from '../syntax/vstd-lib.js';

function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function renderWorkflowCommand(d: ResultsDiagnostic): string {
  // A span in Proofgate's vstd (`<vstd>/...`) is no file of the repository: no position then.
  const position = isVstdPath(d.file) ? [] : [
    `file=${escapeProperty(d.file)}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
  ];
  const props = [...position, `title=${escapeProperty(`proofgate: ${d.message}`)}`];
  return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(d.rendered)}`;
}
