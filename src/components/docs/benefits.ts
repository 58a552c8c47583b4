import type { Edition } from '../../rules/index.ts';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { fill, formatDate, formatPercent, joinSentences } from './format.ts';

export type BenefitKey = 'fee' | 'badge' | 'macc' | 'cspIncentive';

/** A benefit's documented text in one edition (the fee sits beside the other benefits in the data). */
export function benefitOf(edition: Edition, benefit: BenefitKey) {
  return benefit === 'fee' ? edition.fee : edition.benefits[benefit];
}

/** One benefit of an edition in a sentence or two: rates and dates from the data, else its condition. */
export function benefitSummary(edition: Edition, benefit: BenefitKey, lang: Locale): string {
  const t = useTranslations(lang);
  switch (benefit) {
    case 'fee': {
      const { standardRate, reducedRate } = edition.fee;
      return reducedRate === null
        ? fill(t('docs.fee.onlyStandard'), { standard: formatPercent(standardRate) })
        : fill(t('docs.fee.standardToReduced'), { standard: formatPercent(standardRate), reduced: formatPercent(reducedRate) });
    }
    case 'cspIncentive': {
      const { rate, endsOn } = edition.benefits.cspIncentive;
      if (rate === null) return t('docs.csp.none');
      const sentences = [fill(t('docs.csp.rate'), { rate: formatPercent(rate) })];
      if (endsOn) sentences.push(fill(t('docs.csp.endsOn'), { date: formatDate(endsOn, lang) }));
      return joinSentences(sentences, lang);
    }
    case 'macc':
    case 'badge':
      return edition.benefits[benefit].condition[lang];
  }
}
