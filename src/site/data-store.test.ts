import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInThisContext } from 'node:vm';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dataStore,
  dataStorePlugin,
  DATA_STORE_MODULE_ID,
  FILE_NOTE,
  PIECE_CHARS,
  readingModule,
  SPLIT_NOTE,
  splitStoreLiteral,
  storeText,
  UNKNOWN_FORM_NOTE,
} from './data-store.ts';

/** The module as Astro writes the single-file data store. */
const astroModule = (store: unknown) => `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;
/** What a module's default export evaluates to. */
const run = (code: string): unknown => runInThisContext(code.replace(/^export default /, '')) as unknown;

const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-store-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The default export of an ES module (one that may import), written to a file and imported. */
async function importModule(code: string): Promise<unknown> {
  const file = join(tmp, `module-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(file, code);
  return ((await import(pathToFileURL(file).href)) as { default: unknown }).default;
}

type Transform = (this: unknown, code: string, id: string) => { code: string } | undefined;
/** The plugin's transform, run as Vite would in an environment of `consumer`; what it logged. */
function transformer(plugin: Plugin, consumer: 'server' | 'client') {
  const warnings: string[] = [];
  const notes: string[] = [];
  const context = {
    environment: { config: { consumer } },
    warn: (m: string) => warnings.push(m),
    info: (m: string) => notes.push(m),
  };
  const transform = (code: string, id: string = DATA_STORE_MODULE_ID) =>
    (plugin.transform as Transform).call(context, code, id);
  return { transform, warnings, notes };
}

const store = {
  claims: [
    ['a1', { statement: '乌方称“冻结”并未发生。', quote: 'He said "no" \\ twice', n: 5 }],
    ['a2', { statement: '表情 😀 与\u2028分隔符\u2029', tags: ['😀😀', '\ud83d'] }],
  ],
};

describe('the data store literal, split', () => {
  it('evaluates to the same store, in pieces no longer than asked', () => {
    const code = astroModule(store);
    const split = splitStoreLiteral(code, 7)!;
    expect(split).toBeDefined();
    expect(run(split)).toEqual(run(code));
    const pieces = run(split.replace('JSON.parse(', '(').replace('.join(""))', ')')) as string[];
    expect(pieces.length).toBeGreaterThan(10);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(7);
  });

  it('puts a surrogate pair cut at a piece boundary together again', () => {
    // '😀' is two UTF-16 code units: with pieces of one unit, every pair is cut.
    const code = astroModule({ s: '😀😀😀' });
    expect(run(splitStoreLiteral(code, 1)!)).toEqual({ s: '😀😀😀' });
  });

  it('leaves other modules as they are', () => {
    expect(splitStoreLiteral('export default new Map()', 4)).toBeUndefined();
    expect(splitStoreLiteral('export default{"claims":[(await import("x"))]}', 4)).toBeUndefined();
    expect(splitStoreLiteral('export default JSON.parse(someVariable)', 4)).toBeUndefined();
    // A JavaScript literal JSON does not read (a `\x` escape): not the form Astro writes.
    expect(splitStoreLiteral('export default JSON.parse("\\x41\\x42")', 1)).toBeUndefined();
    // Small enough to stay one literal.
    expect(splitStoreLiteral(astroModule({ a: 1 }))).toBeUndefined();
  });

  it('as a Vite plugin for the dev server, rewrites only the data store module and warns about a large unknown form', () => {
    const { transform, warnings, notes } = transformer(dataStorePlugin(), 'server');
    const big = { text: '长'.repeat(300_000) };
    const done = transform(astroModule(big));
    expect(done && run(done.code)).toEqual(big);
    expect(notes).toEqual([`${SPLIT_NOTE}: 0.3 million characters in literals of ${PIECE_CHARS} characters or fewer`]);
    expect(transform(astroModule(big), '/src/pages/index.astro')).toBeUndefined();
    expect(warnings).toEqual([]);
    transform(`export default eval(${JSON.stringify(JSON.stringify(big))})`);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(UNKNOWN_FORM_NOTE);
  });
});

describe('the data store, for the build', () => {
  it("reads Astro's module form, and nothing else", () => {
    expect(storeText(astroModule(store))).toBe(JSON.stringify(store));
    expect(storeText('export default new Map()')).toBeUndefined();
    expect(storeText('export default JSON.parse("\\x41")')).toBeUndefined();
    expect(storeText('export default JSON.parse("a") + JSON.parse("b")')).toBeUndefined();
  });

  it('goes to a file that the module reads when it runs, on the server only', async () => {
    const file = join(tmp, 'cache', 'store.json');
    const plugin = dataStorePlugin(file);
    const server = transformer(plugin, 'server');
    const done = server.transform(astroModule(store))!;
    expect(done.code).toBe(readingModule(file));
    expect(readFileSync(file, 'utf8')).toBe(JSON.stringify(store));
    expect(await importModule(done.code)).toEqual(store);
    expect(server.notes).toEqual([`${FILE_NOTE} ${file} (0.0 million characters)`]);
    // The module of another environment is left to the dev server's way (here: too small to split).
    expect(transformer(plugin, 'client').transform(astroModule(store))).toBeUndefined();
  });

  it('as an Astro integration, writes the file of a build into the cache folder and removes it when done', async () => {
    const cacheDir = pathToFileURL(join(tmp, 'astro-cache') + '/');
    const hooks = dataStore().hooks as Required<AstroIntegration['hooks']>;
    // A file of a build whose process is gone is removed; one of a running build is kept.
    const stale = join(tmp, 'astro-cache', 'crosscheck-data-store-999999999.json');
    const live = join(tmp, 'astro-cache', `crosscheck-data-store-${process.ppid}.json`);
    let plugins: Plugin[] = [];
    const setup = (command: 'build' | 'dev') =>
      hooks['astro:config:setup']({
        config: { cacheDir },
        command,
        updateConfig: (c: { vite: { plugins: Plugin[] } }) => (plugins = c.vite.plugins),
      } as never);
    await setup('dev');
    mkdirSync(join(tmp, 'astro-cache'));
    writeFileSync(stale, '[]');
    writeFileSync(live, '[]');
    await setup('build');
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(live)).toBe(true);
    const { transform, notes } = transformer(plugins[0]!, 'server');
    expect(await importModule(transform(astroModule(store))!.code)).toEqual(store);
    const file = join(tmp, 'astro-cache', `crosscheck-data-store-${process.pid}.json`);
    expect(notes[0]).toContain(file);
    expect(existsSync(file)).toBe(true);
    await hooks['astro:build:done']({} as never);
    expect(existsSync(file)).toBe(false);
  });
});
