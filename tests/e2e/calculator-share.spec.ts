import { test, expect } from '@playwright/test';
import { formatUsd } from '../../src/lib/format.ts';
import edition202107 from '../../content/editions/2021-07.json' with { type: 'json' };
import {
  answerWorkedExample,
  chooseEdition,
  dict,
  field,
  openHydrated,
  settledHash,
  watchConsole,
} from './calculator.helpers.ts';

test('a copied link opens the same verdict in both locales', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openHydrated(page, '/en/calculator/');
  await answerWorkedExample(page, 'en');
  await page.getByLabel(dict.en['calc.edition.label']).selectOption('2021-07');
  await page.getByRole('button', { name: dict.en['calc.share.copyLink'] }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/\/en\/calculator\/#v\d+\.[^?]*&edition=2021-07$/);
  expect(link).not.toContain('?');
  // The link names the picked edition at once; the verdict follows once that edition's data has arrived.
  await expect(page.getByTestId('monthly-savings')).toHaveText('USD 0');
  const statusEn = await page.locator('.status-line strong').textContent();

  // A fresh browser with nothing stored sees the same calculation from the link alone.
  for (const lang of ['en', 'ja'] as const) {
    const fresh = await context.browser()!.newContext();
    const other = await fresh.newPage();
    const errors = watchConsole(other);
    await openHydrated(other, link.replace('/en/', `/${lang}/`));
    await expect(other.getByLabel(dict[lang]['calc.edition.label'])).toHaveValue('2021-07');
    await expect(field(other, lang, 'monthlySalesUsd')).toHaveValue('10000');
    await expect(field(other, lang, 'offerType')).toHaveValue('saas');
    // The linked edition's rules decide, not the seed edition's: from 2021-07 no reduced rate, so no savings.
    await expect(other.getByTestId('monthly-savings')).toHaveText({ en: 'USD 0', ja: '0 米国ドル' }[lang]);
    // The same status in the reader's language: the edition's name for the status the English page showed.
    const status = Object.values(edition202107.wording.statuses).find((s) => s.name.en === statusEn)!;
    await expect(other.locator('.status-line strong')).toHaveText(status.name[lang]);
    expect(errors).toEqual([]);
    await fresh.close();
  }
});

test('switching language keeps the answers and the link', async ({ page }) => {
  await openHydrated(page, '/ja/calculator/');
  await chooseEdition(page, 'ja', '2021-03');
  await answerWorkedExample(page, 'ja');
  const hash = await settledHash(page);
  expect(hash).toMatch(/^#v\d+\./);
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await expect(page).toHaveURL(/\/en\/calculator\/#v\d+\./);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  expect(await page.evaluate(() => location.hash)).toBe(hash);
  await expect(field(page, 'en', 'monthlySalesUsd')).toHaveValue('10000');
  await expect(page.getByTestId('monthly-savings')).toHaveText('USD 1,000');
});

for (const [name, fragment, notice] of [
  ['a broken link', '#v1.%%%not-answers', 'calc.notice.link-broken'],
  ['an outdated link', '#v0.abc', 'calc.notice.link-outdated'],
  ['an unknown edition', '', 'calc.notice.link-edition'],
] as const) {
  test(`${name} gives a localized notice and a usable form`, async ({ page }) => {
    const errors = watchConsole(page);
    let url = `/ja/calculator/${fragment}`;
    if (!fragment) {
      // A valid answer part with an edition this site does not know.
      await openHydrated(page, '/ja/calculator/');
      await field(page, 'ja', 'offerType').selectOption('saas');
      // The share-link codec comes with the first answer, then writes the address.
      await page.waitForFunction(() => /^#v\d+\./.test(location.hash));
      url = `/ja/calculator/${(await settledHash(page)).replace(/&.*$/, '')}&edition=1999-01`;
      await page.evaluate(() => localStorage.clear());
    }
    await openHydrated(page, url);
    await expect(page.getByText(dict.ja[notice])).toBeVisible();
    await field(page, 'ja', 'offerType').selectOption('azure-virtual-machine');
    await expect(page.locator('.status-line strong')).not.toBeEmpty();
    expect(errors).toEqual([]);
  });
}

for (const lang of ['ja', 'en'] as const) {
  test(`a v1 link sent before editions were dated still opens the March 2021 rules (${lang})`, async ({ page }) => {
    // The worked example as the calculator wrote it in format v1, without &edition.
    await openHydrated(page, `/${lang}/calculator/#v1.0_y_m_y_y_y_y_y_y_0___150000__y_y__10000`);
    await expect(page.getByLabel(dict[lang]['calc.edition.label'])).toHaveValue('2021-03');
    await expect(page.getByTestId('monthly-savings')).toHaveText(formatUsd(1000, lang));
  });
}

test('a heading anchor in the address is not mistaken for a share link', async ({ page }) => {
  await openHydrated(page, '/en/calculator/#content');
  await expect(page.locator('.notice')).toHaveCount(0);
});

test('a share link pasted into the address bar of an open calculator replaces the answers', async ({ page }) => {
  await openHydrated(page, '/en/calculator/');
  await chooseEdition(page, 'en', '2021-03');
  await answerWorkedExample(page, 'en');
  const hash = await settledHash(page);
  await page.getByRole('button', { name: dict.en['calc.reset'] }).click();
  await expect(field(page, 'en', 'offerType')).toHaveValue('');
  // A reader pastes into an address the reset has already rewritten (the same fragment again would not be a change).
  await expect.poll(() => page.evaluate(() => location.hash)).not.toBe(hash);
  await page.evaluate((h) => (location.hash = h), hash);
  await expect(field(page, 'en', 'offerType')).toHaveValue('saas');
  await expect(page.getByTestId('monthly-savings')).toHaveText('USD 1,000');
});
