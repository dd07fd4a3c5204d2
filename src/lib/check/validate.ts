import { SCHEMAS, type CollectionName } from '../../schemas/index.ts';
import type { ParsedFile } from './frontmatter.ts';
import { describeIssue, fieldName } from './schema-messages.ts';

/** One way the front matter fails its schema, ready to report. */
export interface FieldProblem {
  field: string;
  message: string;
  line: number;
}

/** The front matter's data as its schema reads it, or every way it fails the schema. */
export type Validation = { ok: true; data: Record<string, unknown> } | { ok: false; problems: FieldProblem[] };

/** Checks parsed front matter against its collection's schema. */
export function validateFrontmatter(collection: CollectionName, parsed: ParsedFile): Validation {
  // The input on each issue is what lets a message say what the editor wrote.
  const result = SCHEMAS[collection].safeParse(parsed.data ?? {}, { reportInput: true });
  if (result.success) return { ok: true, data: result.data as Record<string, unknown> };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      field: fieldName(issue.path),
      message: describeIssue(issue),
      // An unknown field is reported on its own line, not on the line of the group that holds it.
      line: issue.code === 'unrecognized_keys' && issue.keys[0] ? parsed.lineOf([...issue.path, issue.keys[0]]) : parsed.lineOf(issue.path),
    })),
  };
}
