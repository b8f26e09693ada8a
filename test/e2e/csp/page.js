// The strict-CSP page's own script: records every securitypolicyviolation, errors, layout shifts
// and the widget's events. ?fail=N answers the first N fetches with HTTP 503; ?hold holds every
// fetch until window.release().
(() => {
  const params = new URLSearchParams(location.search);
  window.violations = [];
  window.errors = [];
  window.fetches = [];
  document.addEventListener(
    'securitypolicyviolation',
    (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`.trim()),
    true,
  );
  addEventListener('error', (e) => window.errors.push(e.message));
  addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
  addEventListener('mhpss-load', (e) => (window.loaded = e.detail));
  window.shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
  addEventListener('mhpss-error', (e) => (window.failed = e.detail));
  let failures = Number(params.get('fail') || 0);
  let held = params.has('hold');
  const waiting = [];
  window.release = () => {
    held = false;
    waiting.splice(0).forEach((resume) => resume());
  };
  const realFetch = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    window.fetches.push(String(input instanceof Request ? input.url : input));
    if (held) await new Promise((resume) => waiting.push(resume));
    if (failures > 0) {
      failures--;
      return new Response('Service unavailable', {
        status: 503,
        statusText: 'Service Unavailable',
      });
    }
    return realFetch(input, init);
  };
})();
