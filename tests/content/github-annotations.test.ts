import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentWithMistake } from '../helpers/fixtures.ts';
import { buildEnv } from '../helpers/generate/build.ts';

// `npm run check` (and so `npm run build`) on content with one mistake, as GitHub Actions runs it.

let content: string;
let summaryFile: string;
let onGitHub: ReturnType<typeof check>;

beforeAll(() => {
  content = contentWithMistake('measure-out-of-sequence', 'strategies/en/1-alpha.mdx');
  summaryFile = path.join(content, '..', `${path.basename(content)}-summary.md`);
  // Something an earlier step wrote, which the check must keep.
  fs.writeFileSync(summaryFile, '### Earlier step\n\n');
  onGitHub = check({ GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile });
});
afterAll(() => {
  fs.rmSync(content, { recursive: true, force: true });
  fs.rmSync(summaryFile, { force: true });
});

/** Runs scripts/check.ts on the broken copy; CI's own GitHub variables never leak into it. */
function check(github: Record<string, string>) {
  const result = spawnSync(process.execPath, ['scripts/check.ts'], { encoding: 'utf8', env: buildEnv({ BLUEPRINT_CONTENT_DIR: content, ...github }) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The file as the check names it: relative to the project, which is the repository's root. */
const brokenFile = () => path.relative(process.cwd(), path.join(content, 'strategies/en/1-alpha.mdx')).split(path.sep).join('/');

describe('the content check on GitHub Actions', () => {
  it('prints the mistake as an ::error annotation on its file and line, and still fails', () => {
    const run = onGitHub;
    expect(run.status).toBe(1);
    expect(run.stdout.split('\n')).toContain(
      `::error file=${brokenFile()},line=13,title=Content check%3A focusAreas.0.measures.1.id::measure 1.3 is out of sequence; expected 1.2`,
    );
    // The missing translations of the fixture are warnings, on the file as a whole.
    expect(run.stdout).toMatch(/^::warning file=[^\n]*\/pages\/en\/accessibility\.mdx,title=Content check%3A translation::no tc translation/m);
    // The plain line editors read in the log is still there.
    expect(run.stderr).toContain(`${brokenFile()}:13: focusAreas.0.measures.1.id: measure 1.3 is out of sequence; expected 1.2`);
  });

  it('appends the mistake to the job summary, after what was already there', () => {
    const summary = fs.readFileSync(summaryFile, 'utf8');
    expect(summary.startsWith('### Earlier step\n\n### Content check of ')).toBe(true);
    expect(summary).toMatch(/\d+ errors?, \d+ warnings?\./);
    expect(summary).toContain(`| ${brokenFile()}:13 | focusAreas.0.measures.1.id | measure 1.3 is out of sequence; expected 1.2 | error |`);
  });

});

describe('the content check outside GitHub Actions', () => {
  it('prints no workflow commands and leaves the summary file alone, even when one is named', () => {
    const before = fs.readFileSync(summaryFile, 'utf8');
    const run = check({ GITHUB_STEP_SUMMARY: summaryFile });
    expect(run.status).toBe(1);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(/^::/m);
    expect(run.stderr).toContain(`${brokenFile()}:13: focusAreas.0.measures.1.id: measure 1.3 is out of sequence; expected 1.2`);
    expect(fs.readFileSync(summaryFile, 'utf8')).toBe(before);
  });
});
