/**
 * The search page's filters, by what they filter: the name each is indexed under
 * (`data-pagefind-filter`) and shown as, in the order the search page lists them.
 */
export const SEARCH_FILTERS = {
  status: '状态',
  outlet: '媒体',
  entity: '人物与地点',
} as const;
