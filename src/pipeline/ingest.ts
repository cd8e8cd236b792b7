/**
 * Ingest: read the seeds folder (the only file-system access before write) and decode each file.
 * Decoding detects the encoding, normalises line ends, and reports what it could not read.
 */
import { lstat, readdir, realpath } from 'node:fs/promises';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
import { MAX_FILE_BYTES, MAX_LINE_LENGTH, wrapLongLines } from './limits.ts';
import type { DecodedFile, InputFile, Message, SidecarMeta } from './types.ts';

/** An input file as `readSeeds` returns it: the bytes plus metadata from a sidecar file, if any. */
export interface SeedFile extends InputFile {
  sidecar?: SidecarMeta;
}

/** Sidecar suffixes tried for `name.txt`, in order (`name.meta.json`, `name.txt.meta.json`, …). */
export const SIDECAR_SUFFIXES = ['.meta.json', '.meta.yaml', '.meta.yml'] as const;

/** Article files are plain text. */
const ARTICLE = /\.txt$/i;
const SIDECAR = /\.meta\.(json|ya?ml)$/i;

/**
 * Reads every `.txt` file under `dir`, sub-folders included (names relative, `/`-separated,
 * sorted), with its sidecar metadata. Hidden files and other files are reported, not read.
 * Nothing outside `dir` is read: a symbolic link is followed only when its target lies inside
 * `dir`; files over `MAX_FILE_BYTES` are reported without being read. `onListed` is told how many
 * articles there are once they are found, before they are read (to start threads for them, say).
 */
export async function readSeeds(
  dir: string,
  onListed: (articles: number) => void = () => {},
): Promise<{ files: SeedFile[]; messages: Message[] }> {
  const messages: Message[] = [];
  const names: string[] = [];
  const others = new Set<string>();
  const root = await realpath(dir);
  await walk(root, '', names, others, messages, new Set([root]));
  names.sort();
  onListed(names.length);
  // Each article claims its sidecar first (in name order, so a contested one goes to the first
  // article), then the files are read one after another: small files read from the page cache in
  // a few microseconds each, less than a round trip through the I/O thread pool costs.
  const jobs = names.map((name) => ({ name, sidecar: claimSidecar(name, others) }));
  const read = jobs.map(({ name, sidecar }) => {
    const found: Message[] = [];
    const bytes = readLimited(root, name, found);
    if (!bytes) return { found };
    const file: SeedFile = { name, bytes };
    const meta = sidecar ? readSidecar(root, sidecar, found) : undefined;
    if (meta) file.sidecar = meta;
    return { file, found };
  });
  const files: SeedFile[] = [];
  read.forEach(({ file, found }, i) => {
    messages.push(...found);
    if (file) files.push(file);
    // An unreadable article leaves its sidecar unclaimed: reported as belonging to no article.
    else if (jobs[i]!.sidecar) others.add(jobs[i]!.sidecar.name);
  });
  for (const other of [...others].sort()) {
    if (SIDECAR.test(other)) {
      messages.push(
        warning(
          other,
          'ingest/orphan-sidecar',
          'This metadata file belongs to no article, so it was ignored. Name it after an article: `name.txt` → `name.meta.json`.',
        ),
      );
    } else {
      messages.push(
        warning(
          other,
          'ingest/not-text',
          'Only `.txt` articles are read, so this file was skipped. Save the article as UTF-8 `.txt` to include it.',
        ),
      );
    }
  }
  messages.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { files, messages };
}

/** Whether `path` is `root` or lies inside it. */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Reads one file unless it is too large or unreadable (both reported). */
function readLimited(root: string, name: string, messages: Message[]): Uint8Array | undefined {
  const path = join(root, name);
  try {
    const { size } = statSync(path);
    if (size > MAX_FILE_BYTES) {
      const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
      messages.push(
        error(
          name,
          'ingest/too-large',
          `The file is ${mb(size)}, over the ${mb(MAX_FILE_BYTES)} limit for one article, so it was not read. Split it into one file per article (each under ${mb(MAX_FILE_BYTES)}), or remove it if it is not an article.`,
        ),
      );
      return undefined;
    }
    return new Uint8Array(readFileSync(path));
  } catch (cause) {
    messages.push(
      error(
        name,
        'ingest/unreadable',
        `The file could not be read (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}), so it was skipped. Check its permissions.`,
      ),
    );
    return undefined;
  }
}

