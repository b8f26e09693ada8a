// Types of cdn-paths.mjs, for the TypeScript test that enforces the budgets.
export declare const ENTRY: string;
export declare const BUDGETS: Readonly<{ critical: number; path: number }>;
export declare const PATHS: Readonly<Record<string, readonly string[]>>;
export declare const gzipSize: (code: string | Uint8Array) => number;
export declare function staticImports(code: string): string[];
/** Files (relative to the folder) and their gzipped total. */
export interface Measured {
  files: string[];
  bytes: number;
}
export declare function measurePaths(dir: string): {
  critical: Measured;
  paths: Record<string, Measured>;
  all: Measured;
};
