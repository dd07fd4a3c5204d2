import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scaleContent, type ContentFile } from '../../scripts/bench/scale-content.ts';
import { checkContent } from '../../src/lib/check/content-check.ts';
import { errorsOf } from '../../src/lib/check/problems.ts';

const direction = (n: number, title: string) => `---
number: ${n}
title: "${title}"
shortTitle: "${title}"
summary: A direction.
---
`;

const strategy = (n: number, d: number, title: string) => `---
number: ${n}
direction: ${d}
title: "${title}"
shortTitle: "${title}"
summary: A strategy.
focusAreas:
  - text: The **first** area
    measures:
      - id: "${n}.1"
        text: One
      - id: "${n}.2"
        text: Two
  - text: The **second** area
    measures:
      - id: "${n}.3"
        text: Three
---
`;

const update = `---
title: An update
date: 2023-02-01
summary: Something happened.
sources:
  - name: A report
measures: ["2.3"]
strategies: [2]
---

It happened.
`;

/** A page, so that the content is a whole site: the check refuses one without its linked pages. */
const page = (title: string) => `---
title: ${title}
summary: A page.
---

Text.
`;

const indicator = `---
order: 1
title: Widgets
summary: How many widgets.
unit: count
baseline:
  value: 1
  year: 2022
targets:
  - value: 2
    year: 2030
source:
  name: A report
strategies: [1]
---
`;

const REAL: ContentFile[] = [
  { path: 'directions/en/1-first.mdx', text: direction(1, 'First') },
  { path: 'directions/en/2-second.mdx', text: direction(2, 'Second') },
  { path: 'strategies/en/1-one.mdx', text: strategy(1, 1, 'One') },
  { path: 'strategies/en/2-two.mdx', text: strategy(2, 2, 'Two') },
  { path: 'strategies/en/3-three.mdx', text: strategy(3, 2, 'Three') },
  { path: 'strategies/tc/3-three.mdx', text: strategy(3, 2, '三') },
  { path: 'updates/en/2023-02-01-an-update.mdx', text: update },
  { path: 'indicators/en/widgets.mdx', text: indicator },
  ...['about', 'accessibility', 'about-this-site'].map((slug) => ({ path: `pages/en/${slug}.mdx`, text: page(slug) })),
];

const frontMatter = (file: ContentFile | undefined) => parse(/^---\n([\s\S]*?)^---$/m.exec(file?.text ?? '')?.[1] ?? '');
const byPath = (files: ContentFile[], path: string) => files.find((f) => f.path === path);

describe('scaleContent', () => {
  it('returns the content unchanged at 1×', () => {
    expect(scaleContent(REAL, 1)).toEqual(REAL);
  });

  it('adds factor − 1 copies of every strategy and direction, in every locale, numbered on', () => {
    const files = scaleContent(REAL, 3);
    expect(files.filter((f) => f.path.startsWith('strategies/en/'))).toHaveLength(9);
    expect(files.filter((f) => f.path.startsWith('directions/en/'))).toHaveLength(6);
    expect(files.filter((f) => f.path.startsWith('strategies/tc/')).map((f) => f.path)).toEqual([
      'strategies/tc/3-three.mdx',
      'strategies/tc/6-generated-3.mdx',
      'strategies/tc/9-generated-3.mdx',
    ]);
    expect(byPath(files, 'directions/en/4-generated-2.mdx')).toBeDefined();
  });

  it('gives a copy its new number, the matching copied direction and measure IDs <n>.<k>', () => {
    const copy = frontMatter(byPath(scaleContent(REAL, 2), 'strategies/en/6-generated-3.mdx'));
    expect(copy.number).toBe(6);
    expect(copy.direction).toBe(4);
    expect(copy.focusAreas.flatMap((a: { measures: { id: string }[] }) => a.measures.map((m) => m.id))).toEqual(['6.1', '6.2', '6.3']);
    expect(copy.title).toBe('Three (generated 6)');
    expect(frontMatter(byPath(scaleContent(REAL, 2), 'strategies/tc/6-generated-3.mdx')).title).toBe('三（生成 6）');
  });

  it('keeps updates, with their measure references, as they are', () => {
    const files = scaleContent(REAL, 4);
    expect(byPath(files, 'updates/en/2023-02-01-an-update.mdx')?.text).toBe(update);
  });

  it('produces content the project check accepts', () => {
    const files = scaleContent(REAL, 3).map((f) => ({ path: `content/${f.path}`, relative: f.path, text: f.text }));
    expect(errorsOf(checkContent(files))).toEqual([]);
  });

  it('refuses a factor that is not a whole number of at least 1', () => {
    expect(() => scaleContent(REAL, 0)).toThrow(/factor/);
    expect(() => scaleContent(REAL, 1.5)).toThrow(/factor/);
  });
});
