import { defineConfig } from 'vitest/config';

/**
 * Five lanes: fast unit and content tests; builds of other content (fixtures,
 * generated edits), one at a time; site tests over the built `dist/`;
 * browser tests driving the system Chromium against `dist/` served locally.
 * `npm test` builds the site first (scripts/test.mjs).
 */
export default defineConfig({
  test: {
    // Two files at a time, whatever the lane: on two cores Vitest would otherwise run one, and the
    // browser and build lanes spend much of their time waiting on Chromium and child processes.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'content', include: ['tests/content/**/*.test.ts'], testTimeout: 120_000 } },
      {
        test: {
          name: 'builds',
          include: ['tests/builds/**/*.test.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
          // One build at a time: every Astro build of this checkout rewrites the shared .astro/ folder.
          fileParallelism: false,
        },
      },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // Files run two at a time alongside the other lanes, each with its own Chromium, and a file's
          // concurrent tests (each on a page of its own) two at a time: the pages' renderers are what use
          // the two cores, and more pages at once only queue for them (measured: 3 or 4 were slower).
          maxConcurrency: 2,
          // expect.poll's default second is for a quiet machine; sharing two cores with three other pages and
          // another lane, one look at the page can take longer. A broken page still fails, later.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
