// What each page costs a phone, gzipped, against the budgets in tests/bench/budgets.mjs (the same figures
// `npm run bench` prints). Needs a built site in dist/.
import { expect, test } from 'vitest';
import { islandPageCeilings, pageTypes } from '../bench/budgets.mjs';
import { kb } from '../bench/table.mjs';
import { everyPageChecks, pageTypeChecks, type PageChecks } from '../bench/weight-checks.mjs';

const dist = 'dist';

/** The budget, or for a page with an island the interim ceiling where one is set (see budgets.mjs). */
function limitOf(measure: string, budget: number, islands: number): { limit: number; what: string } {
  const ceiling = islands > 0 ? islandPageCeilings[measure as keyof typeof islandPageCeilings] : undefined;
  return ceiling === undefined ? { limit: budget, what: 'budget' } : { limit: ceiling, what: `interim ceiling (budget ${kb(budget)})` };
}

function expectWithinBudgets({ path, weight, checks }: PageChecks) {
  expect(weight, `${path} is not in ${dist}/`).not.toBeNull();
  for (const { measure, bytes, budget } of checks) {
    const loaded = measure === 'JS' ? ` (inline ${kb(weight!.inlineJs)}; files: ${weight!.jsFiles.join(', ') || 'none'})` : '';
    const { limit, what } = limitOf(measure, budget, weight!.islands);
    expect.soft(bytes, `${path} ${measure} is ${kb(bytes)}${loaded}, over its ${what} of ${kb(limit)}`).toBeLessThanOrEqual(limit);
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

test('a guide page is held to half of Starlight: first paint all in, its CSS, and the script before search', () => {
  const guide = pageTypeChecks(dist).filter((p) => p.typeId === 'guide');
  expect(guide.length).toBeGreaterThan(0);
  for (const { path, checks } of guide) {
    const budgets = Object.fromEntries(checks.map((c) => [c.measure, c.budget]));
    expect(budgets, path).toMatchObject({ 'first paint': 11.3 * 1024, 'JS before search': 1.5 * 1024 });
    expect(checks.filter((c) => c.measure === 'CSS').map((c) => c.budget), path).toContain(8 * 1024);
  }
});
