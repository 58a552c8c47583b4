import { test as base, expect } from '@playwright/test';
import { builtPages } from './site-pages.ts';

/**
 * Every frame test fails on a console error (CSP violations included) or on any request to another origin.
 * `scripts` lists the JavaScript files the page requested, for the no-JS-before-search budget.
 */
export const test = base.extend<{ scripts: string[] }>({
  scripts: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      const errors: string[] = [];
      const scripts: string[] = [];
      // Pages served with status 404 on purpose (the 404 tests); any other failed load is an error.
      const missingPages = new Set<string>();
      page.on('response', (r) => {
        if (r.request().isNavigationRequest() && r.status() === 404) missingPages.add(r.url());
      });
      page.on('request', (r) => {
        const url = r.url();
        if (/^https?:/.test(url) && new URL(url).origin !== origin) foreign.push(url);
        if (r.resourceType() === 'script') scripts.push(new URL(url).pathname);
      });
      page.on('console', (m) => {
        if (m.type() === 'error' && !missingPages.has(m.location().url)) errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await use(scripts);
      expect(foreign, 'requests to another origin').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/** Guide pages of the built site (not /, not the 404 pages). */
export const guidePages = (): string[] => builtPages().filter((p) => /^\/(ja|en)\//.test(p) && !/\/404\/$/.test(p));

export const localeOf = (path: string): 'ja' | 'en' => (path.startsWith('/en/') ? 'en' : 'ja');
export const otherPath = (path: string): string =>
  path.replace(/^\/(ja|en)\//, (_, l) => `/${l === 'ja' ? 'en' : 'ja'}/`);
