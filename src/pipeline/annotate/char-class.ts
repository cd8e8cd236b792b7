/**
 * One-character classes looked up by code unit: `isSpace(key.charCodeAt(i))` answers what
 * `/\s/u.test(key[i])` does, without making a one-character string for every position.
 */

/**
 * `re.test(c)` for the one-code-unit string `c`, asked by its code unit: each unit is tested once,
 * then remembered. Past the end of a key (`NaN`) the answer is `false`, as for `re.test('')`.
 */
export function charClass(re: RegExp): (code: number) => boolean {
  if (re.global || re.sticky) throw new Error(`charClass(${re}) got a stateful regex; drop the g and y flags.`);
  /** 0: not tested yet, 1: no, 2: yes. */
  const known = new Uint8Array(0x10000);
  return (code) => {
    let k = known[code];
    if (k === 0) known[code] = k = re.test(String.fromCharCode(code)) ? 2 : 1;
    return k === 2;
  };
}

/** Whether some code unit of `key` is in the class `inClass` (see `charClass`). */
export function someChar(key: string, inClass: (code: number) => boolean): boolean {
  for (let i = 0; i < key.length; i++) if (inClass(key.charCodeAt(i))) return true;
  return false;
}

/** The code units of the characters of `chars`, for `has(key.charCodeAt(i))`. */
export function codeSet(chars: string): ReadonlySet<number> {
  return new Set(Array.from(chars, (c) => c.charCodeAt(0)));
}

/** By code unit: the closer of an opening quote, bracket or book-title mark, else 0. */
export const CLOSER_OF: Readonly<Uint16Array> = closerTable(['“”', '‘’', '()', '《》', '[]', '【】']);

function closerTable(pairs: readonly string[]): Uint16Array {
  const table = new Uint16Array(0x10000);
  for (const pair of pairs) table[pair.charCodeAt(0)] = pair.charCodeAt(1);
  return table;
}
