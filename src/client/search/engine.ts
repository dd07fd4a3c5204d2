/**
 * Loads Pagefind and the locale's result list the first time a reader moves into a search box,
 * and runs searches: the query put into the page's script (the character map is fetched only for
 * a query with Han characters), each part searched, the results ranked, and Pagefind fragments
 * fetched only for the pages a reader is shown.
 */
import { getLocale, type LocaleCode } from '../../i18n/locales.ts';
import { admitsFilters, cleanQuery, pagefindFilters, type SearchState } from '../../lib/search/query.ts';
import { scriptForms, toScript, type ScriptMap } from '../../lib/search/script-map.ts';
import { hanTerm, hasHan } from '../../lib/search/han-words.ts';
import { manifestPath, type Fragment, type Manifest, type ResultEntry } from '../../lib/search/manifest.ts';
import { rankResults } from '../../lib/search/rank.ts';
import { completions, correctedQuery, SPELLABLE, vocabularyPath } from '../../lib/search/spelling.ts';
import { resultView, type ResultView } from '../../lib/search/results.ts';
import { hanForms, hanScoringQuery, isEmpty, phraseQuery, queryTerms, splitHanPart, type QueryTerms } from '../../lib/search/terms.ts';
import type { SearchStrings } from './render.ts';

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<Fragment>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: Record<string, unknown>): Promise<{ results: PagefindResult[] }>;
}

let strings: Promise<SearchStrings> | undefined;

/** The search script's words in the page's language (a small JSON file, fetched with the index). */
export function loadStrings(locale: LocaleCode): Promise<SearchStrings> {
  strings ??= fetchJson<SearchStrings>(`/${locale}/search/strings.json`);
  strings.catch(() => {
    strings = undefined;
  });
  return strings;
}

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
}

/** What a search found: every result, ranked, and a way to draw any stretch of them. */
export interface Found {
  total: number;
  /** The query with a misspelt word mended, when a word found nothing and the mended query finds something. */
  suggestion?: string;
  /** Results `from` to `from + count`, drawn (loading the fragments of the pages among them). */
  view(from: number, count: number): Promise<ResultView[]>;
}

export interface Engine {
  /** The results of a search; null when a newer search replaced this one while it ran. */
  search(state: SearchState): Promise<Found | null>;
}

interface Spelling {
  misspelt: boolean;
  /** Words the query word begins, searched beside it. */
  completions: string[];
}
const WHOLE: Spelling = { misspelt: false, completions: [] };

let loading: Promise<Engine> | undefined;
let scriptMap: Promise<ScriptMap> | undefined;
let vocabulary: Promise<string[] | undefined> | undefined;

/** The locale's words, fetched the first time a query word is no whole word of any page. */
function loadVocabulary(locale: LocaleCode): Promise<string[] | undefined> {
  vocabulary ??= fetchJson<string[]>(vocabularyPath(locale)).catch(() => {
    vocabulary = undefined;
    // Without the words, search keeps what Pagefind found and offers no correction.
    return undefined;
  });
  return vocabulary;
}

/** The Traditional/Simplified map, fetched the first time a query holds a Han character. */
function loadScriptMap(): Promise<ScriptMap> {
  scriptMap ??= fetchJson<ScriptMap>('/search/script-map.json').catch(() => {
    scriptMap = undefined;
    // Without the map a query still finds pages in its own script.
    return { t2s: {}, s2t: {}, both: '' };
  });
  return scriptMap;
}

