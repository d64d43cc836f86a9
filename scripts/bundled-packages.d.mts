export interface BundledPackage {
  name: string;
  version: string;
  license: string;
  author: string | null;
  repository: string | null;
  dir: string;
  licenseFile: string | null;
}
export declare function bundledPackages(): Promise<BundledPackage[]>;
