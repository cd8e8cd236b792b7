/**
 * Loads the hand-kept entity gazetteer (`content/entities.yaml`): parse, validate with zod,
 * check that ids and aliases are unique, and return `Entity[]` with `origin: 'gazetteer'`.
 * A bad gazetteer is bad configuration, so it throws, naming the file and the entry.
 */
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { fold } from './fold.ts';
import type { Entity } from './types.ts';

/** One gazetteer entry as written in the YAML file. */
export const GazetteerEntrySchema = z
  .object({
    /** Stable lower-case ASCII slug (`putin`, `pokrovsk`); entity pages live at `/entities/<id>/`. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case ASCII slug such as `putin` or `black-sea`'),
    /** Display name in simplified Chinese. */
    name: z.string().trim().min(1, 'must not be empty'),
    /** What kind of thing the entity is. */
    type: z.enum(['person', 'place', 'organisation', 'outlet', 'other']),
    /** Every spelling: simplified, traditional, regional transliterations, English, Russian, Ukrainian. */
    aliases: z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'must list at least one name'),
    /** Titles that name or precede the entity (`国务卿`). */
    titles: z.array(z.string().trim().min(1, 'must not be empty')).optional(),
    /** The country (an entity id) a person or organisation speaks for: `putin` → `russia`. */
    country: z.string().optional(),
  })
  .strict();

export const GazetteerSchema = z.array(z.unknown());

/** Thrown for an unreadable or invalid gazetteer; the message names the file and the entry. */
export class GazetteerError extends Error {
  override name = 'GazetteerError';
}

/** Parses and validates the gazetteer YAML. `file` is only used in error messages. */
export function parseGazetteer(yamlText: string, file: string): Entity[] {
  let data: unknown;
  try {
    data = parse(yamlText);
  } catch (error) {
    throw new GazetteerError(
      `${file}: not valid YAML (${(error as Error).message.split('\n')[0]}). Fix the syntax at that line.`,
    );
  }
  if (data === null || data === undefined) return [];
  if (!Array.isArray(data)) {
    throw new GazetteerError(
      `${file}: expected a list of entities (\`- id: …\`) at the top level, found ${typeof data}.`,
    );
  }

  const entities: Entity[] = [];
  const ids = new Map<string, number>();
  const aliasOwner = new Map<string, { id: string; alias: string }>();
  data.forEach((raw, index) => {
    const label = entryLabel(raw, index);
    const result = GazetteerEntrySchema.safeParse(raw);
    if (!result.success) {
      const problems = result.error.issues
        .map((issue) => `${issue.path.length ? issue.path.join('.') : 'entry'}: ${issue.message}`)
        .join('; ');
      throw new GazetteerError(`${file}: ${label} is invalid: ${problems}. Fix the entry and rebuild.`);
    }
    const entry = result.data;
    const previous = ids.get(entry.id);
    if (previous !== undefined) {
      throw new GazetteerError(
        `${file}: ${label} repeats the id "${entry.id}" of entry ${previous + 1}. Give each entity its own id.`,
      );
    }
    ids.set(entry.id, index);

    const aliases: string[] = [];
    const seen = new Set<string>();
    for (const alias of [entry.name, ...entry.aliases]) {
      const key = fold(alias);
      if (seen.has(key)) continue;
      seen.add(key);
      const owner = aliasOwner.get(key);
      if (owner) {
        throw new GazetteerError(
          `${file}: ${label} has the alias "${alias}", which entity "${owner.id}" already has ("${owner.alias}"). ` +
            'An alias must name one entity: remove it from one of them.',
        );
      }
      aliasOwner.set(key, { id: entry.id, alias });
      aliases.push(alias);
    }
    const entity: Entity = { id: entry.id, name: entry.name, type: entry.type, aliases, origin: 'gazetteer' };
    if (entry.titles?.length) entity.titles = entry.titles;
    if (entry.country) entity.country = entry.country;
    entities.push(entity);
  });
  for (const e of entities) {
    if (e.country && !ids.has(e.country)) {
      throw new GazetteerError(
        `${file}: entry ${(ids.get(e.id) ?? 0) + 1} (id "${e.id}") names the country "${e.country}", which is not an entity id. Use the id of a place entry.`,
      );
    }
  }
  return entities;
}

function entryLabel(raw: unknown, index: number): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? raw.id : undefined;
  return typeof id === 'string' ? `entry ${index + 1} (id "${id}")` : `entry ${index + 1}`;
}
