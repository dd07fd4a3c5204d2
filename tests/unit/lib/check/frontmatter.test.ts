import { describe, expect, it } from 'vitest';
import { parseFrontmatter } from '../../../../src/lib/check/frontmatter.ts';

const STRATEGY = [
  '---', //                         1
  'number: 3', //                   2
  'title: Venture financing', //    3
  'focusAreas:', //                 4
  '  - text: First **area**', //    5
  '    measures:', //               6
  '      - id: "3.1"', //           7
  '        text: One', //           8
  '      - id: "3.2"', //           9
  '        text: Two', //           10
  '  - text: Second', //            11
  '    measures:', //               12
  '      - id: "3.3"', //           13
  '        text: Three', //         14
  '---', //                         15
  'Body line one', //               16
  '', //                            17
  'More', //                        18
  '',
].join('\n');

describe('parseFrontmatter: a well-formed file', () => {
  const parsed = parseFrontmatter(STRATEGY);

  it('parses the front matter', () => {
    expect(parsed.data).toEqual({
      number: 3,
      title: 'Venture financing',
      focusAreas: [
        {
          text: 'First **area**',
          measures: [
            { id: '3.1', text: 'One' },
            { id: '3.2', text: 'Two' },
          ],
        },
        { text: 'Second', measures: [{ id: '3.3', text: 'Three' }] },
      ],
    });
    expect(parsed.yamlErrors).toEqual([]);
  });

  it('returns the body after the closing fence and the line it starts on', () => {
    expect(parsed.body).toBe('Body line one\n\nMore\n');
    expect(parsed.bodyLine).toBe(16);
  });

  it('gives the file line of top-level fields', () => {
    expect(parsed.lineOf(['number'])).toBe(2);
    expect(parsed.lineOf(['title'])).toBe(3);
  });

  it('points a list field at the line of its name, where the editor looks', () => {
    expect(parsed.lineOf(['focusAreas'])).toBe(4);
  });

  it('gives the file line of nested list items and their fields', () => {
    expect(parsed.lineOf(['focusAreas', 0])).toBe(5);
    expect(parsed.lineOf(['focusAreas', 0, 'text'])).toBe(5);
    expect(parsed.lineOf(['focusAreas', 0, 'measures'])).toBe(6);
    expect(parsed.lineOf(['focusAreas', 0, 'measures', 1])).toBe(9);
    expect(parsed.lineOf(['focusAreas', 0, 'measures', 1, 'id'])).toBe(9);
    expect(parsed.lineOf(['focusAreas', 0, 'measures', 1, 'text'])).toBe(10);
    expect(parsed.lineOf(['focusAreas', 1])).toBe(11);
    expect(parsed.lineOf(['focusAreas', 1, 'measures', 0, 'text'])).toBe(14);
  });

  it('points a missing nested field at the item that should hold it', () => {
    expect(parsed.lineOf(['focusAreas', 1, 'keywords'])).toBe(11);
    expect(parsed.lineOf(['focusAreas', 0, 'measures', 1, 'keywords'])).toBe(9);
  });

  it('points a missing list item at the list', () => {
    expect(parsed.lineOf(['focusAreas', 5])).toBe(4);
  });

  it('points a missing top-level field at the start of the front matter', () => {
    expect(parsed.lineOf(['summary'])).toBe(2);
    expect(parsed.lineOf([])).toBe(2);
  });

  it('points a path below a scalar at the scalar', () => {
    expect(parsed.lineOf(['title', 'x'])).toBe(3);
  });
});

