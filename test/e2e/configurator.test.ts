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

  it('includes the first page on request: exactly what renderFirstPage writes', async () => {
    const win = await openFrame('/demo/configurator.html', (w) =>
      /<\/mhpss-directory>/.test(w.document.getElementById('code')?.textContent ?? ''),
    );
    const doc = win.document;
    const form = doc.getElementById('config') as HTMLFormElement;
    const pick = (name: string, value: string | boolean) => {
      const input = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
      if (typeof value === 'boolean') (input as HTMLInputElement).checked = value;
      else input.value = value;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    pick('lang', 'fr');
    pick('pageSize', '5');
    pick('summary', false);
    pick('firstPage', true);
    const codeText = () => doc.getElementById('code')!.textContent!;
    const start = Date.now();
    while (!codeText().includes('<ul>') && Date.now() - start < 10_000) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const { Directory, parseDirectory, renderFirstPage } = (await import(
      '/dist/core/index.js' as string
    )) as typeof import('../../src/core/index.js');
    const json = await (await fetch('/data/members.json')).text();
    const script = /src="([^"]+)"/.exec(codeText())![1]!;
    const integrity = /integrity="([^"]+)"/.exec(codeText())![1]!;
    const expected = renderFirstPage(new Directory(parseDirectory(json).data), {
      script,
      integrity,
      lang: 'fr',
      pageSize: 5,
      attributes: [['summary', 'none']],
    });
    expect(codeText()).to.equal(expected.trimEnd());
    expect(codeText()).to.contain('<mhpss-directory lang="fr" page-size="5" summary="none">');
    expect(doc.getElementById('hint-first-page')!.hidden).to.equal(false);
    // Unticked: the two-line snippet again.
    pick('firstPage', false);
    expect(codeText()).to.not.contain('<ul>');
    expect(codeText()).to.contain('rel="preload"');
  });
});
