// What the default build publishes besides the pages: localized 404 files, /llms.txt, each guide page as Markdown,
// and the last-updated line under every guide page.
import { existsSync, readFileSync } from 'node:fs';
import { test, expect, guidePages } from './frame-fixtures.ts';
import { brokenLinks } from './links-checker.ts';
import { attr, lastCommitDate, siteReader, sourceOf, textOf } from './publish-files.ts';
import { markdownPath } from '../../src/lib/site.ts';
import { siteEnv } from '../../src/build/site-env.ts';
import { ja } from '../../src/i18n/ja.ts';
import { en } from '../../src/i18n/en.ts';

const site = 'https://co-sell-guide.example.org';
const read = siteReader('dist', '/');
const html = (path: string) => read(path)!;
const pages = guidePages();
const dict = { ja, en } as const;

test('every guide page of both locales is built, so the lists below are complete', () => {
  for (const locale of ['ja', 'en']) expect(pages.filter((p) => p.startsWith(`/${locale}/`)).length).toBeGreaterThan(5);
});

for (const locale of ['ja', 'en'] as const) {
  test(`/${locale}/404.html is ${locale} only, where Cloudflare Pages and Netlify look for it, with working links`, async ({
    page,
  }) => {
    expect(existsSync(`dist/${locale}/404/`), 'the directory it was built in is gone').toBe(false);
    const text = html(`/${locale}/404.html`);
    expect(text).toMatch(new RegExp(`<html lang="${locale}"`));
    expect(brokenLinks(site, `/${locale}/404.html`, text, read)).toEqual([]);
    await page.goto(`/${locale}/404.html`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(dict[locale]['frame.notFound']);
    await expect(page.getByRole('link', { name: dict[locale]['frame.home'] })).toHaveAttribute('href', `/${locale}/`);
  });
}

test('the root 404.html stays bilingual, and _redirects sends each locale to its own 404 file', () => {
  const text = html('/404.html');
  for (const locale of ['ja', 'en'] as const)
    expect(text).toContain(`lang="${locale}" aria-labelledby="not-found-${locale}"`);
  const rules = readFileSync('dist/_redirects', 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l) => l.split(/\s+/));
  expect(rules).toEqual([
    ['/ja/*', '/ja/404.html', '404'],
    ['/en/*', '/en/404.html', '404'],
  ]);
  for (const [, target] of rules) expect(read(target!), target).toBeDefined();
});

test('/llms.txt lists every guide page in both languages with its description, its Markdown and its page', async ({
  request,
}) => {
  const response = await request.get('/llms.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  const text = await response.text();
  expect(text).toMatch(/^# .+\n\n> .+\n/);
  const entries = [...text.matchAll(/^- \[(.+)\]\((\S+)\): (.+) \(.+: (\S+)\)$/gm)];
  expect(entries.map((m) => new URL(m[4]!).pathname).sort()).toEqual([...pages].sort());
  for (const [, title, md, description, pageUrl] of entries) {
    const path = new URL(pageUrl!).pathname;
    expect(pageUrl).toBe(`${site}${path}`);
    expect(md).toBe(`${site}${markdownPath(path)}`);
    expect(title).toBe(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html(path))![1]!));
    expect(description).toBe(attr(html(path), 'name="description"', 'content'));
  }
  // Japanese pages first, under their own heading, then English.
  const ja = text.indexOf('## 日本語'),
    en = text.indexOf('## English');
  expect(ja).toBeGreaterThan(0);
  expect(en).toBeGreaterThan(ja);
  expect(text.slice(ja, en)).not.toContain('/en/');
});

for (const path of pages) {
  test(`${path} as Markdown: served at ${markdownPath(path)}, the page's text, every link absolute and leading somewhere`, async ({
    request,
  }) => {
    const response = await request.get(markdownPath(path));
    expect(response.status()).toBe(200);
    const md = await response.text();
    const page = html(path);
    const h1 = textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(page)![1]!);
    expect(md.slice(0, md.indexOf('>\n') + 2)).toBe(`# ${h1}\n\n<${site}${path}>\n`);
    // Each section heading of the article, in order: the Markdown is the rendered page, components included.
    // The calculator's form (an island) and its no-script list are left out of the Markdown, as from search.
    const article = /<article[^>]*>([\s\S]*)<\/article>/
      .exec(page)![1]!
      .replace(/<noscript>[\s\S]*?<\/noscript>|<astro-island[\s\S]*?<\/astro-island>/g, '');
    const headings = [...article.matchAll(/<h2 [^>]*>([\s\S]*?)<\/h2>/g)].map((m) => textOf(m[1]!));
    const mdHeadings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.replace(/[*`]/g, ''));
    expect(mdHeadings).toEqual(headings);
    const links = [...md.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    expect(
      links.filter((l) => !/^https?:\/\//.test(l)),
      'relative links',
    ).toEqual([]);
    const anchors = links.map((l) => `<a href="${l}">`).join('');
    expect(brokenLinks(site, path, anchors, read)).toEqual([]);
    // Buttons and heading actions are not text.
    expect(md).not.toContain(dict[path.startsWith('/en/') ? 'en' : 'ja']['frame.copyMd']);
  });
}

test('every guide page says when its file last changed in git, and links to edit it only when a repository is set', async ({
  page,
}) => {
  // The build and this test read the same environment: no REPO_URL or EDIT_URL (npm test), no link.
  const { editUrl } = siteEnv();
  for (const path of pages) {
    const file = sourceOf(path);
    const date = lastCommitDate(file);
    const meta = /<p class="doc-meta">([\s\S]*?)<\/p>/.exec(html(path))?.[1];
    if (!date && !editUrl) expect(meta, path).toBeUndefined();
    if (date) expect(meta, path).toContain(`<time datetime="${date}">${date}</time>`);
    const links = [...(meta ?? '').matchAll(/<a href="([^"]+)"/g)].map((m) => m[1]);
    expect(links, path).toEqual(editUrl ? [`${editUrl}${file}`] : []);
  }
  await page.goto('/en/benefits/');
  const date = lastCommitDate('content/docs/en/benefits.mdx');
  await expect(page.locator('main .doc-meta time')).toHaveText(date);
  await expect(page.locator('main .doc-meta')).toContainText(`${en['page.lastUpdated']}: ${date}`);
});
