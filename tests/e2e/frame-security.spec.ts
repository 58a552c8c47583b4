import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { test, expect, guidePages } from './frame-fixtures.ts';
import { builtPages } from './site-pages.ts';

const html = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const allHtml = () => [
  ...builtPages().map((p) => ({ name: p, text: html(p) })),
  { name: '/404.html', text: readFileSync('dist/404.html', 'utf8') },
];
const policyOf = (text: string) => /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(text)?.[1];
const inlineScripts = (text: string) =>
  [...text.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/application\/(ld\+)?json/.test(m[1]!))
    .map((m) => m[2]!);

const inlineStyles = (text: string) => [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const withoutHashes = (policy: string) => policy.replace(/ 'sha256-[^']+'/g, '');

test("every page's CSP allows only its own hashed inline scripts; _headers sends the site's policy, which allows them too", () => {
  const headers = readFileSync('dist/_headers', 'utf8');
  const site = /Content-Security-Policy: (.+) frame-ancestors 'none';/.exec(headers)?.[1];
  expect(site).toBeTruthy();
  for (const { name, text } of allHtml()) {
    const policy = policyOf(text);
    expect(policy, name).toBeTruthy();
    expect(policy, name).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    const own = [...inlineScripts(text), ...inlineStyles(text)].map(hashOf);
    for (const hash of inlineScripts(text).map(hashOf)) {
      expect(policy, `${name}: inline script not hashed`).toContain(hash);
      expect(site, `${name}: inline script not allowed by _headers`).toContain(hash);
    }
    // No other page's hashes (each is ~50 bytes no compression saves): a page without islands allows one script.
    expect(policy!.match(/'sha256-[^']+'/g)?.filter((h) => !own.includes(h)) ?? [], name).toEqual([]);
    expect(withoutHashes(policy!), name).toBe(withoutHashes(site!));
  }
  expect(headers).toMatch(/X-Content-Type-Options: nosniff/);
});

test('the inline bootstrap stays well under 1 KB gzipped', () => {
  const page = html('/ja/');
  const scripts = inlineScripts(page);
  expect(scripts).toHaveLength(1);
  expect(gzipSync(scripts[0]!).length).toBeLessThan(800);
});

test('robots.txt, the sitemap with language alternates, and the favicon are served', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https:\/\/co-sell-guide\.example\.org\/sitemap-index\.xml$/m);
  const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
  for (const path of guidePages()) {
    expect(sitemap).toContain(`<loc>https://co-sell-guide.example.org${path}</loc>`);
  }
  expect(sitemap).toContain('hreflang="ja"');
  expect(sitemap).toContain('hreflang="en"');
  expect(sitemap).not.toContain('/404/');
  expect((await request.get('/favicon.svg')).ok()).toBe(true);
});

const islandPages = guidePages().filter((p) => html(p).includes('<astro-island'));

for (const path of islandPages) {
  test(`${path}: islands hydrate under the CSP`, async ({ page }) => {
    await page.goto(path);
    // Astro drops the ssr attribute once an island has hydrated (client:visible ones when scrolled to).
    const islands = page.locator('astro-island');
    await expect(islands.first()).toBeAttached();
    const count = await islands.count();
    for (let i = 0; i < count; i++) {
      // Islands render as display: contents; scroll their first child into view, and stay until it has
      // hydrated: scrolled straight past, a client:visible island rightly waits for the reader to come back.
      await islands.nth(i).evaluate((el) => (el.firstElementChild ?? el).scrollIntoView());
      await expect(islands.nth(i)).not.toHaveAttribute('ssr');
    }
  });
}
