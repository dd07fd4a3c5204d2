/**
 * The first thing in every page's <head>, inline: the reader's text size and theme must be
 * in place before anything paints. Everything else waits for main.ts at the end of <body>.
 */
import { applySavedPreferences } from './preferences.ts';

applySavedPreferences(document.documentElement);
