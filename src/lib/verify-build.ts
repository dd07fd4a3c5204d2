import fs from 'node:fs';
import path from 'node:path';
import { LOCALE_CODES, DEFAULT_LOCALE } from '../i18n/locales.ts';

/** Every `index.html` under `dir`, as site paths ("/en/strategies/"). */
export function builtPages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === 'index.html')
        pages.push(`/${path.relative(dir, path.dirname(full)).split(path.sep).join('/')}/`.replace('//', '/'));
    }
  };
  if (fs.existsSync(dir)) walk(dir);
  return pages.sort();
}

/**
 * What is missing from a built site: the root and 404 pages, each English
 * page's twins in the other locales, and the search index of each language.
 */
export function verifyBuiltSite(dir: string): string[] {
  const problems: string[] = [];
  const pages = new Set(builtPages(dir));
  for (const required of ['/', `/${DEFAULT_LOCALE}/`]) if (!pages.has(required)) problems.push(`missing page ${required}`);
  if (!fs.existsSync(path.join(dir, '404.html'))) problems.push('missing 404.html');
  const english = [...pages].filter((p) => p.startsWith(`/${DEFAULT_LOCALE}/`));
  for (const page of english) {
    for (const locale of LOCALE_CODES) {
      const twin = page.replace(`/${DEFAULT_LOCALE}/`, `/${locale}/`);
      if (!pages.has(twin)) problems.push(`missing ${twin} (the twin of ${page})`);
    }
  }
  for (const locale of LOCALE_CODES) {
    const count = [...pages].filter((p) => p.startsWith(`/${locale}/`)).length;
    if (count !== english.length) problems.push(`/${locale}/ has ${count} pages, English has ${english.length}`);
  }
  const entry = path.join(dir, 'pagefind', 'pagefind-entry.json');
  if (!fs.existsSync(entry)) problems.push('missing search index (pagefind/pagefind-entry.json)');
  return problems;
}
