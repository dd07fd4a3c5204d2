import { describe, expect, it } from 'vitest';
import { jsonForScript, structuredData, type PageType, type StructuredInput } from '../../../src/lib/structured-data.ts';

const SITE = { name: 'Guide', url: 'https://example.org/', lang: 'en' };
const input = (page: Partial<StructuredInput['page']> = {}, rest: Partial<StructuredInput> = {}): StructuredInput => ({
  site: SITE,
  page: { type: 'WebPage', name: 'Page', description: 'About it', url: 'https://example.org/en/page/', lang: 'en', ...page },
  breadcrumbs: [
    { name: 'Home', url: 'https://example.org/en/' },
    { name: 'Page', url: 'https://example.org/en/page/' },
  ],
  ...rest,
});
type Node = Record<string, unknown>;
const graph = (i: StructuredInput) => structuredData(i)['@graph'] as Node[];
const pageNode = (i: StructuredInput) => graph(i)[1]!;

const TYPES: PageType[] = ['WebPage', 'CollectionPage', 'Article', 'AboutPage', 'Dataset', 'SearchResultsPage'];

describe.each(TYPES)('the structured data of a %s', (type) => {
  const data = structuredData(input({ type }));
  const [website, node] = data['@graph'] as Node[];

  it('is schema.org JSON-LD with the site and the page', () => {
    expect(data['@context']).toBe('https://schema.org');
    expect(website).toMatchObject({ '@type': 'WebSite', name: SITE.name, url: SITE.url, inLanguage: SITE.lang });
    expect(node).toMatchObject({
      '@type': type,
      name: 'Page',
      description: 'About it',
      url: 'https://example.org/en/page/',
      inLanguage: 'en',
    });
  });

  it('links the page to the site by the site’s @id, and each has its own @id', () => {
    expect(node!.isPartOf).toEqual({ '@id': website!['@id'] });
    expect(website!['@id']).not.toBe(node!['@id']);
    expect(String(node!['@id']).startsWith('https://example.org/en/page/')).toBe(true);
  });

  it('survives a JSON round trip: no dates as objects, no undefined where a value is given', () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(JSON.parse(jsonForScript(data)));
  });
});

describe('structuredData', () => {
  it('numbers the breadcrumbs from 1, in order', () => {
    const crumbs = (pageNode(input()).breadcrumb as { itemListElement: Node[] }).itemListElement;
    expect(crumbs).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://example.org/en/' },
      { '@type': 'ListItem', position: 2, name: 'Page', item: 'https://example.org/en/page/' },
    ]);
  });

  it('gives an article its headline and both dates as calendar days', () => {
    const node = pageNode(
      input({ type: 'Article', datePublished: new Date('2023-10-25T00:00:00Z'), dateModified: new Date('2024-01-02T00:00:00Z') }),
    );
    expect(node).toMatchObject({ headline: 'Page', datePublished: '2023-10-25', dateModified: '2024-01-02' });
  });

  it('dates by the Hong Kong calendar, as the page itself does: late evening UTC is already the next day', () => {
    const node = pageNode(input({ type: 'Article', datePublished: new Date('2024-04-10T20:30:00Z') }));
    expect(node).toMatchObject({ datePublished: '2024-04-11', dateModified: '2024-04-11' });
  });

  it('dates an article never modified by its publication', () => {
    expect(pageNode(input({ type: 'Article', datePublished: new Date('2023-10-25T00:00:00Z') })).dateModified).toBe('2023-10-25');
  });

  it('dates other pages only when they have a date, and never gives them a headline', () => {
    expect(pageNode(input({ dateModified: new Date('2024-05-06T00:00:00Z') }))).toMatchObject({ dateModified: '2024-05-06' });
    expect(pageNode(input())).not.toHaveProperty('dateModified');
    expect(pageNode(input())).not.toHaveProperty('headline');
  });

  it('adds the image only when there is one', () => {
    expect(pageNode(input({ image: 'https://example.org/og.png' })).image).toBe('https://example.org/og.png');
    expect(pageNode(input())).not.toHaveProperty('image');
  });

  it('lists the downloads of a dataset with their formats, and its creator', () => {
    const node = pageNode(
      input({ type: 'Dataset' }, { distributions: [{ url: 'https://example.org/data/blueprint.json', format: 'application/json' }] }),
    );
    expect(node.distribution).toEqual([
      { '@type': 'DataDownload', contentUrl: 'https://example.org/data/blueprint.json', encodingFormat: 'application/json' },
    ]);
    expect(node.creator).toMatchObject({ '@type': 'Organization', name: SITE.name });
  });

  it('gives downloads only to a dataset', () => {
    const node = pageNode(input({ type: 'WebPage' }, { distributions: [{ url: 'https://example.org/x.csv', format: 'text/csv' }] }));
    expect(node).not.toHaveProperty('distribution');
  });
});

describe('jsonForScript', () => {
  it('can never close the script element it sits in, whatever the text', () => {
    const hostile = { name: '</script><script>alert(1)</script><!--', more: '</SCRIPT >' };
    const json = jsonForScript(hostile);
    expect(json).not.toMatch(/<\/?script|<!--/i);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(hostile);
  });

  it('keeps Chinese text and quotes as they are', () => {
    const value = { name: '「策略 3」：創投 "x"' };
    expect(JSON.parse(jsonForScript(value))).toEqual(value);
  });
});
