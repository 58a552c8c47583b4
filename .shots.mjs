import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:4332';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (const lang of ['ja', 'en']) for (const width of [375, 1280]) for (const scheme of ['light', 'dark']) {
  const ctx = await browser.newContext({ viewport: { width, height: 700 }, colorScheme: scheme });
  const page = await ctx.newPage();
  await page.goto(`${base}/${lang}/calculator/`);
  await page.waitForSelector('astro-island:not([ssr])');
  await page.locator('select').first().selectOption('power-bi-app');
  const link = page.url();
  await page.evaluate(() => { localStorage.setItem('cosell-guide:answers', JSON.stringify({ offerType: 'saas', monthlySalesUsd: 10000, listedIn: [42] })); });
  await page.goto('about:blank');
  await page.goto(`${link}&EDITION=2023-07`);
  await page.waitForSelector('.notice');
  await page.waitForTimeout(500);
  await page.locator('.calculator').screenshot({ path: `/tmp/reliab-shots/${lang}-${width}-${scheme}.png`, clip: undefined }).catch(() => {});
  await page.screenshot({ path: `/tmp/reliab-shots/${lang}-${width}-${scheme}-top.png` });
  await ctx.close();
}
await browser.close();
