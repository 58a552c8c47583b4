/**
 * Turns the core's decisions into what a reader sees: names, labels and ja/en reasons with the figures,
 * caveats and sources. Pure; works on one resolved edition (rules + wording) and the shared texts.
 */
import type { EvaluatedFee, EvaluatedRequirement, Evaluation, Verdict, Why } from './evaluate.ts';
import type {
  BenefitCaveat,
  Caveat,
  Edition,
  EngineTexts as Texts,
  Localized,
  Requirement,
} from '../../build/edition-schema.ts';
import type { AnswerField, Issue, OfferType, SolutionType, Store } from './answers.ts';
import type { EditionId, StatusId } from './ids.ts';
import type { WordedEdition } from './resolve.ts';
import { fillLocalized, joinLocalized, sentenceBreak, fillBy, type Vars } from './templates.ts';
import { dateText, formatRate as percent, money } from '../../lib/format.ts';

export type RequirementResult = Pick<Requirement, 'id' | 'status' | 'sources' | 'ambiguities'> & {
  met: EvaluatedRequirement['met'];
  label: Localized;
  /** Why it is met, unmet or unanswered, with the figures. */
  reason: Localized;
  /** Whether it is a status's check that co-sell exists for the offer type at all (`csr.offer-type`, …). */
  offerTypeCheck: boolean;
};

type Explained = { reason: Localized; sources: string[]; caveats: BenefitCaveat[] };

export type FeeResult = Omit<EvaluatedFee, 'why'> & Explained;

/** `eligible: null` = not decided yet; `decidedBy` names the open questions it waits on. */
export type BenefitResult = Explained & { eligible: boolean | null; decidedBy: AnswerField[] };

/** The edition's period ended before the date asked about: when, and which edition is in force then. */
export type Superseded = { on: string; editionInForce: EditionId; reason: Localized };

export type Assessment = Omit<
  Evaluation,
  'requirements' | 'fee' | 'badge' | 'macc' | 'cspIncentive' | 'live' | 'offerType'
> & {
  statusName: Localized;
  nextStatusName: Localized | null;
  requirements: RequirementResult[];
  fee: FeeResult;
  badge: BenefitResult;
  macc: BenefitResult;
  cspIncentive: BenefitResult & { rate: number | null };
  /** The days the edition describes (`until` null: open-ended, the newest rules). */
  period: { from: string; until: string | null };
  /** Set when the edition's period ended before `qualifiesOn` (or, with no date, before today). */
  superseded: Superseded | null;
  /** Readings and gaps in the sources that this result depends on. */
  caveats: Caveat[];
};

/** What the assessor adds about time: the period and, when it has ended, the notice. */
export type InTime = Pick<Assessment, 'period' | 'superseded'>;

export type AssessResult = { ok: true; assessment: Assessment } | { ok: false; errors: Issue[] };

function listOf<K extends string>(keys: readonly K[], names: Record<K, Localized>, texts: Texts): Localized {
  return joinLocalized(
    keys.map((k) => names[k]),
    texts.phrases.listSeparator,
  );
}

function amount(usd: number | undefined, texts: Texts): Localized {
  return usd === undefined ? texts.phrases.notGiven : money(usd);
}

/** One value a reason mentions, in words (`base`: values given by the caller, such as the condition). */
function valueOf(name: string, why: Why, texts: Texts, base: Vars): Localized | string {
  switch (name) {
    case 'offerType':
      return texts.offerTypes[why.offerType as OfferType];
    case 'solutionType':
      return texts.solutionTypes[why.solutionType as SolutionType];
    case 'list':
      return why.offerTypes
        ? listOf(why.offerTypes, texts.offerTypes, texts)
        : listOf(why.solutionTypes as readonly SolutionType[], texts.solutionTypes, texts);
    case 'stores':
      return listOf(why.stores as readonly Store[], texts.stores, texts);
    case 'threshold':
      return money(why.thresholdUsd as number);
    case 'acr':
      return amount(why.acrUsd, texts);
    case 'billed':
      return amount(why.billedUsd, texts);
    case 'sales':
      return money(why.salesUsd as number);
    case 'monthly':
      return money(why.savingsUsd as number);
    case 'annual':
      return money((why.savingsUsd as number) * 12);
    case 'qualifiesOn':
      return why.qualifiesOn ? dateText(why.qualifiesOn) : '';
    case 'days':
      return String(why.businessDays);
    case 'required':
      return String(why.businessDaysNeeded);
    case 'date':
      return why.reducedFrom ? dateText(why.reducedFrom) : '';
    case 'periodFrom':
      return why.periodFrom ? dateText(why.periodFrom) : '';
    case 'periodUntil':
      return why.periodUntil ? dateText(why.periodUntil) : '';
    case 'since':
      return why.since ? dateText(why.since) : '';
    case 'published':
      return why.published ? dateText(why.published) : '';
    default:
      return base[name];
  }
}

