// The address a build is published at, read from the environment (README, "Deploy"). Node only: astro.config.mjs
// and the build-time components read it; the browser knows only the base path Vite writes into the bundles.

/** The placeholder address the site is built for when SITE_URL is unset. */
export const defaultSiteUrl = 'https://co-sell-guide.example.org';

export interface SiteEnv {
  /** The origin, e.g. https://guide.example.net (no path: that is `base`). */
  site: string;
  /** '/' or the sub-path with slashes at both ends, e.g. '/co-sell/'. */
  base: string;
  /** What a page's source file path is appended to for "Edit this page"; null hides the link. */
  editUrl: string | null;
}

type Env = Record<string, string | undefined>;

const fail = (name: string, value: string, why: string): never => {
  throw new Error(`${name}=${JSON.stringify(value)}: ${why}`);
};

function httpUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return fail(name, value, 'not an absolute URL (expected e.g. https://guide.example.net)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail(name, value, 'expected an http or https URL');
  if (url.search || url.hash) fail(name, value, 'a query string or fragment has no place here');
  return url;
}

function siteOf(value: string | undefined): string {
  if (!value) return defaultSiteUrl;
  const url = httpUrl('SITE_URL', value);
  if (url.pathname !== '/')
    fail(
      'SITE_URL',
      value,
      `give the origin only (${url.origin}) and the path in BASE_PATH (${url.pathname.replace(/\/$/, '')})`,
    );
  return url.origin;
}

function baseOf(value: string | undefined): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  // Letters, digits and - . _ ~ per segment: what a repository name or folder uses, and nothing that needs escaping.
  if (!/^[\w.~-]+(\/[\w.~-]+)*$/.test(trimmed) || trimmed.split('/').some((s) => /^\.+$/.test(s))) {
    fail('BASE_PATH', value!, 'expected a path such as /co-sell (letters, digits, - . _ ~ between slashes)');
  }
  return `/${trimmed}/`;
}

/** EDIT_URL as given, else REPO_URL's GitHub-style edit address on REPO_BRANCH (default main); unset: no link. */
function editUrlOf(env: Env): string | null {
  if (env.EDIT_URL) return httpUrl('EDIT_URL', env.EDIT_URL).href.replace(/\/?$/, '/');
  if (env.REPO_URL) {
    const repo = httpUrl('REPO_URL', env.REPO_URL)
      .href.replace(/\/+$/, '')
      .replace(/\.git$/, '');
    return `${repo}/edit/${env.REPO_BRANCH || 'main'}/`;
  }
  return null;
}

/** Reads SITE_URL, BASE_PATH, EDIT_URL, REPO_URL and REPO_BRANCH; a malformed value fails naming the variable. */
export function siteEnv(env: Env = process.env): SiteEnv {
  return { site: siteOf(env.SITE_URL), base: baseOf(env.BASE_PATH), editUrl: editUrlOf(env) };
}
