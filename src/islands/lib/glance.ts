import type { Answers, Assessment } from '../../rules/browser.ts';
import { formatRate, formatUsd } from '../../lib/format.ts';
import type { Locale } from '../../i18n/index.ts';
import { fill, type CalcText } from './text.ts';

/** The fee in a few words, for the summaries kept in sight: the saving when there is one, else the rate. */
export function feeGlance(fee: Assessment['fee'], answers: Answers, locale: Locale, t: CalcText): string {
  const applies: boolean | null = fee.applies;
  if (applies === null) return `? ${t['calc.verdict.open']}`;
  if (!applies) return t['calc.glance.noFee'];
  const rate = fill(t['calc.glance.rate'], { rate: formatRate(fee.rate) });
  if (answers.monthlySalesUsd === undefined || fee.monthlySavingsUsd <= 0) return rate;
  return `${fill(t['calc.glance.saves'], { amount: formatUsd(fee.monthlySavingsUsd, locale) })} (${rate})`;
}
