// The mocha globals web-test-runner provides (no @types/mocha in this project).
type Done = (error?: unknown) => void;
type TestFn = (this: { timeout(ms: number): void }, done: Done) => void | Promise<unknown>;
declare function describe(name: string, fn: (this: { timeout(ms: number): void }) => void): void;
declare function it(name: string, fn: TestFn): void;
declare function before(fn: TestFn): void;
declare function after(fn: TestFn): void;
declare function beforeEach(fn: TestFn): void;
declare function afterEach(fn: TestFn): void;
