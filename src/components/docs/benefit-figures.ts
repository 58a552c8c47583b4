import type { Edition, StatusId } from '../../rules/index.ts';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { fill, formatDate, formatPercent, joinList } from './format.ts';

export type BenefitKey = 'fee' | 'badge' | 'macc' | 'cspIncentive';

/** A benefit's documented text in one edition (the fee sits beside the other benefits in the data). */
export function benefitOf(edition: Edition, benefit: BenefitKey) {
  return benefit === 'fee' ? edition.fee : edition.benefits[benefit];
}

function statusNames(edition: Edition, ids: readonly StatusId[], lang: Locale): string {
  return joinList(ids.map((id) => edition.statuses.find((s) => s.id === id)?.name[lang] ?? id), lang);
}

/** The figures behind a benefit in one edition: rates, statuses that earn it, end date. */
export function benefitFigures(edition: Edition, benefit: BenefitKey, lang: Locale): string[] {
  const t = useTranslations(lang);
  switch (benefit) {
    case 'fee': {
      const { standardRate, reducedRate } = edition.fee;
      return [
        reducedRate === null
          ? fill(t('docs.fee.onlyStandard'), { standard: formatPercent(standardRate, lang) })
          : fill(t('docs.fee.standardToReduced'), {
              standard: formatPercent(standardRate, lang),
              reduced: formatPercent(reducedRate, lang),
            }),
      ];
    }
    case 'badge': {
      const { statuses, isvConnectWithAtLeast } = edition.benefits.badge;
      return [
        fill(t('docs.benefit.statuses'), { list: statusNames(edition, statuses, lang) }),
        ...(isvConnectWithAtLeast
          ? [fill(t('docs.badge.isvPath'), { status: statusNames(edition, [isvConnectWithAtLeast], lang) })]
          : []),
      ];
    }
    case 'macc': {
      const { statuses } = edition.benefits.macc;
      return [fill(t('docs.benefit.statuses'), { list: statusNames(edition, statuses, lang) })];
    }
    case 'cspIncentive': {
      const { statuses, rate, endsOn } = edition.benefits.cspIncentive;
      if (statuses.length === 0 || rate === null) return [t('docs.csp.none')];
      return [
        fill(t('docs.csp.rate'), { rate: formatPercent(rate, lang) }),
        fill(t('docs.benefit.statuses'), { list: statusNames(edition, statuses, lang) }),
        ...(endsOn ? [fill(t('docs.csp.endsOn'), { date: formatDate(endsOn, lang) })] : []),
      ];
    }
  }
}
