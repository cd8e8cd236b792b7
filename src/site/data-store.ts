/**
 * Astro hands its content data store to the build as one module,
 * `export default JSON.parse("<the whole store as one string literal>")`: some 220 million
 * characters for a 10,000-article site. Two costs grow with it. V8 grows its buffer for a string
 * literal by at most 1 MB at a time, so compiling the module takes time that grows with the square
 * of the store's size (about 1 s for 20 MB, 30 s for 80 MB, minutes at 10,000 articles); and the
 * bundler holds the module's text, its syntax tree and the chunk written from them at once
 * (gigabytes), and the literal stays in memory, beside the parsed store, while pages render.
 *
 * So, for the build, the store's text goes to a file of its own in Astro's cache folder and the
 * module reads it when it runs: the bundler sees a two-line module and nothing holds the text once
 * it is parsed. The file is removed when the build is done. The dev server, which keeps no such
 * file, gets the literal cut into pieces of `PIECE_CHARS` characters, joined again when the
 * module runs: the same string, compiled in linear time.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module id Astro resolves its data store to (`astro:data-layer-content`). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** @default 262144 — characters per literal: well under V8's 1 MB growth step. */
export const PIECE_CHARS = 1 << 18;

/** How the build's log says where the store was written (the site's scale test looks for it). */
export const FILE_NOTE = 'content data store written to';
/** How the dev server's log says the store was split. */
export const SPLIT_NOTE = 'content data store split';
/** How the log warns of a large store module in a form not known here. */
export const UNKNOWN_FORM_NOTE = 'is not in the form this plugin knows';

/** Names of the store's files in the cache folder: `crosscheck-data-store-<pid>.json`. */
const FILE_PATTERN = /^crosscheck-data-store-(\d+)\.json$/;

const millions = (chars: number) => `${(chars / 1e6).toFixed(1)} million characters`;

const HEAD = 'export default JSON.parse(';
const TAIL = ')';

/**
 * The store's JSON text, if `code` has the form Astro gives the single-file data store; otherwise
 * `undefined` (a chunked store, an empty map, or a form a later Astro writes).
 */
export function storeText(code: string): string | undefined {
  const body = code.trim();
  if (!body.startsWith(`${HEAD}"`) || !body.endsWith(`"${TAIL}`)) return undefined;
  try {
    const text: unknown = JSON.parse(body.slice(HEAD.length, -TAIL.length));
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

/** The store's module that reads its text from `file`. */
export const readingModule = (file: string): string =>
  `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));\n`;

/**
 * `code` with its one string literal split into joined pieces, if it has the form Astro gives
 * the single-file data store and is longer than a piece; otherwise `undefined`.
 */
export function splitStoreLiteral(code: string, pieceChars: number = PIECE_CHARS): string | undefined {
  const text = storeText(code);
  return text === undefined ? undefined : splitText(text, pieceChars);
}

/** The store's module for its JSON `text`, in pieces; `undefined` if it fits in one. */
function splitText(text: string, pieceChars: number): string | undefined {
  if (text.length <= pieceChars) return undefined;
  const pieces: string[] = [];
  // A piece may end between the two halves of a surrogate pair: each half is then written as an
  // escape, and joining the pieces puts the pair together again.
  for (let at = 0; at < text.length; at += pieceChars) pieces.push(JSON.stringify(text.slice(at, at + pieceChars)));
  return `${HEAD}[\n${pieces.join(',\n')}\n].join(""))`;
}

/**
 * The Vite plugin: with `file`, the store of a server build goes there; otherwise (the dev
 * server) its literal is split.
 */
export function dataStorePlugin(file?: string): Plugin {
  return {
    name: 'crosscheck:data-store',
    enforce: 'post',
    transform(code, id) {
      if (id !== DATA_STORE_MODULE_ID) return undefined;
      const text = storeText(code);
      if (text === undefined) {
        // A large store in a form not known here: the build still works, but takes longer.
        if (code.length > PIECE_CHARS && !code.includes('import(')) {
          this.warn(
            `the content data store module (${millions(code.length)}) ${UNKNOWN_FORM_NOTE}; building may take longer as the site grows.`,
          );
        }
        return undefined;
      }
      if (file !== undefined && this.environment.config.consumer === 'server') {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, text);
        this.info(`${FILE_NOTE} ${file} (${millions(text.length)})`);
        return { code: readingModule(file), map: { mappings: '' } };
      }
      const split = splitText(text, PIECE_CHARS);
      if (split === undefined) return undefined;
      this.info(`${SPLIT_NOTE}: ${millions(text.length)} in literals of ${PIECE_CHARS} characters or fewer`);
      return { code: split, map: { mappings: '' } };
    },
  };
}

/** Whether a process with this id is running. */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The Astro integration: the plugin, and the store's file of each build removed when it is done. */
export function dataStore(): AstroIntegration {
  let file: string | undefined;
  return {
    name: 'crosscheck:data-store',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command === 'build') {
          const cache = fileURLToPath(config.cacheDir);
          mkdirSync(cache, { recursive: true });
          // Files left by builds that stopped before they were done (their process is gone).
          for (const name of readdirSync(cache)) {
            const pid = FILE_PATTERN.exec(name)?.[1];
            if (pid && !running(Number(pid))) rmSync(join(cache, name), { force: true });
          }
          file = join(cache, `crosscheck-data-store-${process.pid}.json`);
        }
        updateConfig({ vite: { plugins: [dataStorePlugin(file)] } });
      },
      'astro:build:done': () => {
        if (file) rmSync(file, { force: true });
      },
    },
  };
}
