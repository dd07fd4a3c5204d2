/**
 * The `<meta>` tags reference managers read (Zotero, Mendeley): Highwire Press
 * (`citation_*`, as Google Scholar defines them) and Dublin Core (`DC.*`).
 * Made from the same record as the page's citations.
 */
import { getLocale } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { isoDay } from '../format.ts';
import type { CitedPage } from './record.ts';
import { BLUEPRINT } from './work.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** The namespace the `DC.` names stand for, linked from the head. */
export const DUBLIN_CORE_SCHEMAS = { DC: 'http://purl.org/dc/elements/1.1/' } as const;

const slashDay = (date: Date) => isoDay(date).replace(/-/g, '/');

export function citationMeta(page: CitedPage): MetaTag[] {
  const site = t(page.locale, 'site.fullName');
  const lang = getLocale(page.locale).lang;
  const blueprint = page.work === 'blueprint';
  // The work is the Blueprint, a report of its Bureau; or, for this site's own pages, the page.
  const creator = blueprint ? BLUEPRINT.author : site;
  const date = blueprint ? BLUEPRINT.published : page.published;
  const tags: (MetaTag | false | undefined)[] = [
    { name: 'citation_title', content: blueprint ? BLUEPRINT.title.en : page.title },
    { name: 'citation_author', content: creator },
    date && { name: 'citation_publication_date', content: slashDay(date) },
    // What makes a reference manager file the Blueprint as a report.
    blueprint && { name: 'citation_technical_report_institution', content: BLUEPRINT.author },
    { name: 'DC.title', content: page.title },
    { name: 'DC.creator', content: creator },
    date && { name: 'DC.date', content: isoDay(date) },
    { name: 'DC.identifier', content: page.url },
    // One language tag for both vocabularies: reference managers read it from either.
    { name: 'DC.language', content: lang },
  ];
  return tags.filter((tag): tag is MetaTag => !!tag);
}
