import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, guidePages, localeOf, otherPath } from './frame-fixtures.ts';
import { dict } from './calculator.helpers.ts';

const site = 'https://co-sell-guide.example.org';
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

for (const path of guidePages()) {
  const locale = localeOf(path);

  test(`${path}: frame, metadata in ${locale}, no JS files before search`, async ({ page, scripts }) => {
    await page.goto(path);
    const title = (await page.locator('h1').textContent())!.trim();
    const head = page.locator('head');

    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(head.locator('link[rel=canonical]')).toHaveAttribute('href', site + path);
    await expect(head.locator('link[hreflang=ja]')).toHaveAttribute(
      'href',
      site + (locale === 'ja' ? path : otherPath(path)),
    );
    await expect(head.locator('link[hreflang=en]')).toHaveAttribute(
      'href',
      site + (locale === 'en' ? path : otherPath(path)),
    );
    await expect(head.locator('link[hreflang=x-default]')).toHaveAttribute('href', `${site}/`);
    const description = await head.locator('meta[name=description]').getAttribute('content');
    expect(description).toBeTruthy();
    // X/Twitter falls back to the Open Graph title and description.
    expect(await head.locator('meta[property="og:title"]').getAttribute('content')).toContain(title);
    await expect(head.locator('meta[property="og:description"]')).toHaveAttribute('content', description!);
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    await expect(head.locator('meta[property="og:locale"]')).toHaveAttribute(
      'content',
      locale === 'ja' ? 'ja_JP' : 'en_US',
    );
    await expect(head.locator('meta[property="og:url"]')).toHaveAttribute('content', site + path);
    // Written in the page's language: Japanese text on ja pages, none on en pages.
    expect(japanese.test(description!), description!).toBe(locale === 'ja');

    // Sidebar marks this page; the table of contents lists the page's start, then every h2/h3 of the article, in order.
    await expect(page.locator('#site-nav [aria-current=page]')).toHaveAttribute('href', path);
    // Headings of the page text (an island's own headings are part of its interface, not of the outline).
    const headingIds = await page
      .locator('article :is(h2, h3)[id]:not(astro-island *)')
      .evaluateAll((hs) => hs.map((h) => h.id));
    const tocTargets = await page
      .locator('.toc a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!.slice(1)));
    expect(tocTargets).toEqual(headingIds.length ? ['_top', ...headingIds] : []);
    // Every heading carries a link to itself.
    for (const id of headingIds) {
      await expect(page.locator(`article .heading:has([id="${id}"]) a.heading-link`)).toHaveAttribute('href', `#${id}`);
    }
    await expect(page.locator('.source-date time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);

    // Islands may load their code; every other guide page loads no script file until search is opened.
    if ((await page.locator('astro-island').count()) === 0) expect(scripts).toEqual([]);
  });

  test(`${path}: fits 320 px and passes axe in the dark theme`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
    const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(bg).not.toBe('rgb(255, 255, 255)');
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('sidebar, contents and text never overlap, from phone to wide screen', async ({ page }) => {
  const path = guidePages().find((p) => p.startsWith('/en/') && p !== '/en/')!;
  for (const width of [320, 800, 1000, 1280, 1600]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    // The sidebar is in the closed menu on a phone; the contents sit under the title there, beside the text wider.
    const boxes = (
      await Promise.all(['article > p >> nth=0', '.toc', '#site-nav'].map((s) => page.locator(s).boundingBox()))
    ).filter((b) => b !== null);
    expect(boxes.length, `${width}px`).toBeGreaterThanOrEqual(width < 800 ? 2 : 3);
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart =
          a!.x + a!.width <= b!.x || b!.x + b!.width <= a!.x || a!.y + a!.height <= b!.y || b!.y + b!.height <= a!.y;
        expect(apart, `overlap at ${width}px`).toBe(true);
      }
    }
  }
});

test('heading links are reachable by keyboard and copy the full address', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const path = guidePages().find((p) => p.startsWith('/ja/') && p !== '/ja/')!;
  await page.goto(path);
  const link = page.locator('article a.heading-link').first();
  const target = (await link.getAttribute('href'))!;
  // Tab from the article's start until the first heading link has focus.
  await page.locator('h1').evaluate((h) => {
    h.tabIndex = -1;
    h.focus();
  });
  for (let i = 0; i < 20 && !(await link.evaluate((a) => a === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator('#frame-status')).toHaveText(/.+/);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(target, page.url()).href);
});

for (const [locale, done, button] of [
  ['ja', 'セクションを Markdown でコピーしました', 'Markdown でコピー'],
  ['en', 'Section copied as Markdown', 'Copy as Markdown'],
] as const) {
  test(`"copy as Markdown" in ${locale} copies the section with its address, tables and lists, not the calculator`, async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // The fee section: a captioned table whose cells hold notes, a worked example, and an embedded fee check.
    const path = `/${locale}/benefits/`;
    await page.goto(path);
    const heading = page.locator('article h2#fee');
    const text = (await heading.textContent())!.trim();
    await page.locator('button.copy-md[aria-describedby="fee"]').click();
    await expect(page.locator('#frame-status')).toHaveText(done);
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown.startsWith(`## ${text}\n\n<${new URL(`${path}#fee`, page.url()).href}>`)).toBe(true);
    const caption = (await page.locator('article table caption').first().textContent())!.trim();
    expect(markdown).toContain(`**${caption}**\n\n| `);
    // A cell's note stays in its row, on a line of its own.
    expect(markdown).toMatch(/^\| .*<br>.* \|$/m);
    expect(markdown).not.toContain(button);
    // The calculator island is a form answered in this browser, and its <noscript> is raw markup: neither is copied.
    const help = (await page.locator('article astro-island .help').first().textContent())!.trim();
    expect(markdown).not.toContain(help);
    expect(markdown).not.toMatch(/<\/?(p|a|select|option)\b/);
  });
}

test('the language switch keeps the page and the section, and works without JavaScript', async ({ page, browser }) => {
  const path = guidePages().find((p) => p.startsWith('/ja/') && p !== '/ja/')!;
  await page.goto(path);
  const id = await page.locator('article h2[id]').first().getAttribute('id');
  await page.goto(`${path}#${id}`);
  await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(`${otherPath(path)}#${id}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator(`#${id}`)).toBeInViewport();

  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(otherPath(path));
  await expect(plain.getByRole('button', { name: /Search/ })).toBeHidden();
  await plain.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: '日本語' }).click();
  await expect(plain).toHaveURL(path);
  await noJs.close();
});

test('previous and next links walk the pages in sidebar order', async ({ page }) => {
  await page.goto('/en/');
  const order = await page.locator('#site-nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const [i, href] of order.entries()) {
    await page.goto(href!);
    const prev = page.locator('.prev-next a[rel=prev]');
    const next = page.locator('.prev-next a[rel=next]');
    if (i > 0) await expect(prev).toHaveAttribute('href', order[i - 1]!);
    else await expect(prev).toHaveCount(0);
    if (i < order.length - 1) await expect(next).toHaveAttribute('href', order[i + 1]!);
    else await expect(next).toHaveCount(0);
  }
});

test('the theme is one compact button cycling system, light and dark, named in both languages; the choice persists and is applied before the page renders', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/ja/');
  const ja = (theme: string) => page.getByRole('button', { name: `テーマ: ${theme}`, exact: true });
  await expect(ja('システム設定')).toBeVisible();
  // In the header row it is an icon, not a wide select; its title names it for a pointer.
  expect((await ja('システム設定').boundingBox())!.width).toBeLessThanOrEqual(40);
  await expect(ja('システム設定')).toHaveAttribute('title', 'テーマ: システム設定');
  await ja('システム設定').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await ja('ライト').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(ja('ダーク')).toBeFocused();
  // Record the theme at the moment <body> is parsed, before anything can be painted.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      (window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/en/');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
  const en = (theme: string) => page.getByRole('button', { name: `Theme: ${theme}`, exact: true });
  await expect(en('Dark')).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.body).color)).not.toBe('rgb(27, 27, 31)');
  expect(await axeViolations(page)).toEqual([]);
  // By keyboard: Enter moves on to the system's theme, which is stored as such and not applied.
  await en('Dark').focus();
  await page.keyboard.press('Enter');
  await expect(en('System')).toBeFocused();
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  await expect(en('System')).toBeVisible();
});

