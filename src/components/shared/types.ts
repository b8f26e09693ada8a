// What the card and detail view need from a Directory to name terms and follow references.
import type { Directory } from '../../core/index.js';

/** The part of a `Directory` the display elements use; any object with these methods works. */
export type LabelSource = Pick<Directory, 'facetKeys' | 'get' | 'facetLabel' | 'termLabel'>;
