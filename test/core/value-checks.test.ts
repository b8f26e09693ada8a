// The widget validates single values without zod (patterns.ts, countries.ts) so that zod stays
// off its critical path; the zod schemas (schema.ts), which the types and data/schema.json come
// from, must accept exactly the same values. Compared here on generated and hand-picked input.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isCountryCode } from '../../src/core/model/countries.js';
import {
  isDate,
  isEmail,
  isFact,
  isHttpUrlText,
  isId,
  isLanguageTag,
  isLocalizedText,
  isNonEmptyText,
  isPartialDate,
  type ValueCheck,
} from '../../src/core/model/patterns.js';
import {
  CountryCodeSchema,
  DateSchema,
  EmailSchema,
  FactSchema,
  HttpUrlSchema,
  IdSchema,
  LanguageTagSchema,
  LocalizedTextSchema,
  NonEmptyTextSchema,
  PartialDateSchema,
} from '../../src/core/model/schema.js';

const PAIRS: [string, ValueCheck, { safeParse(v: unknown): { success: boolean } }][] = [
  ['id', isId, IdSchema],
  ['non-empty text', isNonEmptyText, NonEmptyTextSchema],
  ['http(s) URL', isHttpUrlText, HttpUrlSchema],
  ['email', isEmail, EmailSchema],
  ['language tag', isLanguageTag, LanguageTagSchema],
  ['date', isDate, DateSchema],
  ['date as a page gives it', isPartialDate, PartialDateSchema],
  ['fact', isFact, FactSchema],
  ['country code', isCountryCode, CountryCodeSchema],
  ['localized text', isLocalizedText, LocalizedTextSchema],
];

/** Values near each check's edge, besides arbitrary ones. */
const EDGES: unknown[] = [
  '',
  ' ',
  '\t\n',
  'a',
  'unicef',
  'save-the-children',
  '-a',
  'a-',
  'a--b',
  'A',
  'a b',
  'https://example.org',
  'http://x',
  'https://',
  'ftp://example.org',
  'javascript:alert(1)',
  'https://exa mple.org',
  'a@b.org',
  'a@b',
  'a b@c.org',
  'en',
  'pt-BR',
  'zh-Hant-TW',
  'e',
  'english',
  '2026-12-07',
  '2026-13-01',
  '2026-12-07T10:00:00Z',
  '2026-12',
  '2026',
  '2026-00',
  '2026-12-32',
  '26',
  'regions:africa',
  'countries:UG',
  'headquarters',
  'headquarters:x',
  'regions:',
  ':africa',
  'regions:africa:x',
  'regions:-africa',
  'regions: africa',
  '1regions:africa',
  'UG',
  'ug',
  'XK',
  'ZZ',
  'UGA',
  { en: 'Africa' },
  { en: '' },
  { en: ' ' },
  { en: 'Africa', fr: 'Afrique' },
  { en: 'Africa', fr: 1 },
  { fr: 'Afrique' },
  {},
  [],
  ['Africa'],
  null,
  undefined,
  0,
  1,
  true,
  Object.create(null),
  Object.assign(Object.create(null), { en: 'x' }),
];

const strings = fc.oneof(
  fc.string(),
  fc.stringMatching(/^[a-zA-Z0-9:/.@ -]{0,24}$/),
  fc
    .constantFrom('https://', 'http://', 'mailto:', 'en', 'fr-CA')
    .chain((p) => fc.string().map((s) => p + s)),
);
const values = fc.oneof(
  fc.anything(),
  strings,
  fc.dictionary(fc.constantFrom('en', 'fr', 'es', 'ar', 'x'), fc.oneof(strings, fc.integer())),
);

describe('single-value checks without zod', () => {
  for (const [name, check, schema] of PAIRS) {
    it(`${name}: the check and the zod schema agree`, () => {
      for (const value of EDGES) {
        assert.equal(check(value), schema.safeParse(value).success, JSON.stringify(value));
      }
      fc.assert(
        fc.property(values, (value) => check(value) === schema.safeParse(value).success),
        { numRuns: 2000 },
      );
    });
  }

  it('read own keys only: a polluted Object.prototype changes nothing', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = () => 1;
    proto.en = 'inherited';
    try {
      assert.equal(isLocalizedText({ en: 'Africa', fr: 'Afrique' }), true);
      assert.equal(isLocalizedText({ fr: 'Afrique' }), false, 'an inherited en is not a label');
    } finally {
      delete proto.polluted;
      delete proto.en;
    }
  });
});
