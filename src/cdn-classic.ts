// The classic-script file (dist/cdn/mhpss-directory.iife.js), for CMSs that strip
// type="module": a small loader that adds the module script that sits next to it. Module
// scripts are always read as UTF-8 and may load chunks, which classic scripts cannot.
(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const src = new URL('mhpss-directory.js', script?.src || location.href).href;
  // Pasted twice: one module script is enough (the module itself is safe to run twice anyway).
  for (const s of document.querySelectorAll<HTMLScriptElement>('script[type=module]')) {
    if (s.src === src) return;
  }
  const module = document.createElement('script');
  module.type = 'module';
  module.src = src;
  if (script?.crossOrigin) module.crossOrigin = script.crossOrigin;
  if (script?.nonce) module.nonce = script.nonce;
  (script?.parentNode ?? document.head).appendChild(module);
})();
