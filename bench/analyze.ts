/**
 * Value-analysis benchmark (issue 13): per state level (1, 2, 4, 8, 16), on model/ and the
 * corpora, the warnings by kind, the functions analysed and skipped, the analysis wall time
 * and CPU time (front end included, as `proofgate analyze` runs), and the ratio of its CPU
 * time to a full cold verify's (this process plus native z3, no cache, jobs 1): CPU time,
 * because the machine is shared and wall times swing with its load; then the same with the specs unused (issue 13: model/'s
 * code with its specs stripped must not crash the analysis).
 *
 *   npx tsx bench/analyze.ts [PATH...]     default: model corpus/verify corpus/cases corpus/analyze
 *   options: --no-verify (skip the verify baseline)
 */
import { runAnalyze } from '../src/analyze-run.js';
import { measureRun } from './engine-overhead.js';

const LEVELS = [1, 2, 4, 8, 16];
const KINDS = ['overflow', 'division', 'shift', 'index', 'truncation'] as const;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const withVerify = !args.includes('--no-verify');
  const targets = args.filter((a) => !a.startsWith('--'));
  for (const target of targets.length ? targets : ['model', 'corpus/verify', 'corpus/cases', 'corpus/analyze']) {
    let verifyMs: number | undefined;
    if (withVerify) {
      const m = await measureRun([target], { backend: 'native', jobs: 1, cacheDir: null });
      verifyMs = m.ownCpuMs + (m.z3CpuMs ?? m.solverMs);
      console.log(`\n${target} (full verify: ${(m.wallMs / 1000).toFixed(2)} s wall, ${(verifyMs / 1000).toFixed(2)} s CPU)`);
    } else console.log(`\n${target}`);
    console.log('level  functions  skipped  overflow  division  shift  index  truncation  total   wall(ms)  cpu(ms)  cpu/verify');
    for (const [level, useSpecs] of [...LEVELS.map((l) => [l, true] as const), ...LEVELS.map((l) => [l, false] as const)]) {
      if (level === LEVELS[0] && !useSpecs) console.log('-- specs stripped (requires, ensures, assertions unused) --');
      runAnalyze({ paths: [target], stateLevel: level, useSpecs }); // warm-up (module and JIT), not timed
      // the median of three runs: the machine is shared, single runs are noisy
      const times: number[] = [];
      const cpus: number[] = [];
      let r = runAnalyze({ paths: [target], stateLevel: level, useSpecs });
      for (let i = 0; i < 3; i++) {
        const t = performance.now();
        const c = process.cpuUsage();
        r = runAnalyze({ paths: [target], stateLevel: level, useSpecs });
        const used = process.cpuUsage(c);
        cpus.push((used.user + used.system) / 1000);
        times.push(performance.now() - t);
      }
      const ms = times.sort((a, b) => a - b)[1]!;
      const cpu = cpus.sort((a, b) => a - b)[1]!;
      const by = (k: string) => r.diagnostics.filter((d) => d.severity === 'warning' && d.kind === k).length;
      const cells = [
        String(level).padEnd(5), String(r.summary.functions).padStart(9), String(r.summary.skipped ?? 0).padStart(8),
        ...KINDS.map((k) => String(by(k)).padStart(k.length + 2)), String(r.summary.warnings ?? 0).padStart(6),
        ms.toFixed(0).padStart(8), cpu.toFixed(0).padStart(7), verifyMs !== undefined ? (cpu / verifyMs).toFixed(3).padStart(10) : '         -',
      ];
      console.log(cells.join('  '));
    }
  }
}

main().then(() => process.exit(0), (e: unknown) => { console.error(e); process.exit(1); });
