// What the bench types, and how it knows the result is right after each input: the calculator's own answers
// (read back from its share link) assessed by the engine in Node must give the status the page shows.
import { importBundled } from './node-bundle.mjs';

/** A nine-digit amount, typed one digit at a time. */
export const typedAmount = '123456789';
/** Answers changed in the calculator, each with one key press. */
export const answersChanged = 5;

const engine = importBundled(`
  export * as rules from './src/rules/index.ts';
  export { parseFragment } from './src/stores/share.ts';
  export { ja } from './src/i18n/ja.ts';
  export { en } from './src/i18n/en.ts';
`);

/** Waits briefly for a live region holding every one of `texts`; null when there is one, else what it holds. */
async function liveRegionShows(page, texts) {
  const shows = (wanted) =>
    [...document.querySelectorAll('[aria-live]')].some((el) => wanted.every((w) => el.textContent.includes(w)));
  if (await page.evaluate(shows, texts)) return null;
  const late = await page.waitForFunction(shows, texts, { timeout: 3_000 }).then(
    () => true,
    () => false,
  );
  if (late) return null;
  const live = await page.evaluate(() =>
    [...document.querySelectorAll('[aria-live]')].map((el) => el.textContent.trim()).join(' | '),
  );
  return `expected "${texts.join('", "')}", the page says "${live}"`;
}

/**
 * The status and the missing count the engine gives for `answers`, as the live summary states them. A link that
 * names no edition means the rules in force on the date asked about (editionFor, where the engine has it).
 */
async function expectedSummary(answers, edition, locale) {
  const { rules } = await engine;
  const inForce = rules.editionFor?.(answers.qualifiesOn ?? new Date().toISOString().slice(0, 10));
  const result = rules.assess(answers, edition || inForce || rules.defaultEditionId);
  return result.ok ? [result.assessment.statusName[locale], String(result.assessment.missing.length)] : null;
}

/**
 * The calculator: five answers (each the first unanswered choice in the form, moved one option down, as the
 * arrow key does), then the amount. After each input its answers must have changed as typed and the live
 * summary must state what the engine says of them.
 * @returns {Promise<Parameters<typeof import('./main-thread.mjs').typingFigures>[2]>}
 */
export async function calculatorTyping(locale) {
  const dictionary = (await engine)[locale];
  let held = {};
  let link = '';
  return {
    inputs: async function* (page) {
      for (let n = 0; n < answersChanged; n++) {
        const id = await page.locator('form select:has(option[value=""]:checked)').first().getAttribute('id');
        yield {
          label: `answer ${n + 1} (#${id})`,
          target: (p) => p.locator(`[id="${id}"]`),
          key: 'ArrowDown',
          answered: 1,
        };
      }
      const amount = (p) => p.getByLabel(dictionary['calc.field.monthlySalesUsd'], { exact: true });
      for (let digits = 1; digits <= typedAmount.length; digits++) {
        yield {
          label: `amount ${typedAmount.slice(0, digits)}`,
          target: amount,
          key: typedAmount[digits - 1],
          amount: Number(typedAmount.slice(0, digits)),
        };
      }
    },
    async check(page, input) {
      const { parseFragment } = await engine;
      // Every input here changes the answers, so the share link changes too, at once or a moment later.
      const before = link;
      link = await page.evaluate(() => location.hash);
      if (link === before) {
        await page
          .waitForFunction((previous) => location.hash !== previous, before, { timeout: 3_000 })
          .catch(() => {});
        link = await page.evaluate(() => location.hash);
      }
      const parsed = parseFragment(link, () => false);
      if (parsed.kind !== 'answers') return `the share link holds no answers after ${input.label}`;
      const answeredBefore = Object.keys(held).length;
      held = parsed.answers;
      if (input.answered && Object.keys(held).length !== answeredBefore + input.answered) {
        return `${input.label} did not add one answer: ${JSON.stringify(held)}`;
      }
      if (input.amount !== undefined && held.monthlySalesUsd !== input.amount) {
        return `typed ${input.amount}, the calculator holds ${held.monthlySalesUsd}`;
      }
      const summary = await expectedSummary(held, parsed.edition, locale);
      return summary ? liveRegionShows(page, summary) : `the engine refuses ${JSON.stringify(held)}`;
    },
  };
}

/** The engine floor page: the amount typed into its one number field, and the status it shows for it. */
export async function floorTyping() {
  const input = (p) => p.locator('input');
  return {
    prepare: (page) => input(page).fill(''),
    inputs: async function* () {
      for (let digits = 1; digits <= typedAmount.length; digits++) {
        yield {
          label: `amount ${typedAmount.slice(0, digits)}`,
          target: input,
          key: typedAmount[digits - 1],
          amount: Number(typedAmount.slice(0, digits)),
        };
      }
    },
    async check(page, { amount }) {
      const value = Number(await input(page).inputValue());
      if (value !== amount) return `typed ${amount}, the field holds ${value}`;
      // The fixture's answers (tests/bench/floor/src/islands/EngineOnly.svelte) with the typed amount.
      const { rules } = await engine;
      const summary = await expectedSummary(
        { offerType: 'saas', transactable: true, monthlySalesUsd: amount },
        rules.defaultEditionId,
        'ja',
      );
      return liveRegionShows(page, summary.slice(0, 1));
    },
  };
}
