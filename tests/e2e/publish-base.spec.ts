// The site built for a sub-path (BASE_PATH=/co-sell, SITE_URL, REPO_URL), as on GitHub Pages under a project:
// a second build into its own folder, served by astro preview on its own port, for this file only.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, type Page } from '@playwright/test';
import { builtHtmlOf } from '../bench/built-pages.mjs';
import { brokenLinks } from './links-checker.ts';
import { attr, siteReader, sourceOf } from './publish-files.ts';
import { answerWorkedExample, dict, field, openHydrated } from './calculator.helpers.ts';
import { markdownPath } from '../../src/lib/site.ts';

const site = 'https://guide.example.net';
const base = '/co-sell/';
const repo = 'https://github.com/example/co-sell-guide';
// Beside the main suite's server (E2E_PORT), never on it.
const port = Number(process.env.E2E_BASE_PORT ?? Number(process.env.E2E_PORT ?? 4329) + 100);
const origin = `http://127.0.0.1:${port}`;
const published = (path: string) => `${site}${base}${path.slice(1)}`;

// One build and one server for the whole file: its tests run in order in one worker.
test.describe.configure({ mode: 'default' });
test.use({ baseURL: origin });

let outDir = '';
let server: ChildProcess | undefined;
let read: (path: string) => string | undefined = () => undefined;
let pages: string[] = [];