/** One sentence: only the values its template mentions are worked out. */
function sentence(why: Why, texts: Texts, base: Vars): Localized {
  return fillBy(texts.phrases[why.phrase], (name) => valueOf(name, why, texts, base));
}

function sentences(whys: Why[], texts: Texts, base: Vars): Localized {
  if (whys.length === 1) return sentence(whys[0], texts, base);
  return joinLocalized(
    whys.map((why) => sentence(why, texts, base)),
    sentenceBreak,
  );
}

function rowOf(decided: EvaluatedRequirement, req: Requirement, texts: Texts): RequirementResult {
  return {
    id: req.id,
    status: req.status,
    met: decided.met,
    sources: req.sources,
    ambiguities: req.ambiguities,
    label: req.label,
    reason: sentences(decided.why, texts, { condition: req.condition }),
    offerTypeCheck: req.rule.kind === 'offer-type',
  };
}

/** A caveat limited to some offer types concerns only offers of those types; one without a list, every offer. */
const concerns = (caveat: { offerTypes?: readonly OfferType[] }, offerType: OfferType | undefined) =>
  !caveat.offerTypes || (offerType !== undefined && caveat.offerTypes.includes(offerType));

function explainFee(fee: EvaluatedFee, edition: WordedEdition, texts: Texts, offerType?: OfferType): FeeResult {
  const reason = sentences(fee.why, texts, { standard: percent(fee.standardRate), rate: percent(fee.rate) });
  return {
    applies: fee.applies,
    decidedBy: fee.decidedBy,
    standardRate: fee.standardRate,
    rate: fee.rate,
    monthlySavingsUsd: fee.monthlySavingsUsd,
    annualSavingsUsd: fee.annualSavingsUsd,
    reducedBecause: fee.reducedBecause,
    reducedFrom: fee.reducedFrom,
    reason,
    sources: edition.fee.sources,
    caveats: edition.fee.caveats.filter((c) => concerns(c, offerType)),
  };
}

type Benefit = WordedEdition['benefits'][keyof WordedEdition['benefits']];

/** A benefit's result: eligible, not, or not decided yet with the open questions it waits on. */
function benefitOf(benefit: Benefit, verdict: Verdict, texts: Texts, offerType?: OfferType): BenefitResult {
  const phrase = verdict.eligible === null ? 'undecided' : verdict.eligible ? 'eligible' : 'notEligible';
  return {
    eligible: verdict.eligible,
    decidedBy: verdict.decidedBy,
    reason: fillLocalized(texts.phrases[phrase], { condition: benefit.condition }),
    sources: benefit.sources,
    caveats: benefit.caveats.filter((c) => concerns(c, offerType)),
  };
}

export function explain(ev: Evaluation, edition: WordedEdition, shared: Texts, time: InTime): Assessment {
  // The shared names with this edition's own offer-type names (the Dynamics 365 names changed in 2022).
  const own = edition.offerTypeNames;
  const texts = Object.keys(own).length ? { ...shared, offerTypes: { ...shared.offerTypes, ...own } } : shared;
  const offerType = ev.offerType;
  const mine = (list: readonly Caveat[]) => list.filter((c) => concerns(c, offerType));
  const caveats: Caveat[] = [];
  const requirements: RequirementResult[] = [];
  for (const decided of ev.requirements) {
    const req = edition.requirements.find((r) => r.id === decided.req.id) as Requirement;
    caveats.push(...mine(req.caveats));
    requirements.push(rowOf(decided, req, texts));
  }
  const statusOf = (id: StatusId) => edition.statuses.find((s) => s.id === id) as Edition['statuses'][number];
  const reached = statusOf(ev.status);
  const next = ev.nextStatus === null ? null : statusOf(ev.nextStatus);
  caveats.push(...mine(reached.caveats), ...mine(next?.caveats ?? []));
  const { badge, macc, cspIncentive } = edition.benefits;
  const csp = benefitOf(cspIncentive, ev.cspIncentive, texts, offerType);
  return {
    edition: ev.edition,
    status: ev.status,
    // "In market" presumes a live offer: an offer not live (or not answered) gets the edition's other name.
    statusName: ev.live !== true && reached.notLiveName ? reached.notLiveName : reached.name,
    nextStatus: ev.nextStatus,
    nextStatusName: next?.name ?? null,
    requirements,
    missing: ev.missing,
    fee: explainFee(ev.fee, edition, texts, offerType),
    badge: benefitOf(badge, ev.badge, texts, offerType),
    macc: benefitOf(macc, ev.macc, texts, offerType),
    // The rate is paid only when eligible.
    cspIncentive: { ...csp, rate: ev.cspIncentive.rate },
    period: time.period,
    superseded: time.superseded,
    caveats,
  };
}