describe('parseFrontmatter: other shapes', () => {
  it('reads empty values, block lists and flow lists with their lines', () => {
    const parsed = parseFrontmatter('---\ntitle:\nsummary: x\nkeywords:\n  - a\n  - b\nlist: []\n---\n');
    expect(parsed.data).toEqual({ title: null, summary: 'x', keywords: ['a', 'b'], list: [] });
    expect(parsed.lineOf(['title'])).toBe(2);
    expect(parsed.lineOf(['summary'])).toBe(3);
    expect(parsed.lineOf(['keywords'])).toBe(4);
    expect(parsed.lineOf(['keywords', 1])).toBe(6);
    expect(parsed.lineOf(['list'])).toBe(7);
    expect(parsed.body).toBe('');
    expect(parsed.bodyLine).toBe(9);
  });

  it('handles empty front matter', () => {
    const parsed = parseFrontmatter('---\n---\nBody');
    expect(parsed.data).toBeNull();
    expect(parsed.yamlErrors).toEqual([]);
    expect(parsed.body).toBe('Body');
    expect(parsed.bodyLine).toBe(3);
    expect(parsed.lineOf(['title'])).toBe(2);
  });

  it('handles Windows line endings', () => {
    const parsed = parseFrontmatter('---\r\ntitle: x\r\nn: 1\r\n---\r\nBody\r\n');
    expect(parsed.data).toEqual({ title: 'x', n: 1 });
    expect(parsed.body).toBe('Body\r\n');
    expect(parsed.bodyLine).toBe(5);
    expect(parsed.lineOf(['n'])).toBe(3);
  });

  it('accepts trailing spaces after the fences', () => {
    const parsed = parseFrontmatter('---  \ntitle: x\n--- \t\nBody');
    expect(parsed.data).toEqual({ title: 'x' });
    expect(parsed.body).toBe('Body');
    expect(parsed.bodyLine).toBe(4);
  });

  it('keeps later --- lines in the body', () => {
    const parsed = parseFrontmatter('---\ntitle: x\n---\nIntro\n---\nMore\n');
    expect(parsed.data).toEqual({ title: 'x' });
    expect(parsed.body).toBe('Intro\n---\nMore\n');
  });
});

describe('parseFrontmatter: broken YAML', () => {
  it('reports a syntax error with its file line and gives no data', () => {
    const parsed = parseFrontmatter('---\ntitle: ok\nsummary: @oops\nnumber: 2\n---\nBody\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.yamlErrors).toEqual([{ line: 3, message: 'Plain value cannot start with reserved character @' }]);
    expect(parsed.body).toBe('Body\n');
    expect(parsed.bodyLine).toBe(6);
  });

  it('reports a tab used as indentation on its line', () => {
    const parsed = parseFrontmatter('---\na: 1\nb: 2\n\tc: 3\n---\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.yamlErrors).toEqual([{ line: 4, message: 'Tabs are not allowed as indentation' }]);
  });

  it('reports a duplicated key on the line of the second one', () => {
    const parsed = parseFrontmatter('---\ntitle: a\nsummary: b\ntitle: c\n---\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.yamlErrors).toEqual([{ line: 4, message: 'Map keys must be unique' }]);
  });

  it('keeps only the first line of each error message', () => {
    const parsed = parseFrontmatter('---\na: 1\nb: @x\nc: [1\n---\n');
    expect(parsed.yamlErrors.length).toBeGreaterThan(0);
    for (const e of parsed.yamlErrors) expect(e.message).not.toContain('\n');
    expect(parsed.yamlErrors[0]).toEqual({ line: 3, message: 'Plain value cannot start with reserved character @' });
  });
});

describe('parseFrontmatter: missing fences', () => {
  it('reports a file that does not start with front matter, keeping it all as body', () => {
    const parsed = parseFrontmatter('title: x\n\nBody\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.body).toBe('title: x\n\nBody\n');
    expect(parsed.bodyLine).toBe(1);
    expect(parsed.yamlErrors).toEqual([{ line: 1, message: 'the file must start with front matter between two "---" lines' }]);
    expect(parsed.lineOf(['title'])).toBe(1);
  });

  it('requires the opening fence on the very first line', () => {
    const parsed = parseFrontmatter('\n---\ntitle: x\n---\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.yamlErrors).toEqual([{ line: 1, message: 'the file must start with front matter between two "---" lines' }]);
  });

  it('reports front matter that is never closed', () => {
    const parsed = parseFrontmatter('---\ntitle: x\nsummary: y\n');
    expect(parsed.data).toBeUndefined();
    expect(parsed.body).toBe('');
    expect(parsed.bodyLine).toBe(1);
    expect(parsed.yamlErrors).toEqual([{ line: 1, message: 'the front matter is not closed by a "---" line' }]);
    expect(parsed.lineOf(['summary'])).toBe(1);
  });

  it('does not take a line of four dashes as the closing fence', () => {
    const parsed = parseFrontmatter('---\ntitle: x\n----\n');
    expect(parsed.yamlErrors).toEqual([{ line: 1, message: 'the front matter is not closed by a "---" line' }]);
  });

  it('reports an empty file', () => {
    expect(parseFrontmatter('').yamlErrors).toEqual([
      { line: 1, message: 'the file must start with front matter between two "---" lines' },
    ]);
  });
});