test.beforeAll(async () => {
  test.setTimeout(240_000);
  outDir = mkdtempSync(join(tmpdir(), 'co-sell-subpath-'));
  const env = { ...process.env, SITE_URL: site, BASE_PATH: base, REPO_URL: repo, OUT_DIR: outDir };
  const build = spawnSync('npm', ['run', '--silent', 'build'], { env, encoding: 'utf8', timeout: 180_000 });
  expect(build.status, `${build.stdout}\n${build.stderr}`.slice(-3000)).toBe(0);
  read = siteReader(outDir, base);
  pages = builtHtmlOf(outDir);
  // Its own process group, so that stopping npm stops the preview server it started.
  server = spawn('npm', ['run', 'preview', '--', '--host', '127.0.0.1', '--port', String(port)], {
    env,
    detached: true,
    stdio: 'ignore',
  });
  for (const deadline = Date.now() + 60_000; ;) {
    const ok = await fetch(`${origin}${base}ja/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    expect(Date.now(), `astro preview did not answer on ${origin}${base}`).toBeLessThan(deadline);
    await new Promise((r) => setTimeout(r, 300));
  }
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const guide = () => pages.filter((p) => /^\/(ja|en)\/(.+\/)?$/.test(p));

/** Console errors, page errors and failed requests, leaving out the navigation a 404 test makes on purpose. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on(
    'console',
    (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && problems.push(m.text()),
  );
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('response', (r) => {
    if (r.status() >= 400 && !(r.request().isNavigationRequest() && r.status() === 404))
      problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== origin) problems.push(`request to ${r.url()}`);
  });
  return problems;
}

test('every link, script, stylesheet and island of every page leads to a file under the sub-path', () => {
  expect(guide().length).toBeGreaterThan(10);
  expect(pages).toEqual(expect.arrayContaining(['/404.html', '/ja/404.html', '/en/404.html', '/']));
  for (const path of pages) {
    const html = read(`${base}${path.slice(1)}`)!;
    expect(brokenLinks(site, `${base}${path.slice(1)}`, html, read), path).toEqual([]);
    // Not one root-relative address escapes the sub-path.
    const outside = [...html.matchAll(/\s(?:href|src|component-url|renderer-url|data-frame-js)="(\/[^"]*)"/g)].map(
      (m) => m[1]!,
    );
    expect(
      outside.filter((u) => !u.startsWith(base)),
      path,
    ).toEqual([]);
  }
});

test('canonical, hreflang, Open Graph, sitemap, robots.txt and llms.txt name the published address', () => {
  for (const path of guide()) {
    const html = read(`${base}${path.slice(1)}`)!;
    expect(attr(html, 'rel="canonical"', 'href'), path).toBe(published(path));
    expect(attr(html, 'property="og:url"', 'content'), path).toBe(published(path));
    expect(attr(html, 'hreflang="x-default"', 'href'), path).toBe(published('/'));
    for (const l of ['ja', 'en'])
      expect(attr(html, `hreflang="${l}"`, 'href'), path).toBe(published(path.replace(/^\/(ja|en)\//, `/${l}/`)));
  }
  expect(read(`${base}robots.txt`)).toContain(`Sitemap: ${published('/sitemap-index.xml')}\n`);
  const sitemaps = [...read(`${base}sitemap-index.xml`)!.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  expect(sitemaps.length).toBeGreaterThan(0);
  const locs = sitemaps.flatMap((s) => {
    expect(s.startsWith(published('/'))).toBe(true);
    return [...read(new URL(s).pathname)!.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  });
  expect(locs.sort()).toEqual(guide().map(published).sort());
  const llms = read(`${base}llms.txt`)!;
  const urls = [...llms.matchAll(/https?:\/\/[^\s)]+/g)].map((m) => m[0]);
  expect(urls.sort()).toEqual([...guide().map(published), ...guide().map((p) => published(markdownPath(p)))].sort());
});

test('the Markdown pages link to the published address, and every guide page links to its file in the repository', () => {
  for (const path of guide()) {
    const md = read(`${base}${markdownPath(path).slice(1)}`)!;
    expect(md, path).toContain(`<${published(path)}>`);
    const links = [...md.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(
      links.filter((l) => l.startsWith(site) && !l.startsWith(published('/'))),
      path,
    ).toEqual([]);
    const html = read(`${base}${path.slice(1)}`)!;
    const meta = /<p class="doc-meta">([\s\S]*?)<\/p>/.exec(html)![1]!;
    expect(
      [...meta.matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]),
      path,
    ).toEqual([[`${repo}/edit/main/${sourceOf(path)}`, dict[path.startsWith('/en/') ? 'en' : 'ja']['page.edit']]]);
  }
});

test('under the sub-path: / sends a reader on to a locale, pages load every asset, islands hydrate', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'en-US', baseURL: origin });
  const page = await context.newPage();
  const problems = watch(page);
  await page.goto(base);
  await expect(page).toHaveURL(`${origin}${base}en/`);
  // The page's check hydrates when it scrolls into view: open the page at it.
  await page.goto(`${base}ja/statuses/#check-your-offer`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // Every stylesheet arrived and applies.
  const sheets = await page.evaluate(() => [...document.styleSheets].map((s) => s.cssRules.length));
  expect(sheets.length).toBeGreaterThan(0);
  expect(sheets.filter((n) => n === 0)).toEqual([]);
  // The island's links, written in the browser, stay under the sub-path too.
  const islandLinks = await page
    .locator('astro-island a[href^="/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(islandLinks.length).toBeGreaterThan(0);
  expect(islandLinks.filter((h) => !h.startsWith(base))).toEqual([]);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(`${origin}${base}en/statuses/#check-your-offer`);
  expect(problems).toEqual([]);
  await context.close();
});

test('under the sub-path: search loads its index and its results open pages there', async ({ page }) => {
  const problems = watch(page);
  await page.goto(`${base}ja/`);
  await page.getByRole('button', { name: dict.ja['frame.search'] }).first().click();
  await page.locator('dialog#search').getByRole('searchbox').fill('共同販売');
  const results = page.locator('dialog#search .search-results > li > a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  expect(hrefs.filter((h) => !h.startsWith(`${base}ja/`))).toEqual([]);
  await results.first().click();
  await expect(page).toHaveURL(new RegExp(`^${origin}${base}ja/`));
  await expect(page.locator('h1')).toBeVisible();
  expect(problems).toEqual([]);
});

test('under the sub-path: the calculator’s share link opens the same answers there', async ({ page, context }) => {
  const problems = watch(page);
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHydrated(page, `${base}en/calculator/`);
  await answerWorkedExample(page, 'en');
  await page.getByRole('button', { name: dict.en['calc.share.copyLink'] }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(new RegExp(`^${origin}${base}en/calculator/#v\\d+\\.`));
  const fresh = await context.browser()!.newContext();
  const other = await fresh.newPage();
  await openHydrated(other, link);
  await expect(field(other, 'en', 'monthlySalesUsd')).toHaveValue('10000');
  await fresh.close();
  expect(problems).toEqual([]);
});

test('under the sub-path: a missing page gets the 404 page, styled, with ways home there', async ({ page }) => {
  const problems = watch(page);
  const response = await page.goto(`${base}ja/no-such-page/`);
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { name: dict.ja['frame.notFound'] })).toBeVisible();
  await expect(page.getByRole('link', { name: dict.ja['frame.home'] })).toHaveAttribute('href', `${base}ja/`);
  expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
  // A mistyped English address under the sub-path reads English first.
  await page.goto(`${base}en/no-such-page/`);
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText(dict.en['frame.notFound']);
  const md = await page.request.get(`${base}en/benefits.md`);
  expect(md.status()).toBe(200);
  expect(problems).toEqual([]);
});

test('the build for the sub-path left the main build alone', () => {
  expect(readFileSync('dist/robots.txt', 'utf8')).toContain(
    'Sitemap: https://co-sell-guide.example.org/sitemap-index.xml',
  );
});