export function loadEngine(locale: LocaleCode): Promise<Engine> {
  loading ??= (async () => {
    // A path in a variable: the bundler must leave Pagefind's own file alone.
    const bundle = '/pagefind/pagefind.js';
    const [pagefind, manifest] = await Promise.all([import(bundle) as Promise<PagefindApi>, fetchJson<Manifest>(manifestPath(locale))]);
    // Searching on the page's own thread saves fetching a worker; the index is small.
    await pagefind.options({ noWorker: true });
    await pagefind.init();
    const lang = getLocale(locale).lang;
    /**
     * How a query word stands: spelt whole (some page holds it, or its stem), the start of words
     * (searched as those words too), or misspelt (what Pagefind matched for it is other words).
     */
    // Whether some page holds a word whole, asked once per word: a reader typing repeats the same words.
    const heldWhole = new Map<string, Promise<boolean>>();
    const isHeldWhole = (word: string) => {
      let held = heldWhole.get(word);
      if (!held) {
        held = pagefind.search(`"${word}"`, {}).then((r) => r.results.length > 0);
        heldWhole.set(word, held);
        // A failed search is asked again next time.
        held.catch(() => heldWhole.delete(word));
      }
      return held;
    };
    const spelling = async (word: string): Promise<Spelling> => {
      if (!SPELLABLE.test(word) || (await isHeldWhole(word))) return WHOLE;
      const words = await loadVocabulary(locale);
      // Without the words, what Pagefind found stands.
      if (!words) return WHOLE;
      const starts = completions(word, words);
      return { misspelt: starts.length === 0, completions: starts };
    };
    let latest = 0;
    return {
      async search(state) {
        const mine = ++latest;
        const q = cleanQuery(state.q);
        const map = hasHan(q) ? await loadScriptMap() : undefined;
        const termsOf = (query: string) => queryTerms(query, (run) => (map ? scriptForms(run, locale, map) : [run]));
        let terms = termsOf(q);
        if (isEmpty(terms)) return { total: 0, view: () => Promise.resolve([]) };
        const pageQuery = map ? toScript(q, locale, map) : q;
        const filters = pagefindFilters(state);
        const admits = admitsFilters(state);
        const first = await find(pagefind, terms, manifest, pageQuery, filters, admits, spelling);
        let { ranked, results, unfoundWords } = first;
        // Chinese typed without spaces may be several words that no page holds side by side: cut
        // the run into words (the browser's dictionary) and search those.
        const cuts = first.unfound.map((run) => [run, wordsOf(run, lang)] as const).filter(([, words]) => words.length > 1);
        if (cuts.length) {
          for (const [run, words] of cuts) terms = splitHanPart(terms, run, words);
          ({ ranked, results, unfoundWords } = await find(pagefind, terms, manifest, pageQuery, filters, admits, spelling));
        }
        let suggestion: string | undefined;
        if (unfoundWords.length && mine === latest) {
          const words = await loadVocabulary(locale);
          const mended = words && correctedQuery(q, unfoundWords, words);
          // Offered only if it finds something, within the reader's filters.
          if (mended) {
            const mendedQuery = map ? toScript(mended, locale, map) : mended;
            const check = await find(pagefind, termsOf(mended), manifest, mendedQuery, filters, admits, spelling);
            if (check.ranked.length) suggestion = mended;
          }
        }
        if (mine !== latest) return null;
        return {
          total: ranked.length,
          ...(suggestion ? { suggestion } : {}),
          view: async (from, count) =>
            Promise.all(
              ranked.slice(from, from + count).map(async ({ id }) => {
                const entry = manifest[id]!;
                // A measure shows its text as its title; only pages need their fragment, for an excerpt.
                const content =
                  entry.kind === 'measure'
                    ? undefined
                    : await results
                        .get(id)
                        ?.data()
                        .then(
                          (d) => d.content,
                          () => undefined,
                        );
                return resultView(entry, terms, lang, content);
              }),
            ),
        };
      },
    };
  })();
  // A failed load is not cached: the next keystroke tries again.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Every part of the query searched, side by side, and the union ranked. */
async function find(
  pagefind: PagefindApi,
  terms: QueryTerms,
  manifest: Manifest,
  query: string,
  filters: Record<string, unknown>,
  admits: (entry: ResultEntry) => boolean,
  spelling: (word: string) => Promise<Spelling>,
) {
  const results = new Map<string, PagefindResult>();
  const run = async (term: string) => {
    const found = (await pagefind.search(term, { filters })).results;
    for (const r of found) if (!results.has(r.id)) results.set(r.id, r);
    return found;
  };
  const scores = (found: PagefindResult[]) => new Map(found.map((r) => [r.id, r.score]));
  const hanForm = async (han: string) => {
    // The exact phrase says which pages hold the run; Pagefind scores only the search of its characters.
    const [holding, scored] = await Promise.all([run(hanTerm(han)), [...han].length > 1 ? run(hanScoringQuery(han)) : undefined]);
    const score = scores(scored ?? holding);
    return new Map(holding.map((r) => [r.id, score.get(r.id) ?? r.score]));
  };
  const hanParts = terms.han.map(async (part) => {
    const forms = await Promise.all(hanForms(terms, part).map(hanForm));
    // A page holding any form holds the part, with the best of its scores.
    const merged = new Map<string, number>();
    for (const form of forms) for (const [id, score] of form) merged.set(id, Math.max(score, merged.get(id) ?? 0));
    return merged;
  });
  const wordParts = terms.words.map(async (word) => {
    const found = scores(await run(word));
    if (!found.size) return found;
    const { misspelt, completions } = await spelling(word);
    // What Pagefind matched for a misspelt word is other words (its first letters): nothing holds it.
    if (misspelt) return new Map<string, number>();
    // A page holding any word the start begins holds the part, with the best of its scores.
    for (const hits of await Promise.all(completions.map(async (w) => scores(await run(w)))))
      for (const [id, score] of hits) found.set(id, Math.max(score, found.get(id) ?? 0));
    return found;
  });
  const phrase = phraseQuery(terms);
  const [parts, phraseHits] = await Promise.all([Promise.all([...hanParts, ...wordParts]), phrase ? run(phrase) : []]);
  const ranked = rankResults(parts, new Set(phraseHits.map((r) => r.id)), manifest, query, admits);
  const unfound = terms.han.filter((_, i) => parts[i]!.size === 0);
  const unfoundWords = terms.words.filter((_, i) => parts[terms.han.length + i]!.size === 0);
  return { ranked, results, unfound, unfoundWords };
}

/** The words of a run of Chinese, by the browser's word segmenter (each character where it has none). */
function wordsOf(run: string, lang: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return [...run];
  return [...new Intl.Segmenter(lang, { granularity: 'word' }).segment(run)].map((s) => s.segment);
}
