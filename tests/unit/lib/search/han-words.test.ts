import { describe, expect, it } from 'vitest';
import { HAN_SEPARATOR, hanRuns, hanTerm, joinHan, separateHan, separateHanInHtml } from '../../../../src/lib/search/han-words.ts';
import { readContentTree } from '../../../../src/lib/check/read-tree.ts';
import { LOCALE_CODES } from '../../../../src/i18n/locales.ts';
import { contentModels } from '../../../helpers/content-models.ts';

const models = contentModels();
/** Every title, summary and measure text of every locale: what the index holds. */
const texts = LOCALE_CODES.flatMap((locale) => [
  ...models[locale].directions.flatMap((d) => [d.item.data.title, d.item.data.summary]),
  ...models[locale].strategies.flatMap((s) => [s.item.data.title, s.item.data.summary, ...s.measures.map((m) => m.text)]),
]);

describe('separating Han characters for the index', () => {
  it('is undone exactly for every title, summary and measure text of the content', () => {
    expect(texts.length).toBeGreaterThan(150);
    for (const text of texts) expect(joinHan(separateHan(text)), text).toBe(text);
  });

  it('puts a separator between every two Han characters and nowhere else', () => {
    expect(separateHan('3.2 優化現行上市制度')).toBe(
      `3.2 優${HAN_SEPARATOR}化${HAN_SEPARATOR}現${HAN_SEPARATOR}行${HAN_SEPARATOR}上${HAN_SEPARATOR}市${HAN_SEPARATOR}制${HAN_SEPARATOR}度`,
    );
    expect(separateHan('HKIC 投資，5G')).toBe(`HKIC 投${HAN_SEPARATOR}資，5G`);
    expect(separateHan('Lok Ma Chau Loop')).toBe('Lok Ma Chau Loop');
  });

  it('is undone from the text Pagefind gives back, where the separator became a space', () => {
    expect(joinHan('優 化 現 行 上 市 制 度，HKIC 投 資')).toBe('優化現行上市制度，HKIC 投資');
  });

  it('relies on a separator that no content file contains', () => {
    const files = readContentTree('content', 'content');
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) expect(f.text.includes(HAN_SEPARATOR), f.relative).toBe(false);
  });

  it('changes only the text between tags, never a tag or an attribute', () => {
    const html = '<main data-pagefind-body><h1 data-pagefind-meta="title" title="創科">創科藍圖</h1><a href="/tc/搜尋/">搜尋</a></main>';
    expect(separateHanInHtml(html)).toBe(
      `<main data-pagefind-body><h1 data-pagefind-meta="title" title="創科">創${HAN_SEPARATOR}科${HAN_SEPARATOR}藍${HAN_SEPARATOR}圖</h1><a href="/tc/搜尋/">搜${HAN_SEPARATOR}尋</a></main>`,
    );
  });
});

describe('Han queries', () => {
  it('are cut into runs of Han characters, in order', () => {
    expect(hanRuns('港深創科園 IPO 上市')).toEqual(['港深創科園', '上市']);
    expect(hanRuns('fintech')).toEqual([]);
  });

  it('search a run as an exact phrase of its characters, and one character as a word', () => {
    expect(hanTerm('上市制度')).toBe('"上 市 制 度"');
    expect(hanTerm('港')).toBe('港');
  });
});
