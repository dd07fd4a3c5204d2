import type { AstroIntegration } from 'astro';
import { checkProject } from '../check/run.ts';
import { errorsOf, formatProblem } from '../check/problems.ts';

/**
 * Runs `npm run check`'s content check before Astro reads any content, so that
 * `astro build` and `astro dev` stop with `file:line: field: reason` instead of
 * building a site from content that is wrong.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'blueprint:content-check',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        // Set by `npm run build`, which has just run the same check and stopped on any error.
        if (process.env.BLUEPRINT_CONTENT_CHECKED === '1') return;
        const problems = checkProject();
        for (const p of problems) if (p.severity === 'warning') logger.warn(formatProblem(p));
        const errors = errorsOf(problems);
        if (errors.length === 0) return;
        const message = `The content has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n${errors.map(formatProblem).join('\n')}`;
        if (command === 'dev') logger.error(message);
        else throw new Error(message);
      },
    },
  };
}
