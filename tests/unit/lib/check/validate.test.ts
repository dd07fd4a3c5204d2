import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../../src/lib/check/frontmatter.ts';
import { validateFrontmatter } from '../../../../src/lib/check/validate.ts';

const page = (frontmatter: string) => parseFrontmatter(`---\n${frontmatter}\n---\n\nText.\n`);

describe('validateFrontmatter', () => {
  it('returns the data as the schema reads it, defaults filled in', () => {
    expect(validateFrontmatter('pages', page('title: About\nsummary: Who writes this guide.'))).toEqual({
      ok: true,
      data: { title: 'About', summary: 'Who writes this guide.', order: 100, keywords: [], changes: [], work: 'site' },
    });
  });

  it('reports a wrong value with its field, the words for it and its line', () => {
    expect(validateFrontmatter('pages', page('title: About\nsummary: Who.\norder: 2.5'))).toEqual({
      ok: false,
      problems: [{ field: 'order', message: 'must be a whole number, but found 2.5 (number)', line: 4 }],
    });
  });

  it('reports an unknown field on its own line, not on the first line of the front matter', () => {
    expect(validateFrontmatter('pages', page('title: About\nsummary: Who.\nsumary: Who.'))).toEqual({
      ok: false,
      problems: [{ field: 'front matter', message: 'unknown field "sumary" (check the spelling)', line: 4 }],
    });
  });

  it('reports each missing field on the first line of the front matter, where it would be added', () => {
    const result = validateFrontmatter('pages', page('order: 1'));
    expect(result).toEqual({
      ok: false,
      problems: [
        { field: 'title', message: 'is required (expected string)', line: 2 },
        { field: 'summary', message: 'is required (expected string)', line: 2 },
      ],
    });
  });

  it('reads empty front matter as no fields rather than failing on nothing', () => {
    const result = validateFrontmatter('pages', parseFrontmatter('---\n---\n\nText.\n'));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['title', 'summary']);
  });
});
