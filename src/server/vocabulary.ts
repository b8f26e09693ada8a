// The directory's vocabulary — its words and how many organizations each reaches, not which —
// read from the database once per import by each server process, so that the in-browser
// engine's own Expander turns a query word into the same completions and typo neighbours here as
// in the widget (the words are written in the engine's order, with its document frequencies:
// load.ts). Which organizations a word reaches stays in PostgreSQL. A cache of the database,
// like the directory's description (meta.ts): any process can answer any request.
import { Expander, PrefixBuckets, type TextIndex } from './engine.js';
import type { Queryable } from './database.js';

/**
 * The words, with what the Expander reads of the engine's TextIndex: `vocab`, `idOf`, `df`,
 * `withPrefix` — answered exactly as the TextIndex answers them.
 */
export class WordList {
  /** Word id (the engine's order) → word; `nums[id]`: its row in mhpss_word. */
  readonly vocab: string[] = [];
  readonly nums: number[] = [];
  private readonly dfs: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly prefixes = new PrefixBuckets(this.vocab);

  constructor(rows: readonly { num: number; word: string; df: number }[]) {
    for (const { num, word, df } of rows) {
      const id = this.vocab.length;
      this.vocab.push(word);
      this.nums.push(num);
      this.dfs.push(df);
      this.ids.set(word, id);
      // The engine lists only words some organization has under a prefix.
      if (df !== 0) this.prefixes.add(id);
    }
  }

  get size(): number {
    return this.vocab.length;
  }

  idOf(token: string): number | undefined {
    return this.ids.get(token);
  }

  df(token: number): number {
    return this.dfs[token]!;
  }

  withPrefix(prefix: string): number[] {
    return this.prefixes.withPrefix(prefix);
  }
}

/** The words and the Expander over them (it builds its letter-pair index at the first typo). */
export interface Vocabulary {
  generation: number;
  words: WordList;
  expander: Expander;
  /** The prefixes whose completions' organizations the database holds at once (mhpss_prefix). */
  prefixes: ReadonlySet<string>;
}

/** Reads the vocabulary of one import. */
export async function readVocabulary(db: Queryable, generation: number): Promise<Vocabulary> {
  const rows = await db.query<{ num: number; word: string; df: number }>(
    'SELECT num, word, df FROM mhpss_word ORDER BY num',
  );
  const prefixes = await db.query<{ prefix: string }>('SELECT prefix FROM mhpss_prefix');
  const words = new WordList(rows);
  return {
    generation,
    words,
    expander: new Expander(words as unknown as TextIndex),
    prefixes: new Set(prefixes.map((p) => p.prefix)),
  };
}

/** The vocabulary of the current import, read once; concurrent requests share the reading. */
export class VocabularyCache {
  private value?: Promise<Vocabulary>;
  private generation = -1;

  get(db: Queryable, generation: number): Promise<Vocabulary> {
    if (!this.value || this.generation !== generation) {
      this.generation = generation;
      this.value = readVocabulary(db, generation).catch((error: unknown) => {
        this.value = undefined;
        throw error;
      });
    }
    return this.value;
  }
}
