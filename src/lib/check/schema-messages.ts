import type { z } from 'astro/zod';
import { nonexistentDay } from './dates.ts';

/** The field an issue is about, dotted with list indexes (`focusAreas.0.measures.1.id`), as messages name it. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.length ? path.map(String).join('.') : 'front matter';
}

/** A value as an editor wrote it, in words: `"Fintech" (text)`, `a list`, `3 (number)`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}" (text)`;
  if (value instanceof Date) return `a date (${value.toISOString().slice(0, 10)})`;
  if (ArrayBuffer.isView(value)) return 'binary data';
  if (typeof value === 'object') return 'a group of fields';
  return `${String(value)} (${typeof value})`;
}

/**
 * One schema issue in an editor's words: what the field must be and what was
 * found. Zod's own wording calls a missing choice a wrong one and never says
 * what was written, so the common issues are worded here from the value Zod
 * puts on the issue when parsing with `reportInput`; the schemas' own messages
 * (`is empty: …`) are kept as they are.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
  }
  const value = issue.input;
  if (issue.code === 'invalid_value') {
    const choices = issue.values.map(String).join(', ');
    return value === undefined ? `is required (one of: ${choices})` : `must be one of: ${choices}, but found ${describeValue(value)}`;
  }
  if (issue.code === 'too_small' && issue.origin === 'number') {
    return `must be ${issue.inclusive ? 'at least' : 'more than'} ${String(issue.minimum)}, but found ${describeValue(value)}`;
  }
  if (issue.code === 'too_big' && issue.origin === 'number') {
    return `must be ${issue.inclusive ? 'at most' : 'less than'} ${String(issue.maximum)}, but found ${describeValue(value)}`;
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') return `must be a whole number, but found ${describeValue(value)}`;
  if (issue.code === 'invalid_type') {
    if (value === undefined) return `is required (expected ${issue.expected})`;
    if (issue.expected === 'date') {
      const impossible = typeof value === 'string' ? nonexistentDay(value) : undefined;
      if (impossible) return `${value} is not a day of the calendar (${impossible})`;
      return `must be a date written YYYY-MM-DD, but found ${describeValue(value)}`;
    }
    return `expected ${issue.expected}, but found ${describeValue(value)}`;
  }
  return issue.message;
}
