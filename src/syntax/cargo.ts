/**
 * Cargo manifests, read as cargo would for what the front end needs: a package's crate name
 * and library root, and its path dependencies (directly or through `workspace = true`,
 * optional ones when an enabled feature turns them on). Features enabled are `default`
 * plus `verus` and `verus_all` when the package has them (Proofgate checks the code as
 * Verus sees it, as `cargo verus` builds with them). Crates.io dependencies are not
 * read: vstd is Proofgate's own (lib/vstd, added by the loader: vstd-lib.ts) over the built-in
 * prelude, and other registry crates are outside the run.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'smol-toml';

export interface Manifest {
  /** Folder holding the Cargo.toml. */
  dir: string;
  /** The crate name (`-` as `_`). */
  crateName: string;
  /** The library (else binary) root file, if it exists. */
  root?: string;
  /** Enabled path dependencies: crate name as the dependent names it -> the dependency's folder. */
  deps: Map<string, string>;
  /** The features its `vstd` dependency has on (`allow_panic`, ...), when it has one. */
  vstdFeatures?: Set<string>;
}

type Table = Record<string, unknown>;

const VERUS_FEATURES = ['default', 'verus', 'verus_all'];

function isTable(x: unknown): x is Table {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function readToml(file: string): Table | undefined {
  try {
    const t = parse(fs.readFileSync(file, 'utf8')) as unknown;
    return isTable(t) ? t : undefined;
  } catch {
    return undefined;
  }
}

/** The package manifest in `dir`, or undefined when there is none (or it is not a package). */
export function readManifest(dir: string): Manifest | undefined {
  const toml = readToml(path.join(dir, 'Cargo.toml'));
  const pkg = toml?.package;
  if (!toml || !isTable(pkg) || typeof pkg.name !== 'string') return undefined;
  const lib = isTable(toml.lib) ? toml.lib : undefined;
  const bins = Array.isArray(toml.bin) ? toml.bin.filter(isTable) : [];
  const candidates = [
    typeof lib?.path === 'string' ? lib.path : 'src/lib.rs',
    ...bins.map((b) => (typeof b.path === 'string' ? b.path : undefined)).filter((x): x is string => x !== undefined),
    'src/main.rs',
  ].map((p) => path.resolve(dir, p));
  const root = candidates.find((p) => fs.existsSync(p) && fs.statSync(p).isFile());
  const libName = typeof lib?.name === 'string' ? lib.name : pkg.name;
  const vstd = vstdFeatures(dir, toml);
  return { dir, crateName: libName.replace(/-/g, '_'), root, deps: pathDependencies(dir, toml), ...(vstd ? { vstdFeatures: vstd } : {}) };
}

/**
 * The features of the package's `vstd` dependency: those written on it (and on the
 * workspace's entry it inherits), and `vstd/f` items of the enabled features.
 */
function vstdFeatures(dir: string, toml: Table): Set<string> | undefined {
  const deps = isTable(toml.dependencies) ? toml.dependencies : {};
  const spec = deps.vstd;
  if (spec === undefined) return undefined;
  const out = new Set<string>();
  const add = (t: unknown): void => {
    if (!isTable(t) || !Array.isArray(t.features)) return;
    for (const f of t.features) if (typeof f === 'string') out.add(f);
  };
  add(spec);
  if (isTable(spec) && spec.workspace === true) add(findWorkspace(dir)?.deps.vstd);
  if (isTable(spec) && spec.optional === true && !enabledOptionalDeps(toml, deps).has('vstd')) return undefined;
  for (const item of enabledFeatureItems(toml)) {
    const m = /^vstd\??\/(.+)$/.exec(item);
    if (m) out.add(m[1]!);
  }
  return out;
}

/** The items of the enabled features (transitively), as written. */
function enabledFeatureItems(toml: Table): string[] {
  const features = isTable(toml.features) ? toml.features : {};
  const out: string[] = [];
  const seen = new Set<string>();
  const visit = (feature: string): void => {
    if (seen.has(feature)) return;
    seen.add(feature);
    const list = features[feature];
    if (!Array.isArray(list)) return;
    for (const item of list) {
      if (typeof item !== 'string') continue;
      out.push(item);
      if (!item.includes('/') && !item.startsWith('dep:')) visit(item);
    }
  };
  for (const f of VERUS_FEATURES) if (f in features) visit(f);
  return out;
}

function pathDependencies(dir: string, toml: Table): Map<string, string> {
  const deps = isTable(toml.dependencies) ? toml.dependencies : {};
  const workspace = findWorkspace(dir);
  const enabled = enabledOptionalDeps(toml, deps);
  const out = new Map<string, string>();
  for (const [key, spec] of Object.entries(deps)) {
    if (!isTable(spec)) continue;
    if (spec.optional === true && !enabled.has(key)) continue;
    let depDir: string | undefined;
    if (typeof spec.path === 'string') depDir = path.resolve(dir, spec.path);
    else if (spec.workspace === true && workspace) {
      const w = workspace.deps[key];
      if (isTable(w) && typeof w.path === 'string') depDir = path.resolve(workspace.dir, w.path);
    }
    if (!depDir) continue;
    out.set(key.replace(/-/g, '_'), depDir);
  }
  return out;
}

/** Optional dependencies switched on by the enabled features (`dep:x`, `x/feat`, or `x` itself). */
function enabledOptionalDeps(toml: Table, deps: Table): Set<string> {
  const features = isTable(toml.features) ? toml.features : {};
  const enabled = new Set<string>();
  const seen = new Set<string>();
  const visit = (feature: string): void => {
    if (seen.has(feature)) return;
    seen.add(feature);
    const list = features[feature];
    if (!Array.isArray(list)) {
      if (feature in deps) enabled.add(feature); // an optional dependency is its own feature
      return;
    }
    for (const item of list) {
      if (typeof item !== 'string') continue;
      if (item.startsWith('dep:')) enabled.add(item.slice(4));
      else if (item.includes('/')) {
        const dep = item.slice(0, item.indexOf('/'));
        if (!dep.endsWith('?')) enabled.add(dep);
      } else visit(item);
    }
  };
  for (const f of VERUS_FEATURES) if (f in features) visit(f);
  return enabled;
}

/** A workspace root's member folders (`members`, with a trailing `*` expanded), or undefined when `dir` is not one. */
export function readWorkspaceMembers(dir: string): string[] | undefined {
  const toml = readToml(path.join(dir, 'Cargo.toml'));
  const ws = toml?.workspace;
  if (!isTable(ws) || !Array.isArray(ws.members)) return undefined;
  const out: string[] = [];
  for (const m of ws.members) {
    if (typeof m !== 'string') continue;
    if (m.endsWith('/*')) {
      const base = path.resolve(dir, m.slice(0, -2));
      let names: string[] = [];
      try {
        names = fs.readdirSync(base).sort();
      } catch {
        continue;
      }
      for (const n of names) if (fs.existsSync(path.join(base, n, 'Cargo.toml'))) out.push(path.join(base, n));
    } else out.push(path.resolve(dir, m));
  }
  return out;
}

/** The nearest enclosing workspace (a Cargo.toml with `[workspace]`) and its dependency table. */
function findWorkspace(dir: string): { dir: string; deps: Table } | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const toml = fs.existsSync(path.join(d, 'Cargo.toml')) ? readToml(path.join(d, 'Cargo.toml')) : undefined;
    if (toml && isTable(toml.workspace)) {
      const deps = isTable(toml.workspace.dependencies) ? toml.workspace.dependencies : {};
      return { dir: d, deps };
    }
    if (path.dirname(d) === d) return undefined;
  }
}
