import { describe, expect, it } from 'vitest';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { CSV_COLUMNS, csvCell, measuresCsv } from '../../../src/lib/open-data.ts';
import type { SiteModel } from '../../../src/lib/model.ts';
import { contentModels } from '../../helpers/content-models.ts';
import { parseCsv } from '../../helpers/csv.ts';

/** OWASP's list of characters that start a formula, written out here so that shortening the module's list fails. */
const TRIGGERS = ['=', '+', '-', '@', '\t', '\r'];
const SITE = 'https://example.org';
const models = contentModels();
const TEXT = CSV_COLUMNS.indexOf('text');

const rowsOf = (model: SiteModel) => parseCsv(measuresCsv(model, SITE).replace(/^\ufeff/, '')).slice(1);
const withTexts = (model: SiteModel, text: (t: string) => string): SiteModel => ({
  ...model,
  measures: model.measures.map((m) => ({ ...m, text: text(m.text) })),
});

describe('csvCell', () => {
  it.each(TRIGGERS.map((c) => [JSON.stringify(c), c]))(
    'writes text starting with %s behind a single quote, inside double quotes',
    (_, c) => {
      expect(csvCell(`${c}SUM(A1:A9)`)).toBe(`"'${c}SUM(A1:A9)"`);
    },
  );

  it('doubles the quotes of a formula it neutralises, so the cell still ends where it should', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(csvCell('@x,y\r\nz')).toBe(`"'@x,y\r\nz"`);
  });

  it('quotes text with a quote, a comma or a line break, and adds no single quote to it', () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
  });

  it('leaves other text as it is, including the trigger characters after the first place', () => {
    for (const text of ['To optimise the existing listing regime', 'co-operation', 'a=b', 'x@y.hk', "'quoted", '', '措施 3.2']) {
      expect(csvCell(text)).toBe(text);
    }
  });

  it('writes numbers plainly, a negative one too, so spreadsheets keep them numbers', () => {
    expect(csvCell(3)).toBe('3');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(2.5)).toBe('2.5');
  });
});

describe.each(LOCALE_CODES)('measures-%s.csv of the real content', (locale) => {
  const model = models[locale];
  const plain = rowsOf(model);

  it('has a row per measure whose text reads back unchanged', () => {
    expect(model.measures.length).toBeGreaterThan(0);
    expect(plain).toHaveLength(model.measures.length);
    expect(plain.map((r) => r[TEXT])).toEqual(model.measures.map((m) => m.text));
    expect(plain.map((r) => r[CSV_COLUMNS.indexOf('strategy')])).toEqual(model.measures.map((m) => String(m.strategyNumber)));
  });

  it.each(TRIGGERS.map((c) => [JSON.stringify(c), c]))(
    'with every measure text starting with %s, reads back each text behind a single quote and no cell starts a formula',
    (_, c) => {
      const rows = rowsOf(withTexts(model, (t) => `${c}${t}`));
      expect(rows.map((r) => r[TEXT])).toEqual(model.measures.map((m) => `'${c}${m.text}`));
      for (const row of rows) {
        expect(row).toHaveLength(CSV_COLUMNS.length);
        for (const cell of row) expect(TRIGGERS.includes(cell[0] ?? ''), JSON.stringify(cell)).toBe(false);
      }
      // Only the text column changes.
      const others = (r: string[]) => r.filter((_, i) => i !== TEXT);
      expect(rows.map(others)).toEqual(plain.map(others));
    },
  );
});
