import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { describeIssue, describeValue, fieldName } from '../../../../src/lib/check/schema-messages.ts';

/** The words for each issue of `value` against `schema`, parsed the way the check parses front matter. */
function messages(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [] : result.error.issues.map(describeIssue);
}

describe('fieldName', () => {
  it('dots the path to a field, list indexes included', () => {
    expect(fieldName(['focusAreas', 0, 'measures', 1, 'id'])).toBe('focusAreas.0.measures.1.id');
  });

  it('calls an issue about the whole front matter "front matter"', () => {
    expect(fieldName([])).toBe('front matter');
  });
});

describe('describeValue', () => {
  it('quotes text and says it is text', () => {
    expect(describeValue('Fintech')).toBe('"Fintech" (text)');
  });

  it('cuts long text after 40 characters', () => {
    expect(describeValue('x'.repeat(50))).toBe(`"${'x'.repeat(40)}…" (text)`);
  });

  it('names lists, groups of fields, nothing and binary data in words', () => {
    expect(describeValue([1, 2])).toBe('a list');
    expect(describeValue({ a: 1 })).toBe('a group of fields');
    expect(describeValue(null)).toBe('nothing');
    expect(describeValue(new Uint8Array(2))).toBe('binary data');
  });

  it('writes a date as its day', () => {
    expect(describeValue(new Date('2023-03-01T00:00:00Z'))).toBe('a date (2023-03-01)');
  });

  it('writes numbers and booleans with their type', () => {
    expect(describeValue(3)).toBe('3 (number)');
    expect(describeValue(true)).toBe('true (boolean)');
  });
});

describe('describeIssue', () => {
  const choice = z.strictObject({ kind: z.enum(['day', 'month']) });

  it('says a missing choice is required and lists the choices', () => {
    expect(messages(choice, {})).toEqual(['is required (one of: day, month)']);
  });

  it('says a wrong choice was found, quoting what was written', () => {
    expect(messages(choice, { kind: 'week' })).toEqual(['must be one of: day, month, but found "week" (text)']);
  });

  it('names every unknown field and asks for a look at the spelling', () => {
    expect(messages(choice, { kind: 'day', titel: 'x' })).toEqual(['unknown field "titel" (check the spelling)']);
    expect(messages(choice, { kind: 'day', titel: 'x', sumary: 'y' })).toEqual(['unknown fields "titel", "sumary" (check the spelling)']);
  });

  it('gives the bounds of a number and the number found', () => {
    expect(messages(z.number().min(1), 0)).toEqual(['must be at least 1, but found 0 (number)']);
    expect(messages(z.number().positive(), 0)).toEqual(['must be more than 0, but found 0 (number)']);
    expect(messages(z.number().max(10), 11)).toEqual(['must be at most 10, but found 11 (number)']);
    expect(messages(z.number().lt(10), 10)).toEqual(['must be less than 10, but found 10 (number)']);
  });

  it('asks for a whole number when a fraction is found', () => {
    expect(messages(z.number().int(), 2.5)).toEqual(['must be a whole number, but found 2.5 (number)']);
  });

  it('says a missing field is required, with the type it takes', () => {
    expect(messages(z.strictObject({ title: z.string() }), {})).toEqual(['is required (expected string)']);
  });

  it('says which type was expected and what was found instead', () => {
    expect(messages(z.string(), ['a'])).toEqual(['expected string, but found a list']);
  });

  it('says a day that the calendar does not have is not a day, and why', () => {
    expect(messages(z.date(), '2023-02-30')).toEqual(['2023-02-30 is not a day of the calendar (February 2023 has 28 days)']);
  });

  it('asks for YYYY-MM-DD when a date is written another way', () => {
    expect(messages(z.date(), '01/03/2023')).toEqual(['must be a date written YYYY-MM-DD, but found "01/03/2023" (text)']);
  });

  it("keeps a schema's own message as written", () => {
    expect(messages(z.string().min(1, { error: 'is empty: write the text' }), '')).toEqual(['is empty: write the text']);
  });
});
