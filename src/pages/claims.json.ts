/** `/claims.json`: the pipeline's public data file, byte for byte. */
import type { APIRoute } from 'astro';
import { readClaimsJsonBytes } from '../site/generated.ts';

export const GET: APIRoute = () =>
  new Response(readClaimsJsonBytes(), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
