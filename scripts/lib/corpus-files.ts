/** Writes a generated corpus to a folder: `<name>.txt` plus `<name>.meta.json` where the article has metadata. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusGenerator, loadEntityPools, type EntityPools } from './corpus.ts';

/** Entity pools from a gazetteer file, or the built-in list when the file does not exist. */
export function poolsFromFile(gazetteerFile: string): EntityPools {
  return loadEntityPools(existsSync(gazetteerFile) ? readFileSync(gazetteerFile, 'utf8') : undefined);
}

export interface WriteCorpusOptions {
  /** First article index (to extend a corpus); default 0. */
  from?: number;
  /** Called after each article with the number written so far. */
  onProgress?: (written: number) => void;
}

/** Writes articles `from … articles - 1` for `seed` into `dir`; returns the file names written. */
export function writeCorpus(
  dir: string,
  articles: number,
  seed: number,
  pools: EntityPools,
  options: WriteCorpusOptions = {},
): string[] {
  mkdirSync(dir, { recursive: true });
  const gen = new CorpusGenerator(seed, pools);
  const names: string[] = [];
  const from = options.from ?? 0;
  for (let i = from; i < articles; i++) {
    const a = gen.article(i);
    writeFileSync(join(dir, a.name), a.text);
    if (a.meta)
      writeFileSync(join(dir, a.name.replace(/\.txt$/, '.meta.json')), `${JSON.stringify(a.meta, null, 2)}\n`);
    names.push(a.name);
    options.onProgress?.(i - from + 1);
  }
  return names;
}
