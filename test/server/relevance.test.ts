// Relevance of the server's search, on the in-browser engine's own relevance suite
// (test/core/relevance-queries.ts): what visitors type, the exact sets multi-word queries must
// find, one typo in every name, and names typed every way over 10,000 generated records. Both
// engines' figures are reported side by side (test diagnostics).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { before, describe, it } from 'node:test';
import { Directory, parseDirectory, type DirectoryData } from '../../src/core/index.js';
import { generate, rng, typo } from '../bench/generate.js';
import { COUNTED, MRR, QUERIES, summary, TOP1, typoVariants } from '../core/relevance-queries.js';
import { get, startApi, variants } from './helpers.js';

const members = parseDirectory(
  readFileSync(new URL('../../data/members.json', import.meta.url), 'utf8'),
).data;

/** Ids of the hits for `text`, best first, from the server. */
async function served(base: string, text: string, perPage = 100): Promise<any> {
  const { body } = await get(
    base,
    `/organizations?search=${encodeURIComponent(text)}&per_page=${perPage}&records=true`,
  );
  return body;
}

const [variant] = (await variants()).filter((v) => !v.skip);

describe(`relevance of the server’s search (${variant!.name}), beside the in-browser engine`, () => {
  describe('data/members.json', () => {
    const dir = new Directory(members);
    let base = '';
    before(async () => {
      ({ base } = await startApi(variant!, members));
    });
    const engineRanked = (text: string) =>
      dir.query({ text, pageSize: 100 }).hits.map((h) => h.organization.id);
    const serverRanked = async (text: string) =>
      (await served(base, text)).contents.map((e: any) => e.mhpss.record.id) as string[];

    it(`what visitors type: top-1 ≥ ${100 * TOP1}% and MRR ≥ ${MRR}, as the engine`, async (t) => {
      const ranks = await Promise.all(
        QUERIES.map(async ([text, id]) => (await serverRanked(text)).indexOf(id) + 1),
      );
      const server = summary(ranks);
      const engine = summary(QUERIES.map(([text, id]) => engineRanked(text).indexOf(id) + 1));
      t.diagnostic(`server: ${server.line}; in-browser engine: ${engine.line}`);
      assert.ok(server.top1 >= TOP1 && server.mrr >= MRR, server.line);
    });

    it('multi-word queries find exactly the organizations matching every word', async () => {
      for (const { text, ids, first, match = 'all' } of COUNTED) {
        const body = await served(base, text);
        const found = body.contents.map((e: any) => e.mhpss.record.id);
        assert.equal(body.total_items, ids.length, text);
        assert.deepEqual([...found].sort(), [...ids].sort(), text);
        assert.equal(found[0], first, text);
        assert.equal(body.match, match, text);
      }
    });

    it('every one-typo spelling of every name keeps it in the top 3', async (t) => {
      const serverRanks: number[] = [];
      const engineRanks: number[] = [];
      for (const org of members.organizations) {
        for (const variantText of typoVariants(org.name)) {
          serverRanks.push((await serverRanked(variantText)).indexOf(org.id) + 1);
          engineRanks.push(engineRanked(variantText).indexOf(org.id) + 1);
        }
      }
      const server = summary(serverRanks);
      const engine = summary(engineRanks);
      const top3 = (r: number[]) => r.filter((x) => x >= 1 && x <= 3).length;
      t.diagnostic(
        `single-typo variants — server: ${server.line}, top 3 ${top3(serverRanks)}/${serverRanks.length}; ` +
          `in-browser engine: ${engine.line}, top 3 ${top3(engineRanks)}/${engineRanks.length}`,
      );
      assert.equal(top3(serverRanks), serverRanks.length);
      assert.ok(server.top1 >= TOP1 && server.mrr >= MRR, server.line);
    });
  });

  describe('10,000 generated organizations', () => {
    const generated = JSON.parse(JSON.stringify(generate(10_000))) as DirectoryData;
    const big = new Directory(generated);
    let base = '';
    before(async () => {
      ({ base } = await startApi(variant!, generated));
    });
    // The engine suite's queries: records of the first 1,000, typed exactly, in lower case,
    // reordered, with one or two typos (relevance.test.ts).
    const r = rng(99);
    const typoIn = (name: string, skip = -1): [string, number] | undefined => {
      const words = name.split(' ');
      const long = words.map((_, i) => i).filter((i) => i !== skip && words[i]!.length >= 5);
      if (!long.length) return undefined;
      const i = long[Math.floor(r() * long.length)]!;
      words[i] = typo(words[i]!, r);
      return [words.join(' '), i];
    };
    const reversed = (text: string) => text.split(' ').reverse().join(' ');
    const queries: [string, string][] = [];
    for (let k = 0; k < 100; k++) {
      const { name } = generated.organizations[Math.floor(r() * 1000)]!;
      queries.push([name, name], [name.toLowerCase(), name], [reversed(name), name]);
      const one = typoIn(name);
      if (one) {
        queries.push([one[0], name], [reversed(one[0]), name]);
        const two = typoIn(one[0], one[1]);
        if (two) queries.push([two[0], name]);
      }
    }

    it(`names typed exactly, in lower case, reordered, with one or two typos: top-1 and MRR of both engines`, async (t) => {
      const serverRanks: number[] = [];
      for (const [text, name] of queries) {
        const body = await served(base, text, 50);
        serverRanks.push(body.contents.findIndex((e: any) => e.name === name) + 1);
      }
      const engineRanks = queries.map(
        ([text, name]) =>
          big.query({ text, pageSize: 50 }).hits.findIndex((h) => h.organization.name === name) + 1,
      );
      const server = summary(serverRanks);
      const engine = summary(engineRanks);
      t.diagnostic(`generated names — server: ${server.line}; in-browser engine: ${engine.line}`);
      assert.ok(server.top1 >= TOP1 && server.mrr >= MRR, server.line);
      assert.ok(server.top1 >= engine.top1 - 0.02, `${server.line} vs ${engine.line}`);
    });
  });
});
