// mhpss-directory: the typed core, re-exported for npm users.
export * from './core/index.js';
