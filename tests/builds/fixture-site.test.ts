import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { traditionalCharacters } from '../../src/lib/chinese.ts';
import { contentWithMistake } from '../helpers/fixtures.ts';
import { build as buildContent } from '../helpers/generate/build.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-build-'));

/** Runs `npm run build`'s script on other content, into another dist. */
const build = (contentDir: string, dist: string, settings?: Record<string, string>) =>
  buildContent(contentDir, dist, path.join(work, 'cache'), settings);
const CONTACT = 'access@example.org';

const dist = path.join(work, 'dist');
const page = (p: string) => parse(fs.readFileSync(path.join(dist, p, 'index.html'), 'utf8'));
let first: ReturnType<typeof build>;

beforeAll(() => {
  // A deployment that configures where readers write (src/site.config.ts).
  first = build(path.resolve('tests/fixtures/valid'), dist, { SITE_CONTACT_EMAIL: CONTACT });
}, 120_000);
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('building the site from other content', () => {
  it('builds every page of the fixture content in all three locales', () => {
    expect(first.status, first.output).toBe(0);
    for (const locale of ['en', 'tc', 'sc']) {
      for (const p of [
        '',
        'strategies/1-alpha/',
        'strategies/2-beta/',
        'directions/1-first/',
        'updates/2024-01-01-first-update/',
        'about/',
        'indicators/',
      ]) {
        expect(fs.existsSync(path.join(dist, locale, p, 'index.html')), `/${locale}/${p}`).toBe(true);
      }
    }
  });

  it('gives the configured contact email under the accessibility statement, in a whole sentence of each language', () => {
    for (const [locale, sentence] of [
      ['en', `Email ${CONTACT}.`],
      ['tc', `請電郵至 ${CONTACT}。`],
      ['sc', `请电邮至 ${CONTACT}。`],
    ] as const) {
      const contact = page(`${locale}/accessibility`).querySelector('[data-contact="email"]');
      expect(contact?.text.trim(), locale).toBe(sentence);
      expect(contact?.querySelector('a')?.getAttribute('href')).toBe(`mailto:${CONTACT}`);
    }
  });

  it('shows a missing translation in English, marked lang="en", with a notice in the reader\u2019s language', () => {
    const doc = page('tc/updates/2024-01-01-first-update');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-HK');
    expect(doc.querySelector('[data-notice="fallback"]')?.text).toBe('此頁尚未有中文版本，現以英文顯示。');
    const title = doc.querySelector('h1');
    expect(title?.text).toBe('The first update');
    expect(title?.closest('[lang]')?.getAttribute('lang')).toBe('en');
  });

  it('says when the English version changed after the translation, with both dates', () => {
    const doc = page('tc/strategies/2-beta');
    expect(doc.querySelector('[data-notice="stale"]')?.text).toBe('英文版本已於 2024年6月1日 更新；此譯本的日期為 2024年1月1日。');
    expect(page('tc/strategies/1-alpha').querySelector('[data-notice="stale"]')).toBeNull();
  });

  it('converts Simplified Chinese from Traditional, says that Traditional prevails, and leaves no Traditional character', () => {
    const doc = page('sc/strategies/1-alpha');
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe('zh-CN');
    expect(doc.querySelector('[data-notice="converted"]')?.text).toBe('此页由繁体中文自动转换，以繁体中文版本为准。');
    expect(doc.querySelector('h1')?.text).toBe('甲策略');
    expect(doc.querySelector('#measure-1-1')?.text).toContain('做第一件事');
    expect(traditionalCharacters(doc.querySelector('main')!.text)).toEqual([]);
  });

  it('fails on an editor mistake with the file, the field and the reason, and keeps the last good site', () => {
    const before = fs.readFileSync(path.join(dist, 'en', 'index.html'), 'utf8');
    const broken = contentWithMistake('unknown-direction', 'strategies/en/1-alpha.mdx');
    const result = build(broken, dist);
    fs.rmSync(broken, { recursive: true, force: true });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/strategies\/en\/1-alpha\.mdx:3: direction: 5 does not exist \(known: 1\)/);
    expect(result.output).toContain('The previous site in');
    expect(fs.readFileSync(path.join(dist, 'en', 'index.html'), 'utf8')).toBe(before);
  }, 120_000);
});
