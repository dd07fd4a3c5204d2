import { getLocale } from '../../i18n/locales.ts';
import { traditionalCharacters } from '../chinese.ts';
import type { Entry, Report } from './entry.ts';

/** A hand-written Simplified file must not contain characters OpenCC would still convert. */
export function checkSimplified(entries: readonly Entry[], report: Report): void {
  for (const e of entries) {
    if (!getLocale(e.locale).derivedFrom) continue;
    const lines = e.file.text.split('\n');
    lines.forEach((text, i) => {
      const found = traditionalCharacters(text);
      if (found.length) {
        report(
          e.file,
          i + 1 < e.parsed.bodyLine ? 'front matter' : 'body',
          `Traditional characters in a Simplified Chinese file: ${found.join(' ')}`,
          i + 1,
        );
      }
    });
  }
}
