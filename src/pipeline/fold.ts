/**
 * Fold: a same-length matching key for Chinese text.
 *
 * `fold('澤倫斯基表示，會談「富有成效」。')` → `'泽伦斯基表示,会谈“富有成效”。'`
 *
 * - full-width ASCII (`，：（１Ａ`) → ASCII, ideographic space → space;
 * - half-width CJK forms (`｡｢｣､･`) → their full forms;
 * - corner quotes (`「」『』`) → curly quotes, middle-dot variants (`‧・･•`) → `·`;
 * - traditional → simplified (opencc-js, Taiwan and Hong Kong tables), one character at a time;
 * - variant words opencc leaves apart (`折衷` → `折中`, `計畫` → `计划`; `data/variants.ts`);
 * - Latin and Cyrillic → lower case.
 *
 * Every step maps one UTF-16 code unit to one, so offsets into the key are offsets into the
 * text: annotators match on the key and slice the text with the same span.
 */
import * as OpenCC from 'opencc-js';
import { VARIANT_WORDS } from './data/variants.ts';

const fromTaiwan = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHongKong = OpenCC.Converter({ from: 'hk', to: 'cn' });

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
  if (from.length !== to.length) throw new Error(`Variant "${from}" → "${to}" changes the length; fold keys must keep offsets. Fix data/variants.ts.`);
}
const VARIANT = new RegExp(Object.keys(VARIANT_WORDS).join('|'), 'gu');

const cache = new Map<string, string>();

/** Folds one code unit; the result is always exactly one code unit. */
function foldChar(c: string): string {
  const cached = cache.get(c);
  if (cached !== undefined) return cached;
  const out = computeFold(c);
  cache.set(c, out);
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
    const tw = fromTaiwan(c);
    if (tw.length === 1 && tw !== c) return tw;
    const hk = fromHongKong(c);
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
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!);
  return out.replace(VARIANT, (w) => VARIANT_WORDS[w] ?? w);
}
