import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentRoot } from '../../../src/lib/content-root.ts';

describe('contentRoot', () => {
  it('defaults to content/ in the working directory', () => {
    expect(contentRoot({}, '/project')).toBe(path.resolve('/project', 'content'));
  });

  it('uses BLUEPRINT_CONTENT_DIR, relative to the working directory', () => {
    expect(contentRoot({ BLUEPRINT_CONTENT_DIR: 'tests/fixtures/content' }, '/project')).toBe(
      path.resolve('/project/tests/fixtures/content'),
    );
  });

  it('uses an absolute BLUEPRINT_CONTENT_DIR as it is', () => {
    expect(contentRoot({ BLUEPRINT_CONTENT_DIR: '/tmp/generated' }, '/project')).toBe(path.resolve('/tmp/generated'));
  });

  it('trims spaces around the setting', () => {
    expect(contentRoot({ BLUEPRINT_CONTENT_DIR: '  fixtures  ' }, '/project')).toBe(path.resolve('/project/fixtures'));
  });

  it('ignores an empty or blank setting', () => {
    expect(contentRoot({ BLUEPRINT_CONTENT_DIR: '' }, '/project')).toBe(path.resolve('/project/content'));
    expect(contentRoot({ BLUEPRINT_CONTENT_DIR: '   ' }, '/project')).toBe(path.resolve('/project/content'));
  });

  it('reads the process environment and working directory by default', () => {
    const expected = process.env.BLUEPRINT_CONTENT_DIR?.trim()
      ? path.resolve(process.cwd(), process.env.BLUEPRINT_CONTENT_DIR.trim())
      : path.resolve(process.cwd(), 'content');
    expect(contentRoot()).toBe(expected);
  });
});
