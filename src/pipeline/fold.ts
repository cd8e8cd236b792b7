/**
 * Fold: a same-length matching key for Chinese text.
 *
 * `fold('澤倫斯基表示，會談「富有成效」。')` → `'泽伦斯基表示,会谈“富有成效”。'`
 *
 * - full-width ASCII (`，：（１Ａ`) → ASCII, ideographic space → space;
 * - half-width CJK forms (`｡｢｣､･`) → their full forms;
 * - corner quotes (`「」『』`) → curly quotes, middle-dot variants (`‧・･•`) → `·`;
 * - traditional → simplified (opencc-js, Taiwan and Hong Kong tables), one character at a time
 *   (`script-chars.ts`);
 * - variant words opencc leaves apart (`折衷` → `折中`, `計畫` → `计划`; `data/variants.ts`);
 * - Latin and Cyrillic → lower case.
 *
 * Every step maps one UTF-16 code unit to one, so offsets into the key are offsets into the
 * text: annotators match on the key and slice the text with the same span.
 */
import { VARIANT_WORDS } from './data/variants.ts';
import { convertCharacter } from './script-chars.ts';

/** Punctuation and symbol variants folded to one form (all single code units). */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '\u3000': ' ',
  '\u00a0': ' ',
  '｡': '。',
  '｢': '“',
  '｣': '”',
  '､': '、',
  '「': '“',
  '」': '”',
  '『': '‘',
  '』': '’',
  '﹁': '“',
  '﹂': '”',
  '‧': '·',
  '・': '·',
  '･': '·',
  '•': '·',
  '∙': '·',
  '⋅': '·',
  '－': '-',
  '～': '~',
  '﹐': ',',
  '﹑': '、',
  '﹒': '.',
  '﹔': ';',
  '﹕': ':',
  '﹖': '?',
  '﹗': '!',
};

for (const [from, to] of Object.entries(VARIANT_WORDS)) {
  if (from.length !== to.length)
    throw new Error(
      `Variant "${from}" → "${to}" changes the length; fold keys must keep offsets. Fix data/variants.ts.`,
    );
}
const VARIANT = new RegExp(Object.keys(VARIANT_WORDS).join('|'), 'gu');
/** The same, without `g`: testing it keeps no state between calls. */
const HAS_VARIANT = new RegExp(VARIANT.source, 'u');

/** Folded code unit by code unit, filled in as met (0: not yet known; U+0000 folds to itself). */
const folded = new Uint16Array(0x10000);

/** Folds one code unit; the result is always exactly one code unit. */
function foldCode(code: number): number {
  let out = folded[code]!;
  if (out === 0) folded[code] = out = computeFold(String.fromCharCode(code)).charCodeAt(0);
  return out;
}

function computeFold(c: string): string {
  const code = c.charCodeAt(0);
  // Full-width ASCII block U+FF01–U+FF5E sits at a fixed offset from ASCII.
  if (code >= 0xff01 && code <= 0xff5e) return lowerOne(String.fromCharCode(code - 0xfee0));
  const p = PUNCTUATION[c];
  if (p !== undefined) return p;
  if (code < 0x3400) return lowerOne(c);
  // Surrogate halves cannot be converted on their own: keep them.
  if (code >= 0xd800 && code <= 0xdfff) return c;
  if (code >= 0x3400 && code <= 0x9fff) {
    const tw = convertCharacter('simplifiedFromTaiwan', c);
    if (tw.length === 1 && tw !== c) return tw;
    const hk = convertCharacter('simplifiedFromHongKong', c);
    if (hk.length === 1) return hk;
  }
  return c;
}

function lowerOne(c: string): string {
  const l = c.toLowerCase();
  return l.length === 1 ? l : c;
}

/** Same-length matching key of `text` (see the module comment). */
export function fold(text: string): string {
  let out = text;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (foldCode(code) === code) continue;
    // Something changes: fold the rest code unit by code unit.
    const codes = new Uint16Array(text.length);
    for (let j = 0; j < i; j++) codes[j] = text.charCodeAt(j);
    for (let j = i; j < text.length; j++) codes[j] = foldCode(text.charCodeAt(j));
    out = fromCodes(codes);
    break;
  }
  return HAS_VARIANT.test(out) ? out.replace(VARIANT, (w) => VARIANT_WORDS[w] ?? w) : out;
}

/** Decodes code units from their bytes in memory, where those are little-endian (as on x64 and arm64). */
const UTF16 = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1 ? new TextDecoder('utf-16le') : null;

function hasSurrogate(codes: Uint16Array): boolean {
  for (let i = 0; i < codes.length; i++) if ((codes[i]! & 0xf800) === 0xd800) return true;
  return false;
}

/** The string of these UTF-16 code units (lone surrogates kept as they are). */
function fromCodes(codes: Uint16Array): string {
  // The decoder would replace a lone surrogate; text without surrogates takes the fast way.
  if (UTF16 && !hasSurrogate(codes)) return UTF16.decode(codes);
  const CHUNK = 8192;
  if (codes.length <= CHUNK) return String.fromCharCode(...codes);
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  return out;
}
