/**
 * Ingest: read the seeds folder (the only file-system access before write) and decode each file.
 * Decoding detects the encoding, normalises line ends, and reports what it could not read.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parse as parseYaml } from 'yaml';
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
 */
export async function readSeeds(dir: string): Promise<{ files: SeedFile[]; messages: Message[] }> {
  const messages: Message[] = [];
  const names: string[] = [];
  const others = new Set<string>();
  await walk(dir, '', names, others, messages);
  names.sort();
  const files: SeedFile[] = [];
  for (const name of names) {
    const file: SeedFile = { name, bytes: new Uint8Array(await readFile(join(dir, name))) };
    const sidecar = await readSidecar(dir, name, others, messages);
    if (sidecar) file.sidecar = sidecar;
    files.push(file);
  }
  for (const other of [...others].sort()) {
    if (SIDECAR.test(other)) {
      messages.push(warning(other, 'ingest/orphan-sidecar', 'This metadata file belongs to no article, so it was ignored. Name it after an article: `name.txt` → `name.meta.json`.'));
    } else {
      messages.push(warning(other, 'ingest/not-text', 'Only `.txt` articles are read, so this file was skipped. Save the article as UTF-8 `.txt` to include it.'));
    }
  }
  return { files, messages };
}

async function walk(root: string, rel: string, names: string[], others: Set<string>, messages: Message[]): Promise<void> {
  const entries = await readdir(join(root, rel), { withFileTypes: true });
  for (const entry of entries) {
    const name = rel ? `${rel}/${entry.name}` : entry.name;
    if (entry.name.startsWith('.')) {
      messages.push(warning(name, 'ingest/hidden', 'Hidden files and folders are skipped. Rename it without the leading dot to include it.'));
      continue;
    }
    if (entry.isDirectory()) await walk(root, name, names, others, messages);
    else if (entry.isFile() && ARTICLE.test(entry.name)) names.push(name);
    else if (entry.isFile()) others.add(name);
  }
}

async function readSidecar(dir: string, name: string, others: Set<string>, messages: Message[]): Promise<SidecarMeta | undefined> {
  const stems = [name.replace(ARTICLE, ''), name];
  for (const stem of stems) {
    for (const suffix of SIDECAR_SUFFIXES) {
      const candidate = stem + suffix;
      if (!others.has(candidate)) continue;
      others.delete(candidate);
      const raw = await readFile(join(dir, candidate), 'utf8');
      try {
        const data: unknown = suffix === '.meta.json' ? JSON.parse(raw) : parseYaml(raw);
        return toSidecar(data, candidate, messages);
      } catch (error) {
        messages.push(warning(candidate, 'ingest/bad-sidecar', `The metadata file could not be parsed (${(error as Error).message}), so it was ignored. Fix its syntax.`));
        return undefined;
      }
    }
  }
  return undefined;
}

/** Keeps the known string fields of a sidecar or frontmatter object; reports the rest. */
function toSidecar(data: unknown, file: string, messages: Message[]): SidecarMeta {
  const out: SidecarMeta = {};
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    messages.push(warning(file, 'ingest/bad-sidecar', 'The metadata is not a key/value object, so it was ignored. Write `{ "url": …, "outlet": …, "publishedAt": "YYYY-MM-DD", "title": … }`.'));
    return out;
  }
  const record = data as Record<string, unknown>;
  for (const key of ['url', 'outlet', 'title'] as const) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) out[key] = value.trim();
  }
  const date = record['publishedAt'] ?? record['date'];
  const iso = date instanceof Date ? date.toISOString().slice(0, 10) : typeof date === 'string' ? date.trim() : undefined;
  if (iso !== undefined) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso);
    if (m) out.publishedAt = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    else messages.push(warning(file, 'ingest/bad-date', `The date "${iso}" is not YYYY-MM-DD, so it was ignored. Write it as 2025-12-03.`));
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
        sidecar = { ...toSidecar(parseYaml(front[1]!), file.name, messages), ...sidecarFile };
        text = text.slice(front[0].length);
      } catch (error) {
        messages.push(warning(file.name, 'ingest/bad-frontmatter', `The YAML frontmatter could not be parsed (${(error as Error).message}), so it was kept as text. Fix its syntax.`));
      }
    }
    if (!text.trim()) {
      messages.push(error(file.name, 'ingest/empty', 'The file holds no text, so it was skipped. Add the article text or remove the file.'));
    } else {
      const bad = [...text.matchAll(/\uFFFD+/g)];
      if (bad.length) {
        const first = bad[0]!;
        const where = bad.slice(0, 5).map((m) => m.index).join(', ');
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

  if (bytes.length === 0) return done('utf-8', '');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return done('utf-8-bom', utf8Loose.decode(bytes.subarray(3)));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return done('utf-16le', iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return done('utf-16be', iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'));
  const utf16 = guessUtf16(bytes);
  if (utf16) return done(utf16, iconv.decode(Buffer.from(bytes), utf16));
  if (looksBinary(bytes)) {
    const out = done('binary', '');
    out.messages = [error(file.name, 'ingest/binary', 'The file is binary (it contains control bytes), not text, so it was skipped. Export the article as a `.txt` file.')];
    return out;
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
  ];
  const best = candidates.map((c) => ({ ...c, score: plausibility(c.text) })).sort((a, b) => b.score - a.score)[0]!;
  return done(best.encoding, best.text);
}

/** Common characters count for, unreadable ones against; used to pick a legacy encoding. */
export function plausibility(text: string): number {
  let score = 0;
  for (const ch of text) {
    if (COMMON_HAN.has(ch)) score += 2;
    else if (ch === '\uFFFD') score -= 4;
    else if (/[\u3400-\u9fff]/.test(ch)) score -= 0.5;
    else if (/[\u0000-\u0008\u000e-\u001f\ue000-\uf8ff]/.test(ch)) score -= 4;
  }
  return score;
}

/** UTF-16 without a BOM shows as zero bytes on one side of ASCII characters. */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2) return null;
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
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > n * 0.05;
}

function warning(file: string, ruleId: string, message: string): Message {
  return { file, ruleId, severity: 'warning', message };
}

function error(file: string, ruleId: string, message: string): Message {
  return { file, ruleId, severity: 'error', message };
}
