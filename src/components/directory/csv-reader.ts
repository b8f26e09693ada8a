// CSV for the widget, as its own chunk: the reader, for pages whose data is CSV, and the
// writer, for visitors who download their results as a sheet. Most visitors never load it.
export { directoryToCsv, parseDirectoryCsv } from '../../core/formats/csv.js';
