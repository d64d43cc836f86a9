/**
 * The loader: command-line paths to crates (see crate.ts). Folders with a lib.rs/main.rs
 * (or src/lib.rs, src/main.rs) are crates whose files come from `mod x;` and `include!`;
 * other .rs files are single-file crates. Problems become diagnostics, never throws.
 */
import { copyTree } from './copy-tree.js';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { diag, type Diagnostic } from '../report/diagnostic.js';
import { internalError } from '../report/internal-error.js';
import type { Item, SourceFile } from './ast.js';
import type { Crate } from './crate.js';
import { buildScriptRlimit } from './build-rs.js';
import { readManifest, readWorkspaceMembers } from './cargo.js';
import { newCrateMacros, type CrateMacros, type DepMacros, type MacroScope } from './macro-env.js';
import type { MacroDef } from './macro-rules.js';
import { parseFile } from './parser.js';
import { LineMap, type Span } from './span.js';
import { bundledVstdRoot, isBundledVstdFile, VSTD_CRATE, vstdDisplayPath } from './vstd-lib.js';

export interface LoadResult {
  crates: Crate[];
  diagnostics: Diagnostic[];
}

const ROOT_NAMES = ['lib.rs', 'main.rs', path.join('src', 'lib.rs'), path.join('src', 'main.rs')];

/** Path as reported in spans: relative to the working directory, with '/'. */
export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs) || path.basename(abs);
  return rel.split(path.sep).join('/');
}

function isSkippedDir(name: string): boolean {
  return name === 'target' || name === 'node_modules' || name.startsWith('.');
}

function fileSpan(file: string): Span {
  return new LineMap(file, '').span(0, 0);
}

