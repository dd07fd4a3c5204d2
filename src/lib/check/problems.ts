/** One thing wrong (or worth a look) in the content, as shown to an editor. */
export interface Problem {
  /** Path of the file, relative to the project: `content/strategies/en/3-venture-financing.mdx`. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** The front-matter field (dotted, with list indexes: `focusAreas.0.measures.1.id`), or `body`, or `file`. */
  field: string;
  /** What is wrong and, where it helps, what is expected. */
  message: string;
  /** Errors fail the build; warnings (missing or stale translations) do not. */
  severity: 'error' | 'warning';
}

/** `file:line: field: message`, the form editors and editors' tools understand. */
export function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  const tag = p.severity === 'warning' ? 'warning: ' : '';
  return `${where}: ${tag}${p.field}: ${p.message}`;
}

export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((p) => p.severity === 'error');
}

/** One message per problem, in the order found. */
export function uniqueProblems(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.file, p.line, p.field, p.message]);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
