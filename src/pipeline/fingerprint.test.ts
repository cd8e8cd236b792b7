import { describe, expect, it } from 'vitest';
import { sentenceFingerprint, sourceId } from './fingerprint.ts';

describe('sentenceFingerprint', () => {
  it('ignores punctuation width and spacing', () => {
    expect(sentenceFingerprint('会谈持续时长:近5个小时;')).toBe(sentenceFingerprint('会谈持续时长：近5个小时；'));
    expect(sentenceFingerprint('俄军 控制了该城。')).toBe(sentenceFingerprint('俄军控制了该城'));
  });
  it('differs when the words differ', () => {
    expect(sentenceFingerprint('会谈持续近5小时')).not.toBe(sentenceFingerprint('会谈持续近4小时'));
  });
  it('is a lower-case ASCII id', () => {
    expect(sentenceFingerprint('红军城')).toMatch(/^[0-9a-f]{12}$/);
  });
});

describe('sourceId', () => {
  it('keeps a safe ASCII stem', () => {
    expect(sourceId('000_66a19a1be149d430.txt')).toBe('000-66a19a1be149d430');
    expect(sourceId('news/Reuters Story.txt')).toBe('news-reuters-story');
  });
  it('hashes names that are not ASCII instead of slugifying them', () => {
    expect(sourceId('新闻稿.txt')).toMatch(/^s-[0-9a-f]{10}$/);
    expect(sourceId('新闻稿.txt')).not.toBe(sourceId('新闻稿2.txt'));
  });
});
