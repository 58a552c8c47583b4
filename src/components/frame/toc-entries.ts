import type { MarkdownHeading } from 'astro';

/** The headings the table of contents lists. */
export const tocEntries = (headings: readonly MarkdownHeading[]) =>
  headings.filter((h) => h.depth === 2 || h.depth === 3);

/**
 * Whether the contents get a column of their own on wide screens (four sections or more). Decided when the page is
 * built, not by a :has() rule: a browser that paints before it has parsed the fourth entry moved the text.
 */
export const tocHasColumn = (headings: readonly MarkdownHeading[]) => tocEntries(headings).length >= 4;
