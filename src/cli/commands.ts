/** The commands' flags and help texts, one place for the parser and `--help`. */
import type { CommandSpec, Options } from './args.js';

export const FORMATS = ['human', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

const OUTPUT_OPTIONS: Options = {
  format: { type: 'string', value: 'human|json|sarif|github', help: 'how results are printed on stdout: human = rustc-style text (default), json = the results file (docs/results.md), sarif = SARIF 2.1.0, github = workflow commands' },
  output: { type: 'string', value: 'FILE', help: 'also write the JSON results file to FILE (folders are created)' },
  color: { type: 'string', value: 'auto|always|never', help: 'colour the human output: auto (default) colours only on a terminal and never when NO_COLOR is set' },
};

const ALLOW_OUTSIDE_CWD: Options[string] = { type: 'boolean', help: 'read files (given, `mod`, `#[path]`, `include!`, symlinks) that resolve outside the working folder; refused by default' };

const EXIT_STATUS = 'Exit status: 0 no errors; 1 at least one error diagnostic; 2 usage or internal failure (one line on stderr).';

export const VERIFY: CommandSpec = {
  name: 'verify',
  about: 'prove the specifications of the Rust code under PATH',
  positionals: '[PATH...]',
  positionalsHelp: 'files or folders to check (default: .). A folder holding lib.rs or main.rs (or src/lib.rs, src/main.rs) is one crate; any other .rs file is a crate of its own.',
  options: {
    'no-verify': { type: 'boolean', help: 'parse, resolve, type and mode check only; no solver runs and nothing is proved' },
    ...OUTPUT_OPTIONS,
    function: { type: 'string', value: 'GLOB', help: 'only verify functions whose qualified name (or a ::-suffix of it) matches GLOB (* within a segment, ** across, ? one character); an error when nothing matches, as Verus\'s --verify-function' },
    jobs: { type: 'string', value: 'N', help: 'solver sessions run at once (default: the number of CPUs)' },
    'timeout-ms': { type: 'string', value: 'N', help: 'solver budget per query in milliseconds (default 10000); running out is reported as an error, never as verified' },
    cache: { type: 'string', value: 'DIR', help: 'proof cache folder (default .proofgate/cache); unchanged queries are answered from it' },
    'no-cache': { type: 'boolean', help: 'neither read nor write the proof cache' },
    shard: { type: 'string', value: 'I/N', help: 'verify only the I-th of N deterministic shares of the queries (merge the shards\' --output files with `proofgate merge`)' },
    solver: { type: 'string', value: 'auto|wasm|native', help: 'auto (default): a z3 binary on PATH if there is one, else z3-solver\'s WASM build (nothing to install, slower); native requires z3 on PATH' },
    'dump-smt': { type: 'string', value: 'DIR', help: 'also write each query as a standalone SMT-LIB2 script into DIR (run one with `z3 DIR/FILE.smt2`)' },
    'cross-check': { type: 'string', value: 'cvc5', help: 're-prove every query with cvc5 (on PATH); a goal the two solvers decide differently is an error (kind `disagreement`), one cvc5 cannot decide is counted' },
    'no-infer': { type: 'boolean', help: 'use no loop invariants inferred by the value analysis (by default its loop intervals are tried as invariants and each is used only once proved inductive)' },
    'dump-ir': { type: 'boolean', help: 'print the core IR of the selected (--function) functions instead of verifying them' },
    'allow-outside-cwd': ALLOW_OUTSIDE_CWD,
  },
  footer: [
    'The last line on stdout is `verification results:: N verified, M errors`',
    '(with --no-verify: `check results:: N items checked, M errors`).',
    'On a terminal, a progress line on stderr counts the functions done.',
    EXIT_STATUS,
  ],
};

export const ANALYZE: CommandSpec = {
  name: 'analyze',
  about: 'value analysis (intervals): report possible overflow, division by zero, shift range, index out of bounds and `as` casts that lose value, as warnings',
  positionals: '[PATH...]',
  positionalsHelp: 'files or folders to analyse (default: .), as for verify.',
  options: {
    ...OUTPUT_OPTIONS,
    'state-level': { type: 'string', value: 'N', help: 'disjunctive states kept per program point (default 8): more is more precise and slower' },
    function: { type: 'string', value: 'GLOB', help: 'only analyse functions whose qualified name matches GLOB (as for verify)' },
    'deny-warnings': { type: 'boolean', help: 'exit 1 when there is a warning (by default warnings never fail the run)' },
    'allow-outside-cwd': ALLOW_OUTSIDE_CWD,
  },
  footer: ['Functions the analysis cannot handle are listed as skipped, with the reason.', 'Exit status: 0 unless there is an error (or a warning with --deny-warnings); 2 usage or internal failure.'],
};

export const CHECK_SOUNDNESS: CommandSpec = {
  name: 'check-soundness',
  about: 'the emulator as an oracle: run every function the verifier proves on generated inputs that meet its `requires`, and report any run-time violation as an unsoundness',
  positionals: '[PATH...]',
  positionalsHelp: 'files or folders, as for verify (default: .).',
  options: {
    'budget-ms': { type: 'string', value: 'N', help: 'time budget for running inputs, in milliseconds (default 20000)' },
    seed: { type: 'string', value: 'N', help: 'seed of the random inputs (default 1; printed first), so a finding can be replayed' },
    'max-inputs': { type: 'string', value: 'N', help: 'at most N inputs per function' },
    jobs: { type: 'string', value: 'N', help: 'solver sessions for the verification step (default: the number of CPUs)' },
    'timeout-ms': { type: 'string', value: 'N', help: 'solver budget per query for the verification step (default 10000)' },
    solver: { type: 'string', value: 'auto|wasm|native', help: 'as for verify' },
  },
  footer: ['Boundary values of every type first, then random ones; panics, callee `requires`, loop invariants, `ensures` and type invariants are checked at run time.', 'Exit status: 0 no unsoundness found; 1 an unsoundness (with its input); 2 usage or internal failure.'],
};

export const MERGE: CommandSpec = {
  name: 'merge',
  about: 'merge the results files of shards (`verify --shard I/N --output FILE`) into one',
  positionals: 'FILE...',
  positionalsHelp: 'JSON results files, all of the same mode.',
  options: OUTPUT_OPTIONS,
  footer: [EXIT_STATUS],
};

export const RUN: CommandSpec = {
  name: 'run',
  about: 'run the #[test] functions of the code under PATH in the emulator',
  positionals: '[PATH...]',
  positionalsHelp: 'files or folders (default: .); the code must pass the static checks first.',
  options: {
    filter: { type: 'string', value: 'NAME', help: 'only run tests whose name contains NAME' },
    'allow-outside-cwd': ALLOW_OUTSIDE_CWD,
  },
  footer: ['The last line is `N passed, M failed`.', 'Exit status: 0 every test passed; 1 a test failed or the code has errors; 2 usage or internal failure.'],
};

export const REVIEW: CommandSpec = {
  name: 'review',
  about: 'post a results file as a pull request review, from any CI (as the GitHub Action does)',
  positionals: 'RESULTS.json',
  positionalsHelp: 'a results file (`verify --output FILE`, or `merge --output FILE` of all shards), made from the checkout in the working folder, whose files are quoted in the comments.',
  options: {
    repo: { type: 'string', value: 'OWNER/NAME', help: 'the repository (default: $GITHUB_REPOSITORY)' },
    pr: { type: 'string', value: 'N', help: 'the pull request number (default: N of a $GITHUB_REF like refs/pull/N/merge)' },
    sha: { type: 'string', value: 'SHA', help: 'the commit the results are for: nothing is posted unless it is the pull request\'s head (default: the working folder\'s git checkout, HEAD or the head merged into it; outside git, the head GitHub reports)' },
    'token-env': { type: 'string', value: 'NAME', help: 'the environment variable holding the token (default: GITHUB_TOKEN, else GH_TOKEN); it needs pull-requests write. Never on the command line' },
    'api-url': { type: 'string', value: 'URL', help: 'the GitHub API (default: $GITHUB_API_URL, else https://api.github.com)' },
    'review-event': { type: 'string', value: 'COMMENT|REQUEST_CHANGES', help: 'COMMENT (default), or REQUEST_CHANGES to block merging while proofs fail' },
    'max-comments': { type: 'string', value: 'N', help: 'at most N new inline comments (default 30); the rest become rows of the review body' },
  },
  footer: [
    'Placement, dedupe and fault handling are the Action\'s: a finding on a diff line is an inline',
    'comment, others are rows of the review body; on a re-run, findings still failing keep their',
    'comments, fixed ones are marked fixed (only by results of a whole run), new ones are posted.',
    'Exit status: 0 posted (or nothing new to post), no errors in the results; 1 posted, the results',
    'hold errors; 2 usage, or the review could not be published (one line on stderr).',
  ],
};

export const COMMANDS = [VERIFY, ANALYZE, MERGE, REVIEW, RUN, CHECK_SOUNDNESS];
