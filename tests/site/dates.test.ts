import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { LOCALE_CODES, type LocaleCode } from '../../src/i18n/locales.ts';
import { t, textAround } from '../../src/i18n/t.ts';
import { citedPages } from '../../src/lib/cite/pages.ts';
import { formatDate, isoDay } from '../../src/lib/format.ts';
import { changeAnchors, pageDates, updatedSincePublished, type ChangeNote, type DatedFrontMatter } from '../../src/lib/page-dates.ts';
import { pathTo } from '../../src/lib/urls.ts';
import { SITE } from '../../src/site.config.ts';
import { contentModels } from '../helpers/content-models.ts';
import { readPage } from '../helpers/site.ts';

const models = contentModels();

interface Dated {
  locale: LocaleCode;
  path: string;
  published?: Date;
  updated?: Date;
  /** The notes as the page lists them, newest first, with their anchors. */
  changes: (ChangeNote & { id: string })[];
}

/** Every page that shows dates, with the dates its content says it has. */
const dated: Dated[] = LOCALE_CODES.flatMap((locale) => {
  const m = models[locale];
  const items = [
    ...m.directions.map((d) => ({ path: d.href, item: d.item })),
    ...m.strategies.map((s) => ({ path: s.href, item: s.item })),
    ...m.updates.map((u) => ({ path: u.href, item: u.item })),
    ...m.pages.map((p) => ({ path: pathTo(locale, { kind: 'page', slug: p.slug }), item: p })),
  ].map(({ path, item }) => {
    // The notes in the reader's script: converted with the rest of the item for Simplified.
    const { published, updated } = item.source.dates!;
    return { locale, path, published, updated, changes: changeAnchors(pageDates(item.data as DatedFrontMatter).changes) };
  });
  // Lists are dated by their items, as their citations are; the indicators page lists its indicators' notes.
  const lists = [...citedPages(m, models.en, SITE.url).values()]
    .filter((c) => c.work === 'site' && !items.some((i) => i.path === c.path) && !c.path.includes('#'))
    .map((c) => ({
      locale,
      path: c.path,
      published: c.published,
      updated: c.updated,
      changes:
        c.path === pathTo(locale, { kind: 'indicators' })
          ? m.indicators
              .flatMap((i) =>
                changeAnchors(pageDates(i.data).changes, `change-${i.slug}`).map((n) => ({
                  ...n,
                  note: t(locale, 'indicators.changeNote', { title: i.data.title, note: n.note }),
                })),
              )
              .sort((a, b) => b.date.getTime() - a.date.getTime())
          : [],
    }));
  return [...items, ...lists];
});

describe('the dates every page shows', () => {
  it('are given for every content page of every locale', () => {
    expect(dated.length).toBeGreaterThan(100);
    expect(dated.filter((d) => !d.published).map((d) => d.path)).toEqual([]);
  });

  it.each(dated.map((d) => [d.path, d] as const))('%s says when it was published, and when last changed in substance', (path, d) => {
    const aside = parse(readPage(path)).querySelector('aside')!;
    const text = aside.text.replace(/\s+/g, ' ');
    const [before] = textAround(t(d.locale, 'page.published'), 'date');
    expect(text).toContain(`${before}${formatDate(d.published!, d.locale)}`);
    const [updatedBefore] = textAround(t(d.locale, 'page.lastUpdatedOn'), 'date');
    if (updatedSincePublished(d)) expect(text).toContain(`${updatedBefore}${formatDate(d.updated!, d.locale)}`);
    else expect(text).not.toContain(updatedBefore.trim());
    const times = aside.querySelectorAll('p time').map((time) => time.getAttribute('datetime'));
    expect(times).toEqual([isoDay(d.published!), ...(updatedSincePublished(d) ? [isoDay(d.updated!)] : [])]);
  });

  it.each(dated.filter((d) => d.changes.length > 0).map((d) => [d.path, d] as const))(
    '%s lists every change note under "Updates to this page", newest first, with its day and anchor',
    (path, d) => {
      const list = parse(readPage(path)).querySelector('[data-changes]')!;
      expect(list.querySelector('summary')!.text.trim()).toBe(t(d.locale, 'page.updates'));
      const items = list.querySelectorAll('li');
      expect(items.map((li) => li.getAttribute('id'))).toEqual([...d.changes.map((c) => c.id), undefined]);
      d.changes.forEach((c, i) => {
        expect(items[i]!.querySelector('time')!.getAttribute('datetime')).toBe(isoDay(c.date));
        expect(items[i]!.text).toContain(c.note);
      });
      expect(items.at(-1)!.text).toContain(t(d.locale, 'page.firstPublished'));
    },
  );

  it.each(dated.filter((d) => d.changes.length === 0).map((d) => [d.path] as const))(
    '%s, never changed in substance, has no list of updates',
    (path) => {
      expect(parse(readPage(path)).querySelector('[data-changes]')).toBeNull();
    },
  );
});
