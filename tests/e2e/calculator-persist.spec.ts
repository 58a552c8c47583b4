import { test, expect } from '@playwright/test';
import { answerWorkedExample, chooseEdition, dict, field, openHydrated, watchConsole } from './calculator.helpers.ts';

test('answers persist across a reload', async ({ page }) => {
  await openHydrated(page, '/en/calculator/');
  await chooseEdition(page, 'en', '2021-03');
  await answerWorkedExample(page, 'en');
  // Without the fragment: the answers come back from this browser's storage alone.
  await openHydrated(page, '/en/calculator/');
  await expect(field(page, 'en', 'monthlySalesUsd')).toHaveValue('10000');
  await expect(field(page, 'en', 'pitchDeck')).toHaveValue('yes');
  await expect(page.getByTestId('monthly-savings')).toHaveText('USD 1,000');
});

for (const [name, stored] of [
  ['not JSON', '{oops'],
  ['answers of the wrong shape', JSON.stringify({ offerType: 'spaceship', monthlySalesUsd: -4 })],
] as const) {
  test(`stored answers that are ${name} give a notice and an empty, usable form`, async ({ page }) => {
    const errors = watchConsole(page);
    // Written once the first visit's island has hydrated: before that, hydration could overwrite it.
    await openHydrated(page, '/ja/calculator/');
    await page.evaluate((value) => localStorage.setItem('cosell-guide:answers', value), stored);
    await openHydrated(page, '/ja/calculator/');
    await expect(page.getByText(dict.ja['calc.notice.storage-reset'])).toBeVisible();
    await expect(field(page, 'ja', 'offerType')).toHaveValue('');
    await field(page, 'ja', 'offerType').selectOption('saas');
    expect(JSON.parse((await page.evaluate(() => localStorage.getItem('cosell-guide:answers')))!)).toEqual({
      offerType: 'saas',
    });
    await page.getByRole('button', { name: dict.ja['calc.notice.dismiss'] }).click();
    await expect(page.getByText(dict.ja['calc.notice.storage-reset'])).toHaveCount(0);
    expect(errors).toEqual([]);
  });
}
