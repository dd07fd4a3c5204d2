import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { t } from '../../../src/i18n/t.ts';
import { bibtex, bibEscape, bibKey, ris } from '../../../src/lib/cite/files.ts';
import { citationMeta } from '../../../src/lib/cite/meta.ts';
import { citedPages, citeFile } from '../../../src/lib/cite/pages.ts';
import type { CitedPage } from '../../../src/lib/cite/record.ts';
import { apaCitation, chicagoCitation, plainCitation } from '../../../src/lib/cite/styles.ts';
import { BLUEPRINT } from '../../../src/lib/cite/work.ts';
import { formatDate, isoDay } from '../../../src/lib/format.ts';
import { contentModels } from '../../helpers/content-models.ts';
import { parseBibtex, parseRis } from '../../helpers/reference-files.ts';

const SITE = 'https://example.org';
const models = contentModels();
const all = LOCALE_CODES.flatMap((locale) => [...citedPages(models[locale], models.en, SITE).values()]);
const byKind = (kind: string) => all.filter((p) => p.part?.kind === kind);
const ACCESSED = '1 December 2026';
const built = new Date('2026-11-30T20:00:00Z'); // 1 December in Hong Kong

describe('the cited pages', () => {
  it('are every direction, strategy, measure, update and page of every locale, and the lists', () => {
    for (const locale of LOCALE_CODES) {
      const m = models[locale];
      const paths = new Set(all.filter((p) => p.locale === locale).map((p) => p.path));
      for (const path of [...m.directions, ...m.strategies, ...m.measures, ...m.updates].map((x) => x.href)) expect(paths).toContain(path);
      for (const p of m.pages) expect(paths).toContain(`/${locale}/${p.slug}/`);
      for (const list of ['', 'directions/', 'strategies/', 'measures/', 'indicators/', 'updates/', 'data/'])
        expect(paths).toContain(`/${locale}/${list}`);
    }
  });

  it('give every page and measure its own download name in its locale', () => {
    for (const locale of LOCALE_CODES) {
      const files = all.filter((p) => p.locale === locale).map((p) => p.file);
      expect(new Set(files).size).toBe(files.length);
    }
    expect(citeFile('/en/')).toBe('home');
    expect(citeFile('/tc/strategies/3-venture-financing/')).toBe('strategies/3-venture-financing');
  });

  it('cite the Blueprint for its own text (directions, strategies, measures, the vision) and the page for this site’s own', () => {
    for (const p of all) {
      const blueprint = p.part !== undefined;
      expect(p.work, p.path).toBe(blueprint ? 'blueprint' : 'site');
    }
    expect(all.filter((p) => p.path.endsWith('/vision-and-mission/')).map((p) => p.work)).toEqual(['blueprint', 'blueprint', 'blueprint']);
    expect(all.filter((p) => p.path.includes('/updates/')).every((p) => p.work === 'site')).toBe(true);
  });
});

describe('the plain citation of every measure', () => {
  it.each(byKind('measure').map((p) => [p.locale, p.title, p] as const))(
    '[%s] %s quotes the official English verbatim, its ID outside the quotes',
    (locale, _, page) => {
      const part = page.part as Extract<CitedPage['part'], { kind: 'measure' }>;
      const english = models.en.measure(part.id)!.text;
      const citation = plainCitation(page, ACCESSED);
      const quoted = `\u201c${english}\u201d`;
      expect(citation).toContain(quoted);
      // The ID is before the quotation, never inside it.
      expect(citation.slice(0, citation.indexOf(quoted))).toContain(part.id);
      expect(english).not.toContain(part.id);
      for (const piece of [
        BLUEPRINT.author,
        BLUEPRINT.title[locale],
        formatDate(BLUEPRINT.published, locale),
        t(locale, 'site.fullName'),
        page.url,
        ACCESSED,
      ])
        expect(citation).toContain(piece);
      expect(citation).not.toMatch(/\{\w+\}/);
      expect(page.url.endsWith(`#measure-${part.id.replace('.', '-')}`)).toBe(true);
    },
  );

  it.each(
    byKind('measure')
      .filter((p) => p.locale !== 'en')
      .map((p) => [p.locale, p.title, p] as const),
  )('[%s] %s says its Chinese is the site’s translation, and never quotes it as the official wording', (locale, _, page) => {
    const part = page.part as Extract<CitedPage['part'], { kind: 'measure' }>;
    const citation = plainCitation(page, ACCESSED);
    expect(citation).toContain(part.text);
    expect(citation).toContain(t(locale, 'cite.translationSite'));
    for (const [open, close] of [
      ['「', '」'],
      ['\u201c', '\u201d'],
      ['『', '』'],
    ])
      expect(citation).not.toContain(`${open}${part.text}${close}`);
  });
});

