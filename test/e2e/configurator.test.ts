// The embed configurator prints a snippet that pins the exact version and carries the
// Subresource Integrity hash of the very file it serves (the file published for that version).
import { expect } from '@open-wc/testing';
import { openFrame } from './frame.js';

describe('the embed configurator', () => {
  it('prints the pinned script with the integrity of the built CDN file', async () => {
    const win = await openFrame('/demo/configurator.html', (w) =>
      /<\/mhpss-directory>/.test(w.document.getElementById('code')?.textContent ?? ''),
    );
    const code = win.document.getElementById('code')!.textContent!;
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    const bytes = await (await fetch('/dist/cdn/mhpss-directory.js')).arrayBuffer();
    const hash = new Uint8Array(await crypto.subtle.digest('SHA-384', bytes));
    const integrity = `sha384-${btoa(String.fromCharCode(...hash))}`;
    expect(code).to.contain(
      `src="https://cdn.jsdelivr.net/npm/mhpss-directory@${version}/dist/cdn/mhpss-directory.js"`,
    );
    expect(code).to.contain(`integrity="${integrity}"`);
    expect(code).to.contain('crossorigin="anonymous"');
  });
});
