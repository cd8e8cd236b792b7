/**
 * Collections over the pipeline's output in `content/generated/`, validated by the same
 * schemas the pipeline writes against (`src/schema.ts`).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ClaimPageSchema, EntityPageSchema, SourcePageSchema } from './schema.ts';

/** The pipeline's output folder; `CROSSCHECK_GENERATED` points the site at another one (tests, previews). */
const GENERATED = process.env['CROSSCHECK_GENERATED'] || './content/generated';

/** `id` is the file name without `.md`, which is the claim, source or entity id. */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/\.md$/, '');

export const collections = {
  claims: defineCollection({
    loader: glob({ pattern: '*.md', base: `${GENERATED}/claims`, generateId: byFileName }),
    schema: ClaimPageSchema,
  }),
  sources: defineCollection({
    loader: glob({ pattern: '*.md', base: `${GENERATED}/sources`, generateId: byFileName }),
    schema: SourcePageSchema,
  }),
  entities: defineCollection({
    loader: glob({ pattern: '*.md', base: `${GENERATED}/entities`, generateId: byFileName }),
    schema: EntityPageSchema,
  }),
};
