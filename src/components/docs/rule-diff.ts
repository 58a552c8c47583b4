import type { Edition, StatusId } from '../../rules/index.ts';
import { useTranslations, type Locale } from '../../i18n/index.ts';
import { benefitSummary } from './benefits.ts';
import { fill, joinList } from '../../lib/format.ts';
import { appliesToText, ruleFigures } from './rule-figures.ts';

/**
 * One fact of an edition: what it is about, the rules data it stands for (compared across editions) and what it
 * says in the reader's language (a line each). Comparing the data, not the sentences, keeps a status renamed in
 * one place from showing as a change everywhere its name appears; names themselves are compared as names.
 */
type Fact = { item: string; data: unknown; says: string[] };
/** A fact that differs between two editions; null where one of them does not have it. */
export type RuleDifference = { item: string; before: string[] | null; after: string[] | null };

function factsOf(edition: Edition, lang: Locale): Map<string, Fact> {
  const t = useTranslations(lang);
  const nameOf = (id: StatusId) => edition.statuses.find((s) => s.id === id)?.name[lang] ?? id;
  const earnedBy = (ids: StatusId[]) => fill(t('docs.diff.earnedBy'), { list: joinList(ids.map(nameOf), lang) });
  const facts = new Map<string, Fact>();

  for (const status of [...edition.statuses].sort((a, b) => a.order - b.order)) {
    facts.set(`status:${status.id}`, {
      item: t('docs.diff.statusName'),
      data: status.name[lang],
      says: [status.name[lang]],
    });
  }
  for (const requirement of edition.requirements) {
    const { status, rule, appliesTo = null, label } = requirement;
    const figures = ruleFigures(rule, lang, edition);
    facts.set(`requirement:${requirement.id}`, {
      item: `${t('docs.req.requirement')}: ${nameOf(status)}`,
      data: { status, rule, appliesTo, label: label[lang] },
      says: [
        label[lang],
        ...(figures ? [figures] : []),
        `${t('docs.req.appliesTo')}: ${appliesToText(requirement, lang, edition) ?? t('docs.req.allOfferTypes')}`,
      ],
    });
  }

  const { fee, benefits } = edition;
  facts.set('benefit:fee', {
    item: t('docs.benefit.name.fee'),
    data: [fee.standardRate, fee.reducedRate],
    says: [benefitSummary(edition, 'fee', lang)],
  });
  const csp = benefits.cspIncentive;
  facts.set('benefit:cspIncentive', {
    item: t('docs.benefit.name.cspIncentive'),
    data: csp.rate === null ? null : [csp.rate, csp.endsOn, csp.statuses],
    says: [benefitSummary(edition, 'cspIncentive', lang), ...(csp.rate === null ? [] : [earnedBy(csp.statuses)])],
  });
  facts.set('benefit:macc', {
    item: t('docs.benefit.name.macc'),
    data: benefits.macc.statuses,
    says: [earnedBy(benefits.macc.statuses)],
  });
  const { statuses, isvConnectWithAtLeast } = benefits.badge;
  facts.set('benefit:badge', {
    item: t('docs.benefit.name.badge'),
    data: [statuses, isvConnectWithAtLeast],
    says: [
      earnedBy(statuses),
      ...(isvConnectWithAtLeast ? [fill(t('docs.diff.isvConnect'), { status: nameOf(isvConnectWithAtLeast) })] : []),
    ],
  });
  return facts;
}

/** What the rules data of `after` says differently from `before`, in the order of `after`, then what it drops. */
export function ruleDifferences(before: Edition, after: Edition, lang: Locale): RuleDifference[] {
  const old = factsOf(before, lang);
  const now = factsOf(after, lang);
  const same = (a: Fact, b: Fact) => JSON.stringify(a.data) === JSON.stringify(b.data);
  const changed = [...now].flatMap(([key, fact]) => {
    const was = old.get(key);
    return was && same(was, fact) ? [] : [{ item: fact.item, before: was?.says ?? null, after: fact.says }];
  });
  const dropped = [...old]
    .filter(([key]) => !now.has(key))
    .map(([, fact]) => ({ item: fact.item, before: fact.says, after: null }));
  return [...changed, ...dropped];
}
