import type { APIRoute } from 'astro';
import { LOCALE_CODES } from '../../../i18n/locales.ts';
import { citedOn, getCitations } from '../../../lib/collections.ts';
import { bibtex, ris } from '../../../lib/cite/files.ts';
import type { CitedPage } from '../../../lib/cite/record.ts';

const FORMATS = {
  bib: { write: bibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { write: ris, type: 'application/x-research-info-systems; charset=utf-8' },
} as const;

/** `/{locale}/cite/{page}.bib` and `.ris`: one per citable page and measure, for reference managers. */
export async function getStaticPaths() {
  const paths = [];
  for (const locale of LOCALE_CODES) {
    for (const page of (await getCitations(locale)).values()) {
      for (const format of Object.keys(FORMATS) as (keyof typeof FORMATS)[]) {
        paths.push({ params: { locale, file: `${page.file}.${format}` }, props: { page, format } });
      }
    }
  }
  return paths;
}

export const GET: APIRoute<{ page: CitedPage; format: keyof typeof FORMATS }> = ({ props: { page, format } }) =>
  new Response(FORMATS[format].write(page, citedOn()), { headers: { 'Content-Type': FORMATS[format].type } });
