/** Stable fingerprints for sentences and sources: the basis of permanent claim URLs. */
import { hash } from 'node:crypto';

/** Characters that do not change what a sentence says: whitespace and punctuation of any width. */
const IGNORABLE = /[\s\p{P}\p{S}]/gu;

/** Hex digest prefix of `text`. */
export function digest(text: string, length = 12): string {
  return hash('sha256', text, 'hex').slice(0, length);
}

/**
 * Fingerprint of a sentence from its folded key: punctuation, spacing and script differences
 * do not change it. `俄军控制了该城。` and `俄軍控制了該城!` share a fingerprint.
 */
export function sentenceFingerprint(key: string): string {
  return digest(key.replace(IGNORABLE, ''));
}

/**
 * A source id from its file name: the ASCII stem when it is safe (`000_66a1.txt` → `000-66a1`),
 * otherwise a hash of the name, so ids never depend on slugifying Chinese.
 */
export function sourceId(fileName: string): string {
  const stem = fileName.replace(/\.[^./]+$/, '').toLowerCase();
  const slug = stem.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  const safe = /^[\x20-\x7e]+$/.test(stem) && slug.length >= 3 && slug.length <= 64;
  return safe ? slug : `s-${digest(fileName, 10)}`;
}
