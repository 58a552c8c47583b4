import { test, expect, type Page } from '@playwright/test';
import { dict, field, openHydrated, watchConsole, type Lang } from './calculator.helpers.ts';

const answersKey = 'cosell-guide:answers';
const editionKey = 'cosell-guide:edition';
const own = { offerType: 'saas', monthlySalesUsd: 10000 };

/** Stores values once the first visit's island has hydrated (before that, hydration could overwrite them). */
async function store(page: Page, lang: Lang, values: Record<string, string>): Promise<void> {
  await openHydrated(page, `/${lang}/calculator/`);
  await page.evaluate((v) => Object.entries(v).forEach(([key, value]) => localStorage.setItem(key, value)), values);
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);

for (const lang of ['ja', 'en'] as const) {
  const t = dict[lang];
  const notice = (page: Page, key: keyof typeof t) => page.locator('.notice').filter({ hasText: t[key] });

  test(`${lang}: a damaged or unknown stored edition keeps the saved answers, with one notice`, async ({ page }) => {
    const errors = watchConsole(page);
    await store(page, lang, { [answersKey]: JSON.stringify(own), [editionKey]: '2025-01' });
    await openHydrated(page, `/${lang}/calculator/`);
    await expect(notice(page, 'calc.notice.storage-edition')).toBeVisible();
    await expect(field(page, lang, 'offerType')).toHaveValue('saas');
    await expect(field(page, lang, 'monthlySalesUsd')).toHaveValue('10000');
    // Repaired in storage: the next visit has nothing to say.
    expect(await stored(page, editionKey)).not.toBe('2025-01');
    await openHydrated(page, `/${lang}/calculator/`);
    await expect(field(page, lang, 'offerType')).toHaveValue('saas');
    await expect(page.locator('.notice')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test(`${lang}: stored answers with one bad field keep the good fields`, async ({ page }) => {
    await store(page, lang, { [answersKey]: JSON.stringify({ ...own, listedIn: ['appsource', 42] }) });
    await openHydrated(page, `/${lang}/calculator/`);
    await expect(notice(page, 'calc.notice.storage-reset')).toBeVisible();
    await expect(field(page, lang, 'offerType')).toHaveValue('saas');
    await expect(field(page, lang, 'monthlySalesUsd')).toHaveValue('10000');
    expect(JSON.parse((await stored(page, answersKey))!)).toEqual(own);
  });

  test(`${lang}: a huge stored value is dropped at once, with a notice`, async ({ page }) => {
    const errors = watchConsole(page);
    await store(page, lang, { [answersKey]: JSON.stringify({ listedIn: Array(1_200_000).fill(0) }) });
    const started = Date.now();
    await openHydrated(page, `/${lang}/calculator/`);
    await expect(notice(page, 'calc.notice.storage-reset')).toBeVisible();
    expect(Date.now() - started).toBeLessThan(2000);
    await field(page, lang, 'offerType').selectOption('saas');
    expect(JSON.parse((await stored(page, answersKey))!)).toEqual({ offerType: 'saas' });
    expect(errors).toEqual([]);
  });

  test(`${lang}: a share link shows its own answers and gives the saved ones back`, async ({ page }) => {
    await openHydrated(page, `/${lang}/calculator/`);
    await field(page, lang, 'offerType').selectOption('power-bi-app');
    await expect(page).toHaveURL(/#v\d+\./);
    const link = await page.evaluate(() => location.href);
    await store(page, lang, { [answersKey]: JSON.stringify(own) });
    await page.goto('about:blank');
    await openHydrated(page, link);
    await expect(field(page, lang, 'offerType')).toHaveValue('power-bi-app');
    await expect(notice(page, 'calc.notice.link-opened')).toBeVisible();
    // Closing the tab before choosing loses nothing: the choice is offered again.
    await page.goto('about:blank');
    await openHydrated(page, `/${lang}/calculator/`);
    await page.getByRole('button', { name: t['calc.notice.restore'] }).click();
    await expect(field(page, lang, 'offerType')).toHaveValue('saas');
    await expect(field(page, lang, 'monthlySalesUsd')).toHaveValue('10000');
    await expect(page.locator('.notice')).toHaveCount(0);

    await page.goto('about:blank');
    await openHydrated(page, link);
    await page.getByRole('button', { name: t['calc.notice.keep'] }).click();
    await expect(page.locator('.notice')).toHaveCount(0);
    await openHydrated(page, `/${lang}/calculator/`);
    await expect(field(page, lang, 'offerType')).toHaveValue('power-bi-app');
    await expect(page.locator('.notice')).toHaveCount(0);
  });

  for (const tail of ['&EDITION=2023-07', '&edition', '&edition%3D2023-07', '&garbage'])
    test(`${lang}: an unreadable link part ${tail} is named in a notice, never silently ignored`, async ({ page }) => {
      await openHydrated(page, `/${lang}/calculator/`);
      await field(page, lang, 'offerType').selectOption('power-bi-app');
      // The share code is written into the address just after the answer: read the link once it is there.
      await expect(page).toHaveURL(/#v\d+\./);
      const link = await page.evaluate(() => location.href);
      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
      await openHydrated(page, `${link}${tail}`);
      await expect(notice(page, 'calc.notice.link-edition')).toBeVisible();
      await expect(field(page, lang, 'offerType')).toHaveValue('power-bi-app');
    });

  test(`${lang}: a broken link never costs the saved answers`, async ({ page }) => {
    await store(page, lang, { [answersKey]: JSON.stringify(own) });
    for (const hash of ['#v1.%%%not-answers', '#v1.0_y_zz']) {
      await page.goto('about:blank');
      await openHydrated(page, `/${lang}/calculator/${hash}`);
      await expect(notice(page, 'calc.notice.link-broken')).toBeVisible();
      await expect(field(page, lang, 'offerType')).toHaveValue('saas');
    }
    expect(JSON.parse((await stored(page, answersKey))!)).toEqual(own);
  });

  test(`${lang}: "Clear all answers" can be undone`, async ({ page }) => {
    await store(page, lang, { [answersKey]: JSON.stringify(own) });
    await openHydrated(page, `/${lang}/calculator/`);
    await page.getByRole('button', { name: t['calc.reset'] }).click();
    await expect(field(page, lang, 'offerType')).toHaveValue('');
    await page.getByRole('button', { name: t['calc.notice.undo'] }).click();
    await expect(field(page, lang, 'offerType')).toHaveValue('saas');
    await expect(field(page, lang, 'monthlySalesUsd')).toHaveValue('10000');
    await expect(page.locator('.notice')).toHaveCount(0);
  });

  test(`${lang}: -0 from a link shows as zero, and a date whose fee start would need a five-digit year is refused`, async ({
    page,
  }) => {
    await openHydrated(page, `/${lang}/calculator/#v1.0_y_m_y_y_y_y_y_y_0_n_n_-0_-0_y_y_y_-0_20210615`);
    await expect(page.getByTestId('monthly-savings')).toHaveText({ ja: '0 米国ドル', en: 'USD 0' }[lang]);
    await expect(page.getByTestId('yearly-savings')).toHaveText({ ja: '0 米国ドル', en: 'USD 0' }[lang]);
    await page.goto('about:blank');
    await openHydrated(page, `/${lang}/calculator/#v1.0_y_m_y_y_y_y_y_y_0_n_n_0_0_y_y_y_1000_99991231`);
    await expect(notice(page, 'calc.notice.link-broken')).toBeVisible();
    await expect(page.locator('section.results')).not.toContainText('10000');
  });
}
