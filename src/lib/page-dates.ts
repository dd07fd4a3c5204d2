/**
 * The dates a page shows, on GOV.UK's model: "Published" (first on this site),
 * "Last updated" (its last major change) and the dated notes of those changes.
 * Only what editors write in front matter moves them: a commit that fixes a
 * typo changes no date. Git dates are the fallback for a file that has neither.
 */
import { isoDay } from './format.ts';

export interface ChangeNote {
  date: Date;
  note: string;
}

export interface PageDates {
  /** The day the page was first published on this site. */
  published?: Date;
  /** The day of its last major change: the newest note, else the day it was published. */
  updated?: Date;
  /** Its major changes, newest first. */
  changes: ChangeNote[];
  /** `front-matter` when an editor dated the page; `history` when only git (or a file time) could. */
  from: 'front-matter' | 'history';
}

/** What a content file says about its own dates. */
export interface DatedFrontMatter {
  published?: Date;
  changes?: readonly ChangeNote[];
}

/** The file's history from git: first commit and last commit (a file time outside git). */
export interface FileHistory {
  first?: Date;
  last?: Date;
}

const newestFirst = (a: ChangeNote, b: ChangeNote) => b.date.getTime() - a.date.getTime() || a.note.localeCompare(b.note);

export function pageDates(front: DatedFrontMatter, history: FileHistory = {}): PageDates {
  const changes = [...(front.changes ?? [])].sort(newestFirst);
  if (front.published || changes.length > 0) {
    const published = front.published ?? history.first;
    return { published, updated: changes[0]?.date ?? published, changes, from: 'front-matter' };
  }
  // An undated file (a new page in a pull request): its commits date it until an editor does.
  return { published: history.first, updated: history.last ?? history.first, changes, from: 'history' };
}

/** Whether the page changed after it was first published, on Hong Kong days: only then is "Last updated" worth showing. */
export function updatedSincePublished(dates: Pick<PageDates, 'published' | 'updated'>): boolean {
  if (!dates.updated) return false;
  return !dates.published || isoDay(dates.updated) > isoDay(dates.published);
}

/** The published and updated days of several pages (a list page): the first published, the last changed. */
export function combinedDates(all: readonly PageDates[]): Pick<PageDates, 'published' | 'updated'> {
  const times = (pick: (d: PageDates) => Date | undefined) =>
    all
      .map(pick)
      .filter((d): d is Date => !!d)
      .map((d) => d.getTime());
  const published = times((d) => d.published);
  const updated = times((d) => d.updated);
  return {
    published: published.length ? new Date(Math.min(...published)) : undefined,
    updated: updated.length ? new Date(Math.max(...updated)) : undefined,
  };
}

/**
 * The anchor of each change on its page, oldest first from 1, so that a new note
 * never renumbers the old ones: `change-1`, or `change-start-ups-1` on a page
 * that lists the changes of several items.
 */
export function changeAnchors(changes: readonly ChangeNote[], prefix = 'change'): (ChangeNote & { id: string })[] {
  return changes.map((c, i) => ({ ...c, id: `${prefix}-${changes.length - i}` }));
}

/** The prefix of an indicator's change anchors on the indicators page, which lists the changes of all of them. */
export function indicatorChangePrefix(slug: string): string {
  return `change-${slug}`;
}
