// `npm run check:content`: every content problem as `file:line: field: what is wrong`.
// Exits 1 when there are errors; warnings (missing translations) are listed but pass.
// On GitHub Actions each problem is also an annotation on the pull request, and the job summary lists them.
import fs from 'node:fs';
import path from 'node:path';
import { checkProject } from '../src/lib/check/run.ts';
import { errorsOf, formatProblem } from '../src/lib/check/problems.ts';
import { annotation, summaryMarkdown } from '../src/lib/check/github.ts';
import { contentRoot } from '../src/lib/content-root.ts';

const problems = checkProject();
const errors = errorsOf(problems);
const warnings = problems.length - errors.length;
const onGitHub = process.env.GITHUB_ACTIONS === 'true';
for (const p of problems) {
  console[p.severity === 'error' ? 'error' : 'warn'](formatProblem(p));
  // GitHub reads workflow commands from stdout, as @actions/core writes them.
  if (onGitHub) console.log(annotation(p));
}
console.log(`content check: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);

const summary = process.env.GITHUB_STEP_SUMMARY;
if (onGitHub && summary) {
  const folder = path.relative(process.cwd(), contentRoot()).split(path.sep).join('/');
  // Appended: other steps (and other checks in this step) write to the same summary.
  fs.appendFileSync(summary, `${summaryMarkdown(problems, folder === 'content' ? {} : { folder })}\n`);
}
process.exit(errors.length ? 1 : 0);
