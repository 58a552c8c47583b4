import type { Edition } from '../../rules/index.ts';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { fill, formatDate, formatRate } from '../../lib/format.ts';
import { joinSentences } from './format.ts';

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
        ? fill(t('docs.fee.onlyStandard'), { standard: formatRate(standardRate) })
        : fill(t('docs.fee.standardToReduced'), {
            standard: formatRate(standardRate),
            reduced: formatRate(reducedRate),
          });
    }
    case 'cspIncentive': {
      const { rate, endsOn } = edition.benefits.cspIncentive;
      if (rate === null) return t('docs.csp.none');
      const sentences = [fill(t('docs.csp.rate'), { rate: formatRate(rate) })];
      if (endsOn) sentences.push(fill(t('docs.csp.endsOn'), { date: formatDate(endsOn, lang) }));
      return joinSentences(sentences, lang);
    }
    case 'macc':
    case 'badge':
      return edition.benefits[benefit].condition[lang];
  }
}
