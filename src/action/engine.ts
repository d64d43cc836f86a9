/**
 * The engine call, as src/driver.ts declares it. Kept as a local structural copy so the
 * Action's modules (and their tests) do not depend on the driver being built; the real
 * entry (main.ts) passes driver.runProofgate, which is assignable to `Engine`.
 */
import type { ResultsFile } from '../report/results.js';

export interface EngineOptions {
  paths: string[];
  mode: 'verify' | 'no-verify';
  jobs?: number;
  timeoutMs?: number;
  cacheDir?: string | null;
  shard?: { index: number; count: number };
  solver?: 'auto' | 'wasm' | 'native';
  functionGlob?: string;
  /** Files (given, `mod`, `#[path]`, `include!`, symlinks) resolving outside this folder are refused. */
  workspaceRoot?: string;
}

export type Engine = (opts: EngineOptions) => Promise<ResultsFile>;

/** The value analysis, as src/analyze-run.ts declares it (main.ts passes runAnalyze). */
export interface AnalyzerOptions {
  paths: string[];
  workspaceRoot?: string;
}

export type Analyzer = (opts: AnalyzerOptions) => ResultsFile;
