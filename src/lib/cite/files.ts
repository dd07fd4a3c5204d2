/**
 * The `.bib` (BibTeX) and `.ris` downloads of a page or a measure, for
 * reference managers. Written at build time, so the accessed day is the build day.
 */
import { getLocale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { formatDate, isoDay } from '../format.ts';
import type { CitedPage } from './record.ts';
import { plainCitation } from './styles.ts';
import { BLUEPRINT } from './work.ts';

/** BibTeX's special characters, escaped so any title or measure text reads back as written. */
export function bibEscape(value: string): string {
  // One pass, so that the braces of \textbackslash{} are not escaped in their turn.
  return value.replace(/\s+/g, ' ').replace(/[\\{}&%$#_~^]/g, (c) => BIB_ESCAPES[c] ?? `\\${c}`);
}
const BIB_ESCAPES: Record<string, string> = { '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' };

/** The entry's key: stable, ASCII, unique per page and locale: `itib2022-en-measures-3-2`. */
export function bibKey(page: CitedPage): string {
  const who = page.work === 'blueprint' ? 'itib2022' : 'guide';
  return `${who}-${page.locale}-${page.file}`.replace(/[^A-Za-z0-9-]+/g, '-');
}

const LANGUAGE_NAME = { en: 'english', tc: 'chinese', sc: 'chinese' } as const;

/** One BibTeX entry: the Blueprint as a `@techreport`, or this site's page as a `@misc` web page. */
export function bibtex(page: CitedPage, accessed: Date): string {
  const note = plainCitation(page, formatDate(accessed, page.locale));
  const fields: [string, string][] =
    page.work === 'blueprint'
      ? [
          // Double braces: a corporate author, not a first and a last name.
          ['author', `{${bibEscape(BLUEPRINT.author)}}`],
          ['title', bibEscape(BLUEPRINT.title.en)],
          ['institution', bibEscape(BLUEPRINT.author)],
          ['address', BLUEPRINT.place],
          ['year', isoDay(BLUEPRINT.published).slice(0, 4)],
          ['month', String(Number(isoDay(BLUEPRINT.published).slice(5, 7)))],
          ['date', isoDay(BLUEPRINT.published)],
        ]
      : [
          ['author', `{${bibEscape(siteName(page))}}`],
          ['title', bibEscape(page.title)],
          ...(page.published
            ? ([
                ['year', isoDay(page.published).slice(0, 4)],
                ['date', isoDay(page.published)],
              ] as [string, string][])
            : []),
        ];
  fields.push(['url', page.url], ['urldate', isoDay(accessed)], ['language', LANGUAGE_NAME[page.locale]], ['note', bibEscape(note)]);
  const type = page.work === 'blueprint' ? 'techreport' : 'misc';
  return `@${type}{${bibKey(page)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** The site's name as its pages give it: the author of its own pages. */
const siteName = (page: CitedPage) => t(page.locale, 'site.fullName');

/** RIS day: `2022/12/22/`. */
const risDay = (date: Date) => `${isoDay(date).replace(/-/g, '/')}/`;

/** One RIS record: tagged lines, CRLF-ended as the format asks, closed by `ER`. */
export function ris(page: CitedPage, accessed: Date): string {
  const lines: [string, string][] =
    page.work === 'blueprint'
      ? [
          ['TY', 'RPRT'],
          ['AU', BLUEPRINT.author],
          ['TI', BLUEPRINT.title.en],
          ['PY', isoDay(BLUEPRINT.published).slice(0, 4)],
          ['DA', risDay(BLUEPRINT.published)],
          ['PB', BLUEPRINT.author],
          ['CY', BLUEPRINT.place],
        ]
      : [
          ['TY', 'ELEC'],
          ['AU', siteName(page)],
          ['TI', page.title],
          ...(page.published
            ? ([
                ['PY', isoDay(page.published).slice(0, 4)],
                ['DA', risDay(page.published)],
              ] as [string, string][])
            : []),
        ];
  lines.push(
    ['UR', page.url],
    ['Y2', risDay(accessed)],
    ['LA', getLocale(page.locale).lang],
    ['N1', plainCitation(page, formatDate(accessed, page.locale))],
    ['ER', ''],
  );
  // Every line is "TAG  - value" on one line (the closing ER keeps its space after the dash).
  return lines.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ')}\r\n`).join('');
}