function crateRootOf(dir: string): string | undefined {
  for (const r of ROOT_NAMES) {
    const p = path.join(dir, r);
    if (isFile(p)) return p;
  }
  return undefined;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/**
 * The folder reading stays inside (the Action's GITHUB_WORKSPACE, the CLI's working folder):
 * a given path, `mod` file, `#[path]` target, `include!` target or symlink whose real path
 * is outside it is refused, so no file outside is read or quoted into a report.
 */
class Boundary {
  private readonly realRoot: string;

  /** The folder as messages name it ('.' for the working folder itself). */
  private readonly shown: string;

  constructor(root: string) {
    const abs = path.resolve(root);
    this.shown = abs === process.cwd() ? '.' : displayPath(abs);
    try {
      this.realRoot = fs.realpathSync(abs);
    } catch {
      this.realRoot = abs;
    }
  }

  /** Null when `abs` is inside (or does not exist: reading it reports that), else the refusal. */
  refusal(abs: string, span: Span): Diagnostic | null {
    let real: string;
    try {
      real = fs.realpathSync(abs);
    } catch {
      return null;
    }
    const rel = path.relative(this.realRoot, real);
    if (rel === '' || (rel.split(path.sep)[0] !== '..' && !path.isAbsolute(rel))) return null;
    const via = real === abs ? '' : ` (it resolves to \`${real}\`)`;
    return diag('syntax', `refusing to read \`${displayPath(abs)}\`${via}: it is outside the workspace folder \`${this.shown}\``, span, {
      notes: ['files outside the workspace are not read, so their text never reaches a report; the CLI reads outside its working folder with --allow-outside-cwd'],
    });
  }
}

export function loadCrates(paths: string[], workspaceRoot?: string): LoadResult {
  const crates: Crate[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const step of loadCratesInTurn(paths, workspaceRoot)) {
    diagnostics.push(...step.diagnostics);
    if (step.crate) crates.push(step.crate);
  }
  return { crates, diagnostics };
}

/** One step of loadCratesInTurn: a crate (or none, for a path that failed) and what loading it said. */
export interface LoadStep {
  crate?: Crate;
  diagnostics: Diagnostic[];
}

/**
 * loadCrates one crate at a time, in the same order: a crate is read and parsed only when
 * asked for, so the driver can check and verify the first crate before the last is parsed.
 */
export function* loadCratesInTurn(paths: string[], workspaceRoot?: string): Generator<LoadStep> {
  for (const step of loadCratesOnly(paths, workspaceRoot)) {
    if (step.crate) withBundledVstd(step.crate);
    yield step;
  }
}

/**
 * Gives `crate` the bundled vstd (lib/vstd, see vstd-lib.ts) as its dependency `vstd`, unless
 * it is that library itself or brings a `vstd` of its own. The library is the package's, not
 * the workspace's: it is read whatever the workspace boundary, and its diagnostics are not
 * the crate's (it is verified when it is checked itself).
 */
export function withBundledVstd(crate: Crate): void {
  if (crate.name === VSTD_CRATE || isBundledVstdFile(path.resolve(crate.root.path))) return;
  if (crate.deps?.some((d) => d.name === VSTD_CRATE)) return;
  const root = bundledVstdRoot();
  if (!root) return;
  const vstd = parsedBundledVstd(root);
  if (!vstd) return;
  // each crate gets its own copy: the checker writes into the tree (trait clauses copied
  // into impls, hoisted impl generics), so one tree cannot serve two crates
  const copy = copyTree(vstd.tree);
  crate.deps = [...(crate.deps ?? []), { name: VSTD_CRATE, root: copy.root, files: copy.files }];
}

/**
 * The bundled vstd as parsed, kept while its files read the same: parsing it was half of a
 * small crate's front-end time, and a run (or the test suite) loads it once per crate.
 */
let bundledVstdParse: { rootPath: string; texts: Map<string, string>; tree: { root: SourceFile; files: SourceFile[] } } | undefined;

function parsedBundledVstd(rootPath: string): { tree: { root: SourceFile; files: SourceFile[] } } | undefined {
  const cached = bundledVstdParse;
  if (cached && cached.rootPath === rootPath && [...cached.texts].every(([abs, text]) => readOrUndefined(abs) === text)) return cached;
  // its files are named `<vstd>/...` in reports, not by where the package happens to be
  const builder = new CrateBuilder([], new Set(), null, vstdDisplayPath);
  const file = builder.loadFile(rootPath, true);
  if (!file) return undefined;
  bundledVstdParse = { rootPath, texts: builder.readTexts, tree: copyTree({ root: file, files: builder.files }) };
  return bundledVstdParse;
}

function readOrUndefined(abs: string): string | undefined {
  try {
    return fs.readFileSync(abs, 'utf8');
  } catch {
    return undefined;
  }
}

function* loadCratesOnly(paths: string[], workspaceRoot?: string): Generator<LoadStep> {
  const claimed = new Set<string>();
  const boundary = workspaceRoot === undefined ? null : new Boundary(workspaceRoot);

  const loadCrate = (name: string, rootAbs: string, depMacros?: DepMacros): LoadStep | undefined => {
    if (claimed.has(rootAbs)) return undefined;
    const diagnostics: Diagnostic[] = [];
    const builder = new CrateBuilder(diagnostics, claimed, boundary, displayPath, depMacros);
    try {
      const root = builder.loadFile(rootAbs, true);
      if (!root) return { diagnostics };
      const rlimitDefault = buildScriptRlimit(rootAbs, (abs) => !boundary || boundary.refusal(abs, fileSpan(displayPath(abs))) === null);
      return { crate: { name, root, files: builder.files, ...(rlimitDefault !== undefined ? { rlimitDefault } : {}) }, diagnostics };
    } catch (err) {
      // A crash on one crate's files is an error on it; the other paths still load.
      return { diagnostics: [...diagnostics, internalError('loading this crate', err, fileSpan(displayPath(rootAbs)))] };
    }
  };

  function* visitDir(dir: string, top: boolean): Generator<LoadStep> {
    const manifest = readManifest(dir);
    if (manifest?.root) {
      if (claimed.has(manifest.root)) return;
      // dependencies first: their `#[macro_export]` macros are usable in the crate
      const deps = loadDependencies(manifest.deps, boundary);
      const step = loadCrate(manifest.crateName, manifest.root, deps.macros);
      if (step?.crate) step.crate.deps = deps.crates;
      if (step?.crate && manifest.vstdFeatures?.has('allow_panic')) step.crate.allowPanic = true;
      if (step) yield step;
      return;
    }
    const root = crateRootOf(dir);
    if (root) {
      const step = loadCrate(crateName(path.basename(dir)), root);
      if (step) yield step;
      return;
    }
    const members = readWorkspaceMembers(dir);
    if (members) {
      for (const m of members) yield* visitDir(m, false);
      return;
    }
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      if (top) yield { diagnostics: [diag('syntax', `couldn't read \`${displayPath(dir)}\``, fileSpan(displayPath(dir)))] };
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!isSkippedDir(e.name)) yield* visitDir(full, false);
      } else if (e.name.endsWith('.rs') && !e.name.endsWith('.verus.rs')) {
        const step = loadCrate(crateName(e.name.slice(0, -3)), full);
        if (step) yield step;
      }
    }
  }

  for (const given of paths) {
    const abs = path.resolve(given);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(abs);
    } catch {
      yield { diagnostics: [diag('syntax', `couldn't read \`${displayPath(abs)}\`: no such file or directory`, fileSpan(displayPath(abs)))] };
      continue;
    }
    const refused = boundary?.refusal(abs, fileSpan(displayPath(abs)));
    if (refused) {
      yield { diagnostics: [refused] };
      continue;
    }
    if (stat.isDirectory()) yield* visitDir(abs, true);
    else if (abs.endsWith('.verus.rs')) continue; // only ever pulled in by include!
    else {
      const step = loadCrate(crateName(path.basename(abs).replace(/\.rs$/, '')), abs);
      if (step) yield step;
    }
  }
}

