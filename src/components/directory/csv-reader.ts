// The CSV reader, as its own chunk for the widget: only pages whose data is CSV load it.
export { parseDirectoryCsv } from '../../core/csv.js';
