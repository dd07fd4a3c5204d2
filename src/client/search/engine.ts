/**
 * Loads Pagefind (and the Traditional/Simplified map) the first time a reader
 * searches, and runs searches: the query converted into the page's script,
 * the filters applied, the results shaped for display.
 */
import type { LocaleCode } from '../../i18n/locales.ts';
import { cleanQuery, pagefindFilters, type SearchState } from '../../lib/search/query.ts';
import { toScript, type ScriptMap } from '../../lib/search/script-map.ts';
import { toResultView, withoutRepeats, type PagefindData, type ResultView } from '../../lib/search/results.ts';
import { mergeAnyWord, promoteTitleMatches, significantWords } from '../../lib/search/rank.ts';
import type { SearchStrings } from './render.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(term: string, options?: Record<string, unknown>): Promise<void>;
  search(term: string, options: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
  debouncedSearch(term: string, options: Record<string, unknown>, ms: number): Promise<{ results: PagefindResult[] } | null>;
}

let strings: Promise<SearchStrings> | undefined;

/** The search script's words in the page's language (a small JSON file, fetched with the index). */
export function loadStrings(locale: LocaleCode): Promise<SearchStrings> {
  strings ??= fetch(`/${locale}/search/strings.json`).then((r) => {
    if (!r.ok) throw new Error(`strings: HTTP ${r.status}`);
    return r.json() as Promise<SearchStrings>;
  });
  strings.catch(() => {
    strings = undefined;
  });
  return strings;
}

export interface Engine {
  /** Results for a search, best first; null when a newer search replaced this one. */
  search(state: SearchState): Promise<{ total: number; results: ResultView[] } | null>;
  preload(q: string): void;
}

const RESULTS_SHOWN = 20;
/** Fewer all-words results than this, and pages matching only some words are added. */
const ENOUGH = 5;
let loading: Promise<Engine> | undefined;

export function loadEngine(locale: LocaleCode): Promise<Engine> {
  loading ??= (async () => {
    // A path in a variable: the bundler must leave Pagefind's own file alone.
    const bundle = '/pagefind/pagefind.js';
    const [pagefind, map] = await Promise.all([
      import(bundle) as Promise<PagefindApi>,
      fetch('/search/script-map.json').then((r): Promise<ScriptMap> => (r.ok ? r.json() : Promise.resolve({ t2s: {}, s2t: {} }))),
    ]);
    await pagefind.options({ excerptLength: 22 });
    await pagefind.init();
    const term = (q: string) => toScript(cleanQuery(q), locale, map);
    return {
      preload: (q) => void pagefind.preload(term(q)),
      async search(state) {
        const q = term(state.q);
        if (!q) return { total: 0, results: [] };
        const options = { filters: pagefindFilters(state) };
        const words = significantWords(q);
        const found = await pagefind.debouncedSearch(words.join(' '), options, 120);
        if (!found) return null;
        let results = found.results;
        if (results.length < ENOUGH && words.length > 1) {
          const perWord = await Promise.all(words.map((w) => pagefind.search(w, options).then((r) => r.results)));
          results = mergeAnyWord(results, perWord);
        }
        const data = await Promise.all(results.slice(0, RESULTS_SHOWN).map((r) => r.data()));
        const shown = withoutRepeats(
          promoteTitleMatches(
            data.map((d) => toResultView(d)),
            q,
          ),
        );
        return { total: results.length - (data.length - shown.length), results: shown };
      },
    };
  })();
  // A failed load is not cached: the next keystroke tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
