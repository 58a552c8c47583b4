import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { answerWorkedExample, dict, field, openHydrated } from './calculator.helpers.ts';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

// axe on a long form is slow on a shared machine.
test.describe.configure({ timeout: 90_000 });

test('axe finds nothing on the empty form', async ({ page }) => {
  await openHydrated(page, '/ja/calculator/');
  await expectNoAxeViolations(page);
});

test('axe finds nothing once answered, nor with an invalid amount', async ({ page }) => {
  await openHydrated(page, '/ja/calculator/');
  await answerWorkedExample(page, 'ja');
  await expectNoAxeViolations(page);
  await field(page, 'ja', 'monthlySalesUsd').fill('-1');
  await expect(field(page, 'ja', 'monthlySalesUsd')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
});

test('axe finds nothing with a broken-link notice', async ({ page }) => {
  await openHydrated(page, '/en/calculator/#v1.broken');
  await expect(page.getByText(dict.en['calc.notice.link-broken'])).toBeVisible();
  await expectNoAxeViolations(page);
});

test('usable at 320 px wide without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openHydrated(page, '/en/calculator/');
  await answerWorkedExample(page, 'en');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test('the form works from the keyboard alone', async ({ page }) => {
  await openHydrated(page, '/en/calculator/');
  const offerType = field(page, 'en', 'offerType');
  await offerType.focus();
  await expect(offerType).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(offerType).not.toHaveValue('');
  // The questions the offer type brings are drawn a moment later: a reader tabs on once the next one shows.
  await expect(field(page, 'en', 'transactable')).toBeVisible();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveAttribute('id', /transactable/);
  const outline = await focused.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
});

test('groups are fieldsets with legends and every control is labelled', async ({ page }) => {
  await openHydrated(page, '/en/calculator/');
  await field(page, 'en', 'offerType').selectOption('saas');
  for (const group of ['offer', 'account', 'listing', 'revenue', 'estimate'] as const) {
    await expect(page.getByRole('group', { name: dict.en[`calc.group.${group}`], exact: true })).toBeVisible();
  }
  const unlabelled = await page
    .locator('form.questions')
    .locator('select, input')
    .evaluateAll((els) => els.filter((el) => !(el as HTMLInputElement).labels?.length).length);
  expect(unlabelled).toBe(0);
});

for (const lang of ['ja', 'en'] as const) {
  test(`without JavaScript the page lists each status's requirements, and no control that would do nothing (${lang})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${lang}/calculator/`);
    const list = page.locator('.calc-static');
    await expect(list.getByRole('heading', { level: 2 })).toBeVisible();
    const links = list.locator(`a[href*="/${lang}/"][href*="#req-"]`);
    expect(await links.count()).toBeGreaterThan(3);
    // Each link leads to a requirement's row on a guide page.
    const href = (await links.first().getAttribute('href'))!;
    await page.goto(href);
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeAttached();
    await page.goBack();
    await expect(page.locator('main').locator('select, input, button').filter({ visible: true })).toHaveCount(0);
    await context.close();
  });
}
