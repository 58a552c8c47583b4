import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { builtPages } from './site-pages.ts';

const localized = builtPages().filter((p) => p.startsWith('/ja/') || p.startsWith('/en/'));

test('both locales are built', () => {
  expect(localized).toContain('/ja/');
  expect(localized).toContain('/en/');
});

for (const path of localized) {
  test(`${path} has the right language, one h1 and no axe violations`, async ({ page }) => {
    await page.goto(path);
    const lang = path.split('/')[1];
    await expect(page.locator('html')).toHaveAttribute('lang', lang!);
    await expect(page.locator('h1')).toHaveCount(1);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
}

// The two pages outside the locales: the bilingual 404 and the language choice at /, held there by answering
// the address its script sends the browser to with 204 No Content, which leaves the page as it is.
for (const path of ['/', '/404.html']) {
  test(`${path} has no axe violations`, async ({ page }) => {
    await page.route(/\/(ja|en)\/$/, (route) => route.fulfill({ status: 204 }));
    // Only 'commit': the script starts its navigation before the page loads, and Playwright would wait for that.
    await page.goto(path, { waitUntil: 'commit' });
    await expect(page.locator('h1').first()).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    expect(new URL(page.url()).pathname).toBe(path);
  });
}

test('the language switch opens the same page in the other locale', async ({ page }) => {
  await page.goto('/ja/');
  await page.getByRole('navigation', { name: '言語' }).getByRole('link', { name: 'English' }).click();
  await expect(page).toHaveURL(/\/en\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('/ sends a visitor to a locale by browser language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page).toHaveURL(/\/en\/$/);
  await context.close();
});
