// mhpss-directory: the typed core and the element classes (not registered: import
// `mhpss-directory/define` for that). No side effects.
export * from './core/index.js';
export * from './components/index.js';