async function walk(
  root: string,
  rel: string,
  names: string[],
  others: Set<string>,
  messages: Message[],
  seen: Set<string>,
): Promise<void> {
  const entries = await readdir(join(root, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.')) {
      messages.push(
        warning(
          name,
          'ingest/hidden',
          'Hidden files and folders are skipped. Rename it without the leading dot to include it.',
        ),
      );
      continue;
    }
    let kind: 'file' | 'directory' | 'other' = entry.isDirectory() ? 'directory' : entry.isFile() ? 'file' : 'other';
    if (entry.isSymbolicLink()) {
      const target = await realpath(join(root, name)).catch(() => undefined);
      if (target === undefined) {
        messages.push(
          warning(
            name,
            'ingest/broken-link',
            'This symbolic link points to nothing, so it was skipped. Remove it or point it at an article inside the seeds folder.',
          ),
        );
        continue;
      }
      if (!isInside(root, target)) {
        messages.push(
          warning(
            name,
            'ingest/outside-seeds',
            'This symbolic link points outside the seeds folder, so it was not followed (the build reads nothing outside that folder). Copy the article into the seeds folder instead.',
          ),
        );
        continue;
      }
      const info = await lstat(target);
      kind = info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
      if (kind === 'directory' && seen.has(target)) {
        messages.push(
          warning(
            name,
            'ingest/link-loop',
            'This symbolic link leads to a folder already read, so it was skipped. Remove the link.',
          ),
        );
        continue;
      }
    }
    if (kind === 'directory') {
      const real = await realpath(join(root, name));
      seen.add(real);
      await walk(root, name, names, others, messages, seen);
    } else if (kind === 'file' && ARTICLE.test(entry.name)) names.push(name);
    else if (kind === 'file') others.add(name);
    else
      messages.push(
        warning(
          name,
          'ingest/not-a-file',
          'This is not a regular file (a device, socket or pipe), so it was skipped. Put only `.txt` articles in the seeds folder.',
        ),
      );
  }
}

/** The path with symbolic links resolved, as far as it exists (the rest appended as written). */
function real(path: string): string {
  const abs = resolve(path);
  const parent = dirname(abs);
  if (existsSync(abs)) return realpathSync(abs);
  return parent === abs ? abs : join(real(parent), basename(abs));
}

/**
 * Why `out` may not receive the generated content, or `null` when it may. Writing replaces the
 * folder, so it must not be (or contain) the seeds folder, nor be inside it, nor be the project
 * folder, an ancestor of it, or one of the project's own folders.
 */
export function checkOutDir(out: string, { seeds, project }: { seeds: string; project: string }): string | null {
  const o = real(out);
  const s = real(seeds);
  const p = real(project);
  const tell = (what: string) =>
    `Refusing to write to ${o}: ${what}, and writing replaces the whole folder. Pass another --out (the default is content/generated).`;
  if (isInside(o, s)) return tell(o === s ? 'it is the seeds folder' : `it holds the seeds folder ${s}`);
  if (isInside(s, o)) return tell(`it is inside the seeds folder ${s}`);
  if (isInside(o, p)) return tell(o === p ? 'it is the project folder' : `it holds the project folder ${p}`);
  for (const own of ['src', 'scripts', 'tests', 'seeds', 'public', 'node_modules', '.git']) {
    if (isInside(join(p, own), o)) return tell(`it is inside the project's ${own}${sep} folder`);
  }
  if (o === join(p, 'content'))
    return tell('it is the content folder that holds the gazetteer and editorial overrides');
  return null;
}

