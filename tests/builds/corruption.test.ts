import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../src/lib/check/content-check.ts';
import { errorsOf, formatProblem, type Problem } from '../../src/lib/check/problems.ts';
import { decodeContent } from '../../src/lib/check/read-tree.ts';
import { REAL_CONTENT } from '../helpers/generate/content.ts';
import { CORRUPTIONS, corrupt, type Corruption } from '../helpers/generate/corrupt.ts';
import { STACK_TRACE, build, treeHash, workFolder, writeContent } from '../helpers/generate/build.ts';
import { SEED, random, shuffled } from '../helpers/generate/random.ts';

/**
 * Byte damage to a seeded sample of the real files, one kind each, every kind
 * several times. Each case either passes the check, and then the whole set of
 * them must build, or fails it with a message naming the damaged file; the
 * failing set, built over a good site, must leave that site as it was and
 * print no stack trace.
 */
const FILES = 60;
const rand = random(SEED);
const work = workFolder('corruption');

interface Case {
  file: SourceFile;
  kind: Corruption;
  bytes: Buffer;
  problems?: Problem[];
  thrown?: unknown;
}
const cases: Case[] = shuffled(REAL_CONTENT, rand)
  .slice(0, FILES)
  .map((file, i) => {
    const kind = CORRUPTIONS[i % CORRUPTIONS.length]!;
    return { file, kind, bytes: corrupt(Buffer.from(file.text, 'utf8'), kind, rand) };
  });
for (const c of cases) {
  const damaged: SourceFile = { path: c.file.path, relative: c.file.relative, ...decodeContent(c.bytes) };
  try {
    c.problems = checkContent(REAL_CONTENT.map((f) => (f === c.file ? damaged : f)));
  } catch (error) {
    c.thrown = error;
  }
}
const accepted = cases.filter((c) => c.problems && errorsOf(c.problems).length === 0);
const refused = cases.filter((c) => c.problems && errorsOf(c.problems).length > 0);
const bytesOf = (list: Case[]) => new Map(list.map((c) => [c.file.relative, c.bytes]));

const dist = path.join(work.dir, 'dist');
let good: ReturnType<typeof build>;
let goodHash = '';
let bad: ReturnType<typeof build>;
beforeAll(() => {
  good = build(writeContent(path.join(work.dir, 'accepted'), REAL_CONTENT, bytesOf(accepted)), dist, path.join(work.dir, 'cache'));
  if (good.status === 0) goodHash = treeHash(dist);
  bad = build(writeContent(path.join(work.dir, 'refused'), REAL_CONTENT, bytesOf(refused)), dist, path.join(work.dir, 'cache'));
}, 600_000);
afterAll(work.cleanUp);

describe(`damaged bytes in ${FILES} real files (seed ${SEED})`, () => {
  it('tries every kind of damage, and some cases pass the check while others fail it', () => {
    expect(new Set(cases.map((c) => c.kind)).size).toBe(CORRUPTIONS.length);
    expect(accepted.length).toBeGreaterThan(0);
    expect(refused.length).toBeGreaterThan(0);
  });

  it.each(cases.map((c) => ({ c, label: `${c.kind} in ${c.file.relative}` })))(
    '$label: the check answers without crashing; if it refuses, it names that file and blames no other',
    ({ c }) => {
      expect(c.thrown).toBeUndefined();
      const errors = errorsOf(c.problems!);
      if (errors.length === 0) return;
      const named = errors.some((p) => p.file === c.file.path || p.message.includes(c.file.path));
      expect(named, errors.map(formatProblem).join('\n')).toBe(true);
      // One damaged file, one place to look: no other item is blamed for it (its own translations may be).
      const item = (file: string) => file.replace(/\/(en|tc|sc)\//, '/');
      expect(errors.filter((p) => item(p.file) !== item(c.file.path)).map(formatProblem)).toEqual([]);
    },
  );

  it('builds the site with every damage the check accepts, all at once', () => {
    expect(good.status, `${accepted.map((c) => `${c.kind} ${c.file.relative}`).join('\n')}\n${good.output.slice(-3000)}`).toBe(0);
    expect(good.output).not.toMatch(STACK_TRACE);
  });

  it('refuses every damage the check refuses, naming each file, with no stack trace, and keeps the last good site byte for byte', () => {
    expect(bad.status).not.toBe(0);
    expect(bad.output).not.toMatch(STACK_TRACE);
    for (const c of refused) expect(bad.output).toContain(c.file.relative);
    expect(fs.existsSync(dist)).toBe(true);
    expect(treeHash(dist)).toBe(goodHash);
  });
});
