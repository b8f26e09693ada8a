// The text engine's tunables: field weights, match qualities, typo limits and name bonuses.
// Part of the public DEFAULTS (directory.ts), kept apart from CORE_DEFAULTS so that they load
// with the text engine.

export const SEARCH_DEFAULTS = Object.freeze({
  /** At most this many words of a query are searched; the rest are ignored. */
  maxQueryWords: 8,

  /**
   * Field weights: a word found in an acronym or a name says far more about an organization
   * than the same word in its description. `initials` are the first letters of the name's
   * words ("unhcr"), `tags` the labels of its facet terms, its city and its countries.
   */
  fieldWeights: Object.freeze({
    acronym: 12,
    name: 10,
    initials: 7,
    tags: 2.5,
    description: 1,
  }),
  /** Initials are made up from the name, so a typo in them is weak evidence. */
  typoFieldWeights: Object.freeze({ initials: 1.5 }),
  /** How much each further field adds (as a share of its weight) when a word is in several. */
  extraFieldShare: 0.15,

  /** Match quality of each way a query word can meet an indexed word (1 = the same word). */
  quality: Object.freeze({
    exact: 1,
    /** The last query word completed (search as you type); the rest scaled by how much is typed. */
    prefixLast: 0.72,
    /** An earlier query word used as a prefix ("psych support"). */
    prefixOther: 0.5,
    /** A typo: scaled further by Fuse's score and the length difference. */
    fuzzy: 0.62,
    /** A typo in what is still being typed: a fuzzy match of a prefix. */
    fuzzyPrefix: 0.42,
  }),
  /** Typo neighbours of a word that exists as typed ("chad" → "child") count this much less. */
  typoOfRealWord: 0.5,
  /**
   * A word shorter than this that exists as typed is taken as typed when deciding which records
   * match every word ("save children" is not "safe children"); its typo neighbours still rank.
   */
  literalWordLength: 6,
  /** Words this short only match exactly or as a prefix: a typo in "msf" is a different word. */
  minFuzzyLength: 4,
  /** Words at least this long may have two typos; shorter ones one. */
  twoTypoLength: 7,
  /** The same for the typed beginning of a word still being completed. */
  twoTypoPrefixLength: 9,
  /** Shortest last word that is completed as a prefix, and shortest earlier word. */
  minPrefixLast: 1,
  minPrefixOther: 3,
  /** Most completions of one prefix that are searched (the commonest are kept). */
  maxPrefixExpansions: 60,
  /** Most typo candidates Fuse scores for one query word, and most kept. */
  maxFuzzyCandidates: 120,
  maxFuzzyExpansions: 24,

  /** Bonuses for how the query meets the name as a whole (added to a 0–12 base score). */
  bonus: Object.freeze({
    /** Every word of the name is matched: the visitor typed the name. */
    wholeName: 6,
    /** The name starts with the first query word. */
    nameStart: 2,
    /** Each pair of query words found next to each other, in order, in the name. */
    namePhrase: 1.5,
  }),
  /** Weight of a stop word ("of", "the") relative to other words; it never decides coverage. */
  stopWordWeight: 0.08,
});

/** Words that carry no meaning on their own in the directory's languages. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at by for from in into is of on or the to with ' +
    'de des du la le les et en pour au aux un une ' +
    'el los las y del por para con ' +
    'und der die das fur von'
  ).split(' '),
);
