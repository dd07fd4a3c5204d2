import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const FIXTURES = path.resolve('tests/fixtures');

/** A temporary copy of the valid fixture content with one editor mistake put in place. */
export function contentWithMistake(fixture: string, target: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-mistake-'));
  fs.cpSync(path.join(FIXTURES, 'valid'), dir, { recursive: true });
  const destination = path.join(dir, target);
  fs.mkdirSync(path.dirname(destination), { recursive: true });
  fs.copyFileSync(path.join(FIXTURES, 'mistakes', `${fixture}.mdx`), destination);
  return dir;
}
