// Whether a directory file is CSV or JSON, from its name, its media type or its first
// character. Apart from the CSV reader, so that a page can decide before it loads the reader
// (most partners load JSON and never need it).

const extensionOf = (nameOrType: string) => {
  const path = nameOrType.replace(/[?#].*$/, '');
  const last = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = last.lastIndexOf('.');
  return dot > 0 ? last.slice(dot + 1).toLowerCase() : '';
};
const MEDIA_TYPE = /^\s*(?:text|application)\/([\w.+-]+)\s*(?:;.*)?$/i;

/**
 * True when a file says CSV rather than JSON: by the extension of the last path segment of its
 * name or URL (`.csv`, `.tsv`), else by a CSV media type (given as `nameOrType` or as
 * `mediaType`, e.g. a response's `content-type`), else, given the text, by its content: JSON
 * starts with `{` or `[` and a web page with `<` (a byte-order mark is skipped).
 * Folder names never count: `csv-exports/members.json` is JSON.
 *
 * @example
 * looksLikeCsv('members.csv');                           // true
 * looksLikeCsv('/api/members', text, 'text/csv; charset=utf-8'); // true
 * looksLikeCsv('members', '{"version":1}');             // false
 */
export function looksLikeCsv(nameOrType: string, text?: string, mediaType = ''): boolean {
  const ext = extensionOf(nameOrType);
  if (ext === 'csv' || ext === 'tsv') return true;
  if (['json', 'jsonld', 'geojson', 'html', 'htm', 'xml', 'xhtml'].includes(ext)) return false;
  for (const type of [nameOrType, mediaType]) {
    const media = MEDIA_TYPE.exec(type)?.[1]?.toLowerCase();
    if (media === undefined) continue;
    if (media === 'csv' || media.endsWith('+csv') || media === 'tab-separated-values') return true;
    if (/json|html|xml/.test(media)) return false;
  }
  if (text === undefined) return false;
  const start = text.replace(/^\ufeff/, '').trimStart();
  return start !== '' && !'{[<'.includes(start[0]!);
}
