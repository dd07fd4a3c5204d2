import type { Translator } from '../i18n/t.ts';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/**
 * A focus-area sentence as HTML: the slides' bold phrases, marked `**like this**`
 * in the content, become `<strong>`; everything else is escaped text.
 */
export function emphasisToHtml(text: string): string {
  return escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');
}

/** The same sentence as plain text, for descriptions and data files. */
export function stripEmphasis(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1');
}

/** The bold phrases of a focus-area sentence. */
export function emphasisedPhrases(text: string): string[] {
  return [...text.matchAll(/\*\*(.+?)\*\*/g)].map((m) => m[1]!);
}

/** A focus area's heading, its number and the topics its sentence stresses: "Focus area 1: capital needs". */
export function focusAreaTitle(t: Translator, area: { number: number; text: string }): string {
  return t('strategy.focusAreaTitled', { n: area.number, phrases: emphasisedPhrases(area.text).join(t('punct.listSeparator')) });
}