/**
 * A crate's path dependencies and theirs, each loaded once (under the name its first
 * dependent gives it). Their syntax diagnostics are not the dependent's: a dependency that
 * does not parse is reported when it is checked itself; here its items are what parsed.
 */
function loadDependencies(direct: Map<string, string>, boundary: Boundary | null): { crates: Crate[]; macros: DepMacros } {
  const out: Crate[] = [];
  const macros: DepMacros = new Map();
  const byDir = new Set<string>();
  const queue = [...direct];
  while (queue.length > 0) {
    const [name, dir] = queue.shift()!;
    if (byDir.has(dir)) continue;
    byDir.add(dir);
    const manifest = readManifest(dir);
    // A dependency that is not there (an unchecked-out submodule, say) is not an error of
    // the dependent: only a use of its items is, reported where the use is.
    if (!manifest?.root) continue;
    const builder = new CrateBuilder([], new Set(), boundary);
    const root = builder.loadFile(manifest.root, true);
    if (root) out.push({ name, root, files: builder.files });
    macros.set(name, builder.exportedMacros());
    queue.push(...manifest.deps);
  }
  return { crates: out, macros };
}

/** rustc's crate name for a file stem or folder: `-` becomes `_`. */
function crateName(stem: string): string {
  return stem.replace(/-/g, '_');
}

/** Macros std's prelude provides everywhere. */
const STD_PRELUDE_MACROS = new Set([
  'assert', 'assert_eq', 'assert_ne', 'debug_assert', 'debug_assert_eq', 'debug_assert_ne', 'vec', 'print', 'println', 'eprint',
  'eprintln', 'format', 'format_args', 'write', 'writeln', 'panic', 'todo', 'unimplemented', 'unreachable', 'matches', 'cfg',
  'env', 'option_env', 'concat', 'stringify', 'include', 'include_str', 'include_bytes', 'line', 'file', 'column', 'module_path',
  'dbg', 'compile_error',
]);

/** Loads one crate's files, following `mod x;` and `include!`. */
class CrateBuilder {
  readonly files: SourceFile[] = [];
  /** Each file read, by absolute path: its text. */
  readonly readTexts = new Map<string, string>();
  private readonly seen = new Set<string>();
  /** The crate's macros: a `mod x;` or `include!` file starts with those in scope at that line. */
  private readonly macros: CrateMacros;

  constructor(
    private readonly diagnostics: Diagnostic[],
    private readonly claimed: Set<string>,
    private readonly boundary: Boundary | null,
    /** How spans name the crate's files. */
    private readonly shownAs: (abs: string) => string = displayPath,
    /** Its dependencies' `#[macro_export]` macros, by the name the crate gives each. */
    depMacros?: DepMacros,
  ) {
    this.macros = newCrateMacros(depMacros);
    this.macros.include = (item, _scope) => this.includeWhileParsing(item);
  }

  /** The directories of the files being parsed (an `include!` target is relative to its includer's). */
  private readonly parsing: string[] = [];
  /** `include!` items loaded while their file was parsed: the target's path. */
  private readonly included = new Map<Item, string>();
  /** The macro scope at the end of the file parsed last. */
  private lastScope: MacroScope | undefined;

  /** An `include!` met by the parser: the file is parsed there, so its macros are in scope after it. */
  private includeWhileParsing(item: Item): { scope: MacroScope | undefined } | undefined {
    if (item.kind !== 'include') return undefined;
    const dir = this.parsing[this.parsing.length - 1];
    if (dir === undefined) return undefined;
    const target = path.resolve(dir, item.target);
    if (this.seen.has(target)) return undefined;
    this.included.set(item, target);
    const sub = this.loadIncluded(target, item);
    if (!sub) return undefined;
    item.items = sub.items;
    return { scope: this.lastScope };
  }

  exportedMacros(): Map<string, MacroDef> {
    return this.macros.exported;
  }

