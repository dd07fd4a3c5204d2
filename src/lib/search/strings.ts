import { LOCALES, type LocaleCode } from '../../i18n/locales.ts';
import { t, type UIKey } from '../../i18n/t.ts';
import type { BlueprintCounts } from '../open-data.ts';
import { countsInWords } from '../format.ts';
import { pathTo } from '../urls.ts';
import { SEARCH_KINDS } from './query.ts';

/** Everything the search script says, in one locale: handed to it as JSON in a data attribute. */
export function searchStrings(locale: LocaleCode, counts: BlueprintCounts) {
  return {
    results: t(locale, 'search.results'),
    resultsOne: t(locale, 'search.resultsOne'),
    resultsMore: t(locale, 'search.resultsMore'),
    none: t(locale, 'search.none'),
    more: t(locale, 'search.more'),
    noneFiltered: t(locale, 'search.noneFiltered'),
    clearFilters: t(locale, 'search.clearFilters'),
    elsewhere: t(locale, 'search.elsewhere'),
    didYouMean: t(locale, 'search.didYouMean'),
    pageTitle: t(locale, 'search.pageTitle'),
    /** The same search in the other languages, offered when this one finds nothing. */
    otherLocales: LOCALES.filter((l) => l.code !== locale).map((l) => ({
      label: l.label,
      lang: l.lang,
      href: pathTo(l.code, { kind: 'search' }),
    })),
    error: t(locale, 'search.error'),
    fallback: t(locale, 'search.fallback'),
    measures: t(locale, 'measures.title', countsInWords(counts, locale)),
    strategies: t(locale, 'strategies.title', countsInWords(counts, locale)),
    measuresHref: pathTo(locale, { kind: 'measures' }),
    strategiesHref: pathTo(locale, { kind: 'strategies' }),
    allResults: t(locale, 'search.allResults'),
    kinds: Object.fromEntries(SEARCH_KINDS.map((k) => [k, t(locale, `search.result.${k}` as UIKey)])),
  };
}
