/**
 * Chinese script conversion of one character at a time, which is all that folding and script
 * detection ask of opencc-js. A character on its own can only match a dictionary entry of one
 * character, so only those entries are loaded: for any single code unit the result is the same as
 * opencc-js's `Converter` gives (the tests compare every code unit), and a thread is ready in a
 * few milliseconds instead of half a second (opencc-js builds a tree of every phrase up front;
 * simplified to traditional alone holds some 50,000).
 */
import { ConverterFactory, type ConverterFunction, type DictGroup, type DictLike } from 'opencc-js/core';
import { configs } from 'opencc-js/preset';

/** The conversions used, by opencc-js's configuration names (as `Converter({ from, to })` picks them). */
export const SCRIPT_CONVERSIONS = {
  /** Taiwan traditional to simplified: `Converter({ from: 'tw', to: 'cn' })`. */
  simplifiedFromTaiwan: 'tw2s',
  /** Hong Kong traditional to simplified: `Converter({ from: 'hk', to: 'cn' })`. */
  simplifiedFromHongKong: 'hk2s',
  /** Simplified to Taiwan traditional: `Converter({ from: 'cn', to: 'tw' })`. */
  traditionalForTaiwan: 's2tw',
} as const;
export type ScriptConversion = keyof typeof SCRIPT_CONVERSIONS;

/** Whether a dictionary key is one character (one code point). */
const oneCharacter = (key: string) => key.length === 1 || (key.length === 2 && key.codePointAt(0)! > 0xffff);

/** The entries of a dictionary whose key is one character, in the same form. */
function singleCharacterEntries(dict: DictLike): DictLike {
  if (typeof dict !== 'string') return dict.filter(([key]) => oneCharacter(key));
  return dict
    .split('|')
    .filter((entry) => oneCharacter(entry.slice(0, entry.indexOf(' '))))
    .join('|');
}

interface Config {
  normalizationChain?: readonly DictGroup[];
  conversionChain: readonly DictGroup[];
}

const converters = new Map<ScriptConversion, ConverterFunction>();

/** The converter for single characters, built the first time it is asked for. */
function converter(conversion: ScriptConversion): ConverterFunction {
  let convert = converters.get(conversion);
  if (!convert) {
    const config = configs[SCRIPT_CONVERSIONS[conversion]] as Config | undefined;
    if (!config) throw new Error(`opencc-js has no "${SCRIPT_CONVERSIONS[conversion]}" configuration.`);
    // Normalising (compatibility ideographs) comes first, then each step of the chain in turn.
    const steps = [...(config.normalizationChain ?? []), ...config.conversionChain];
    // A dictionary left empty is dropped (opencc-js reads `''` as one malformed entry), and so is a step left empty.
    const kept = steps
      .map((group) => group.map(singleCharacterEntries).filter((dict) => dict.length > 0))
      .filter((group) => group.length > 0);
    convert = ConverterFactory(...kept);
    converters.set(conversion, convert);
  }
  return convert;
}

/** One character (a single code unit or code point) converted; the result may be longer. */
export function convertCharacter(conversion: ScriptConversion, c: string): string {
  return converter(conversion)(c);
}
