// Reading a built site (dist/ or the sub-path build) the way a host serves it, for the publishing tests.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { fileOf } from './links-checker.ts';

/** Reads a built file by its address on a site served under `base` ('/' or '/co-sell/'); undefined when missing. */
export function siteReader(dist: string, base: string): (path: string) => string | undefined {
  return (path) => {
    if (!path.startsWith(base)) return undefined;
    const file = fileOf(dist, `/${path.slice(base.length)}`);
    return existsSync(file) && statSync(file).isFile() ? readFileSync(file, 'utf8') : undefined;
  };
}

/** The content file behind a guide page ('/en/' → content/docs/en/index.mdx). */
export function sourceOf(pagePath: string): string {
  const [, locale, slug] = /^\/([^/]+)\/(.*?)\/?$/.exec(pagePath)!;
  return `content/docs/${locale}/${slug || 'index'}.mdx`;
}

/** The date git gives the file's last commit, '' when it has none. */
export const lastCommitDate = (file: string): string =>
  execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8' }).trim();

/** Text of an HTML fragment: tags dropped, entities Astro writes decoded, spaces collapsed. */
export const textOf = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/** The value of a head element's attribute: meta(html, 'name="description"', 'content'). */
export function attr(html: string, selector: string, name: string): string | undefined {
  const tag = html.match(new RegExp(`<[a-z]+ [^>]*${selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^>]*>`))?.[0];
  const value = tag?.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1];
  return value === undefined ? undefined : textOf(value);
}
