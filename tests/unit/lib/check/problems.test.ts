import { describe, expect, it } from 'vitest';
import { errorsOf, formatProblem, uniqueProblems, type Problem } from '../../../../src/lib/check/problems.ts';

const error: Problem = {
  file: 'content/strategies/en/3-venture-financing.mdx',
  line: 7,
  field: 'focusAreas.0.measures.1.id',
  message: 'must look like 3.2',
  severity: 'error',
};
const warning: Problem = {
  file: 'content/pages/tc/about.mdx',
  line: 1,
  field: 'file',
  message: 'the English file changed since',
  severity: 'warning',
};

describe('formatProblem', () => {
  it('writes file:line: field: message for errors', () => {
    expect(formatProblem(error)).toBe('content/strategies/en/3-venture-financing.mdx:7: focusAreas.0.measures.1.id: must look like 3.2');
  });

  it('tags warnings', () => {
    expect(formatProblem(warning)).toBe('content/pages/tc/about.mdx:1: warning: file: the English file changed since');
  });

  it('leaves out the line when it is not known', () => {
    expect(formatProblem({ file: 'content/x.mdx', field: 'body', message: 'bad', severity: 'error' })).toBe('content/x.mdx: body: bad');
    expect(formatProblem({ file: 'content/x.mdx', field: 'body', message: 'bad', severity: 'warning' })).toBe(
      'content/x.mdx: warning: body: bad',
    );
  });
});

describe('errorsOf', () => {
  it('keeps only errors, in order', () => {
    const second: Problem = { ...error, line: 9 };
    expect(errorsOf([warning, error, warning, second])).toEqual([error, second]);
  });

  it('is empty when there are only warnings or no problems', () => {
    expect(errorsOf([warning])).toEqual([]);
    expect(errorsOf([])).toEqual([]);
  });
});

describe('uniqueProblems', () => {
  it('keeps the first of problems that say the same thing about the same place, in the order found', () => {
    expect(uniqueProblems([error, warning, { ...error }, { ...warning }])).toEqual([error, warning]);
  });

  it('keeps problems that differ in file, line, field or message', () => {
    const others = [
      { ...error, file: 'content/a.mdx' },
      { ...error, line: 8 },
      { ...error, field: 'title' },
      { ...error, message: 'other' },
    ];
    expect(uniqueProblems([error, ...others])).toEqual([error, ...others]);
  });
});
