import type { BundledPackage } from './bundled-packages.mjs';
export declare function noticeHeading(p: BundledPackage): string;
export declare function noticesText(): Promise<string>;
