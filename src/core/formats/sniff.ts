// Whether a directory file is CSV or JSON, from its name, its media type or its first
// character. Apart from the CSV reader, so that a page can decide before it loads the reader
// (most partners load JSON and never need it); small, as the element's first screen carries it.

const MEDIA_TYPE = /^\s*(?:text|application)\/([\w.+-]+)\s*(?:;.*)?$/i;
/** An extension or media subtype that says CSV: csv, tsv, `…+csv`, tab-separated-values. */
const CSV = /^(?:tsv|(?:.*\+)?csv|tab-separated-values)$/;
/** One that says it is not: JSON (JSON-LD, GeoJSON), HTML, XML. */
const NOT_CSV = /json|htm|xml/;

/**
 * True when a file says CSV rather than JSON: by the extension of the last path segment of its
 * name or URL (`.csv`, `.tsv`), else by a CSV media type (given as `nameOrType` or as
 * `mediaType`, e.g. a response's `content-type`), else, given the text, by its content: JSON
 * starts with `{` or `[` and a web page with `<` (a byte-order mark is skipped).
 * Folder names never count: `csv-exports/members.json` is JSON.
 *
 * @example
 * looksLikeCsv('members.csv');                                  // true
 * looksLikeCsv('/api/members', text, 'text/csv; charset=utf-8'); // true
 * looksLikeCsv('members', '{"version":1}');                    // false
 */
export function looksLikeCsv(nameOrType: string, text = '', mediaType = ''): boolean {
  const file = nameOrType.replace(/[?#].*$/, '').replace(/^.*[/\\]/, '');
  const extension = /.\.([^.]*)$/.exec(file)?.[1];
  for (const kind of [
    extension,
    MEDIA_TYPE.exec(nameOrType)?.[1],
    MEDIA_TYPE.exec(mediaType)?.[1],
  ]) {
    const k = kind?.toLowerCase() ?? '';
    if (CSV.test(k)) return true;
    if (NOT_CSV.test(k)) return false;
  }
  const start = text.replace(/^\ufeff/, '').trimStart();
  return start !== '' && !'{[<'.includes(start[0]!);
}
