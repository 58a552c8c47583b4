import { chromium } from '@playwright/test';
const [path, width, ...rest] = process.argv.slice(2);
const scheme = rest[0] ?? 'light';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 1000 }, colorScheme: scheme });
const page = await ctx.newPage();
await page.goto(`http://localhost:4334${path}`);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
const name = path.replaceAll('/', '_').replace(/^_|_$/g, '');
const step = 1400;
for (let y = 0, i = 0; y < h; y += step, i++) {
  await page.screenshot({ path: `/tmp/content-shots/${name}-${width}-${scheme}-${i}.png`, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(step, h - y) } });
}
console.log(name, h, Math.ceil(h / step));
await browser.close();
