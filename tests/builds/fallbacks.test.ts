import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, getLocale, type LocaleCode } from '../../src/i18n/locales.ts';
import type { SourceFile } from '../../src/lib/check/content-check.ts';
import { REAL_CONTENT, fileAt, partsOf, withText } from '../helpers/generate/content.ts';
import { withEnglishOnlyItems } from '../helpers/generate/english-only.ts';
import { build, workFolder, writeContent } from '../helpers/generate/build.ts';
import { SEED, random, shuffled } from '../helpers/generate/random.ts';

/**
 * Every translation of the real content is deleted in one of two builds (a
 * seeded half each), and the first also adds a direction and a strategy in
 * English only that translated updates and indicators name. Both must build,
 * and every page must still exist in every locale, in English where nothing
 * else is left, marked lang="en" with the notice.
 */
const work = workFolder('fallbacks');
const translations = REAL_CONTENT.filter((f) => partsOf(f.relative).locale !== DEFAULT_LOCALE);
const order = shuffled(translations, random(SEED));
const halves = [order.slice(0, Math.ceil(order.length / 2)), order.slice(Math.ceil(order.length / 2))];
const englishOnly = withEnglishOnlyItems(REAL_CONTENT);
const COMMENTED = fileAt(REAL_CONTENT, 'pages/en/about.mdx');
const COMMENT = 'A note for editors, not for readers';

interface Built {
  deleted: Set<string>;
  files: SourceFile[];
  dist: string;
  result: ReturnType<typeof build>;
}
const builds: Built[] = [];

beforeAll(() => {
  halves.forEach((half, i) => {
    const deleted = new Set(half.map((f) => f.relative));
    // The second build also carries an editor's MDX comment, which the check accepts and readers must not see.
    const base =
      i === 0 ? englishOnly.files : withText(REAL_CONTENT, COMMENTED.relative, `${COMMENTED.text.trimEnd()}\n\n{/* ${COMMENT} */}\n`);
    const files = base.filter((f) => !deleted.has(f.relative));
    const content = writeContent(path.join(work.dir, `content-${i}`), files);
    const dist = path.join(work.dir, `dist-${i}`);
    builds.push({ deleted, files, dist, result: build(content, dist, path.join(work.dir, 'cache')) });
  });
}, 600_000);
afterAll(work.cleanUp);

/** Where an item's text comes from in a locale, given which files exist. */
function expectedOrigin(
  files: readonly SourceFile[],
  collection: string,
  slug: string,
  locale: LocaleCode,
): 'own' | 'converted' | 'fallback' {
  const has = (l: string) => files.some((f) => f.relative === `${collection}/${l}/${slug}.mdx`);
  if (has(locale)) return 'own';
  const source = getLocale(locale).derivedFrom;
  if (source && has(source)) return 'converted';
  return 'fallback';
}

function pagePath(collection: string, slug: string): string {
  if (collection === 'pages') return `${slug}/`;
  if (collection === 'indicators') return 'indicators/';
  return `${collection}/${slug}/`;
}

function read(dist: string, locale: string, p: string): HTMLElement {
  return parse(fs.readFileSync(path.join(dist, locale, p, 'index.html'), 'utf8'));
}

/** The element holding an item's title: the page's h1, or the indicator's own section. */
function itemRoot(doc: HTMLElement, collection: string, slug: string): HTMLElement | null {
  return collection === 'indicators' ? doc.querySelector(`[aria-labelledby="indicator-${slug}"]`) : doc.querySelector('h1');
}

const cases = halves.flatMap((half, i) =>
  half.flatMap((file) => {
    const { collection, slug } = partsOf(file.relative);
    return LOCALES.filter((l) => l.code !== DEFAULT_LOCALE).map((l) => ({
      build: i,
      collection,
      slug,
      locale: l.code,
      label: `${file.relative} deleted: /${l.code}/${pagePath(collection, slug)}`,
    }));
  }),
);

describe(`deleting translations of the real content (seed ${SEED})`, () => {
  it('builds with every translation deleted in one build or the other, and with English-only items named by translations', () => {
    for (const b of builds) expect(b.result.status, b.result.output.slice(-3000)).toBe(0);
    expect(builds.flatMap((b) => [...b.deleted]).sort()).toEqual(translations.map((f) => f.relative).sort());
  });

  it.each(cases)('$label exists, in the reader’s script or in English with the notice', ({ build: i, collection, slug, locale }) => {
    const { files, dist } = builds[i]!;
    const doc = read(dist, locale, pagePath(collection, slug));
    expect(doc.querySelector('html')?.getAttribute('lang')).toBe(getLocale(locale).lang);
    const origin = expectedOrigin(files, collection, slug, locale);
    const root = itemRoot(doc, collection, slug);
    expect(root, `no title element for ${collection}/${slug}`).not.toBeNull();
    const lang = root!.closest('[lang]')?.getAttribute('lang');
    if (origin === 'fallback') {
      expect(lang).toBe('en');
      if (collection !== 'indicators') expect(doc.querySelector('[data-notice="fallback"]'), 'the fallback notice').not.toBeNull();
    } else {
      expect(lang).toBe(getLocale(locale).lang);
      expect(doc.querySelector('[data-notice="fallback"]')).toBeNull();
      if (origin === 'converted' && collection !== 'indicators') expect(doc.querySelector('[data-notice="converted"]')).not.toBeNull();
    }
  });

  it('builds a page with an MDX comment and shows readers nothing of it', () => {
    const html = fs.readFileSync(path.join(builds[1]!.dist, 'en', 'about', 'index.html'), 'utf8');
    expect(html).toContain('<h1');
    expect(html).not.toContain(COMMENT);
  });

  it('shows the English-only strategy in every locale, and links it from the translated updates that name it', () => {
    const { dist } = builds[0]!;
    const slug = `${englishOnly.strategy}-new-strategy`;
    for (const locale of ['tc', 'sc']) {
      const doc = read(dist, locale, `strategies/${slug}/`);
      expect(doc.querySelector('[data-notice="fallback"]')).not.toBeNull();
      expect(doc.querySelector(`#measure-${englishOnly.strategy}-1`)).not.toBeNull();
    }
    const update = builds[0]!.files.find((f) => f.relative.startsWith('updates/tc/'))!;
    const doc = read(dist, 'tc', `updates/${partsOf(update.relative).slug}/`);
    expect(doc.querySelectorAll('a').some((a) => a.getAttribute('href')?.startsWith(`/tc/strategies/${slug}/`))).toBe(true);
  });
});
