import path from 'node:path';
import { LOCALE_CODES, isLocale, type LocaleCode } from '../../src/i18n/locales.ts';
import { parseFrontmatter } from '../../src/lib/check/frontmatter.ts';
import { readContentTree } from '../../src/lib/check/read-tree.ts';
import { indexEntries, localizeAll, type SourceEntry } from '../../src/lib/localize.ts';
import { buildModel, type SiteModel } from '../../src/lib/model.ts';
import { SCHEMAS, type CollectionName } from '../../src/schemas/index.ts';
import type { DirectionData } from '../../src/schemas/direction.ts';
import type { StrategyData } from '../../src/schemas/strategy.ts';

function entries<D>(files: ReturnType<typeof readContentTree>, collection: CollectionName): SourceEntry<D>[] {
  return files.flatMap((f) => {
    const [name, locale, file] = f.relative.split('/');
    if (name !== collection || !isLocale(locale) || !file?.endsWith('.mdx')) return [];
    const data = SCHEMAS[collection].parse(parseFrontmatter(f.text).data) as D;
    return [{ slug: path.basename(file, '.mdx'), locale, data, filePath: f.path }];
  });
}

/**
 * The site model of every locale, built from a content folder without Astro
 * (unit tests cannot load `astro:content`). Directions and strategies only:
 * they carry every measure, which is all the tests of counts and CSV need.
 */
export function contentModels(root = path.resolve('content')): Record<LocaleCode, SiteModel> {
  const files = readContentTree(root, root);
  const directions = indexEntries(entries<DirectionData>(files, 'directions'));
  const strategies = indexEntries(entries<StrategyData>(files, 'strategies'));
  return Object.fromEntries(
    LOCALE_CODES.map((locale) => [
      locale,
      buildModel({
        locale,
        directions: localizeAll<DirectionData, SourceEntry<DirectionData>>(directions, locale),
        strategies: localizeAll<StrategyData, SourceEntry<StrategyData>>(strategies, locale),
        updates: [],
        indicators: [],
        pages: [],
      }),
    ]),
  ) as Record<LocaleCode, SiteModel>;
}
