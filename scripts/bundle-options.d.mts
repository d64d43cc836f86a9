import type { BuildOptions } from 'esbuild';

export declare const nodeBundleOptions: BuildOptions & { external: string[] };
export declare const entryPoints: Record<string, string>;
