import { describe, expect, it } from 'vitest';
import { HtmlValidate, FileSystemConfigLoader } from 'html-validate';
import { PAGES, readPage } from '../helpers/site.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

describe('html-validate', () => {
  it.each([...PAGES, '404.html'])('%s has no errors', async (page) => {
    const report = await validator.validateString(readPage(page), `dist${page}index.html`);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
