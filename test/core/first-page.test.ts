// The pre-rendered first page (`renderFirstPage`): the embed code a partner pastes when visitors
// should read the list before, or without, JavaScript. Scenarios in Node, on the fixture list.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { Directory, parseDirectory, renderFirstPage } from '../../src/core/index.js';
import { FIRST_PAGE_STRINGS } from '../../src/core/formats/first-page-strings.js';
import { ar } from '../../src/i18n/ar.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { fr } from '../../src/i18n/fr.js';

const json = readFileSync('test/components/fixtures/directory.json', 'utf8');
const dir = new Directory(parseDirectory(json).data);
const shipped = new Directory(parseDirectory(readFileSync('data/members.json', 'utf8')).data);
const SCRIPT = 'https://cdn.jsdelivr.net/npm/mhpss-directory@0.1.0/dist/cdn/mhpss-directory.js';

/** The text of every element named `tag` (no nesting in this markup). */
const all = (html: string, tag: string) =>
  [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('renderFirstPage: a partner pre-renders the first page', () => {
  it('writes the script, then the element with the first page as the element shows it', () => {
    const html = renderFirstPage(shipped, { script: SCRIPT });
    assert.ok(
      html.startsWith(`<script type="module" src="${SCRIPT}"></script>\n<mhpss-directory>`),
    );
    assert.ok(html.endsWith('</mhpss-directory>\n'));
    const expected = shipped.query({ pageSize: 20 });
    assert.deepEqual(all(html, 'h2'), ['Organizations']);
    assert.equal(all(html, 'p')[0], `${expected.total} organizations`);
    // The names in the element's order (by name, 20 a page), one heading level below.
    assert.deepEqual(
      all(html, 'h3').map(unescape),
      expected.hits.map((h) => h.organization.name),
    );
    assert.equal(all(html, 'li').length, 20);
    assert.match(html, new RegExp(`<p>Page 1 of ${expected.pageCount}</p>\\n</mhpss-directory>`));
  });

  it('pins the script with its integrity hash when given one', () => {
    const html = renderFirstPage(shipped, { script: SCRIPT, integrity: 'sha384-abc"+/=' });
    assert.ok(
      html.startsWith(
        `<script type="module" src="${SCRIPT}" integrity="sha384-abc&quot;+/=" crossorigin="anonymous"></script>\n<mhpss-directory>`,
      ),
    );
  });

  it("gives each organization's acronym, type, headquarters, short description and website", () => {
    const html = renderFirstPage(dir);
    const unicef = all(html, 'li').find((li) => li.includes('United Nations Children'))!;
    assert.match(unicef, /<p dir="auto">UNICEF · UN agency · New York, United States<\/p>/);
    assert.match(unicef, /<p><a href="https:\/\/www\.unicef\.org">www\.unicef\.org<\/a><\/p>/);
    // The card's excerpt of a long description, not the whole of it.
    const long = all(renderFirstPage(shipped), 'li').map((li) => all(li, 'p').at(-2) ?? '');
    assert.ok(long.some((p) => p.endsWith('…')));
    // No inline style, no script, no event handler: only plain elements and attributes.
    const tags = new Set([...html.matchAll(/<([a-z][\w-]*)/g)].map((m) => m[1]));
    assert.deepEqual([...tags].sort(), ['a', 'h2', 'h3', 'li', 'mhpss-directory', 'p', 'ul']);
    // (Text never holds a `<`: it is escaped, so every `<` opens a tag.)
    const attributes = new Set(
      [...html.matchAll(/<[a-z][^>]*>/g)].flatMap((tag) =>
        [...tag[0].matchAll(/\s([a-z-]+)=/g)].map((m) => m[1]),
      ),
    );
    assert.deepEqual([...attributes].sort(), ['dir', 'href']);
  });

  it('escapes what the data says and links only http(s) websites', () => {
    const html = renderFirstPage(dir);
    assert.ok(!html.includes('<img'));
    assert.ok(html.includes('&lt;img src=x onerror="window.__pwned=1"&gt; Hostile Org'));
    assert.ok(!html.includes('javascript:'));
    // Even over a directory nobody validated.
    const raw = new Directory({
      version: 1,
      taxonomies: {},
      organizations: [{ id: 'x', name: 'X "&" <b>', website: 'javascript:alert(1)' }],
    } as never);
    const out = renderFirstPage(raw, { attributes: [['data-x', '"><script>']] });
    assert.match(out, /<h3 dir="auto">X "&amp;" &lt;b&gt;<\/h3>/);
    assert.ok(!out.includes('javascript:') && !out.includes('<script>'));
    assert.match(out, /data-x="&quot;&gt;&lt;script&gt;"/);
  });

  it('in French, Spanish and Arabic (right to left), with the language on the element', () => {
    const french = renderFirstPage(dir, { lang: 'fr' });
    assert.ok(french.startsWith('<mhpss-directory lang="fr">'));
    assert.deepEqual(all(french, 'h2'), ['Organisations']);
    assert.equal(all(french, 'p')[0], '6 organisations');
    // Country names in the language (the fixture's term labels are English only).
    assert.match(french, /UNICEF · UN agency · New York, États-Unis/);
    const arabic = renderFirstPage(dir, { lang: 'ar' });
    assert.ok(arabic.startsWith('<mhpss-directory lang="ar" dir="rtl">'));
    assert.equal(all(arabic, 'p')[0], '6 منظمات');
    assert.deepEqual(all(renderFirstPage(dir, { lang: 'es-MX' }), 'h2'), ['Organizaciones']);
    // A language without built-in words: English words, the data's labels and name order.
    assert.deepEqual(all(renderFirstPage(dir, { lang: 'de' }), 'h2'), ['Organizations']);
  });

  it('applies the scope, writes the attributes, and renders every organization with `all`', () => {
    const html = renderFirstPage(dir, {
      scope: 'regions:middle-east',
      facets: 'regions approaches',
      pageSize: 2,
      src: '/members.json?a=1&b=2',
      headingLevel: 3,
      attributes: [
        ['url-state', ''],
        ['onclick', 'alert(1)'],
        ['style', 'color: red'],
      ],
    });
    assert.ok(
      html.startsWith(
        '<mhpss-directory src="/members.json?a=1&amp;b=2" facets="regions approaches" scope="regions:middle-east" page-size="2" heading-level="3" url-state>',
      ),
    );
    assert.deepEqual(all(html, 'h3'), ['Organizations']);
    assert.equal(all(html, 'h4').length, 2);
    assert.equal(all(html, 'p')[0], '4 organizations');
    assert.match(html, /<p>Page 1 of 2<\/p>/);
    const every = renderFirstPage(dir, { scope: 'regions:middle-east', pageSize: 2, all: true });
    assert.equal(all(every, 'h3').length, 4);
    assert.doesNotMatch(every, /Page 1/);
    // An invalid level is the default; the deepest level keeps names at 6.
    assert.deepEqual(all(renderFirstPage(dir, { headingLevel: 9 }), 'h2'), ['Organizations']);
    assert.equal(all(renderFirstPage(dir, { headingLevel: 6 }), 'h6').length, 7);
  });

  it('says so when the scope leaves nothing', () => {
    const html = renderFirstPage(dir, { scope: 'regions:antarctica' });
    assert.equal(all(html, 'p')[0], 'No organizations found');
    assert.doesNotMatch(html, /<ul>/);
  });

  it('writes large counts as each language does: 12,345 · 12 345 · 12.345', () => {
    assert.equal(en.count(12345), '12,345 organizations');
    assert.equal(en.page(2, 1234), 'Page 2 of 1,234');
    assert.equal(fr.count(12345), '12\u202f345 organisations');
    assert.equal(es.count(12345), '12.345 organizaciones');
    // Four digits stay together in Spanish.
    assert.equal(es.count(1234), '1234 organizaciones');
    assert.equal(ar.count(12345), '12,345 منظمة');
    assert.equal(FIRST_PAGE_STRINGS.en.count(12345), '12,345 organizations');
  });

  it("says the element's own words, word for word", () => {
    const catalogues = { en, fr, es, ar };
    for (const [lang, t] of Object.entries(catalogues)) {
      const mine = FIRST_PAGE_STRINGS[lang as keyof typeof catalogues];
      assert.equal(mine.dir, t.dir, lang);
      assert.equal(mine.results, t.results, lang);
      for (const n of [0, 1, 2, 3, 5, 11, 20, 100, 101, 1234, 12345, 1_000_000]) {
        assert.equal(mine.count(n), t.count(n), `${lang} count(${n})`);
      }
      assert.equal(mine.page(1, 3), t.page(1, 3), lang);
      assert.equal(mine.page(1, 12345), t.page(1, 12345), lang);
    }
  });
});
