import { getCollection, type CollectionEntry } from 'astro:content';
import { isLocale, type Locale } from '../i18n/index.ts';
import { sitePath } from './site.ts';

export type DocEntry = CollectionEntry<'docs'>;

/** Splits a docs entry id ("ja/overview", "en/index") into its locale and slug. */
export function parseDocId(id: string): { locale: Locale; slug: string } {
  const [locale, ...rest] = id.split('/');
  if (!isLocale(locale)) throw new Error(`content/docs/${id}: the first folder must be a locale (ja or en)`);
  const slug = rest.join('/');
  return { locale, slug: slug === 'index' ? '' : slug };
}

/** The address of a page as links carry it: /ja/, /en/overview/ … (under the base path, src/lib/site.ts). */
export function docPath(locale: Locale, slug: string): string {
  return sitePath(slug ? `/${locale}/${slug}/` : `/${locale}/`);
}

/** All pages of one locale, in sidebar order. */
export async function docsFor(locale: Locale): Promise<DocEntry[]> {
  const entries = await getCollection('docs', (e) => parseDocId(e.id).locale === locale);
  return entries.sort((a, b) => a.data.order - b.data.order);
}

export interface NavLink {
  href: string;
  title: string;
  slug: string;
}

/** One entry as a link in the sidebar or the previous/next pair. */
export function navLink(entry: DocEntry): NavLink {
  const { locale, slug } = parseDocId(entry.id);
  return { href: docPath(locale, slug), title: entry.data.title, slug };
}

/** The pages before and after `entry` in sidebar order, if any. */
export function neighbours(ordered: DocEntry[], entry: DocEntry): { prev?: NavLink; next?: NavLink } {
  const i = ordered.findIndex((e) => e.id === entry.id);
  const prev = ordered[i - 1];
  const next = ordered[i + 1];
  return { prev: prev && navLink(prev), next: next && navLink(next) };
}
