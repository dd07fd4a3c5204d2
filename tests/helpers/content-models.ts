import path from 'node:path';
import { LOCALE_CODES, isLocale, type LocaleCode } from '../../src/i18n/locales.ts';
import { parseFrontmatter } from '../../src/lib/check/frontmatter.ts';
import { readContentTree } from '../../src/lib/check/read-tree.ts';
import { indexEntries, localizeAll, type SourceEntry } from '../../src/lib/localize.ts';
import { buildModel, type SiteModel } from '../../src/lib/model.ts';
import { pageDates, type DatedFrontMatter } from '../../src/lib/page-dates.ts';
import { SCHEMAS, type CollectionName } from '../../src/schemas/index.ts';
import type { z } from 'astro/zod';

type DataOf<C extends CollectionName> = z.infer<(typeof SCHEMAS)[C]>;

function entries<C extends CollectionName>(files: ReturnType<typeof readContentTree>, collection: C): SourceEntry<DataOf<C>>[] {
  return files.flatMap((f) => {
    const [name, locale, file] = f.relative.split('/');
    if (name !== collection || !isLocale(locale) || !file?.endsWith('.mdx')) return [];
    const data = SCHEMAS[collection].parse(parseFrontmatter(f.text).data) as DataOf<C>;
    // Dated by front matter alone, as a copy without git history is: every real file is.
    return [{ slug: path.basename(file, '.mdx'), locale, data, filePath: f.path, dates: pageDates(data as DatedFrontMatter) }];
  });
}

/**
 * The site model of every locale, built from a content folder without Astro
 * (unit tests cannot load `astro:content`): every collection, each item dated
 * by its front matter.
 */
export function contentModels(root = path.resolve('content')): Record<LocaleCode, SiteModel> {
  const files = readContentTree(root, root);
  const index = <C extends CollectionName>(collection: C) => indexEntries(entries(files, collection));
  const all = {
    directions: index('directions'),
    strategies: index('strategies'),
    updates: index('updates'),
    indicators: index('indicators'),
    pages: index('pages'),
  };
  return Object.fromEntries(
    LOCALE_CODES.map((locale) => [
      locale,
      buildModel({
        locale,
        directions: localizeAll(all.directions, locale),
        strategies: localizeAll(all.strategies, locale),
        updates: localizeAll(all.updates, locale),
        indicators: localizeAll(all.indicators, locale),
        pages: localizeAll(all.pages, locale),
      }),
    ]),
  ) as Record<LocaleCode, SiteModel>;
}
