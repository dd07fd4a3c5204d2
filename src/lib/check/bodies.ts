import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import type { CollectionName } from '../../schemas/index.ts';
import type { StrategyData } from '../../schemas/strategy.ts';
import { checkBody, knownTargets } from './body-check.ts';
import type { EnglishSlugs, Entry, Report } from './entry.ts';

/** Every MDX body compiles, keeps its headings in order and links only to pages that exist. */
export function checkBodies(entries: readonly Entry[], report: Report, englishSlugs: EnglishSlugs): void {
  // Pages of broken files still exist once their own error is fixed: links to them are not reported too.
  const slugs = (c: CollectionName) => [...englishSlugs(c)];
  const measuresOf = new Map(
    entries
      .filter((e) => e.locale === DEFAULT_LOCALE && e.collection === 'strategies')
      .map((e) => [e.slug, (e.data as StrategyData).focusAreas.flatMap((a) => a.measures.map((m) => m.id))]),
  );
  const targets = knownTargets({
    directions: slugs('directions'),
    strategies: slugs('strategies').map((slug) => ({ slug, measures: measuresOf.get(slug) })),
    updates: slugs('updates'),
    pages: slugs('pages'),
  });
  for (const e of entries) {
    for (const p of checkBody(e.parsed.body, targets))
      report(e.file, 'body', p.message, e.parsed.bodyLine + p.line - 1, p.severity ?? 'error');
  }
}
