// Types of cdn-path-names.mjs.
export declare const BUDGETS: Readonly<{ critical: number; path: number }>;
export declare const PATHS: Readonly<Record<string, readonly string[]>>;
export declare function staticImports(code: string): string[];
