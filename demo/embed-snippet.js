// The embed code the configurator prints, as a function of its choices: the page, the browser
// benchmark (npm run bench:browser) and the end-to-end tests all use this one, so what is
// measured and tested is what partners copy.

/** The shipped member list of a CDN script URL: `…/dist/cdn/x.js` → `…/data/members.json`. */
export const shippedListUrl = (script) => new URL('../../data/members.json', script).href;

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The lines to paste: a preload of the data, the script, the element.
 *
 * The preload starts the data request beside the script's instead of after it (one round trip
 * less before the first results). The widget fetches its data with `fetch(url)` — mode `cors`,
 * credentials `same-origin` — and the browser hands it the preloaded response only if the
 * preload asked the same way: the same URL, `as="fetch"` and `crossorigin="anonymous"`.
 *
 * @param {object} options
 * @param {string} options.script The CDN module's absolute URL.
 * @param {string} [options.integrity] Its Subresource Integrity hash (`sha384-…`), if any.
 * @param {[string, string][]} [options.attrs] The element's attributes, in order (`''`: boolean).
 * @param {boolean} [options.preload] Preload the data (default true).
 */
export function embedSnippet({ script, integrity = '', attrs = [], preload = true }) {
  const src = attrs.find(([name]) => name === 'src')?.[1];
  const data = src || shippedListUrl(script);
  const attrText = attrs.map(([n, v]) => (v === '' ? ` ${n}` : ` ${n}="${esc(v)}"`)).join('');
  const sri = integrity ? `\n  integrity="${esc(integrity)}"\n  crossorigin="anonymous"\n` : '';
  const lines = [];
  if (preload)
    lines.push(`<link rel="preload" as="fetch" crossorigin="anonymous" href="${esc(data)}" />`);
  lines.push(`<script type="module" src="${esc(script)}"${sri}></` + 'script>');
  lines.push(`<mhpss-directory${attrText}></mhpss-directory>`);
  return lines.join('\n');
}