/** The sidecar of article `name` among the other files (`name.meta.json`, …), taken out of `others`. */
function claimSidecar(name: string, others: Set<string>): { name: string; suffix: string } | undefined {
  for (const stem of [name.replace(ARTICLE, ''), name]) {
    for (const suffix of SIDECAR_SUFFIXES) {
      const candidate = stem + suffix;
      if (!others.has(candidate)) continue;
      others.delete(candidate);
      return { name: candidate, suffix };
    }
  }
  return undefined;
}

function readSidecar(
  dir: string,
  { name: candidate, suffix }: { name: string; suffix: string },
  messages: Message[],
): SidecarMeta | undefined {
  const bytes = readLimited(dir, candidate, messages);
  if (!bytes) return undefined;
  const raw = new TextDecoder().decode(bytes);
  try {
    const data: unknown = suffix === '.meta.json' ? JSON.parse(raw) : parseYaml(raw);
    return toSidecar(data, candidate, messages);
  } catch (error) {
    messages.push(
      warning(
        candidate,
        'ingest/bad-sidecar',
        `The metadata file could not be parsed (${(error as Error).message}), so it was ignored. Fix its syntax.`,
      ),
    );
    return undefined;
  }
}

/** Keeps the known string fields of a sidecar or frontmatter object; reports the rest. */
function toSidecar(data: unknown, file: string, messages: Message[]): SidecarMeta {
  const out: SidecarMeta = {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    messages.push(
      warning(
        file,
        'ingest/bad-sidecar',
        'The metadata is not a key/value object, so it was ignored. Write `{ "url": …, "outlet": …, "publishedAt": "YYYY-MM-DD", "title": … }`.',
      ),
    );
    return out;
  }
  const record = data as Record<string, unknown>;
  for (const key of ['url', 'outlet', 'title'] as const) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  if (out.url !== undefined && !/^https?:\/\/[^\s/]+/i.test(out.url)) {
    messages.push(
      warning(
        file,
        'ingest/bad-url',
        `The url "${out.url.slice(0, 80)}" is not an http(s) address, so it was ignored (only web links are published). Write the article's address as https://….`,
      ),
    );
    delete out.url;
  }
  const date = record['publishedAt'] ?? record['date'];
  const iso =
    date instanceof Date ? date.toISOString().slice(0, 10) : typeof date === 'string' ? date.trim() : undefined;
  if (iso !== undefined) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso);
    if (m) out.publishedAt = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    else
      messages.push(
        warning(
          file,
          'ingest/bad-date',
          `The date "${iso}" is not YYYY-MM-DD, so it was ignored. Write it as 2025-12-03.`,
        ),
      );
  }
  return out;
}

/**
 * A small set of the most frequent Chinese characters, simplified and traditional. Text decoded
 * with the right legacy encoding is mostly made of them; a wrong guess yields rare characters.
 */
const COMMON_HAN = new Set(
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市体别处总才场师书比住员九性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服林题建南度统色字请交爱让认算论百义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空众技轻程告江语英基派满式李息写识极令黄德收党未持音投注' +
    '國們會時個來說對過還這樣裡後麼開發動學經問現點進種實與為長見頭門間東車機關業話體電從當應',
);

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Loose = new TextDecoder('utf-8');

/**
 * Decodes one file to text with `\n` line ends: UTF-8 (BOM or not), UTF-16 (BOM, or evident from
 * zero bytes), else GB18030 or Big5, whichever yields more common Chinese characters. Unreadable
 * bytes become U+FFFD and are reported with their place; binary or empty files get an error.
 */
