// Sources per record and directory-level metadata: a data maintainer cites where each record's
// facts come from and says who publishes the list and how to suggest an organization.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  Directory,
  directoryJsonSchema,
  directoryToCsv,
  isSubmitUrl,
  parseDirectory,
  parseDirectoryCsv,
  type DataIssue,
} from '../../src/core/index.js';
import { fixture } from '../helpers/fixtures.js';

const codes = (issues: DataIssue[], id?: string) =>
  issues.filter((i) => i.id === id).map((i) => [i.path, i.code, i.severity]);

describe('sources: where a record’s facts come from', () => {
  const { data, issues } = parseDirectory(fixture('sources.json'));
  const byId = new Map(data.organizations.map((o) => [o.id, o]));

  it('keeps titled links, titles alone and the text shorthand, with their extra keys', () => {
    assert.deepEqual(byId.get('linked')!.sources, [
      {
        title: 'Annual report 2024',
        url: 'https://linked.example.org/report',
        accessed: '2026-11-01',
      },
      { title: 'Founding charter (print only)' },
      { title: 'Interview with the director, 2025' },
    ]);
    assert.deepEqual(byId.get('linked')!.seeking, ['Researchers', 'Policy makers']);
    assert.deepEqual(codes(issues, 'linked'), []);
  });

  it('drops a bad link but keeps its title, lists an untitled link by its address, and says so', () => {
    const broken = byId.get('broken')!;
    assert.deepEqual(broken.sources, [
      { title: 'A page behind a script' },
      { title: 'https://untitled.example.org/page', url: 'https://untitled.example.org/page' },
    ]);
    assert.deepEqual(codes(issues, 'broken'), [
      ['seeking[1]', 'invalid-type', 'error'],
      ['seeking[2]', 'invalid-type', 'error'],
      ['sources[0].url', 'invalid-url', 'error'],
      ['sources[1].title', 'missing-title', 'warning'],
      ['sources[2].url', 'invalid-url', 'error'],
      ['sources[2]', 'invalid-source', 'error'],
      ['sources[3]', 'invalid-source', 'error'],
      ['sources[4]', 'invalid-source', 'error'],
    ]);
    const untitled = issues.find((i) => i.code === 'missing-title')!;
    assert.equal(
      untitled.message,
      'record 2 (broken): sources[1].title: missing; the source is listed under its web address until it has a title',
    );
    assert.match(
      issues.find((i) => i.path === 'sources[0].url')!.message,
      /'javascript:alert\(1\)' is not an http\(s\) URL; it is not shown as a link/,
    );
    assert.match(
      issues.find((i) => i.path === 'sources[3]')!.message,
      /sources\[3\]: 42 is not a source; give a title \(the document's name\)/,
    );
  });

  it('reports a sources field that is not a list, and keeps the record', () => {
    assert.equal(byId.get('not-a-list')!.sources, undefined);
    assert.deepEqual(codes(issues, 'not-a-list'), [['sources', 'invalid-type', 'error']]);
  });
});

describe('directory metadata: who publishes the list and how to suggest an organization', () => {
  it('keeps the description, the publisher (unknown keys too) and a mailto: submit link', () => {
    const { data, issues } = parseDirectory(fixture('sources.json'));
    assert.equal(data.description, 'A directory whose records say where their facts come from.');
    assert.deepEqual(data.publisher, {
      name: 'Example Network',
      url: 'https://example.org/',
      since: 2020,
    });
    assert.equal(data.submit, 'mailto:info@example.org,help@example.net?subject=Suggestion');
    assert.deepEqual(codes(issues), []);
  });

  it('ignores metadata it cannot trust, with a warning that names the field', () => {
    const { data, issues } = parseDirectory({
      version: 1,
      description: ['not', 'text'],
      publisher: { url: 'https://example.org' },
      submit: 'javascript:alert(1)',
      organizations: [{ id: 'a', name: 'A' }],
    });
    assert.equal(data.description, undefined);
    assert.equal(data.publisher, undefined);
    assert.equal(data.submit, undefined);
    assert.deepEqual(codes(issues), [
      ['description', 'invalid-type', 'warning'],
      ['publisher', 'invalid-publisher', 'warning'],
      ['submit', 'invalid-url', 'warning'],
    ]);
    assert.equal(
      issues.find((i) => i.path === 'submit')!.message,
      `document: submit: 'javascript:alert(1)' is not an http(s) or mailto: link; the widget shows no "Suggest an organization" link from it`,
    );
    assert.equal(data.organizations.length, 1);
  });

  it('reads a publisher given as a name, and drops only a bad publisher address', () => {
    const named = parseDirectory({ version: 1, publisher: 'Example Network', organizations: [] });
    assert.deepEqual(named.data.publisher, { name: 'Example Network' });
    const badUrl = parseDirectory({
      version: 1,
      publisher: { name: 'Example', url: 'ftp://example.org' },
      organizations: [],
    });
    assert.deepEqual(badUrl.data.publisher, { name: 'Example' });
    assert.deepEqual(codes(badUrl.issues), [['publisher.url', 'invalid-url', 'warning']]);
  });

  it('accepts http(s) links and mailto: links to real addresses as submit links, nothing else', () => {
    for (const good of [
      'https://example.org/suggest',
      'http://example.org',
      'mailto:info@example.org',
      'MAILTO:a@example.org,b@example.net',
      'mailto:a@example.org?subject=New%20organization',
      'mailto:a%40example.org',
    ]) {
      assert.equal(isSubmitUrl(good), true, good);
    }
    for (const bad of [
      'javascript:alert(1)',
      'mailto:',
      'mailto:someone',
      'mailto:a@example.org,',
      'mailto:a@example.org, <b@x.org>',
      'mailto:%E0%A4%A',
      'data:text/html,hi',
      '/relative/suggest',
      'ftp://example.org',
    ]) {
      assert.equal(isSubmitUrl(bad), false, bad);
    }
  });
});

describe('the earlier format, without sources or metadata', () => {
  it('still loads with no issues and no invented fields', () => {
    const { data, issues } = parseDirectory(fixture('base.json'));
    assert.deepEqual(issues, []);
    for (const key of ['description', 'publisher', 'submit']) assert.equal(key in data, false, key);
    for (const org of data.organizations) assert.equal('sources' in org, false, org.id);
    assert.equal(new Directory(data).query({}).total, 2);
  });
});

describe('the JSON Schema and the CSV form know sources and metadata', () => {
  it('publishes sources, seeking, publisher and submit in data/schema.json', () => {
    const schema = directoryJsonSchema() as any;
    const source = schema.properties.organizations.items.properties.sources.items;
    assert.deepEqual(source.required, ['title']);
    assert.match(source.properties.url.pattern, /https\?/);
    assert.equal(schema.properties.organizations.items.properties.seeking.type, 'array');
    assert.deepEqual(schema.properties.publisher.required, ['name']);
    assert.match(schema.properties.submit.pattern, /mailto/);
  });

  it('reads a sources cell of `Title <address>`, titles alone and bare addresses, joined with |', () => {
    const csv = [
      'id,name,seeking,sources',
      'a,A,Researchers | Policy makers,"Annual report, 2024 <https://a.org/r> | Founding charter | https://a.org/about"',
      'b,B,,"Bad link <ftp://b.org> | <https://b.org/untitled> | Pipe \\| in title <https://b.org/p>"',
      `c,C,,"[{""title"":""From JSON"",""url"":""https://c.org""}]"`,
      `d,D,,"{""title"":""One object""}"`,
    ].join('\n');
    const { data, issues } = parseDirectoryCsv(csv);
    const [a, b, c, d] = data.organizations;
    assert.deepEqual(a!.seeking, ['Researchers', 'Policy makers']);
    assert.deepEqual(a!.sources, [
      { title: 'Annual report, 2024', url: 'https://a.org/r' },
      { title: 'Founding charter' },
      { title: 'https://a.org/about', url: 'https://a.org/about' },
    ]);
    assert.deepEqual(b!.sources, [
      { title: 'Bad link' },
      { title: 'https://b.org/untitled', url: 'https://b.org/untitled' },
      { title: 'Pipe | in title', url: 'https://b.org/p' },
    ]);
    assert.deepEqual(c!.sources, [{ title: 'From JSON', url: 'https://c.org' }]);
    assert.deepEqual(d!.sources, [{ title: 'One object' }]);
    assert.deepEqual(
      issues.map((i) => [i.row, i.path, i.code]),
      [
        [3, 'sources[0].url', 'invalid-url'],
        [3, 'sources[1].title', 'missing-title'],
      ],
    );
    assert.match(issues[0]!.message, /^record 2 \(b, row 3\): sources\[0\]\.url: 'ftp:\/\/b\.org'/);
  });

  it('takes the document-level fields a sheet has no place for from options, validated', () => {
    const { data, issues } = parseDirectoryCsv('id,name\na,A\n', {
      metadata: {
        title: 'From a sheet',
        publisher: { name: 'Example Network' },
        submit: 'javascript:alert(1)' as never,
      },
    });
    assert.equal(data.title, 'From a sheet');
    assert.deepEqual(data.publisher, { name: 'Example Network' });
    assert.equal(data.submit, undefined);
    assert.deepEqual(codes(issues), [['submit', 'invalid-url', 'warning']]);
  });

  it('round-trips sources and seeking through the CSV export', () => {
    const { data } = parseDirectory(fixture('sources.json'));
    const linked = { ...data, organizations: data.organizations.slice(0, 1) };
    const back = parseDirectoryCsv(directoryToCsv(linked));
    assert.deepEqual(back.issues, []);
    assert.deepEqual(back.data.organizations, linked.organizations);
  });
});

describe('a source’s date and the facts it supports', () => {
  const { data, issues } = parseDirectory(fixture('source-supports.json'));
  const byId = new Map(data.organizations.map((o) => [o.id, o]));

  it('keeps each source’s date and the facts it states, with no issues', () => {
    assert.deepEqual(byId.get('sourced')!.sources, [
      {
        title: 'Where we work',
        url: 'https://sourced.example.org/where',
        date: '2024-05',
        supports: ['regions:africa', 'countries:UG', 'countries:KE', 'headquarters'],
      },
      {
        title: 'Annual report',
        url: 'https://sourced.example.org/report',
        date: '2023',
        supports: ['type:ngo', 'partners:other'],
      },
    ]);
    assert.deepEqual(codes(issues, 'sourced'), []);
  });

  it('drops a date that is not YYYY, YYYY-MM or YYYY-MM-DD and a fact that is not field:value', () => {
    const [about, news] = byId.get('other')!.sources!;
    assert.equal(about!.date, undefined);
    assert.equal(news!.date, undefined);
    assert.equal(news!.supports, undefined);
    // Kept: facts the record does not state (reported below); dropped: malformed ones and repeats.
    assert.deepEqual(about!.supports, [
      'regions:asia',
      'regions:africa',
      'regions:nowhere',
      'countries:UG',
    ]);
    // Fields in the table's order, then the facets, then whether the record states each fact.
    assert.deepEqual(codes(issues, 'other'), [
      ['sources[0].date', 'invalid-date', 'error'],
      ['sources[0].supports[4]', 'invalid-fact', 'error'],
      ['sources[0].supports[5]', 'invalid-fact', 'error'],
      ['sources[0].supports[6]', 'duplicate-value', 'warning'],
      ['sources[1].date', 'invalid-date', 'error'],
      ['sources[1].supports', 'invalid-type', 'error'],
      ['sources[2].url', 'invalid-url', 'error'],
      ['sources[2]', 'invalid-source', 'error'],
      ['regions[1]', 'unknown-term', 'error'],
      ['sources[0].supports[1]', 'unstated-fact', 'warning'],
      ['sources[0].supports[2]', 'unstated-fact', 'warning'],
      ['sources[0].supports[3]', 'unstated-fact', 'warning'],
    ]);
  });

  it('says in a sentence what is wrong and what to do', () => {
    const say = (path: string) => issues.find((i) => i.id === 'other' && i.path === path)!.message;
    assert.equal(
      say('sources[0].date'),
      "record 2 (other): sources[0].date: 'May 2024' is not a date as a page gives it (YYYY, YYYY-MM or YYYY-MM-DD); it is ignored",
    );
    assert.equal(
      say('sources[0].supports[4]'),
      "record 2 (other): sources[0].supports[4]: 'Asia' is not a fact; name one as field:value ('regions:africa', 'countries:UG', 'partners:who') or 'headquarters'; it is ignored",
    );
    assert.equal(
      say('sources[0].supports[1]'),
      `record 2 (other): sources[0].supports[1]: the source supports 'regions:africa', which this record does not state; add the fact to the record or remove it from "supports"`,
    );
  });

  it('publishes date and supports in data/schema.json', () => {
    const schema = directoryJsonSchema() as any;
    const source = schema.properties.organizations.items.properties.sources.items;
    assert.equal(source.properties.date.type, 'string');
    assert.ok(new RegExp(source.properties.date.pattern).test('2024-05'));
    assert.ok(!new RegExp(source.properties.date.pattern).test('May 2024'));
    assert.equal(source.properties.supports.type, 'array');
    const fact = new RegExp(source.properties.supports.items.pattern);
    for (const good of ['regions:africa', 'countries:UG', 'headquarters'])
      assert.ok(fact.test(good));
    for (const bad of ['Asia', 'regions:', 'regions:asia:x']) assert.ok(!fact.test(bad), bad);
  });

  it('round-trips dates and supports through the CSV export', () => {
    const organizations = [byId.get('sourced')!, { id: 'other', name: 'Other Relief' }];
    const sourced = { ...data, organizations };
    const back = parseDirectoryCsv(directoryToCsv(sourced), { taxonomies: data.taxonomies });
    assert.deepEqual(back.issues, []);
    assert.deepEqual(back.data.organizations, organizations);
  });
});
