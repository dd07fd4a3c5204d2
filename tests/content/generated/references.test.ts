import { describe, expect, it } from 'vitest';
import { REAL_CONTENT, errorFor, errors, partsOf, withText, type ErrorCase } from '../../helpers/generate/content.ts';
import { linkSites } from '../../helpers/generate/body-links.ts';
import { fieldSites, scalarItems, splice } from '../../helpers/generate/front-matter.ts';
import type { SourceFile } from '../../../src/lib/check/content-check.ts';

/** Targets no content has: the check must say they do not exist. */
const MISSING_NUMBER = '99';
const MISSING_MEASURE = '"9.99"';

/** A real strategy page, for links with an anchor that page does not have. */
const STRATEGY_SLUG = partsOf(REAL_CONTENT.find((f) => f.relative.startsWith('strategies/en/'))!.relative).slug;

const cases: ErrorCase[] = [];
const valid: { label: string; file: SourceFile; text: string }[] = [];
for (const file of REAL_CONTENT) {
  const { collection } = partsOf(file.relative);
  for (const site of fieldSites(file.text)) {
    if (collection === 'strategies' && site.pattern === 'direction') {
      cases.push({ label: `${file.path}: direction → ${MISSING_NUMBER}`, file, text: splice(file.text, site.value, MISSING_NUMBER), line: site.line, field: 'direction', says: `${MISSING_NUMBER} does not exist` });
    }
  }
  for (const item of scalarItems(file.text)) {
    const [list] = item.path;
    if (list === 'strategies' && (collection === 'updates' || collection === 'indicators')) {
      cases.push({ label: `${file.path}: ${item.path.join('.')} → ${MISSING_NUMBER}`, file, text: splice(file.text, item.value, MISSING_NUMBER), line: item.line, field: item.path.join('.'), says: `strategy ${MISSING_NUMBER} does not exist` });
    }
    if (list === 'measures' && collection === 'updates') {
      cases.push({ label: `${file.path}: ${item.path.join('.')} → 9.99`, file, text: splice(file.text, item.value, MISSING_MEASURE), line: item.line, field: item.path.join('.'), says: 'measure 9.99 does not exist' });
    }
  }
  for (const link of linkSites(file.text)) {
    if (!link.url.startsWith('/')) continue;
    const locale = link.url.split('/')[1];
    const missing = `/${locale}/strategies/${MISSING_NUMBER}-missing/`;
    cases.push({ label: `${file.path}:${link.line}: link ${link.url} → ${missing}`, file, text: splice(file.text, link.range, missing), line: link.line, field: 'body', says: `link to ${missing}: no such page` });
    const page = `/${locale}/strategies/${STRATEGY_SLUG}/`;
    cases.push({ label: `${file.path}:${link.line}: link ${link.url} → ${page}#measure-9-99`, file, text: splice(file.text, link.range, `${page}#measure-9-99`), line: link.line, field: 'body', says: 'that page has no #measure-9-99' });
    valid.push({ label: `${file.path}:${link.line}: link ${link.url} → ${page}#measure-1-1`, file, text: splice(file.text, link.range, `${page}#measure-1-1`) });
  }
  if (collection === 'updates' && !fieldSites(file.text).some((s) => s.pattern === 'measures')) {
    // No update names a measure yet: the field is tried where an editor would add it.
    const text = file.text.replace(/^(---\r?\n)/, `$1measures: [${MISSING_MEASURE}]\n`);
    cases.push({ label: `${file.path}: measures.0 added as 9.99`, file, text, line: 2, field: 'measures.0', says: 'measure 9.99 does not exist' });
  }
}

describe('every reference in the real content, pointed at something that does not exist', () => {
  it('covers every kind of reference the content uses', () => {
    const kinds = new Set(cases.map((c) => (c.field === 'body' ? `link: ${c.says.replace(/^link to .*?: /, '')}` : c.field.replace(/\.\d+$/, ''))));
    expect([...kinds].sort()).toEqual(['direction', 'link: no such page', 'link: that page has no #measure-9-99', 'measures', 'strategies'].sort());
  });

  it.each(valid)('$label is accepted: the check knows the measure anchors of strategy pages', ({ file, text }) => {
    expect(errors(withText(REAL_CONTENT, file.relative, text))).toEqual([]);
  });

  it.each(cases)('$label fails naming the file, the line and the missing target', (c) => {
    const { match, listed } = errorFor(c);
    expect(match, `no matching error among:\n${listed}`).toBeDefined();
  });
});
