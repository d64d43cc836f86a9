/** What a goal of a query stands for: the diagnostic to report when the solver cannot prove it. */
import type { IrSpan } from '../ir/types.js';
import type { DiagnosticKind, Label } from '../report/diagnostic.js';

export interface ObligationInfo {
  label: string;
  kind: DiagnosticKind;
  message: string;
  span: IrSpan;
  primaryLabel?: string;
  labels: Label[];
  function: string;
}