describe('the plain citation of every direction and strategy', () => {
  it.each([...byKind('direction'), ...byKind('strategy')].map((p) => [p.locale, p.path, p] as const))(
    '[%s] %s quotes the English title, and in Chinese says whose the Chinese title is',
    (locale, _, page) => {
      const part = page.part as Extract<CitedPage['part'], { kind: 'direction' | 'strategy' }>;
      const english =
        part.kind === 'direction' ? models.en.direction(part.n)!.item.data.title : models.en.strategy(part.n)!.item.data.title;
      const citation = plainCitation(page, ACCESSED);
      expect(citation).toContain(`\u201c${english}\u201d`);
      if (locale === 'en') return;
      const item = part.kind === 'direction' ? models[locale].direction(part.n)!.item : models[locale].strategy(part.n)!.item;
      const source = item.data.titleSource;
      const note =
        source?.kind === 'reported' ? t(locale, 'cite.translationReported', { name: source.name }) : t(locale, 'cite.translationSite');
      expect(citation).toContain(note);
      expect(citation).toContain(item.data.title);
    },
  );
});

describe('the plain citation of every page of this site', () => {
  it.each(all.filter((p) => p.work === 'site').map((p) => [p.locale, p.path, p] as const))(
    '[%s] %s names the page, the site, its days and address',
    (locale, _, page) => {
      const citation = plainCitation(page, ACCESSED);
      for (const piece of [page.title, t(locale, 'site.fullName'), page.url, ACCESSED]) expect(citation).toContain(piece);
      if (page.published) expect(citation).toContain(formatDate(page.published, locale));
      expect(citation).not.toMatch(/\{\w+\}/);
    },
  );
});

describe('APA and Chicago', () => {
  it.each(all.map((p) => [p.locale, p.path, p] as const))(
    '[%s] %s are written with the work, its date, the address and the accessed day',
    (_, __, page) => {
      const apa = apaCitation(page, 'December 1, 2026');
      const chicago = chicagoCitation(page, 'December 1, 2026');
      expect(apa).toContain(`Retrieved December 1, 2026, from ${page.url}`);
      expect(chicago).toContain('Accessed December 1, 2026.');
      expect(chicago).toContain(page.url);
      if (page.work === 'blueprint') {
        expect(apa.startsWith(`${BLUEPRINT.author}. (2022, December 22). ${BLUEPRINT.apaTitle}`)).toBe(true);
        expect(chicago).toContain(`${BLUEPRINT.title.en}. ${BLUEPRINT.place}: ${BLUEPRINT.author}, December 22, 2022.`);
      } else {
        expect(apa).toContain(page.title);
        expect(chicago).toContain(`\u201c${page.title}.\u201d`);
      }
    },
  );
});

