// The script-tag entry (dist/cdn/): registers every element, and points the default data at the
// member list shipped in the same package, next to this script (dist/cdn/ → data/members.json).
// import.meta.url is the module's own URL; the classic-script build replaces it with the
// script's src, captured while the script runs (document.currentScript is null afterwards).
// Elements upgrade synchronously on define but load their data in a later microtask, so setting
// the default here, after the imports ran, is still in time.
import { MhpssDirectory } from './components/directory/directory.component.js';

MhpssDirectory.defaultSrc = new URL('../../data/members.json', import.meta.url).href;

export * from './define.js';
