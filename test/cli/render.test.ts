// `mhpss-directory render`, run as a partner runs it: the embed code with the first page.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { Directory, parseDirectory, renderFirstPage } from '../../src/core/index.js';
import { fixturePath } from '../helpers/fixtures.js';

const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;
const MEMBERS = new URL('../../data/members.json', import.meta.url).pathname;
const FIXTURE = new URL('../components/fixtures/directory.json', import.meta.url).pathname;
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
const SCRIPT = `https://cdn.jsdelivr.net/npm/mhpss-directory@${version}/dist/cdn/mhpss-directory.js`;
const cli = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    ...(input !== undefined ? { input } : { stdio: ['ignore', 'pipe', 'pipe'] }),
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

before(() => {
  if (!existsSync(CLI)) throw new Error('dist/cli/index.js is missing: run `npm run build` first');
});

describe('mhpss-directory render', () => {
  it('writes the pinned script and the element with the first page, as renderFirstPage does', () => {
    const { code, out, err } = cli(['render', MEMBERS]);
    assert.equal(code, 0, err);
    assert.equal(err, '');
    const dir = new Directory(parseDirectory(readFileSync(MEMBERS, 'utf8')).data);
    assert.equal(out, renderFirstPage(dir, { script: SCRIPT, all: false }));
    assert.ok(out.startsWith(`<script type="module" src="${SCRIPT}"></script>\n<mhpss-directory>`));
    assert.equal(out.match(/<li>/g)?.length, 20);
  });

  it('takes the language, facets, scope, page size, heading level, src and script', () => {
    const { code, out } = cli([
      'render',
      FIXTURE,
      '--lang',
      'ar',
      '--facets',
      'regions type',
      '--scope',
      'regions:middle-east',
      '--page-size',
      '3',
      '--heading-level',
      '3',
      '--src',
      'https://partner.example/members.json',
      '--script',
      '/widget/mhpss-directory.js',
    ]);
    assert.equal(code, 1, 'the fixture has a record with an invalid id: exit 1, written anyway');
    assert.ok(
      out.startsWith(
        '<script type="module" src="/widget/mhpss-directory.js"></script>\n' +
          '<mhpss-directory lang="ar" dir="rtl" src="https://partner.example/members.json" facets="regions type" scope="regions:middle-east" page-size="3" heading-level="3">\n' +
          '  <h3>المنظمات</h3>\n  <p>4 منظمات</p>\n',
      ),
      out,
    );
    assert.equal(out.match(/<h4 /g)?.length, 3);
    assert.match(out, /<p>الصفحة 1 من 2<\/p>/);
  });

  it('renders every organization with --all, to a file with -o, from CSV too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mhpss-render-'));
    const file = join(dir, 'embed.html');
    const { code, err } = cli(['render', MEMBERS, '--all', '-o', file]);
    assert.equal(code, 0);
    const n = (JSON.parse(readFileSync(MEMBERS, 'utf8')) as { organizations: unknown[] })
      .organizations.length;
    assert.equal(err, `${MEMBERS}: wrote all ${n} organizations to ${file}\n`);
    const html = readFileSync(file, 'utf8');
    assert.equal(html.match(/<li>/g)?.length, n);
    assert.doesNotMatch(html, /Page 1 of/);
    const csv = cli(['render', fixturePath('members.csv'), '--page-size', '1']);
    // Its data issues on standard error, exit 1, the valid records rendered.
    assert.equal(csv.code, 1);
    assert.match(csv.err, /record 3 \(row 5\): id: missing/);
    assert.equal(csv.out.match(/<li>/g)?.length, 1);
  });

  it('says what the data does not have, and refuses what cannot be rendered (exit 2)', () => {
    const r = cli(['render', FIXTURE, '--facets', 'regions nope', '--scope', 'regions:atlantis x']);
    assert.match(r.err, /--facets: the data has no facet 'nope'; the element ignores it/);
    assert.match(r.err, /--scope: 'x' is not facet:term/);
    assert.match(
      r.err,
      /--scope: the data has no term 'atlantis' in facet 'regions'; it is ignored/,
    );
    for (const [args, message] of [
      [['--all', '--page-size', '5'], /--page-size and --all cannot be used together/],
      [['--page-size', '0'], /--page-size must be a whole number from 1 to 1000, not '0'/],
      [['--heading-level', '7'], /--heading-level must be a number from 1 to 6, not '7'/],
      [['--lang', 'français'], /--lang must be a language tag/],
      [['--colour', 'red'], /render does not take --colour/],
    ] as const) {
      const bad = cli(['render', FIXTURE, ...args]);
      assert.equal(bad.code, 2, args.join(' '));
      assert.match(bad.err, message);
      assert.match(bad.err, /Usage: mhpss-directory render \[options\] FILE/);
    }
    assert.equal(cli(['render']).code, 2);
  });

  it('reads standard input, and has its own help', () => {
    const r = cli(['render', '-', '--page-size', '2'], readFileSync(FIXTURE, 'utf8'));
    assert.equal(r.out.match(/<li>/g)?.length, 2);
    const help = cli(['render', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /--heading-level N/);
    assert.match(cli(['--help']).out, /render \[options\] FILE\s+the embed code/);
  });
});
