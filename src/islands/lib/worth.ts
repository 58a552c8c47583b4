/**
 * What reaching the top status is worth: the same answers with every open item on the reader's side done, and
 * the saving and benefits that would bring. Loaded just after the calculator (its result line comes second).
 */
import { engineFor, fieldKind, stores, type Answers, type AnswerField, type Assessment } from '../../rules/browser.ts';
import { formatUsd } from '../../lib/format.ts';
import type { Locale } from '../../i18n/index.ts';
import { pathToTop } from './path.ts';
import { fill, inLocale, type CalcText } from './text.ts';
import { benefitKeys } from './verdict.ts';

/**
 * Every yes/no question the edition asks answered yes (save whether the offer is transactable, a business
 * decision rather than a task), live in every store, revenue beyond any threshold.
 */
export function doneAnswers(answers: Answers, relevant: readonly AnswerField[]): Answers {
  const done: Answers = { ...answers };
  for (const field of relevant) {
    const kind = fieldKind(field).type;
    if (kind === 'yes-no' && field !== 'transactable') (done as Record<string, unknown>)[field] = true;
    if (kind === 'stores') done.listedIn = [...stores];
  }
  if (relevant.includes('azureConsumedRevenueUsd'))
    done.azureConsumedRevenueUsd = Math.max(answers.azureConsumedRevenueUsd ?? 0, 1e9);
  return done;
}

/** "Once these 2 items are done, the offer reaches …: you would save USD 500 a month; …", or '' for no gain. */
export function worthLine(a: Assessment, answers: Answers, locale: Locale, t: CalcText): string {
  const { top, items } = pathToTop(a);
  if (!top) return '';
  const engine = engineFor(locale);
  const result = engine.assess(doneAnswers(answers, engine.relevantFields(answers, a.edition)), a.edition);
  if (!result.ok || result.assessment.status !== top) return '';
  const done = result.assessment;
  const gains: string[] = [];
  const saving = done.fee.monthlySavingsUsd - a.fee.monthlySavingsUsd;
  if (answers.monthlySalesUsd !== undefined && saving > 0)
    gains.push(fill(t['calc.worth.saving'], { amount: formatUsd(saving, locale) }));
  for (const benefit of ['badge', 'macc', 'cspIncentive'] as const) {
    if (done[benefit].eligible === true && a[benefit].eligible !== true) gains.push(t[benefitKeys[benefit]]);
  }
  if (!gains.length) return '';
  return fill(t['calc.worth.line'], {
    count: items.filter((r) => r.met !== true).length,
    status: inLocale(done.statusName, locale),
    gains: gains.join(t['calc.list.separator']),
  });
}
