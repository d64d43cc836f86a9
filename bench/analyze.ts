/**
 * Value-analysis benchmark (issue 13): per state level (1, 2, 4, 8, 16), on model/ and the
 * corpora, the warnings by kind, the functions analysed and skipped, the analysis wall time
 * (front end included, as `proofgate analyze` runs), and its ratio to a full cold verify
 * (native z3, no cache, jobs 1); then the same with the specs unused (issue 13: model/'s
 * code with its specs stripped must not crash the analysis).
 *
 *   npx tsx bench/analyze.ts [PATH...]     default: model corpus/verify corpus/cases corpus/analyze
 *   options: --no-verify (skip the verify baseline)
 */
import { runAnalyze } from '../src/analyze-run.js';
import { runProofgate } from '../src/driver.js';

const LEVELS = [1, 2, 4, 8, 16];
const KINDS = ['overflow', 'division', 'shift', 'index'] as const;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withVerify = !args.includes('--no-verify');
  const targets = args.filter((a) => !a.startsWith('--'));
  for (const target of targets.length ? targets : ['model', 'corpus/verify', 'corpus/cases', 'corpus/analyze']) {
    let verifyMs: number | undefined;
    if (withVerify) {
      const t = performance.now();
      await runProofgate({ paths: [target], mode: 'verify', cacheDir: null, jobs: 1, solver: 'native' });
      verifyMs = performance.now() - t;
    }
    console.log(`\n${target}${verifyMs !== undefined ? ` (full verify ${(verifyMs / 1000).toFixed(2)} s)` : ''}`);
    console.log('level  functions  skipped  overflow  division  shift  index  total   time(ms)  /verify');
    for (const [level, useSpecs] of [...LEVELS.map((l) => [l, true] as const), ...LEVELS.map((l) => [l, false] as const)]) {
      if (level === LEVELS[0] && !useSpecs) console.log('-- specs stripped (requires, ensures, assertions unused) --');
      runAnalyze({ paths: [target], stateLevel: level, useSpecs }); // warm-up (module and JIT), not timed
      // the median of three runs: the machine is shared, single runs are noisy
      const times: number[] = [];
      let r = runAnalyze({ paths: [target], stateLevel: level, useSpecs });
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        r = runAnalyze({ paths: [target], stateLevel: level, useSpecs });
        times.push(performance.now() - t);
      }
      const ms = times.sort((a, b) => a - b)[1]!;
      const by = (k: string) => r.diagnostics.filter((d) => d.severity === 'warning' && d.kind === k).length;
      const cells = [
        String(level).padEnd(5), String(r.summary.functions).padStart(9), String(r.summary.skipped ?? 0).padStart(8),
        ...KINDS.map((k) => String(by(k)).padStart(k.length + 2)), String(r.summary.warnings ?? 0).padStart(6),
        ms.toFixed(0).padStart(10), verifyMs !== undefined ? (ms / verifyMs).toFixed(3).padStart(8) : '       -',
      ];
      console.log(cells.join('  '));
    }
  }
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
