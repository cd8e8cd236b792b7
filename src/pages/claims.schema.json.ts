/** `/claims.schema.json`: JSON Schema of `/claims.json`, generated from the zod contract. */
import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { ClaimsFileSchema } from '../schema.ts';
import { absolute } from '../site/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const schema = {
    ...z.toJSONSchema(ClaimsFileSchema, { target: 'draft-2020-12' }),
    $id: absolute('/claims.schema.json', site),
    title: 'Crosscheck claims.json',
    description: 'Claims checked across sources, with exact quotes. Field names are stable: added, never renamed.',
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
