import type { SourceFile } from '../../../src/lib/check/content-check.ts';
import { partsOf, withText } from './content.ts';

const numberOf = (text: string) => Number(/^number: (\d+)$/m.exec(text)?.[1]);

/**
 * The content plus a direction and a strategy written in English only, the way
 * an editor adds an item before its translation: every update and indicator,
 * English and translated, names the new strategy (updates also its first measure).
 */
export function withEnglishOnlyItems(content: readonly SourceFile[]): {
  files: SourceFile[];
  direction: number;
  strategy: number;
  measure: string;
} {
  const english = (collection: string) => content.filter((f) => f.relative.startsWith(`${collection}/en/`));
  const direction = Math.max(...english('directions').map((f) => numberOf(f.text))) + 1;
  const strategy = Math.max(...english('strategies').map((f) => numberOf(f.text))) + 1;
  const measure = `${strategy}.1`;
  const [firstDirection] = english('directions');
  const [firstStrategy] = english('strategies');
  if (!firstDirection || !firstStrategy) throw new Error('the content has no English direction or strategy to copy');

  const directionText = firstDirection.text
    .replace(/^number: \d+$/m, `number: ${direction}`)
    .replace(/^title: .*$/m, 'title: A new direction');
  const from = numberOf(firstStrategy.text);
  const strategyText = firstStrategy.text
    .replace(/^number: \d+$/m, `number: ${strategy}`)
    .replace(/^direction: \d+$/m, `direction: ${direction}`)
    .replace(/^title: .*$/m, 'title: A new strategy')
    .replace(new RegExp(`id: "${from}\\.(\\d+)"`, 'g'), `id: "${strategy}.$1"`);

  let files = withText(content, `directions/en/${direction}-new-direction.mdx`, directionText);
  files = withText(files, `strategies/en/${strategy}-new-strategy.mdx`, strategyText);
  for (const file of files.filter((f) => /^(updates|indicators)\//.test(f.relative))) {
    const isUpdate = partsOf(file.relative).collection === 'updates';
    let text = /^strategies: \[/m.test(file.text)
      ? file.text.replace(/^strategies: \[/m, `strategies: [${strategy}, `)
      : file.text.replace(/^(---\r?\n)/, `$1strategies: [${strategy}]\n`);
    if (isUpdate) {
      text = /^measures: \[/m.test(text)
        ? text.replace(/^measures: \[/m, `measures: ["${measure}", `)
        : text.replace(/^(---\r?\n)/, `$1measures: ["${measure}"]\n`);
    }
    files = withText(files, file.relative, text);
  }
  return { files, direction, strategy, measure };
}
