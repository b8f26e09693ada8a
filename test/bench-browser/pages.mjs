// The pages the browser benchmark loads: a plain partner page around each embed snippet, and the
// floor — the same page with the same first 20 names written as static HTML.

/**
 * First thing in every page's head: watches for the first result name on screen, and records
 * the page's layout shifts and long tasks.
 *
 * "First result visible" is the first frame in which a result's name is laid out inside the
 * viewport: the name button of the first `<mhpss-org-card>` (through the open shadow roots), a
 * pre-rendered name (a heading in a list item of the element's light DOM, while it is shown), or
 * on the floor page the first `.bench-name`. A requestAnimationFrame callback looks for it in
 * every frame; rAF callbacks run just before a frame's style, layout and paint, so the frame
 * whose callback first finds the name is the first frame that paints it.
 * The time recorded is the end of that frame's main-thread work — a message posted from the
 * callback, which runs as the next task, after the frame's paint and commit — relative to
 * navigation start (performance.now()). The same probe runs on the floor page, where the
 * browser's own Element Timing of that name (`elementtiming`, light DOM only) is recorded next
 * to it as a cross-check. `bench.live` is the same for the widget's own first result (for a
 * pre-rendered page, when the element took over). On a page with nothing to show before the
 * script (`watchAtOnce` false) the watch starts once `<mhpss-directory>` is defined, so that it
 * asks for no frames while the page waits for the script.
 *
 * Layout shifts (CLS, as Lighthouse counts it: the largest session window of shifts without
 * recent input) and long tasks (TBT: what each task after the first contentful paint takes
 * beyond 50 ms) are observed from the start.
 */
export const probe = (watchAtOnce) => `<script>
(() => {
  const AT_ONCE = ${watchAtOnce};
  const bench = (window.bench = { first: undefined, live: undefined, shifts: [], longTasks: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench[e.name] = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.elementTiming ??= e.renderTime || e.loadTime;
  }).observe({ type: 'element', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) bench.shifts.push({ t: e.startTime, value: e.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ t: e.startTime, d: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const deep = (root, ...selectors) => {
    let node = root;
    for (const s of selectors) node = node && (node.shadowRoot || node).querySelector(s);
    return node;
  };
  const liveName = () =>
    deep(document, 'mhpss-directory', 'mhpss-result-list', 'mhpss-org-card', '[part=name]');
  const findName = () =>
    document.querySelector('.bench-name') ||
    document.querySelector('mhpss-directory li :is(h2, h3, h4, h5, h6)') ||
    liveName();
  const visible = (el) => {
    const r = el && el.getBoundingClientRect();
    return r && r.width > 0 && r.height > 0 && r.top < innerHeight && r.bottom > 0 && el.textContent.trim();
  };
  const after = (key) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => (bench[key] = performance.now());
    channel.port2.postMessage(0);
  };
  const tick = (frameStart) => {
    let el = findName();
    if (!visible(el)) el = liveName();
    if (!visible(el)) return requestAnimationFrame(tick);
    bench.frameStart = frameStart;
    bench.firstName = el.textContent.trim();
    after('first');
    if (el === liveName()) after('live');
    else if (window.customElements) watchLive();
  };
  let watching = false;
  const watchLive = () => {
    if (watching) return;
    watching = true;
    customElements.whenDefined('mhpss-directory').then(() => {
      const live = () => (visible(liveName()) ? after('live') : requestAnimationFrame(live));
      requestAnimationFrame(live);
    });
  };
  // A widget page has no result before its element is defined, and asking for a frame costs a
  // few milliseconds each at 4×: the frames are watched from then on (on the floor, at once).
  if (AT_ONCE) requestAnimationFrame(tick);
  else customElements.whenDefined('mhpss-directory').then(() => requestAnimationFrame(tick));
  addEventListener('mhpss-load', (e) => {
    bench.loaded = performance.now();
    bench.count = e.detail.count;
  });
})();
</script>`;

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * A partner's page: a heading, a sentence, and what they pasted. `atOnce`: there is something to
 * watch for before the script runs (the floor page, a pre-rendered first page).
 */
export function partnerPage(body, { lang = 'en', title = 'Find support', atOnce = false } = {}) {
  return `<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${esc(title)}</title>
    ${probe(atOnce)}
  </head>
  <body>
    <h1>${esc(title)}</h1>
    <p>Organizations working on mental health and psychosocial support for children and families.</p>
    ${body}
  </body>
</html>`;
}

/** The floor: the same page with the first page of names as static HTML, nothing to load. */
export function floorPage(names) {
  const items = names
    .map(
      (name, i) =>
        `<li><h3 class="${i === 0 ? 'bench-name' : ''}"${i === 0 ? ' elementtiming="name"' : ''}>${esc(name)}</h3></li>`,
    )
    .join('\n      ');
  return partnerPage(`<ul>\n      ${items}\n    </ul>`, { atOnce: true });
}
