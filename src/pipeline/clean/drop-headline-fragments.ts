import type { Draft, Pass } from './draft.ts';
export const dropHeadlineFragments: Pass = { name: 'drop-headline-fragments', run: (d: Draft): Draft => d };
