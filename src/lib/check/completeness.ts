import { DEFAULT_LOCALE } from '../../i18n/locales.ts';
import { COLLECTION_NAMES } from '../../schemas/index.ts';
import { LINKED_PAGES } from '../urls.ts';
import type { Problem } from './problems.ts';

/**
 * What a site needs before it may replace the published one: English items in
 * every collection, and the pages every page links to. An emptied or
 * half-deleted content folder would otherwise build a gutted site.
 * `englishSlugs` holds every English file found, readable or not: a broken one
 * is reported for what is wrong with it, not as missing.
 */
export function checkCompleteness(contentDir: string, englishSlugs: (collection: string) => ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const collection of COLLECTION_NAMES) {
    if (englishSlugs(collection).size > 0) continue;
    problems.push({
      file: `${contentDir}/${collection}/${DEFAULT_LOCALE}/`,
      field: 'file',
      message: `no English ${collection}: every item starts as an English file here, and the site is not built without any`,
      severity: 'error',
    });
  }
  const pages = englishSlugs('pages');
  if (pages.size === 0) return problems;
  for (const slug of Object.values(LINKED_PAGES)) {
    if (pages.has(slug)) continue;
    problems.push({
      file: `${contentDir}/pages/${DEFAULT_LOCALE}/${slug}.mdx`,
      field: 'file',
      message: 'is missing: every page of the site links to it from its header or footer',
      severity: 'error',
    });
  }
  return problems;
}
