import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDate, currentYear } from '../../../src/lib/build-date.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-build-date-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function content(times: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(dir, 'content-'));
  for (const [file, time] of Object.entries(times)) {
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, file);
    fs.utimesSync(full, new Date(time), new Date(time));
  }
  return root;
}

describe('buildDate', () => {
  it('is the newest change to any content file, not the time of the build', () => {
    const root = content({
      'strategies/en/1-a.mdx': '2024-01-01T00:00:00Z',
      'strategies/tc/1-a.mdx': '2025-03-04T05:06:07Z',
      'pages/en/about.mdx': '2023-06-01T00:00:00Z',
    });
    expect(buildDate({}, root).toISOString()).toBe('2025-03-04T05:06:07.000Z');
    expect(buildDate({}, root).getTime()).toBe(buildDate({}, root).getTime());
  });

  it('is SOURCE_DATE_EPOCH when that is set, as reproducible builds expect', () => {
    const root = content({ 'pages/en/about.mdx': '2024-01-01T00:00:00Z' });
    expect(buildDate({ SOURCE_DATE_EPOCH: '1700000000' }, root).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(buildDate({ SOURCE_DATE_EPOCH: 'yesterday' }, root).toISOString()).toBe('2024-01-01T00:00:00.000Z');
  });
});

describe('currentYear', () => {
  it('is the year of the clock in Hong Kong, where a target year ends', () => {
    expect(currentYear({}, new Date('2026-06-01T00:00:00Z'))).toBe(2026);
    // 20:00 UTC on 31 December is already New Year's Day in Hong Kong.
    expect(currentYear({}, new Date('2025-12-31T20:00:00Z'))).toBe(2026);
  });

  it('follows SOURCE_DATE_EPOCH, so a reproducible build can be pinned to a day', () => {
    const epoch = String(Date.parse('2030-03-01T00:00:00Z') / 1000);
    expect(currentYear({ SOURCE_DATE_EPOCH: epoch }, new Date('2026-06-01T00:00:00Z'))).toBe(2030);
    expect(currentYear({ SOURCE_DATE_EPOCH: 'soon' }, new Date('2026-06-01T00:00:00Z'))).toBe(2026);
  });
});
