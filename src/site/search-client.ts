/**
 * The search page's script: a small UI over Pagefind's JS API (`pagefind.js`), in place of the
 * Pagefind Default UI, to keep the first query's transfer small. Runs in the browser only.
 *
 * It enhances the plain GET form: typing or submitting searches, `?q=` follows the box, filters
 * (状态, 媒体, 人物与地点) are checkboxes with counts, results come five at a time. What a search
 * downloads first stays small however large the site grows: on a large site it searches the index
 * of the recently changed pages first (see `search-bundles.ts`), and every page when the reader
 * asks, opens a filter, or the recent pages have no result; and the filters' values (every page's)
 * are loaded when a reader first opens a filter. Traditional
 * input is folded to simplified with the page's table. Result text from the index is never parsed
 * as HTML: only Pagefind's `<mark>` highlights are turned into elements.
 */
import { foldWith } from './fold.ts';

interface Config {
  /** The index of every page. */
  bundlePath: string;
  /** The index of the most recently changed pages, searched first; none on a small site. */
  recentPath: string | null;
  baseUrl: string;
  fold: Record<string, string>;
  /** The filters' names, in the order they are shown. */
  filters: string[];
}
interface Fragment {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Search {
  results: { id: string; data: () => Promise<Fragment> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (term: string, o?: { filters?: Record<string, string[]> }) => Promise<Search | null>;
}

/** Results shown at first and added by each "more" click (each loads one fragment file). */
const PAGE = 5;
/** Wait after the last keystroke before searching. */
const DEBOUNCE_MS = 250;

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) => {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
};

/** Plain text of an HTML-escaped string, parsed in an inert document (nothing runs). */
const decode = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';

/** Pagefind's excerpt, `…<mark>词</mark>…`, as text nodes and `<mark>` elements. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>[\s\S]*?<\/mark>)/).map((part) => {
    const marked = /^<mark>([\s\S]*)<\/mark>$/.exec(part);
    return marked ? el('mark', {}, decode(marked[1]!)) : document.createTextNode(decode(part));
  });
}

export async function startSearch(root: HTMLElement, form: HTMLFormElement, config: Config): Promise<void> {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  // A module that failed to load fails again from the browser's module map: a retry asks for it
  // under another URL (Pagefind finds its bundle from the path, the query aside).
  const load = async (bundlePath: string, attempt = 0) => {
    const url = `${bundlePath}pagefind.js${attempt > 0 ? `?attempt=${attempt}` : ''}`;
    const index = (await import(/* @vite-ignore */ url)) as Pagefind;
    await index.options({ baseUrl: config.baseUrl });
    await index.init();
    return index;
  };
  // The recent pages' index first: what a reader loads before the first results stays small
  // however large the site grows. The index of every page is loaded when asked for (a button, a
  // filter opened), or when the recent pages have no result.
  let pagefind: Pagefind | undefined;
  if (config.recentPath) pagefind = await load(config.recentPath).catch(() => undefined);
  let everything = !pagefind;
  pagefind ??= await load(config.bundlePath);
  let widening: Promise<void> | undefined;
  let failures = 0;
  /** Searches every page from now on. */
  const widen = () =>
    (widening ??= (async () => {
      pagefind = await load(config.bundlePath, failures);
      everything = true;
      wider.hidden = true;
    })().catch((error: unknown) => {
      failures++;
      widening = undefined; // tried again when next asked
      throw error;
    }));

  const filtersBox = el('div', { class: 'search-filters' });
  const summary = el('p', { class: 'search-summary', role: 'status' });
  const list = el('ol', { class: 'search-results' });
  const more = el('button', { type: 'button', class: 'search-more', hidden: '' }, '显示更多结果');
  const wider = el('button', { type: 'button', class: 'search-wider', hidden: '' }, '检索全部内容');
  const resultsBox = el('div', { class: 'search-main' });
  resultsBox.append(summary, list, more, wider);

  const selected: Record<string, Set<string>> = {};
  const fieldsets = new Map<string, HTMLFieldSetElement>();
  for (const name of config.filters) {
    selected[name] = new Set();
    const group = el('details', { class: 'search-filter' });
    group.append(el('summary', {}, name));
    const fieldset = el('fieldset');
    fieldset.append(el('legend', { class: 'visually-hidden' }, name));
    fieldsets.set(name, fieldset);
    group.append(fieldset);
    group.addEventListener('toggle', () => {
      if (group.open) void loadFilters();
    });
    filtersBox.append(group);
  }
  // Both boxes go in at once, so nothing moves once results arrive.
  root.append(filtersBox, resultsBox);

  /** Every filter's values and their counts over the whole site, once loaded. */
  let all: Record<string, Record<string, number>> | undefined;
  let loading: Promise<void> | undefined;
  /** Loads the filters' values (once) and lists them as checkboxes, counted for the current search. */
  function loadFilters(): Promise<void> {
    loading ??= (async () => {
      for (const fieldset of fieldsets.values()) {
        fieldset.querySelector('.loading')?.remove();
        fieldset.append(el('p', { class: 'loading' }, '正在载入…'));
      }
      // Filters narrow every page down, not only the recent ones.
      const widened = !everything;
      try {
        if (widened) await widen();
        all = await pagefind!.filters();
      } catch {
        for (const fieldset of fieldsets.values())
          fieldset.querySelector('.loading')!.textContent = '筛选条件未能载入，请稍后再试。';
        loading = undefined;
        return;
      }
      for (const [name, fieldset] of fieldsets) {
        fieldset.querySelector('.loading')?.remove();
        const values = all[name] ?? {};
        for (const value of Object.keys(values).toSorted((a, b) => a.localeCompare(b, 'zh-CN'))) {
          const label = el('label');
          const box = el('input', { type: 'checkbox', value, 'data-filter': name });
          box.addEventListener('change', () => {
            if (box.checked) selected[name]!.add(value);
            else selected[name]!.delete(value);
            void run();
          });
          label.append(box, ' ', el('span', {}, value), ' ', el('span', { class: 'count', 'data-count': '' }));
          fieldset.append(label);
        }
      }
      // The results of every page, if the search was of the recent ones; else only the counts of
      // the search already shown, now that the filters' data is here.
      if (widened) {
        await run();
        return;
      }
      const mine = generation;
      const search = await searchNow();
      if (mine === generation) showCounts(search);
    })();
    return loading;
  }

  let shown = 0;
  let current: Search | null = null;
  let generation = 0;

  /** Add the next results; with `status`, replace the list and then announce `status`. */
  async function showMore(status?: string) {
    const mine = generation;
    const batch = current?.results.slice(shown, shown + PAGE) ?? [];
    const fragments = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    if (status !== undefined) list.replaceChildren();
    for (const f of fragments) {
      const item = el('li');
      const link = el('a', { class: 'result-link', href: f.url }, f.meta.title ?? f.url);
      const excerpt = el('p', { class: 'excerpt' });
      excerpt.append(...excerptNodes(f.excerpt));
      item.append(el('h2', { class: 'result-title' }), excerpt);
      item.firstElementChild!.append(link);
      list.append(item);
    }
    shown += batch.length;
    more.hidden = !current || shown >= current.results.length;
    if (status !== undefined) summary.textContent = status;
  }

  /** The search the box and the ticked filters ask for; none for an empty box and no filters. */
  async function searchNow(): Promise<Search | null> {
    const term = foldWith(config.fold, input.value.trim());
    const filters: Record<string, string[]> = {};
    for (const [name, values] of Object.entries(selected)) if (values.size) filters[name] = [...values];
    const hasFilters = Object.keys(filters).length > 0;
    // Pagefind takes a null term for "everything matching the filters".
    return term || hasFilters ? await pagefind!.search(term || (null as unknown as string), { filters }) : null;
  }

  /** Each filter value's count among the results of `search` (over the whole site without one). */
  function showCounts(search: Search | null) {
    for (const box of filtersBox.querySelectorAll<HTMLInputElement>('input[data-filter]')) {
      const count =
        search?.filters[box.dataset['filter']!]?.[box.value] ?? all?.[box.dataset['filter']!]?.[box.value] ?? 0;
      box.parentElement!.querySelector('[data-count]')!.textContent = `(${count})`;
    }
  }

  async function run() {
    const mine = ++generation;
    let search = await searchNow();
    if (mine !== generation) return;
    if (search && search.results.length === 0 && !everything) {
      // Nothing among the recent pages: every page, then (if it loads).
      await widen().catch(() => {});
      if (mine !== generation) return;
      if (everything) search = await searchNow();
      if (mine !== generation) return;
    }
    current = search;
    shown = 0;
    const n = search?.results.length ?? 0;
    showCounts(search);
    wider.hidden = everything || !search;
    const found = everything ? `找到 ${n} 条结果` : `在最近更新的内容中找到 ${n} 条结果`;
    await showMore(!search ? '' : n ? found : `没有找到与“${input.value.trim()}”相关的结果`);
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (input.value) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    clearTimeout(timer);
    timer = setTimeout(() => void run(), DEBOUNCE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void run();
  });
  more.addEventListener('click', () => void showMore());
  wider.addEventListener('click', () => {
    widen().then(run, () => (summary.textContent = '全部内容的索引未能载入，请稍后再试。'));
  });

  const q = new URLSearchParams(location.search).get('q');
  if (q) input.value = q;
  await run();
}
