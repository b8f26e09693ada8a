// The script-tag entry (dist/cdn/mhpss-directory.js): registers every element, and points the
// default data at the list shipped in the same package, next to this script
// (dist/cdn/ → data/members.json). This file and what it imports statically are the critical
// path; everything else is a chunk in dist/cdn/chunks/, loaded when first needed.
// Elements upgrade synchronously on define and start their data request in the same task, so
// setting the default here, after the imports ran, is still in time.
import { MhpssDirectory } from './components/directory/directory.component.js';
import './components/directory/directory.js';

MhpssDirectory.defaultSrc = new URL('../../data/members.json', import.meta.url).href;
