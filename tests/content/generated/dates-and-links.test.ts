import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/lib/check/content-check.ts';
import { formatProblem } from '../../../src/lib/check/problems.ts';
import { isoDay } from '../../../src/lib/format.ts';
import { REAL_CONTENT, errorFor, partsOf, withText, type ErrorCase } from '../../helpers/generate/content.ts';
import { linkSites } from '../../helpers/generate/body-links.ts';
import { fieldSites, lineAt, splice } from '../../helpers/generate/front-matter.ts';

type Case = ErrorCase;

function expectError(c: Case) {
  const { match, listed } = errorFor(c);
  expect(match, `no matching error among:\n${listed}`).toBeDefined();
}

/** Days that look right and do not exist; JavaScript would roll most of them into the next month. */
const IMPOSSIBLE = ['2023-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2024-02-30', '2023-06-31'];
const FUTURE = isoDay(new Date(Date.now() + 40 * 86_400_000));

const dateSites = REAL_CONTENT.flatMap((file) =>
  fieldSites(file.text)
    .filter((s) => typeof s.data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(s.data))
    .map((site) => ({ file, site })),
);
const impossible: Case[] = dateSites.map(({ file, site }, i) => {
  const day = IMPOSSIBLE[i % IMPOSSIBLE.length]!;
  return { label: `${file.path}: ${site.path.join('.')} → ${day}`, file, text: splice(file.text, site.value, day), line: site.line, field: site.path.join('.'), says: `${day} is not a day of the calendar` };
});
const future: Case[] = dateSites.map(({ file, site }) => ({
  label: `${file.path}: ${site.path.join('.')} → ${FUTURE}`,
  file,
  text: splice(file.text, site.value, FUTURE),
  line: site.line,
  field: site.path.join('.'),
  says: `${FUTURE} is in the future`,
}));
const misnamed: Case[] = dateSites
  .filter(({ file, site }) => partsOf(file.relative).collection === 'updates' && site.pattern === 'date')
  .map(({ file, site }) => {
    const before = isoDay(new Date(Date.parse(`${String(site.data)}T00:00:00Z`) - 86_400_000));
    return { label: `${file.path}: date → ${before}`, file, text: splice(file.text, site.value, before), line: site.line, field: 'date', says: `the file name says ${String(site.data)}` };
  });

describe('every date in the real content', () => {
  it('includes update dates and source dates', () => {
    const kinds = new Set(dateSites.map(({ site }) => site.pattern.split('.').at(-1)));
    expect(kinds.has('date')).toBe(true);
    expect(misnamed.length).toBeGreaterThan(0);
  });
  it.each(impossible)('$label fails: a day that does not exist', expectError);
  it.each(future)('$label fails: a day still to come', expectError);
  it.each(misnamed)('$label fails: the file name carries another day', expectError);
});

/** Addresses that would run code or leave the site, in the spellings that slip past a naive check. */
const UNSAFE = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  '&#106;avascript:alert(1)',
  'java&#x09;script:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'DATA:text/html,x',
  '//evil.example/',
  'file:///etc/passwd',
  'strategies/',
];

const links = REAL_CONTENT.flatMap((file) => linkSites(file.text).map((link) => ({ file, link })));
const inline: Case[] = links.map(({ file, link }, i) => {
  const bad = UNSAFE[i % UNSAFE.length]!;
  return { label: `${file.path}:${link.line}: ${link.url} → ${bad}`, file, text: splice(file.text, link.range, bad), line: link.line, field: 'body', says: 'link to ' };
});
/** Each unsafe address once more, as a reference-style link whose address sits at the foot of the body. */
const referenceStyle: Case[] = UNSAFE.map((bad, i) => {
  const { file, link } = links[(i * 7) % links.length]!;
  const text = `${splice(file.text, [link.range[0] - 2, link.range[1] + 1], '][unsafe]').replace(/\n*$/, '\n')}\n[unsafe]: ${bad}\n`;
  return { label: `${file.path}: reference-style [unsafe]: ${bad}`, file, text, line: lineAt(text, text.lastIndexOf('[unsafe]:')), field: 'body', says: 'link to ' };
});
const bodies = REAL_CONTENT.filter((f) => linkSites(f.text).length > 0);
const images: Case[] = ['https://evil.example/x.png', 'http://evil.example/x.png', 'data:image/png;base64,iVBORw0KGgo=', '//evil.example/x.png'].map((src, i) => {
  const file = bodies[(i * 5) % bodies.length]!;
  const text = `${file.text.replace(/\n*$/, '\n')}\n![A picture](${src})\n`;
  return { label: `${file.path}: image ${src}`, file, text, line: lineAt(text, text.lastIndexOf('![')), field: 'body', says: `image ${src}` };
});

describe('every link in the real content, pointed at an unsafe address', () => {
  it('tries every unsafe spelling, inline and reference-style, on internal and external links', () => {
    expect(new Set(inline.map((c) => c.label.split(' → ')[1])).size).toBe(UNSAFE.length);
    expect(links.some(({ link }) => link.url.startsWith('/')) && links.some(({ link }) => link.url.startsWith('https:'))).toBe(true);
  });
  it.each(inline)('$label fails naming the file and the line', expectError);
  it.each(referenceStyle)('$label fails naming the file and the line of the address', expectError);
  it.each(images)('$label fails: images come from this site only', expectError);

  const https = links.filter(({ link }) => link.url.startsWith('https://'));
  it.each(https.map(({ file, link }) => ({ file, link, label: `${file.path}:${link.line}` })))('$label with http:// instead of https:// is a warning, not an error', ({ file, link }) => {
    const text = splice(file.text, link.range, link.url.replace(/^https:/, 'http:'));
    const problems = checkContent(withText(REAL_CONTENT, file.relative, text));
    expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
    expect(problems.some((p) => p.severity === 'warning' && p.file === file.path && p.line === link.line && p.message.includes('use https://'))).toBe(true);
  });
});
