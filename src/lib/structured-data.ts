/**
 * JSON-LD (schema.org) for every page: the WebSite, the page's breadcrumbs and
 * a node for the page itself, typed by what it is.
 */
import { isoDay } from './format.ts';

export type PageType = 'WebPage' | 'CollectionPage' | 'Article' | 'AboutPage' | 'Dataset' | 'SearchResultsPage';

export interface StructuredInput {
  site: { name: string; url: string; lang: string };
  page: {
    type: PageType;
    name: string;
    description: string;
    url: string;
    lang: string;
    dateModified?: Date;
    datePublished?: Date;
    image?: string;
  };
  breadcrumbs: { name: string; url: string }[];
  /** For the data page: the downloadable files. */
  distributions?: { url: string; format: string }[];
}

// Hong Kong days, as the pages show them: a commit late in the UTC evening is already the next day there.
const day = (d?: Date) => (d ? isoDay(d) : undefined);

export function structuredData(input: StructuredInput): Record<string, unknown> {
  const { site, page } = input;
  const website = { '@type': 'WebSite', '@id': `${site.url}#website`, name: site.name, url: site.url, inLanguage: site.lang };
  const breadcrumb = {
    '@type': 'BreadcrumbList',
    itemListElement: input.breadcrumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
  };
  const node: Record<string, unknown> = {
    '@type': page.type,
    '@id': `${page.url}#page`,
    name: page.name,
    description: page.description,
    url: page.url,
    inLanguage: page.lang,
    isPartOf: { '@id': website['@id'] },
    breadcrumb,
  };
  if (page.type === 'Article') {
    node.headline = page.name;
    node.datePublished = day(page.datePublished);
    node.dateModified = day(page.dateModified ?? page.datePublished);
  } else if (page.dateModified) {
    node.dateModified = day(page.dateModified);
  }
  if (page.image) node.image = page.image;
  if (page.type === 'Dataset' && input.distributions) {
    node.distribution = input.distributions.map((d) => ({ '@type': 'DataDownload', contentUrl: d.url, encodingFormat: d.format }));
    node.creator = { '@type': 'Organization', name: site.name, url: site.url };
  }
  return { '@context': 'https://schema.org', '@graph': [website, node] };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text can never close the script. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
