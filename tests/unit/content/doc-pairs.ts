import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const docLocales = ['ja', 'en'] as const;

/** Pages under <root>/<locale>/ by file name. */
export function pagesByLocale(root: string): Record<(typeof docLocales)[number], string[]> {
  const list = (locale: string) =>
    readdirSync(join(root, locale))
      .filter((name) => name.endsWith('.mdx'))
      .sort();
  return { ja: list('ja'), en: list('en') };
}

/** Problems that break the one-page-per-locale rule: a page in one locale only. */
export function unpairedPages(root: string): string[] {
  const { ja, en } = pagesByLocale(root);
  return [
    ...ja.filter((name) => !en.includes(name)).map((name) => `${root}/ja/${name} has no en/${name}`),
    ...en.filter((name) => !ja.includes(name)).map((name) => `${root}/en/${name} has no ja/${name}`),
  ];
}

/** Markdown headings of an MDX file with the explicit id each one carries (null when it has none). */
export function headingIds(source: string): { level: number; id: string | null }[] {
  return [...source.matchAll(/^(#{1,6})\s+.*?(?:\{\s*#([\w-]+)\s*\})?\s*$/gm)].map((m) => ({
    level: m[1]!.length,
    id: m[2] ?? null,
  }));
}

export const readPage = (root: string, locale: string, name: string) => readFileSync(join(root, locale, name), 'utf8');