describe('the BibTeX download of every page and measure', () => {
  it.each(all.map((p) => [p.locale, p.path, p] as const))(
    '[%s] %s parses to one entry a reference manager reads right',
    (locale, _, page) => {
      const [entry, ...rest] = parseBibtex(bibtex(page, built));
      expect(rest).toEqual([]);
      expect(entry!.key).toBe(bibKey(page));
      expect(entry!.fields.url).toBe(page.url);
      expect(entry!.fields.urldate).toBe('2026-12-01');
      expect(entry!.fields.note).toBe(plainCitation(page, formatDate(built, locale)).replace(/\s+/g, ' '));
      if (page.work === 'blueprint') {
        expect(entry!.type).toBe('techreport');
        expect(entry!.fields).toMatchObject({
          author: `{${BLUEPRINT.author}}`,
          title: BLUEPRINT.title.en,
          institution: BLUEPRINT.author,
          year: '2022',
          date: '2022-12-22',
        });
      } else {
        expect(entry!.type).toBe('misc');
        expect(entry!.fields.title).toBe(page.title);
        if (page.published) expect(entry!.fields.date).toBe(isoDay(page.published));
      }
    },
  );

  it('gives every entry of a locale its own key', () => {
    for (const locale of LOCALE_CODES) {
      const keys = all.filter((p) => p.locale === locale).map(bibKey);
      expect(new Set(keys).size).toBe(keys.length);
      for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9-]+$/);
    }
  });

  it('escapes what BibTeX reads as commands, so the text reads back as written', () => {
    const text = 'R&D 100% {braces} $5 #1 a_b ~ ^ \\';
    const [entry] = parseBibtex(`@misc{k,\n  note = {${bibEscape(text)}}\n}\n`);
    expect(entry!.fields.note).toBe(text);
  });
});

describe('the RIS download of every page and measure', () => {
  it.each(all.map((p) => [p.locale, p.path, p] as const))(
    '[%s] %s parses to one record with its type, title, address and accessed day',
    (locale, _, page) => {
      const [record, ...rest] = parseRis(ris(page, built));
      expect(rest).toEqual([]);
      expect(record!.UR).toEqual([page.url]);
      expect(record!.Y2).toEqual(['2026/12/01/']);
      expect(record!.N1).toEqual([plainCitation(page, formatDate(built, locale)).replace(/\s+/g, ' ')]);
      if (page.work === 'blueprint') {
        expect(record).toMatchObject({ AU: [BLUEPRINT.author], TI: [BLUEPRINT.title.en], PY: ['2022'], DA: ['2022/12/22/'] });
      } else {
        expect(record!.TI).toEqual([page.title]);
        expect(record!.AU).toEqual([t(locale, 'site.fullName')]);
      }
    },
  );

  it('starts every record with TY and ends it with ER, as reference managers require', () => {
    const text = ris(all[0]!, built);
    expect(text.startsWith('TY  - ')).toBe(true);
    expect(text.endsWith('ER  - \r\n')).toBe(true);
  });
});

describe('the reference-manager meta tags of every page', () => {
  it.each(all.filter((p) => !p.path.includes('#')).map((p) => [p.locale, p.path, p] as const))(
    '[%s] %s name the work, its author, date and address',
    (_, __, page) => {
      const tags = Object.fromEntries(citationMeta(page).map((m) => [m.name, m.content]));
      expect(citationMeta(page).length).toBe(Object.keys(tags).length);
      expect(tags['DC.title']).toBe(page.title);
      expect(tags['DC.identifier']).toBe(page.url);
      if (page.work === 'blueprint') {
        expect(tags).toMatchObject({
          citation_title: BLUEPRINT.title.en,
          citation_author: BLUEPRINT.author,
          citation_publication_date: '2022/12/22',
          citation_technical_report_institution: BLUEPRINT.author,
          'DC.creator': BLUEPRINT.author,
          'DC.date': '2022-12-22',
        });
      } else {
        expect(tags.citation_title).toBe(page.title);
        expect(tags.citation_author).toBe(t(page.locale, 'site.fullName'));
        if (page.published) expect(tags['DC.date']).toBe(isoDay(page.published));
      }
    },
  );
});
