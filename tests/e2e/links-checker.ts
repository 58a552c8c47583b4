// A link checker over built HTML: every same-site address must name an existing file, and its fragment an id.

/** The built file behind a site path: /ja/ → dist/ja/index.html. */
export const fileOf = (dist: string, path: string): string =>
  path.endsWith('/') ? `${dist}${path}index.html` : `${dist}${path}`;

const linkAttrs = /\s(?:href|src|data-frame-js|component-url|renderer-url)="([^"]*)"/g;

/**
 * The links of `html` (the page at `path` on `site`) that lead nowhere.
 * `read` returns a built file's text, or undefined when the file does not exist.
 */
export function brokenLinks(
  site: string,
  path: string,
  html: string,
  read: (path: string) => string | undefined,
): string[] {
  const broken: string[] = [];
  for (const [, attr] of html.matchAll(linkAttrs)) {
    const raw = attr!.replaceAll('&amp;', '&');
    const url = new URL(raw, `${site}${path}`);
    if (url.origin !== site) continue;
    const target = read(decodeURI(url.pathname));
    if (target === undefined) broken.push(`${raw}: no such page`);
    else if (url.hash && !target.includes(` id="${decodeURIComponent(url.hash.slice(1))}"`))
      broken.push(`${raw}: no such anchor`);
  }
  return broken;
}
