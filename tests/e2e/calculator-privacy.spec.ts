import { test, expect } from '@playwright/test';
import { answerWorkedExample, chooseEdition, openHydrated } from './calculator.helpers.ts';

test('nothing the user types leaves the browser', async ({ page }) => {
  await openHydrated(page, '/en/calculator/');
  const requests: string[] = [];
  // The fragment is not part of an HTTP request; everything else (path, query, body) is.
  page.on('request', (r) => requests.push(`${r.url().split('#')[0]}\n${r.postData() ?? ''}`));
  await chooseEdition(page, 'en', '2021-03');
  await answerWorkedExample(page, 'en', '$87,654');
  await expect(page.getByTestId('monthly-savings')).toHaveText('USD 8,765.40');
  // Navigating within the site is a request; it must still carry no figure (the fragment never leaves).
  await page.getByRole('link', { name: '日本語' }).click();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.reload();
  const figures = ['87654', '87,654', '87%2C654', '150000', '150,000', '150%2C000', '8765', '10518'];
  for (const request of requests) {
    for (const figure of figures) expect(request, `request leaks ${figure}`).not.toContain(figure);
  }
  expect(requests.length).toBeGreaterThan(0);
});
