import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { t } from '../../src/i18n/t.ts';
import { citationMeta } from '../../src/lib/cite/meta.ts';
import { citeDownloadPath, citedPages } from '../../src/lib/cite/pages.ts';
import { SITE } from '../../src/site.config.ts';
import { contentModels } from '../helpers/content-models.ts';
import { parseBibtex, parseRis } from '../helpers/reference-files.ts';
import { DIST, PAGES, readPage } from '../helpers/site.ts';

const models = contentModels();
const cited = LOCALE_CODES.flatMap((locale) => [...citedPages(models[locale], models.en, SITE.url).values()]);
const citedPagesOnly = cited.filter((c) => !c.path.includes('#'));
const CITE_PAGE = /^\/\w+\/cite\//;
/** Pages that are about other pages or about nothing to cite: search results, cite pages, the language chooser. */
const UNCITED = (p: string) => p === '/' || p.endsWith('/search/') || CITE_PAGE.test(p);

describe('citations on the built pages', () => {
  it('cover every page of the site but search, the cite pages and the language chooser', () => {
    expect(PAGES.filter((p) => !UNCITED(p)).sort()).toEqual(citedPagesOnly.map((c) => c.path).sort());
  });

  it.each(citedPagesOnly.map((c) => [c.path, c] as const))('%s carries its Highwire and Dublin Core tags in its head', (page, c) => {
    const doc = parse(readPage(page));
    const head = doc.querySelector('head')!;
    const found = head
      .querySelectorAll('meta[name^="citation_"], meta[name^="DC."]')
      .map((m) => ({ name: m.getAttribute('name'), content: m.getAttribute('content') }));
    expect(found).toEqual(citationMeta(c));
    expect(head.querySelector('link[rel="schema.DC"]')?.getAttribute('href')).toBe('http://purl.org/dc/elements/1.1/');
    expect(found.find((m) => m.name === 'DC.title')?.content).toBe(doc.querySelector('h1')!.text.trim());
  });

  it.each(citedPagesOnly.map((c) => [c.citePage, c] as const))(
    '%s carries the tags of the page it cites, so a reference manager there saves that page',
    (citePage, c) => {
      const found = parse(readPage(citePage))
        .querySelectorAll('head meta[name^="citation_"], head meta[name^="DC."]')
        .map((m) => ({ name: m.getAttribute('name'), content: m.getAttribute('content') }));
      expect(found).toEqual(citationMeta(c));
    },
  );

  it.each(citedPagesOnly.map((c) => [c.path, c] as const))('%s links "Cite this page" to its cite page, which exists', (page, c) => {
    const link = parse(readPage(page))
      .querySelectorAll('aside a')
      .find((a) => a.getAttribute('href') === c.citePage);
    expect(link?.text.trim()).toBe(t(c.locale, 'cite.pageSummary'));
    expect(fs.existsSync(path.join(DIST, c.citePage, 'index.html'))).toBe(true);
  });

  it.each(citedPagesOnly.map((c) => [c.citePage, c] as const))(
    '%s shows three styles, each with its Copy button, and downloads that parse',
    (citePage, c) => {
      const doc = parse(readPage(citePage));
      for (const style of ['plain', 'apa', 'chicago']) {
        const text = doc.getElementById(`cite-page-${style}`);
        expect(text?.text, style).toContain(c.url);
        expect(doc.querySelector(`button[data-copy-from="cite-page-${style}"]`), style).not.toBeNull();
      }
      const bib = doc.querySelector(`a[href="${citeDownloadPath(c, 'bib')}"]`);
      const risLink = doc.querySelector(`a[href="${citeDownloadPath(c, 'ris')}"]`);
      expect(bib?.hasAttribute('download') && risLink?.hasAttribute('download')).toBe(true);
      const [entry] = parseBibtex(fs.readFileSync(path.join(DIST, citeDownloadPath(c, 'bib')), 'utf8'));
      expect(entry!.fields.url).toBe(c.url);
      const [record] = parseRis(fs.readFileSync(path.join(DIST, citeDownloadPath(c, 'ris')), 'utf8'));
      expect(record!.UR).toEqual([c.url]);
      // A page about another page: search engines should find the page it cites.
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, follow');
    },
  );

  it.each(cited.filter((c) => c.part?.kind === 'measure').map((c) => [c.path, c] as const))(
    '%s has its citation on its strategy page and a section of its own, with downloads, on the cite page',
    (measurePath, c) => {
      const [page, anchor] = measurePath.split('#') as [string, string];
      const li = parse(readPage(page)).getElementById(anchor)!;
      expect(li.getElementById(`cite-${anchor}-plain`)?.text).toContain(c.url);
      expect(li.querySelector(`a[href="${c.citePage}"]`)).not.toBeNull();
      const [citePage, citeAnchor] = c.citePage.split('#') as [string, string];
      const section = parse(readPage(citePage)).getElementById(citeAnchor);
      expect(section?.querySelector('h3 a')?.getAttribute('href')).toBe(measurePath);
      for (const format of ['bib', 'ris'] as const) {
        expect(section?.querySelector(`a[href="${citeDownloadPath(c, format)}"]`), format).not.toBeNull();
        expect(fs.existsSync(path.join(DIST, citeDownloadPath(c, format))), format).toBe(true);
      }
    },
  );

  it.each(citedPagesOnly.map((c) => [c.path] as const))(
    '%s dates its accessed day by the build, for readers without JavaScript',
    (page) => {
      for (const time of parse(readPage(page)).querySelectorAll('time[data-module="accessed-date"]')) {
        expect(time.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(time.text.trim()).not.toBe('');
      }
    },
  );
});
