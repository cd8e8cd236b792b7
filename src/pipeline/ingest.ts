/** Ingest: read the seeds folder (the only file-system access before write) and decode each file. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DecodedFile, InputFile, Message } from './types.ts';

/** Reads every `.txt` file under `dir` (sorted by name). */
export async function readSeeds(dir: string): Promise<{ files: InputFile[]; messages: Message[] }> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  const files: InputFile[] = [];
  for (const name of names) files.push({ name, bytes: new Uint8Array(await readFile(join(dir, name))) });
  return { files, messages: [] };
}

/** Decodes one file to text with `\n` line ends. */
export function decode(file: InputFile): DecodedFile {
  const text = new TextDecoder('utf-8').decode(file.bytes).replace(/\r\n?/g, '\n');
  return { name: file.name, encoding: 'utf-8', text, sidecar: {}, messages: [] };
}