  loadFile(abs: string, isModRoot: boolean, fromSpan?: Span, from?: Item): SourceFile | undefined {
    if (this.seen.has(abs)) return undefined;
    const file = this.readAndParse(abs, `couldn't read \`${displayPath(abs)}\``, fromSpan ?? fileSpan(displayPath(abs)), from);
    if (!file) return undefined;
    // Where `mod x;` looks: next to a mod root (lib.rs, main.rs, mod.rs), else in a folder named after the file.
    const dir = path.dirname(abs);
    const base = path.basename(abs);
    const modDir = isModRoot || base === 'mod.rs' ? dir : path.join(dir, base.replace(/\.rs$/, ''));
    this.resolveItems(file.items, modDir, dir);
    if (isModRoot) {
      // a macro the crate defines, used where it is not in scope, is rustc's error
      // (a name std's prelude also has means std's macro there; a `#[macro_export]` one is also
      // reachable by path, as through `use crate::*;`, which this does not follow)
      for (const e of this.macros.unresolved) {
        if (this.macros.defined.has(e.name) && !this.macros.exported.has(e.name) && !STD_PRELUDE_MACROS.has(e.name)) e.notInScope = true;
      }
    }
    return file;
  }

  private resolveItems(items: Item[], modDir: string, fileDir: string): void {
    for (const item of items) {
      switch (item.kind) {
        case 'verus':
          this.resolveItems(item.items, modDir, fileDir);
          break;
        case 'mod':
          if (item.items) this.resolveItems(item.items, path.join(modDir, item.name), fileDir);
          else this.loadModFile(item, modDir);
          break;
        case 'include': {
          const loaded = this.included.get(item);
          if (loaded !== undefined) {
            if (item.items) this.resolveItems(item.items, modDir, path.dirname(loaded));
            break;
          }
          const target = path.resolve(fileDir, item.target);
          if (this.seen.has(target)) break;
          const sub = this.loadIncluded(target, item);
          if (sub) {
            item.items = sub.items;
            this.resolveItems(sub.items, modDir, path.dirname(target));
          }
          break;
        }
        default:
          break;
      }
    }
  }

  private loadIncluded(abs: string, item: Item): SourceFile | undefined {
    return this.readAndParse(abs, `couldn't read \`${displayPath(abs)}\`: No such file or directory`, item.span, item);
  }

  /** Reads and parses one file of the crate; an unreadable file is a diagnostic at `span`. */
  private readAndParse(abs: string, unreadable: string, span: Span, from?: Item): SourceFile | undefined {
    const refused = this.boundary?.refusal(abs, span);
    if (refused) {
      this.diagnostics.push(refused);
      return undefined;
    }
    let text: string;
    try {
      text = fs.readFileSync(abs, 'utf8');
    } catch {
      this.diagnostics.push(diag('syntax', unreadable, span));
      return undefined;
    }
    this.seen.add(abs);
    this.claimed.add(abs);
    this.readTexts.set(abs, text);
    const scope = from ? this.macros.scopeAt.get(from) : undefined;
    this.parsing.push(path.dirname(abs));
    // (files it includes are parsed meanwhile: it keeps its place before them, as do its diagnostics)
    const fileAt = this.files.length;
    const diagAt = this.diagnostics.length;
    let parsed;
    try {
      parsed = parseFile(this.shownAs(abs), text, { crate: this.macros, scope });
    } finally {
      this.parsing.pop();
    }
    const { file, diagnostics } = parsed;
    // (a file that failed to parse leaves the scope as it was)
    this.lastScope = 'macroScope' in parsed ? parsed.macroScope : scope;
    this.diagnostics.splice(diagAt, 0, ...diagnostics);
    this.files.splice(fileAt, 0, file);
    return file;
  }

  private loadModFile(item: Extract<Item, { kind: 'mod' }>, modDir: string): void {
    const pathAttr = item.attrs.find((a) => a.name === 'path');
    const candidates = pathAttr
      ? [path.resolve(modDir, pathAttr.args.replace(/^"|"$/g, ''))]
      : [path.join(modDir, `${item.name}.rs`), path.join(modDir, item.name, 'mod.rs')];
    const found = candidates.find(isFile);
    if (!found) {
      this.diagnostics.push(diag('syntax', `file not found for module \`${item.name}\``, item.span, {
        notes: [`to create the module \`${item.name}\`, create file "${displayPath(candidates[0]!)}"`],
      }));
      item.items = [];
      return;
    }
    if (this.seen.has(found)) {
      item.items = [];
      return;
    }
    const file = this.loadFile(found, false, item.span, item);
    item.items = file ? file.items : [];
  }
}
