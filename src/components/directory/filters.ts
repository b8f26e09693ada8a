// The filter column's elements: in the chunk the directory starts loading as soon as it is
// connected (extras.ts), beside its data, so the first results never wait for it.
import '../facet-group/facet-group.js';
import '../filter-chips/filter-chips.js';
