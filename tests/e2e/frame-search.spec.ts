import { test, expect } from './frame-fixtures.ts';
import { dict } from './calculator.helpers.ts';

// Queries written with the glossary's terms, and the page each must find among its first three results
// (slugs from src/lib/guide-links.ts): the page that explains the term, not just any page that mentions it.
const queries = {
  ja: [
    { query: '共同販売', page: '/ja/overview/' },
    { query: '準備完了', page: '/ja/statuses/' },
    { query: '推奨ソリューション', page: '/ja/benefits/' },
    { query: 'バッジ', page: '/ja/benefits/' },
    // Half-width katakana, as some Japanese keyboards and pasted text produce.
    { query: 'ﾊﾞｯｼﾞ', page: '/ja/benefits/' },
    // Everyday words the pages avoid (the glossary lists them), and English names pasted from Microsoft's pages:
    // found through the explaining page's search keywords.
    { query: '手数料', page: '/ja/benefits/' },
    { query: 'Preferred Solution', page: '/ja/benefits/' },
  ],
  en: [
    { query: 'co-sell', page: '/en/overview/' },
    { query: 'co-sell ready', page: '/en/statuses/' },
    { query: 'Preferred Solution', page: '/en/benefits/' },
    { query: 'badge', page: '/en/benefits/' },
    { query: 'fee', page: '/en/benefits/' },
  ],
} as const;

for (const locale of ['ja', 'en'] as const) {
  test(`search in ${locale}: loads only when opened, finds the right pages in this language only`, async ({
    page,
    scripts,
  }) => {
    const pagefind: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(r.url());
    });
    await page.goto(`/${locale}/`);
    const dialog = page.locator('dialog#search');
    await expect(dialog).toBeHidden();
    expect(pagefind, 'search loaded before it was opened').toEqual([]);
    expect(scripts, 'script files loaded before search was opened').toEqual([]);

    // Ctrl+K, or Cmd+K on a Mac.
    await page.keyboard.press(locale === 'ja' ? 'Control+k' : 'Meta+k');
    await expect(dialog).toBeVisible();
    const input = dialog.getByRole('searchbox');
    await expect(input).toBeFocused();

    for (const { query, page: expected } of queries[locale]) {
      await input.fill(query);
      // The dialog records which query its results answer (typing supersedes earlier searches).
      await expect(dialog).toHaveAttribute('data-shown', query);
      const results = dialog.locator('.search-results > li > a');
      await expect(results.first()).toBeVisible();
      const hrefs = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(
        hrefs.every((h) => h.startsWith(`/${locale}/`)),
        `${query}: ${hrefs.join(' ')}`,
      ).toBe(true);
      expect(hrefs.slice(0, 3), query).toContain(expected);
      await expect(dialog.getByRole('status')).not.toBeEmpty();
    }
    expect(pagefind.length).toBeGreaterThan(0);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await page
      .getByRole('banner')
      .getByRole('button', { name: locale === 'ja' ? '検索' : 'Search' })
      .click();
    await expect(dialog).toBeVisible();
    await input.fill(queries[locale][3].query);
    await expect(dialog).toHaveAttribute('data-shown', queries[locale][3].query);
    await dialog.locator('.search-results > li > a').first().click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/`));
  });
}

for (const locale of ['ja', 'en'] as const) {
  test(`search in ${locale} leaves out the calculator islands (their questions and options are not page text)`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/`);
    await page.keyboard.press('Control+k');
    const dialog = page.locator('dialog#search');
    // A sentence every embedded calculator shows, and nothing else on the site.
    await dialog.getByRole('searchbox').fill(dict[locale]['calc.embed.shared']);
    await expect(dialog.getByRole('status')).toHaveText(dict[locale]['frame.searchNone']);
  });
}

test('a query with no match says so', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Control+k');
  await page.locator('dialog#search').getByRole('searchbox').fill('zzqqxxnotaword');
  await expect(page.locator('dialog#search').getByRole('status')).toHaveText('No matching pages');
});

test('arrow keys move through the results and Enter opens the one reached', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog#search');
  const input = dialog.getByRole('searchbox');
  await input.fill('badge');
  await expect(dialog).toHaveAttribute('data-shown', 'badge');
  const links = dialog.locator('.search-results a');
  expect(await links.count()).toBeGreaterThan(1);
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(input).toBeFocused();
  // Typing on a result goes on in the field.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('s');
  await expect(input).toHaveValue('badges');
  await expect(dialog).toHaveAttribute('data-shown', 'badges');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const second = (await links.nth(1).getAttribute('href'))!;
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(second);
});

test('Enter typed before the results arrive opens the first result once they do', async ({ page }) => {
  await page.goto('/ja/');
  // A slow connection: every search file takes a while.
  await page.route('**/pagefind/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600));
    await route.continue();
  });
  await page.keyboard.press('Control+k');
  const input = page.locator('dialog#search').getByRole('searchbox');
  await input.fill('バッジ');
  await input.press('Enter');
  await expect(page).toHaveURL(/\/ja\/benefits\//, { timeout: 15_000 });
});

test('excerpts carry no commit hashes or file names', async ({ page }) => {
  await page.goto('/en/');
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog#search');
  // Words of the sources table's rows, whose cells beside them hold repository paths and commits.
  for (const query of ['requirements page', 'archived copy', 'commit']) {
    await dialog.getByRole('searchbox').fill(query);
    await expect(dialog).toHaveAttribute('data-shown', query, { timeout: 15_000 });
    const excerpts = await dialog.locator('.search-results p').allTextContents();
    expect(excerpts.length, query).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt, query).not.toMatch(/\b[0-9a-f]{12}\b|\.md\b|articles\/|azure-docs/);
  }
});

test('on the development server, search says how to get it instead of failing', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname.startsWith('/pagefind/')) pagefind.push(r.url());
  });
  await page.goto('/en/');
  // What `npm run dev` renders on the search button (SiteHeader.astro), here on the built page.
  await page
    .locator('.search-button')
    .evaluate((b: HTMLElement, text) => (b.dataset.dev = text), dict.en['frame.searchDev']);
  await page.keyboard.press('Control+k');
  const dialog = page.locator('dialog#search');
  await dialog.getByRole('searchbox').fill('badge');
  await expect(dialog.getByRole('status')).toHaveText(dict.en['frame.searchDev']);
  expect(pagefind).toEqual([]);
});
