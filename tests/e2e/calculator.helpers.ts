import { expect, type Page } from '@playwright/test';
import { ja } from '../../src/i18n/ja.ts';
import { en } from '../../src/i18n/en.ts';

export const dict = { ja, en } as const;
export type Lang = keyof typeof dict;

/** Opens a page and waits until its islands have hydrated (Astro drops `ssr` once a component runs). */
export async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}

/** The page's address once it holds the last answer: the calculator writes it after that answer's frame. */
export async function settledHash(page: Page): Promise<string> {
  return page.evaluate(
    () => new Promise<string>((done) => requestAnimationFrame(() => setTimeout(() => done(location.hash), 50))),
  );
}

/**
 * Collects console errors, uncaught exceptions and failed requests, which no state of the calculator may
 * produce. The browser's own favicon probe is not the page's doing.
 */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** Picks the rules edition in the calculator's picker (the default is the newest; the worked example is 2021-03's). */
export async function chooseEdition(page: Page, lang: Lang, id: string): Promise<void> {
  await page.getByLabel(dict[lang]['calc.edition.label']).selectOption(id);
  await expect(page).toHaveURL(new RegExp(`&edition=${id}$`));
}

export const field = (page: Page, lang: Lang, name: string) =>
  page.getByLabel(dict[lang][`calc.field.${name}` as keyof typeof en], { exact: true });

/** Pins the source document's edition (March 2021) with the picker's one-click button. */
export async function useSeedEdition(page: Page, lang: Lang): Promise<void> {
  const picker = page.getByLabel(dict[lang]['calc.edition.label']);
  // Already pinned, the picker offers no button for it.
  if ((await picker.inputValue()) !== '2021-03')
    await page.getByRole('button', { name: dict[lang]['calc.edition.seed'] }).click();
  await expect(picker).toHaveValue('2021-03');
}

/**
 * Answers the worked example under the source document's rules (March 2021, whose reduced fee it shows): a
 * transactable SaaS offer that reaches Azure IP co-sell, selling USD 10,000 a month.
 */
export async function answerWorkedExample(page: Page, lang: Lang, monthly = '10,000'): Promise<void> {
  await useSeedEdition(page, lang);
  await field(page, lang, 'offerType').selectOption('saas');
  await field(page, lang, 'transactable').selectOption('yes');
  // A product name, the same in both locales.
  await page.getByRole('checkbox', { name: 'Azure Marketplace' }).check();
  for (const name of [
    'partnerIdAndAccount',
    'businessProfileComplete',
    'coSellListingComplete',
    'onePager',
    'pitchDeck',
    'salesContactPerGeography',
    'technicalValidationPassed',
    'referenceArchitectureDiagram',
  ]) {
    await field(page, lang, name).selectOption('yes');
  }
  // The engine asks the solution type only in the editions whose rules use it.
  const solutionType = field(page, lang, 'solutionType');
  if (await solutionType.count()) await solutionType.selectOption('ip');
  await field(page, lang, 'azureConsumedRevenueUsd').fill('150,000');
  await field(page, lang, 'monthlySalesUsd').fill(monthly);
}
