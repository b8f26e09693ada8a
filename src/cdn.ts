// The script-tag entry (dist/cdn/mhpss-directory.js): registers every element, and points the
// default data at the list shipped in the same package, next to this script
// (dist/cdn/ → data/members.json). This file and what it imports statically are the critical
// path; everything else is a chunk in dist/cdn/chunks/, loaded when first needed.
// The first import runs first: it requests the data of the directories on the page before the
// rest is evaluated. Elements upgrade synchronously on define and start loading in a microtask
// after it, so setting the default and handing over those responses here is still in time.
import { shippedList, takeEarlyResponse } from './cdn-prefetch.js';
import { setDefaultSrc, setEarlyResponses } from './components/directory/load-data.js';
import './components/directory/directory.js';

setDefaultSrc(shippedList);
setEarlyResponses(takeEarlyResponse);
