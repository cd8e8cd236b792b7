import { describe, expect, it } from 'vitest';
import { WordMatcher } from './word-matcher.ts';

const matcher = new WordMatcher<string>([
  ['表示', 'say'],
  ['表', 'table'],
  ['表示称', 'say-long'],
  ['称', 'call'],
]);
const at = (key: string, i: number) => matcher.longestAt(key, i)?.word ?? null;

describe('WordMatcher.longestAt', () => {
  it('takes the longest word at a position', () => {
    expect(at('他表示称', 1)).toBe('表示称');
    expect(at('他表示,', 1)).toBe('表示');
    expect(at('他表', 1)).toBe('表');
    expect(at('他称', 1)).toBe('称');
  });

  it('finds nothing where no word starts, before the key or past its end', () => {
    expect(at('他表示', 0)).toBeNull();
    expect(at('他表示', -1)).toBeNull();
    expect(at('他表示', 3)).toBeNull();
    expect(at('他表示', 4)).toBeNull();
  });

  it('gives the span and the value of the match', () => {
    expect(matcher.longestAt('他表示', 1)).toEqual({ word: '表示', value: 'say', start: 1, end: 3 });
  });

  it('matches words added after construction', () => {
    const m = new WordMatcher<number>();
    expect(m.longestAt('泽连斯基', 0)).toBeNull();
    m.add('泽连斯基', 1);
    expect(m.longestAt('泽连斯基', 0)?.value).toBe(1);
  });
});
