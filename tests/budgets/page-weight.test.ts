// What each page costs a phone, gzipped, against the budgets in tests/bench/budgets.mjs (the same figures
// `npm run bench` prints). Needs a built site in dist/.
import { expect, test } from 'vitest';
import { pageTypes } from '../bench/budgets.mjs';
import { kb } from '../bench/table.mjs';
import { everyPageChecks, pageTypeChecks, type PageChecks } from '../bench/weight-checks.mjs';

const dist = 'dist';

function expectWithinBudgets({ path, weight, checks }: PageChecks) {
  expect(weight, `${path} is not in ${dist}/`).not.toBeNull();
  for (const { measure, bytes, budget } of checks) {
    const loaded = measure === 'JS' ? ` (inline ${kb(weight!.inlineJs)}; files: ${weight!.jsFiles.join(', ') || 'none'})` : '';
    expect.soft(bytes, `${path} ${measure} is ${kb(bytes)}${loaded}, over its budget of ${kb(budget)}`).toBeLessThanOrEqual(budget);
  }
}

for (const page of pageTypeChecks(dist)) {
  test(`${page.label} ${page.path} is built and its HTML, CSS and first-paint JS stay within budget`, () => {
    expectWithinBudgets(page);
  });
}

// Every other page gets the budgets of its kind: no JavaScript without an island, the island budget with one.
const representative = new Set(pageTypes.flatMap((t) => [...t.paths, ...(t.optionalPaths ?? [])]));
for (const page of everyPageChecks(dist).filter((p) => !representative.has(p.path))) {
  test(`${page.path} stays within the byte budgets of a ${page.weight?.islands ? 'page with an island' : 'page without islands'}`, () => {
    expectWithinBudgets(page);
  });
}
