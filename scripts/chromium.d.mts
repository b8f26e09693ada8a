// Types of chromium.mjs, for the TypeScript tests that launch the machine's Chromium.
export declare const chromiumLaunchOptions: {
  executablePath: string;
  headless: boolean;
  args: string[];
};
