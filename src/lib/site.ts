/**
 * Where the site lives under its address: '/' at the root of a domain, '/co-sell/' when built with
 * BASE_PATH=/co-sell (astro.config.mjs). Every site-relative link, asset and script address goes through
 * sitePath, so a build for a sub-path works there and nowhere else needs to know.
 */
// Vite replaces import.meta.env.BASE_URL at build time, in pages and islands alike (astro.config.mjs gives it with
// slashes at both ends); code run by Node alone (Playwright tests importing guide-links) has none and means the root.
export const basePath: string = import.meta.env?.BASE_URL ?? '/';

/** A path from the site's root ('/ja/overview/', 'favicon.svg') as the browser requests it: under basePath. */
export function sitePath(path: string): string {
  return basePath + path.replace(/^\//, '');
}

/** Where a guide page's Markdown lives, from the page's path: '/en/benefits/' → '/en/benefits.md', '/en/' → '/en/index.md'. */
export function markdownPath(pagePath: string): string {
  return /^\/[^/]+\/$/.test(pagePath) ? `${pagePath}index.md` : pagePath.replace(/\/$/, '.md');
}

/** A site path without basePath ('/co-sell/ja/' → '/ja/'): the address as the routes name it. */
export function routePath(path: string): string {
  return path.startsWith(basePath) ? `/${path.slice(basePath.length)}` : path;
}
