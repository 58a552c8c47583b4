import { test, expect } from '@playwright/test';
import { dict, field, openHydrated, watchConsole } from './calculator.helpers.ts';

for (const lang of ['en', 'ja'] as const) {
  test(`amounts are read as people type them (${lang})`, async ({ page }) => {
    await openHydrated(page, `/${lang}/calculator/`);
    await field(page, lang, 'offerType').selectOption('saas');
    await field(page, lang, 'transactable').selectOption('yes');
    const input = field(page, lang, 'monthlySalesUsd');
    for (const typed of ['100000', '100,000', '$100,000', 'USD 100,000', '１００，０００']) {
      await input.fill(typed);
      await expect(input).not.toHaveAttribute('aria-invalid');
      await expect(
        page.getByText(
          dict[lang]['calc.amount.read'].replace('{amount}', { en: 'USD 100,000', ja: '100,000 米国ドル' }[lang]),
        ),
      ).toBeVisible();
    }
  });
}

for (const [typed, problem] of [
  ['-500', 'negative'],
  ['ten thousand', 'not-a-number'],
  ['5000000000000', 'too-large'],
] as const) {
  for (const lang of ['en', 'ja'] as const) {
    test(`${typed} gets an inline message tied to the field and never reaches the engine (${lang})`, async ({
      page,
    }) => {
      const errors = watchConsole(page);
      await openHydrated(page, `/${lang}/calculator/`);
      await field(page, lang, 'offerType').selectOption('saas');
      const input = field(page, lang, 'azureConsumedRevenueUsd');
      await input.fill('1000');
      await input.fill(typed);
      await expect(input).toHaveAttribute('aria-invalid', 'true');
      const message = dict[lang][`calc.amount.${problem}`];
      await expect(input).toHaveAccessibleDescription(new RegExp(`^${message.replace(/[.()]/g, '\\$&')}`));
      await expect(page.getByText(message)).toBeVisible();
      // Not fed to the engine: the stored answers and the share link drop the figure.
      const stored = await page.evaluate(() => localStorage.getItem('cosell-guide:answers'));
      expect(stored).not.toContain('azureConsumedRevenueUsd');
      expect(JSON.parse(stored!)).toEqual({ offerType: 'saas' });
      expect(errors).toEqual([]);
    });
  }
}

test('an amount left blank after editing asks for one, and counts as unanswered', async ({ page }) => {
  await openHydrated(page, '/ja/calculator/');
  await field(page, 'ja', 'offerType').selectOption('saas');
  const input = field(page, 'ja', 'azureConsumedRevenueUsd');
  await input.fill('5');
  await input.fill('');
  await input.blur();
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(dict.ja['calc.amount.empty'])).toBeVisible();
  await input.fill('７００');
  await expect(input).not.toHaveAttribute('aria-invalid');
  await expect(page.getByText(dict.ja['calc.amount.empty'])).toHaveCount(0);
});