for (const locale of ['ja', 'en'] as const) {
  test(`print in ${locale}: the text, light colours, no navigation, link addresses written out`, async ({ page }) => {
    // A page whose article embeds a calculator island, so the islands' print rules are linked too.
    const path = `/${locale}/benefits/`;
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    for (const sel of ['.site-header', '#site-nav', '.toc', '.prev-next', '.heading-actions >> nth=0']) {
      await expect(page.locator(sel)).toBeHidden();
    }
    // Every paragraph of the text prints, and the date of its sources.
    for (const p of await page.locator('article > p').all()) await expect(p).toBeVisible();
    await expect(page.locator('.source-date')).toBeVisible();
    const colours = await page.evaluate(() => [
      getComputedStyle(document.documentElement).backgroundColor,
      getComputedStyle(document.body).color,
    ]);
    expect(colours).toEqual(['rgb(255, 255, 255)', 'rgb(27, 27, 31)']);
    const link = page.locator("article a[href]:not([href^='#'])").first();
    const after = await link.evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain(await link.getAttribute('href'));
  });
}

test('print the sources page: a commit link does not repeat the repository, path and commit its row gives', async ({
  page,
}) => {
  await page.goto('/en/sources/');
  await page.emulateMedia({ media: 'print' });
  const commitLink = page.locator('#src-S-01 a[href^="https://github.com/"]');
  await expect(commitLink).toHaveText(/^[0-9a-f]{12}$/);
  expect(await commitLink.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  // The readings table's keys link to rows of this same page, by the fragment alone: no address to print either
  // (other pages' links print theirs: the print tests above).
  const rowLink = page.locator('article a[href="#src-S-01"]').first();
  await expect(rowLink).toHaveText('S-01');
  expect(await rowLink.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
});

test('/ sends a Japanese browser to /ja/ and others to /en/; without JavaScript it is a page of links', async ({
  browser,
}) => {
  for (const [locale, expected] of [
    ['ja-JP', '/ja/'],
    ['en-GB', '/en/'],
    ['fr-FR', '/en/'],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(expected);
    await context.close();
  }
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJs.newPage();
  await page.goto('/');
  await expect(page.getByRole('link', { name: '日本語で読む' })).toHaveAttribute('href', '/ja/');
  await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute('href', '/en/');
  await noJs.close();
});

/**
 * A 404 page is served at any missing address, so it names no address of its own (no canonical, hreflang or
 * og:url). Its 404 status keeps it out of search results: no noindex, which would only be redundant.
 */
async function expectNoAddressOfItsOwn(page: Page): Promise<void> {
  await expect(page.locator('head link[rel=canonical], head link[hreflang], head meta[property="og:url"]')).toHaveCount(
    0,
  );
  await expect(page.locator('meta[name=robots]')).toHaveCount(0);
}

// The root 404 a static host serves at any missing address holds both languages: the one of the address first.
for (const [path, first, second] of [
  ['/en/missing-page/', 'en', 'ja'],
  ['/ja/missing-page/', 'ja', 'en'],
  ['/missing-page/', 'ja', 'en'],
] as const) {
  test(`the 404 at ${path} reads ${first === 'en' ? 'English' : 'Japanese'} first`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response!.status()).toBe(404);
    const headings = page.getByRole('heading', { level: 1 });
    await expect(headings).toHaveText([dict[first]['frame.notFound'], dict[second]['frame.notFound']]);
    // First on screen too, and the tab is named in that language.
    const [top, below] = await Promise.all([headings.nth(0).boundingBox(), headings.nth(1).boundingBox()]);
    expect(top!.y).toBeLessThan(below!.y);
    // The second language starts well apart from the first one's page list, not right under its last link.
    const firstBlock = (await page.locator('main > section').first().boundingBox())!;
    expect(below!.y - (firstBlock.y + firstBlock.height)).toBeGreaterThanOrEqual(40);
    await expect(page).toHaveTitle(`${dict[first]['frame.notFound']} | ${dict[first]['site.title']}`);
    await expect(page.locator('main > section').first()).toHaveAttribute('lang', first);
    await expect(page.locator(`[lang=${first}]`).getByRole('link', { name: dict[first]['frame.home'] })).toBeVisible();
  });
}

for (const [locale, heading, home, search] of [
  ['ja', 'ページが見つかりません', 'ホームへ戻る', '検索'],
  ['en', 'Page not found', 'Back to the home page', 'Search'],
] as const) {
  test(`404 in ${locale}: localized, with search and a way home`, async ({ page }) => {
    const response = await page.goto(`/${locale}/no-such-page/`);
    expect(response!.status()).toBe(404);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(page.locator(`[lang=${locale}]`).getByRole('link', { name: home })).toHaveAttribute(
      'href',
      `/${locale}/`,
    );

    await expectNoAddressOfItsOwn(page);

    await page.goto(`/${locale}/404.html`);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expectNoAddressOfItsOwn(page);
    await expect(page.getByRole('link', { name: home })).toHaveAttribute('href', `/${locale}/`);
    // On a wide screen the way home sits beside the search, not at the far end of the line.
    const [searchBox, homeBox] = await Promise.all([
      page.locator('main').getByRole('button', { name: search }).boundingBox(),
      page.getByRole('link', { name: home }).boundingBox(),
    ]);
    expect(homeBox!.x - (searchBox!.x + searchBox!.width)).toBeLessThan(40);
    await page.locator('main').getByRole('button', { name: search }).click();
    await expect(page.locator('dialog#search')).toBeVisible();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page), colorScheme).toEqual([]);
    }
  });
}
