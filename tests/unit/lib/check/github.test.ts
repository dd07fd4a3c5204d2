import { describe, expect, it } from 'vitest';
import { annotation, escapeData, escapeProperty, markdownCell, summaryMarkdown, SUMMARY_ROWS } from '../../../../src/lib/check/github.ts';
import type { Problem } from '../../../../src/lib/check/problems.ts';

const error: Problem = {
  file: 'content/strategies/en/3-venture-financing.mdx',
  line: 13,
  field: 'focusAreas.0.measures.1.id',
  message: 'measure 3.3 is out of sequence; expected 3.2',
  severity: 'error',
};
const warning: Problem = {
  file: 'content/pages/en/about.mdx',
  field: 'translation',
  message: 'no tc translation (content/pages/tc/about.mdx); readers of /tc/ and /sc/ see the English text with a notice',
  severity: 'warning',
};

describe('workflow command escaping, as @actions/core does it', () => {
  it('escapes %, CR and LF in the message, % first so the escapes are not escaped again', () => {
    expect(escapeData('100% sure\r\nnext line\n%0A')).toBe('100%25 sure%0D%0Anext line%0A%250A');
  });

  it('leaves : and , in the message as they are', () => {
    expect(escapeData('known: 1, 2')).toBe('known: 1, 2');
  });

  it('also escapes : and , in property values, where they would end or split the properties', () => {
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });
});

describe('annotation', () => {
  it('puts an error on its file and line, titled with the field', () => {
    expect(annotation(error)).toBe(
      '::error file=content/strategies/en/3-venture-financing.mdx,line=13,title=Content check%3A focusAreas.0.measures.1.id::measure 3.3 is out of sequence; expected 3.2',
    );
  });

  it('makes a warning a ::warning, not an ::error', () => {
    expect(annotation(warning)).toMatch(/^::warning file=content\/pages\/en\/about\.mdx,title=/);
  });

  it('leaves out line= when the line is not known', () => {
    expect(annotation(warning)).not.toContain('line=');
    expect(annotation({ ...error, line: undefined })).toBe(
      '::error file=content/strategies/en/3-venture-financing.mdx,title=Content check%3A focusAreas.0.measures.1.id::measure 3.3 is out of sequence; expected 3.2',
    );
  });

  it('escapes : and , in a file name and a title, and newlines in the message', () => {
    const odd: Problem = { file: 'content/pages/en/a:b,c.mdx', line: 2, field: 'x,y', message: 'first\nsecond 5%', severity: 'error' };
    expect(annotation(odd)).toBe('::error file=content/pages/en/a%3Ab%2Cc.mdx,line=2,title=Content check%3A x%2Cy::first%0Asecond 5%25');
  });

  it('keeps each annotation on one line, whatever the message holds', () => {
    const multiline: Problem = { ...error, message: 'broken YAML:\r\n  at line 3\n' };
    expect(annotation(multiline).split(/\r|\n/)).toHaveLength(1);
  });
});

describe('summaryMarkdown', () => {
  it('says in one line that there are no problems when the content is clean', () => {
    expect(summaryMarkdown([])).toBe('### Content check: no problems\n');
  });

  it('gives a heading, the counts and one table row per problem', () => {
    const markdown = summaryMarkdown([error, warning]);
    expect(markdown).toContain('### Content check\n');
    expect(markdown).toContain('1 error, 1 warning.');
    expect(markdown).toContain('| where | field | what is wrong | severity |');
    expect(markdown).toContain(
      '| content/strategies/en/3-venture-financing.mdx:13 | focusAreas.0.measures.1.id | measure 3.3 is out of sequence; expected 3.2 | error |',
    );
    expect(markdown).toContain('| content/pages/en/about.mdx | translation |');
    expect(
      markdown
        .trimEnd()
        .split('\n')
        .filter((l) => l.startsWith('| ')),
    ).toHaveLength(4);
  });

  it('counts in the plural', () => {
    expect(summaryMarkdown([error, error, error])).toContain('3 errors, 0 warnings.');
  });

  it('names the content folder when it is not the project’s own', () => {
    expect(summaryMarkdown([error], { folder: 'tests/fixtures/valid' })).toContain('### Content check of tests/fixtures/valid\n');
    expect(summaryMarkdown([], { folder: 'tests/fixtures/valid' })).toBe('### Content check of tests/fixtures/valid: no problems\n');
  });

  it('keeps a pipe or a newline in a message inside its cell', () => {
    const markdown = summaryMarkdown([{ ...error, message: "Expected 'reported' | 'site'\nsecond line\r\nthird" }]);
    const row = markdown.split('\n').find((l) => l.startsWith('| content/'));
    expect(row).toBe(
      "| content/strategies/en/3-venture-financing.mdx:13 | focusAreas.0.measures.1.id | Expected 'reported' \\| 'site'<br>second line<br>third | error |",
    );
  });

  it('shows what the editor typed as text, not as HTML or emphasis', () => {
    expect(markdownCell('content files belong at <collection>/<locale>/<slug>.mdx')).toBe(
      'content files belong at \\<collection\\>/\\<locale\\>/\\<slug\\>.mdx',
    );
    expect(markdownCell('Expected a closing tag for `<strong>`')).toBe('Expected a closing tag for \\`\\<strong\\>\\`');
    expect(markdownCell('file name "About_Us_" has **stars** & \\')).toBe('file name "About\\_Us\\_" has \\*\\*stars\\*\\* \\& \\\\');
  });

  it('stops listing after its row limit and says how many more are in the log', () => {
    const many = Array.from({ length: SUMMARY_ROWS + 3 }, (_, i) => ({ ...error, line: i + 1 }));
    const markdown = summaryMarkdown(many);
    expect(markdown.split('\n').filter((l) => l.startsWith('| content/'))).toHaveLength(SUMMARY_ROWS);
    expect(markdown).toContain(`${SUMMARY_ROWS + 3} errors, 0 warnings.`);
    expect(markdown).toContain('…and 3 more, listed in the log.');
  });
});
