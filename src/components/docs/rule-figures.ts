import type { Edition, OfferType, Requirement } from '../../rules/index.ts';
import { offerTypeNames, solutionTypeNames, storeNames } from '../../rules/index.ts';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { fill, formatDate, formatUsd, joinList } from '../../lib/format.ts';

/** An offer type's name as the edition writes it (the Dynamics 365 types were renamed in 2022). */
export const offerTypeName = (offerType: OfferType, lang: Locale, edition: Pick<Edition, 'offerTypeNames'>): string =>
  (edition.offerTypeNames[offerType] ?? offerTypeNames[offerType])[lang];

/** Offer type names as a list in the reader's language, as the edition names them. */
export function offerTypeList(
  types: readonly OfferType[],
  lang: Locale,
  edition: Pick<Edition, 'offerTypeNames'>,
): string {
  return joinList(
    types.map((o) => offerTypeName(o, lang, edition)),
    lang,
  );
}

/** The figures of a requirement's rule as a sentence, taken from its parameters so a changed threshold shows at once. */
export function ruleFigures(rule: Requirement['rule'], lang: Locale, edition: Edition): string | null {
  const t = useTranslations(lang);
  switch (rule.kind) {
    case 'offer-type':
      return fill(t('docs.rule.offerTypes'), { list: offerTypeList(rule.offerTypes, lang, edition) });
    case 'solution-type':
      return fill(t('docs.rule.solutionTypes'), {
        list: joinList(
          rule.solutionTypes.map((s) => solutionTypeNames[s][lang]),
          lang,
        ),
      });
    case 'revenue':
      return fill(t('docs.rule.revenue'), {
        threshold: formatUsd(rule.thresholdUsd, lang),
        window: t(
          rule.billedWindow === 'trailing-12-months' ? 'docs.rule.windowTrailing12' : 'docs.rule.windowUnspecified',
        ),
      });
    case 'yes':
      return rule.passWhenTransactable?.length
        ? fill(t('docs.rule.passWhenTransactable'), { list: offerTypeList(rule.passWhenTransactable, lang, edition) })
        : null;
    case 'listed':
      return null;
    case 'transactable-since':
      return fill(t('docs.rule.transactableSince'), {
        since: formatDate(rule.since, lang),
        stores: joinList(
          rule.stores.map((store) => storeNames[store][lang]),
          lang,
        ),
      });
  }
}

/** Offer types a requirement applies to, or null for every offer type. */
export function appliesToText(requirement: Requirement, lang: Locale, edition: Edition): string | null {
  return requirement.appliesTo ? offerTypeList(requirement.appliesTo, lang, edition) : null;
}

/** Statuses of an edition that have requirements, lowest first, each with its requirements. */
export function requirementsByStatus(edition: Edition) {
  return [...edition.statuses]
    .sort((a, b) => a.order - b.order)
    .map((status) => ({ status, requirements: edition.requirements.filter((r) => r.status === status.id) }))
    .filter((group) => group.requirements.length > 0);
}
