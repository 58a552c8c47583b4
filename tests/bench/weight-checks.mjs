// Byte budgets checked against a built site: shared by `npm run bench` and the budget tests in `npm test`.
import { builtHtmlOf } from './built-pages.mjs';
import {
  cssBudget,
  htmlBudget,
  inlineJsBudget,
  islandHtmlBudget,
  islandJsOverFloor,
  noIslandJsBudget,
  pageTypes,
} from './budgets.mjs';
import { isBuilt, pageWeight } from './page-weight.mjs';
import { kb } from './table.mjs';

/**
 * @typedef {'calculator' | 'guideCheck'} IslandKind
 * @typedef {{ measure: 'HTML' | 'CSS' | 'JS' | 'inline JS' | 'JS before search' | 'first paint', bytes: number, budget: number, island?: IslandKind, floor?: number }} ByteCheck
 *   `island`: the page's island (its HTML and JS budgets are an island page's); `floor`: the engine floor page's
 *   gzipped JS, which the JS budget is set over
 * @typedef {{ typeId: string, label: string, path: string, weight: ReturnType<typeof pageWeight> | null, checks: ByteCheck[] }} PageChecks
 * @typedef {{ engineJs: number, minimalJs: number }} Floor the floor pages' gzipped JS (floor.mjs); budgets are set over engineJs
 */

/**
 * A page type's own budgets on top of every page's (the guide page's, see guidePageBudgets).
 * @returns {ByteCheck[]}
 */
function typeChecks(weight, budgets) {
  if (!budgets) return [];
  return [
    { measure: 'CSS', bytes: weight.css, budget: budgets.CSS },
    { measure: 'JS before search', bytes: weight.js, budget: budgets.preSearchJs },
    { measure: 'first paint', bytes: weight.html + weight.css + weight.js, budget: budgets.firstPaint },
  ];
}

/** A page carrying the calculator gets its budget; one with only guide checks, theirs. @returns {IslandKind} */
export const islandKindOf = (weight) =>
  weight.components.some((url) => /\/Calculator\.[\w-]+\.js$/.test(url)) ? 'calculator' : 'guideCheck';

/** @param {Floor} floor @returns {ByteCheck[]} */
function checksOf(weight, floor) {
  const css = { measure: 'CSS', bytes: weight.css, budget: cssBudget };
  // With an island all JS counts (Astro's hydration script is inline), over what the stack alone costs.
  // Without one, the JS budget is for files and the inline bootstrap has its own.
  if (weight.islands > 0) {
    const island = islandKindOf(weight);
    return [
      { measure: 'HTML', bytes: weight.html, budget: islandHtmlBudget, island },
      css,
      {
        measure: 'JS',
        bytes: weight.js,
        budget: floor.engineJs + islandJsOverFloor[island],
        island,
        floor: floor.engineJs,
      },
    ];
  }
  return [
    { measure: 'HTML', bytes: weight.html, budget: htmlBudget },
    css,
    { measure: 'JS', bytes: weight.js - weight.inlineJs, budget: noIslandJsBudget },
    { measure: 'inline JS', bytes: weight.inlineJs, budget: inlineJsBudget },
  ];
}

/**
 * The pages standing for each page type, in each locale; weight is null where the page is not built.
 * @param {Floor} floor
 * @returns {PageChecks[]}
 */
export function pageTypeChecks(distDir, floor) {
  return pageTypes.flatMap((type) =>
    [...type.paths, ...(type.optionalPaths ?? []).filter((p) => isBuilt(distDir, p))].map((path) => {
      const weight = isBuilt(distDir, path) ? pageWeight(distDir, path) : null;
      const checks = weight ? [...checksOf(weight, floor), ...typeChecks(weight, type.budgets)] : [];
      return { typeId: type.id, label: type.label, path, weight, checks };
    }),
  );
}

/**
 * Every localized page of the site, whatever its type, with the budgets of its kind.
 * @param {Floor} floor
 * @returns {PageChecks[]}
 */
export function everyPageChecks(distDir, floor) {
  return builtHtmlOf(distDir)
    .filter((path) => /^\/(ja|en)\//.test(path))
    .map((path) => {
      const weight = pageWeight(distDir, path);
      return { typeId: 'page', label: 'page', path, weight, checks: checksOf(weight, floor) };
    });
}

/**
 * A budget as the bench prints it: "≤ 40.3 KB (floor 30.3 KB + 10.0 KB)" for one over the floor.
 * @param {ByteCheck} check
 */
export const budgetText = ({ budget, floor }) =>
  floor === undefined ? `≤ ${kb(budget)}` : `≤ ${kb(budget)} (floor ${kb(floor)} + ${kb(budget - floor)})`;

/**
 * The bench's row for one page: its own HTML, CSS and JS, met when every figure is within its budget.
 * @param {PageChecks} page
 * @returns {import('./table.mjs').Row}
 */
export function pageRow({ path, weight, checks }) {
  const over = checks.filter((c) => c.bytes > c.budget);
  return {
    item: path,
    figure: `HTML ${kb(weight.html)}, CSS ${kb(weight.css)}, JS ${kb(weight.js)}`,
    budget:
      weight.islands > 0
        ? `with ${islandKindOf(weight) === 'calculator' ? 'the calculator' : 'a guide check'}`
        : 'without islands',
    ok: over.length === 0,
    note: over.length
      ? over.map((c) => `${c.measure} ${kb(c.bytes)} over ${budgetText(c).slice(2)}`).join(', ')
      : undefined,
  };
}
