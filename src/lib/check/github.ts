import type { Problem } from './problems.ts';

// Content problems in the forms GitHub Actions shows on a pull request: workflow commands, which
// become annotations on the lines of "Files changed", and Markdown for the job summary, which
// lists every problem (GitHub shows only the first 10 error and 10 warning annotations of a step).

/** Escapes a workflow command's message as @actions/core does, so a `%` or a newline cannot end or alter it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command's property value: `:` would end the properties and `,` start another one. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::error file=…,line=…,title=…::message` (or `::warning …`): one problem as a pull-request annotation. */
export function annotation(problem: Problem): string {
  const properties: [string, string][] = [['file', problem.file]];
  // Without a line GitHub puts the annotation on the file as a whole; `line=undefined` would not parse.
  if (problem.line && problem.line > 0) properties.push(['line', String(problem.line)]);
  properties.push(['title', `Content check: ${problem.field}`]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  return `::${problem.severity} ${list}::${escapeData(problem.message)}`;
}

/**
 * One table cell as plain text. Messages quote what editors typed (`<collection>`, `**bold**`,
 * `` `<strong>` ``), which Markdown would otherwise render as tags or emphasis, or hide; a `|`
 * would split the cell and a newline would end the table.
 */
export function markdownCell(text: string): string {
  return text.replace(/[\\`*_[\]<>|&~]/g, (c) => `\\${c}`).replace(/\r\n?|\n/g, '<br>');
}

/** A job summary is capped at 1 MiB per step; far fewer rows than that are enough to act on. */
export const SUMMARY_ROWS = 500;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The job summary: a heading, the counts and a table of every problem, or one line when there are none. */
export function summaryMarkdown(problems: readonly Problem[], options: { folder?: string } = {}): string {
  // Named only when it is not the project's own content/, so a test's fixture run is not mistaken for it.
  const heading = options.folder ? `Content check of ${options.folder}` : 'Content check';
  if (problems.length === 0) return `### ${markdownCell(heading)}: no problems\n`;
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines = [
    `### ${markdownCell(heading)}`,
    '',
    `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}. Errors stop the build; warnings do not.`,
    '',
    '| where | field | what is wrong | severity |',
    '| --- | --- | --- | --- |',
    ...problems.slice(0, SUMMARY_ROWS).map((p) => {
      const where = p.line ? `${p.file}:${p.line}` : p.file;
      return `| ${[where, p.field, p.message, p.severity].map(markdownCell).join(' | ')} |`;
    }),
  ];
  if (problems.length > SUMMARY_ROWS) lines.push('', `…and ${problems.length - SUMMARY_ROWS} more, listed in the log.`);
  return `${lines.join('\n')}\n`;
}
