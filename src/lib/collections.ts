import path from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { LocaleCode } from '../i18n/locales.ts';
import { DEFAULT_LOCALE, isLocale } from '../i18n/locales.ts';
import { SITE } from '../site.config.ts';
import { citedPages } from './cite/pages.ts';
import type { CitedPage } from './cite/record.ts';
import type { z } from 'astro/zod';
import type { CollectionName, SCHEMAS } from '../schemas/index.ts';
import { contentRoot } from './content-root.ts';
import { buildDate } from './build-date.ts';
import { fileHistory } from './git-dates.ts';
import { pageDates, type DatedFrontMatter } from './page-dates.ts';
import { indexEntries, localizeAll, type EntryIndex, type SourceEntry } from './localize.ts';
import { buildModel, type SiteModel } from './model.ts';

/** The validated front matter of a collection, typed from its schema. */
type DataOf<C extends CollectionName> = z.infer<(typeof SCHEMAS)[C]>;

/** A content entry with what the site needs to localize and date it. */
export type Entry<C extends CollectionName> = SourceEntry<DataOf<C>> & {
  entry: CollectionEntry<C>;
};
/** What every localized item carries beside its data: the Astro entry to render. */
export type WithEntry = { entry: CollectionEntry<CollectionName> };

async function load<C extends CollectionName>(name: C): Promise<EntryIndex<Entry<C>>> {
  const root = contentRoot();
  const entries = (await getCollection(name)) as CollectionEntry<C>[];
  return indexEntries(
    entries.map((entry) => {
      const [locale, ...rest] = entry.id.split('/');
      if (!isLocale(locale) || rest.length !== 1) {
        throw new Error(`${name}/${entry.id}: content files belong at content/${name}/<locale>/<slug>.mdx`);
      }
      const absolute = path.join(root, name, `${entry.id}.mdx`);
      return {
        slug: rest[0]!,
        locale,
        data: entry.data as DataOf<C>,
        filePath: path.relative(process.cwd(), absolute).split(path.sep).join('/'),
        dates: pageDates(entry.data as DatedFrontMatter, fileHistory(absolute, root)),
        entry,
      };
    }),
  );
}

let indexes: Promise<{ [C in CollectionName]: EntryIndex<Entry<C>> }> | undefined;
const models = new Map<LocaleCode, SiteModel<WithEntry>>();

/** The whole site for one locale: every list and cross-reference, built once per build. */
export async function getModel(locale: LocaleCode): Promise<SiteModel<WithEntry>> {
  const cached = models.get(locale);
  if (cached) return cached;
  indexes ??= (async () => ({
    directions: await load('directions'),
    strategies: await load('strategies'),
    updates: await load('updates'),
    indicators: await load('indicators'),
    pages: await load('pages'),
  }))();
  const all = await indexes;
  const model = buildModel<WithEntry>({
    locale,
    directions: localizeAll(all.directions, locale),
    strategies: localizeAll(all.strategies, locale),
    updates: localizeAll(all.updates, locale),
    indicators: localizeAll(all.indicators, locale),
    pages: localizeAll(all.pages, locale),
  } as Parameters<typeof buildModel<WithEntry>>[0]);
  models.set(locale, model);
  return model;
}

const citations = new Map<LocaleCode, Map<string, CitedPage>>();

/** Every citable page and measure of one locale, by path (a measure's with its anchor). */
export async function getCitations(locale: LocaleCode): Promise<Map<string, CitedPage>> {
  let made = citations.get(locale);
  if (!made) citations.set(locale, (made = citedPages(await getModel(locale), await getModel(DEFAULT_LOCALE), SITE.url)));
  return made;
}

let built: Date | undefined;
/**
 * The day a citation says the page was accessed when no script makes it the
 * reader's today: the build's date (the newest content change, so a rebuild of
 * the same content writes the same bytes).
 */
export function citedOn(): Date {
  return (built ??= buildDate());
}
