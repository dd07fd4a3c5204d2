import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import { LOCALES } from '../../src/i18n/locales.ts';
import { CSV_COLUMNS, blueprintCounts } from '../../src/lib/open-data.ts';
import { contentModels } from '../helpers/content-models.ts';
import { parseCsv } from '../helpers/csv.ts';
import { DIST, PAGES, readPage } from '../helpers/site.ts';

const read = (p: string) => fs.readFileSync(path.join(DIST, p), 'utf8');
// What the content holds, read without the build: the published data must say the same.
const { en } = contentModels();

describe('open data', () => {
  const data = JSON.parse(read('data/blueprint.json'));
  const schema = JSON.parse(read('data/blueprint.schema.json'));

  it('blueprint.json validates against the JSON Schema published beside it', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const valid = validate(data);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema rejects data that breaks it, so the check above means something', () => {
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate({ ...data, measures: [{ id: 'three point two' }] })).toBe(false);
    expect(validate({ ...data, surprise: true })).toBe(false);
  });

  it('holds every direction, strategy and measure of the content, each measure with its text and address in every language', () => {
    expect(data.counts).toEqual(blueprintCounts(en));
    expect(data.measures.map((m: { id: string }) => m.id)).toEqual(en.measures.map((m) => m.id));
    for (const m of data.measures) {
      for (const l of LOCALES) {
        expect(m.text[l.code].length, `${m.id} ${l.code}`).toBeGreaterThan(0);
        expect(new URL(m.url[l.code]).pathname).toMatch(new RegExp(`^/${l.code}/strategies/[^/]+/$`));
        expect(new URL(m.url[l.code]).hash).toBe(`#measure-${m.id.replace('.', '-')}`);
      }
    }
    expect(data.measures.find((m: { id: string }) => m.id === '3.2').text.en).toBe('To optimise the existing listing regime');
    expect(new Date(data.built).toString()).not.toBe('Invalid Date');
  });

  it.each(LOCALES.map((l) => l.code))('measures-%s.csv has a byte-order mark, the columns, and a row per measure', (code) => {
    const text = read(`data/measures-${code}.csv`);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.slice(1)).toHaveLength(en.measures.length);
    for (const row of rows.slice(1)) expect(row).toHaveLength(CSV_COLUMNS.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(data.measures.map((m: { id: string }) => m.id));
  });

  it.each(LOCALES.map((l) => l.code))('no cell of measures-%s.csv starts a spreadsheet formula', (code) => {
    const cells = parseCsv(read(`data/measures-${code}.csv`).slice(1)).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
  });
});

describe('feeds', () => {
  const parser = new XMLParser({ ignoreAttributes: false });
  it.each(LOCALES.map((l) => [l.code, l.lang] as const))(
    'the %s feed parses and lists every update and every major change of a page, newest first',
    (code, lang) => {
      const xml = read(`${code}/updates/feed.xml`);
      const feed = parser.parse(xml);
      const items = [feed.rss.channel.item].flat() as { link: string; pubDate: string; description: string }[];
      expect(feed.rss.channel.language).toBe(lang);
      const links = items.map((i) => new URL(i.link));
      const updates = PAGES.filter((p) => p.startsWith(`/${code}/updates/`) && p !== `/${code}/updates/`);
      expect(
        links
          .filter((l) => !l.hash)
          .map((l) => l.pathname)
          .sort(),
      ).toEqual([...updates].sort());
      // Every change note of every page of this locale, each linking to the note on its page.
      const changes = links.filter((l) => l.hash);
      const notes = PAGES.filter((p) => p.startsWith(`/${code}/`)).flatMap((p) =>
        parse(readPage(p))
          .querySelectorAll('[data-changes] li[id]')
          .map((li) => `${p}#${li.getAttribute('id')}`),
      );
      expect(changes.map((l) => `${l.pathname}${l.hash}`).sort()).toEqual(notes.sort());
      expect(notes.length).toBeGreaterThan(0);
      for (const item of items.filter((i) => new URL(i.link).hash)) {
        const url = new URL(item.link);
        const li = parse(readPage(url.pathname)).querySelector(`[id="${url.hash.slice(1)}"]`);
        expect(li?.text, item.link).toContain(item.description);
      }
      const dates = items.map((i) => Date.parse(i.pubDate));
      expect(dates).toEqual([...dates].sort((a, b) => b - a));
      expect(new Set(items.map((i) => i.link)).size).toBe(items.length);
    },
  );

  it.each(PAGES.filter((p) => p !== '/'))('%s advertises its language\u2019s feed', (page) => {
    const code = page.split('/')[1];
    const link = parse(readPage(page)).querySelector('link[rel="alternate"][type="application/rss+xml"]');
    expect(link?.getAttribute('href')).toBe(`/${code}/updates/feed.xml`);
  });
});