export function decode(file: InputFile): DecodedFile {
  const sidecarFile = (file as SeedFile).sidecar ?? {};
  const messages: Message[] = [];
  const bytes = file.bytes;
  const done = (encoding: string, raw: string): DecodedFile => {
    let text = raw.replace(/\r\n?/g, '\n');
    let sidecar: SidecarMeta = { ...sidecarFile };
    const front = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(text);
    if (front) {
      try {
        const data: unknown = parseYaml(front[1]!);
        // Only a key/value block naming a known field is metadata; any other `---` block
        // (a Markdown rule, a pasted divider) is article text and stays.
        if (isFrontmatter(data)) {
          sidecar = { ...toSidecar(data, file.name, messages), ...sidecarFile };
          text = text.slice(front[0].length);
        }
      } catch (cause) {
        messages.push(
          warning(
            file.name,
            'ingest/bad-frontmatter',
            `The YAML frontmatter could not be parsed (${(cause as Error).message.split('\n')[0]}), so it was kept as text. Fix its syntax.`,
          ),
        );
      }
    }
    const wrapped = wrapLongLines(text, MAX_LINE_LENGTH);
    if (wrapped.breaks) {
      text = wrapped.text;
      messages.push(
        warning(
          file.name,
          'ingest/long-line',
          `A line is longer than ${MAX_LINE_LENGTH} characters, so it was wrapped at ${wrapped.breaks} safe point(s) (after a full stop where possible); the text still builds. Check that the file has its paragraph breaks, and re-export it with line breaks if not.`,
        ),
      );
    }
    if (!text.trim()) {
      messages.push(
        error(
          file.name,
          'ingest/empty',
          'The file holds no text, so it was skipped. Add the article text or remove the file.',
        ),
      );
    } else {
      const bad = [...text.matchAll(/\uFFFD+/g)];
      if (bad.length) {
        const first = bad[0]!;
        const where = bad
          .slice(0, 5)
          .map((m) => m.index)
          .join(', ');
        messages.push({
          file: file.name,
          ruleId: 'ingest/invalid-bytes',
          severity: 'warning',
          message: `${bad.length} run(s) of bytes are not valid ${encoding} (at character ${where}${bad.length > 5 ? ', …' : ''}); they are shown as U+FFFD. Re-save the file as UTF-8 to keep those characters.`,
          place: { start: first.index, end: first.index + first[0].length },
        });
      }
    }
    return { name: file.name, encoding, text, sidecar, messages };
  };

  const binary = (): DecodedFile => {
    const out = done('binary', '');
    out.messages = [
      error(
        file.name,
        'ingest/binary',
        'The file is binary (it contains control bytes), not text, so it was skipped. Export the article as a `.txt` file.',
      ),
    ];
    return out;
  };
  const text16 = (encoding: 'utf-16le' | 'utf-16be', from: number): DecodedFile => {
    const raw = iconv.decode(Buffer.from(bytes.subarray(from)), encoding);
    return controlShare(raw) > 0.05 ? binary() : done(encoding, raw);
  };

  if (bytes.length === 0) return done('utf-8', '');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return done('utf-8-bom', utf8Loose.decode(bytes.subarray(3)));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return text16('utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return text16('utf-16be', 2);
  const utf16 = guessUtf16(bytes);
  if (utf16) return text16(utf16, 0);
  if (looksBinary(bytes)) {
    // UTF-16 Chinese without a BOM has zero bytes only at line ends: not binary if it reads well.
    for (const encoding of bytes.length % 2 ? [] : (['utf-16le', 'utf-16be'] as const)) {
      const raw = iconv.decode(Buffer.from(bytes), encoding);
      if (controlShare(raw) < 0.01 && hanShare(raw) > 0.3 && readsAsChinese(raw)) return done(encoding, raw);
    }
    return binary();
  }
  try {
    return done('utf-8', utf8Strict.decode(bytes));
  } catch {
    // Not valid UTF-8: try the legacy Chinese encodings and keep the most plausible reading.
  }
  const candidates = [
    { encoding: 'utf-8', text: utf8Loose.decode(bytes) },
    { encoding: 'gb18030', text: iconv.decode(Buffer.from(bytes), 'gb18030') },
    { encoding: 'big5', text: iconv.decode(Buffer.from(bytes), 'big5') },
    // UTF-16 without a BOM and without ASCII has no zero bytes to give it away.
    ...(bytes.length % 2 === 0
      ? (['utf-16le', 'utf-16be'] as const).map((encoding) => ({
          encoding,
          text: iconv.decode(Buffer.from(bytes), encoding),
        }))
      : []),
  ];
  const best = candidates.map((c) => ({ ...c, score: plausibility(c.text) })).sort((a, b) => b.score - a.score)[0]!;
  if (!readsAsChinese(best.text)) {
    const out = done(best.encoding, '');
    out.messages = [
      error(
        file.name,
        'ingest/undecodable',
        'The bytes read as neither UTF-8 nor Chinese text in GB18030, Big5 or UTF-16 (too few common characters in every reading), so the file was skipped. Re-save the article as UTF-8 text.',
      ),
    ];
    return out;
  }
  return done(best.encoding, best.text);
}

/** Share of C0 control characters (other than tab and line ends) and U+FFFD in `text`. */
function controlShare(text: string): number {
  if (!text.length) return 0;
  const n = Math.min(text.length, 8192);
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / n;
}

/** Share of Han characters in `text`. */
function hanShare(text: string): number {
  return text.length ? (text.match(/\p{Script=Han}/gu)?.length ?? 0) / text.length : 0;
}

/** Minimum share of common characters among the Han characters of a legacy-encoded reading. */
export const MIN_COMMON_HAN_SHARE = 0.2;

/**
 * Whether a reading of non-UTF-8 bytes is plausible Chinese: among its Han characters (if it has
 * at least 20) enough are common ones. A wrong encoding, or random bytes, yields rare characters.
 */
export function readsAsChinese(text: string): boolean {
  let han = 0;
  let common = 0;
  for (const ch of text) {
    if (!/\p{Script=Han}/u.test(ch)) continue;
    han++;
    if (COMMON_HAN.has(ch)) common++;
  }
  if (han >= 20) return common / han >= MIN_COMMON_HAN_SHARE;
  // Little Han: then it must read as text, not as private-use or replacement characters.
  const odd = [...text].filter((ch) => /[\ue000-\uf8ff\ufffd\p{Script=Yi}\p{Script=Hangul}]/u.test(ch)).length;
  return odd <= text.length * 0.1;
}

/** Common characters count for, unreadable ones against; used to pick a legacy encoding. */
export function plausibility(text: string): number {
  let score = 0;
  for (const ch of text) {
    if (COMMON_HAN.has(ch)) score += 2;
    else if (ch === '\uFFFD') score -= 4;
    else if (/[\u3400-\u9fff]/.test(ch)) score -= 0.5;
    // eslint-disable-next-line no-control-regex -- control characters are what this counts
    else if (/[\u0000-\u0008\u000e-\u001f\ue000-\uf8ff]/.test(ch)) score -= 4;
  }
  return score;
}

/** UTF-16 without a BOM shows as zero bytes on one side of ASCII characters. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 || !bytes.includes(0)) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const half = bytes.length / 2;
  if (oddZero > half * 0.3 && evenZero < half * 0.05) return 'utf-16le';
  if (evenZero > half * 0.3 && oddZero < half * 0.05) return 'utf-16be';
  return null;
}

/** NUL or many control bytes mean the file is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  let control = 0;
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b >= 32) continue;
    if (b === 0) return true;
    if (b < 9 || b > 13) control++;
  }
  return control > n * 0.05;
}

/** Parsed frontmatter that is metadata: a key/value object with at least one known field. */
function isFrontmatter(data: unknown): data is Record<string, unknown> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) return false;
  return ['url', 'outlet', 'title', 'publishedAt', 'date'].some((k) => k in data);
}

function warning(file: string, ruleId: string, message: string): Message {
  return { file, ruleId, severity: 'warning', message };
}

function error(file: string, ruleId: string, message: string): Message {
  return { file, ruleId, severity: 'error', message };
}
