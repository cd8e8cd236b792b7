import type { Draft, Pass } from './draft.ts';
export const dropInjectedSpam: Pass = { name: 'drop-injected-spam', run: (d: Draft): Draft => d };
