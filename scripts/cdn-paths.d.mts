// Types of cdn-paths.mjs, for the TypeScript test that enforces the budgets.
export { BUDGETS, PATHS, staticImports } from './cdn-path-names.mjs';
export declare const ENTRY: string;
export declare const gzipSize: (code: string | Uint8Array) => number;
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
