// The filter column's elements, as one chunk: the directory starts loading it as soon as it is
// connected, beside its data, so the first results never wait for it.
import '../facet-group/facet-group.js';
import '../filter-chips/filter-chips.js';
