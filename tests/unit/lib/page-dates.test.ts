import { describe, expect, it } from 'vitest';
import { changeAnchors, combinedDates, pageDates, updatedSincePublished } from '../../../src/lib/page-dates.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const history = { first: day('2026-11-23'), last: day('2026-12-01') };

describe('pageDates', () => {
  it('dates a page by its front matter: published, and last updated on its newest change note', () => {
    const dates = pageDates(
      {
        published: day('2024-01-01'),
        changes: [
          { date: day('2024-03-01'), note: 'Added the 2023 reading.' },
          { date: day('2024-06-01'), note: 'Added the 2024 reading.' },
        ],
      },
      history,
    );
    expect(dates.published).toEqual(day('2024-01-01'));
    expect(dates.updated).toEqual(day('2024-06-01'));
    expect(dates.changes.map((c) => c.note)).toEqual(['Added the 2024 reading.', 'Added the 2023 reading.']);
    expect(dates.from).toBe('front-matter');
  });

  it('ignores the commits of a dated page: a typo fixed since changes neither of its days', () => {
    const front = { published: day('2024-01-01'), changes: [] };
    expect(pageDates(front, history)).toEqual(pageDates(front, {}));
    expect(pageDates(front, history).updated).toEqual(day('2024-01-01'));
  });

  it('takes the first commit as the day published when a page has change notes but no published day', () => {
    const dates = pageDates({ changes: [{ date: day('2026-12-05'), note: 'Rewrote the summary.' }] }, history);
    expect(dates.published).toEqual(day('2026-11-23'));
    expect(dates.updated).toEqual(day('2026-12-05'));
  });

  it('falls back to git for a page an editor has not dated: its first commit and its last', () => {
    expect(pageDates({ changes: [] }, history)).toEqual({
      published: day('2026-11-23'),
      updated: day('2026-12-01'),
      changes: [],
      from: 'history',
    });
  });

  it('has no days at all for an undated page outside git with no file time', () => {
    expect(pageDates({}, {})).toEqual({ published: undefined, updated: undefined, changes: [], from: 'history' });
  });

  it('orders notes of the same day the same way every build', () => {
    const changes = [
      { date: day('2024-06-01'), note: 'B' },
      { date: day('2024-06-01'), note: 'A' },
    ];
    expect(pageDates({ changes }).changes.map((c) => c.note)).toEqual(['A', 'B']);
    expect(pageDates({ changes: [...changes].reverse() }).changes.map((c) => c.note)).toEqual(['A', 'B']);
  });
});

describe('updatedSincePublished', () => {
  it('is true only when the last major change is a later Hong Kong day than publication', () => {
    expect(updatedSincePublished({ published: day('2024-01-01'), updated: day('2024-01-01') })).toBe(false);
    expect(updatedSincePublished({ published: day('2024-01-01'), updated: day('2024-01-02') })).toBe(true);
    // 20:00 UTC on 1 January is already 2 January in Hong Kong.
    expect(updatedSincePublished({ published: day('2024-01-01'), updated: new Date('2024-01-01T20:00:00Z') })).toBe(true);
    expect(updatedSincePublished({ published: day('2024-01-01') })).toBe(false);
    expect(updatedSincePublished({ updated: day('2024-01-01') })).toBe(true);
  });
});

describe('combinedDates', () => {
  it('dates a list by its items: the first published and the last changed', () => {
    const a = pageDates({ published: day('2024-01-01'), changes: [{ date: day('2024-09-01'), note: 'n' }] });
    const b = pageDates({ published: day('2023-05-01'), changes: [] });
    expect(combinedDates([a, b])).toEqual({ published: day('2023-05-01'), updated: day('2024-09-01') });
    expect(combinedDates([])).toEqual({ published: undefined, updated: undefined });
  });
});

describe('changeAnchors', () => {
  it('numbers changes from the oldest, so a new note never moves the anchors of the old ones', () => {
    const older = pageDates({ changes: [{ date: day('2024-01-01'), note: 'first' }] }).changes;
    const newer = pageDates({
      changes: [
        { date: day('2024-01-01'), note: 'first' },
        { date: day('2024-05-01'), note: 'second' },
      ],
    }).changes;
    expect(changeAnchors(older).map((c) => [c.id, c.note])).toEqual([['change-1', 'first']]);
    expect(changeAnchors(newer).map((c) => [c.id, c.note])).toEqual([
      ['change-2', 'second'],
      ['change-1', 'first'],
    ]);
    expect(changeAnchors(newer, 'change-start-ups').map((c) => c.id)).toEqual(['change-start-ups-2', 'change-start-ups-1']);
  });
});
