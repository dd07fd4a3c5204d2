// `npm run check`: every content problem as `file:line: field: what is wrong`.
// Exits 1 when there are errors; warnings (missing translations) are listed but pass.
import { checkProject } from '../src/lib/check/run.ts';
import { errorsOf, formatProblem } from '../src/lib/check/problems.ts';

const problems = checkProject();
const errors = errorsOf(problems);
const warnings = problems.length - errors.length;
for (const p of problems) console[p.severity === 'error' ? 'error' : 'warn'](formatProblem(p));
console.log(`content check: ${errors.length} error${errors.length === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
process.exit(errors.length ? 1 : 0);
