/**
 * A Vite plugin for the build: Astro hands its content data store to the build as one module,
 * `export default JSON.parse("<the whole store as one string literal>")`. V8 grows its buffer
 * for a string literal by at most 1 MB at a time, so compiling that module takes time that grows
 * with the square of the store's size: about 1 s for 20 MB, 30 s for 80 MB, minutes for the
 * ~200 MB of a 10,000-article site. Here the literal is split into pieces of `PIECE_CHARS`
 * characters, joined again when the module runs: the same string, compiled in linear time.
 */
import type { Plugin } from 'vite';

/** The module id Astro resolves its data store to (`astro:data-layer-content`). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** @default 262144 — characters per literal: well under V8's 1 MB growth step. */
export const PIECE_CHARS = 1 << 18;

/** How the build's log says the store was split (the site's scale test looks for it). */
export const SPLIT_NOTE = 'content data store split';

const millions = (chars: number) => `${(chars / 1e6).toFixed(1)} million characters`;

const HEAD = 'export default JSON.parse(';
const TAIL = ')';

/**
 * `code` with its one string literal split into joined pieces, if it has the form Astro gives
 * the single-file data store; otherwise `undefined` (a chunked store, an empty map, or a form a
 * later Astro writes), and the module is left as it is.
 */
export function splitStoreLiteral(code: string, pieceChars: number = PIECE_CHARS): string | undefined {
  const body = code.trim();
  if (!body.startsWith(`${HEAD}"`) || !body.endsWith(`"${TAIL}`)) return undefined;
  let text: unknown;
  try {
    text = JSON.parse(body.slice(HEAD.length, -TAIL.length));
  } catch {
    return undefined;
  }
  if (typeof text !== 'string' || text.length <= pieceChars) return undefined;
  const pieces: string[] = [];
  // A piece may end between the two halves of a surrogate pair: each half is then written as an
  // escape, and joining the pieces puts the pair together again.
  for (let at = 0; at < text.length; at += pieceChars) pieces.push(JSON.stringify(text.slice(at, at + pieceChars)));
  return `${HEAD}[\n${pieces.join(',\n')}\n].join(""))`;
}

export function dataStoreLiteral(): Plugin {
  return {
    name: 'crosscheck:data-store-literal',
    enforce: 'post',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE_ID) return undefined;
      const split = splitStoreLiteral(code);
      if (split !== undefined) {
        this.info(`${SPLIT_NOTE}: ${millions(code.length)} in literals of ${PIECE_CHARS} characters or fewer`);
        return { code: split, map: { mappings: '' } };
      }
      // A large store in a form not known here: the build still works, but may be slow to compile.
      if (code.length > PIECE_CHARS && !code.includes('import(')) {
        this.warn(
          `the content data store module (${millions(code.length)}) is not in the form this plugin splits; building may take longer as the site grows.`,
        );
      }
      return undefined;
    },
  };
}
