/**
 * Turns the core's decisions into what a reader sees: names, labels and ja/en reasons with the figures,
 * caveats and sources. Pure; works on one resolved edition (rules + wording) and the shared texts.
 */
import type { EvaluatedFee, EvaluatedRequirement, Evaluation, Why } from './evaluate.ts';
import type { Caveat, Edition, EngineTexts as Texts, Localized, Requirement } from '../../build/edition-schema.ts';
import type { AnswerField, Issue, OfferType, SolutionType, Store } from './answers.ts';
import type { EditionId, StatusId } from './ids.ts';
import type { WordedEdition } from './resolve.ts';
import { fill, joinLocalized, sentenceBreak, fillBy, type Vars } from './templates.ts';
import { dateText, formatRate as percent, money } from '../../lib/format.ts';

export type RequirementResult = Pick<Requirement, 'id' | 'status' | 'sources' | 'ambiguities'> & {
  met: EvaluatedRequirement['met'];
  label: Localized;
  /** Why it is met, unmet or unanswered, with the figures. */
  reason: Localized;
};

type Explained = { reason: Localized; sources: string[]; caveats: Localized[] };

export type FeeResult = Omit<EvaluatedFee, 'why'> & Explained;

/** `eligible: null` = not decided yet; `decidedBy` names the open questions it waits on. */
export type BenefitResult = Explained & { eligible: boolean | null; decidedBy: AnswerField[] };

/** The edition's period ended before the date asked about: when, and which edition is in force then. */
export type Superseded = { on: string; editionInForce: EditionId; reason: Localized };

export type Assessment = Omit<Evaluation, 'requirements' | 'fee' | 'badge' | 'macc' | 'cspIncentive' | 'live'> & {
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

/** A requirement with the rows of the outcomes the engine shares. */
type Entry = { req: Requirement; rows: Map<EvaluatedRequirement, RequirementResult> };
/** `entries` in the edition's order, which is also the order of the evaluation's requirements. */
type Lookup = {
  entries: Entry[];
  statuses: Map<StatusId, Edition['statuses'][number]>;
  benefits: BenefitResults;
  /** The fee's rates in words, per rate. */
  fee: Map<number, Vars>;
};
const lookups = new WeakMap<WordedEdition, Lookup>();

function lookupOf(edition: WordedEdition, texts: Texts): Lookup {
  let lookup = lookups.get(edition);
  if (!lookup) {
    lookup = {
      entries: edition.requirements.map((req) => ({ req, rows: new Map() })),
      statuses: new Map(edition.statuses.map((s) => [s.id, s])),
      benefits: benefitResults(edition, texts),
      fee: new Map(),
    };
    lookups.set(edition, lookup);
  }
  return lookup;
}

function listOf<K extends string>(keys: readonly K[], names: Record<K, Localized>, texts: Texts): Localized {
  return joinLocalized(
    keys.map((k) => names[k]),
    texts.phrases.listSeparator,
  );
}

function amount(usd: number | undefined, texts: Texts): Localized {
  return usd === undefined ? texts.phrases.notGiven : money(usd);
}

/** Thresholds come from the edition data, so each is written out once. */
const thresholds = new Map<number, Localized>();

function threshold(usd: number): Localized {
  let text = thresholds.get(usd);
  if (!text) thresholds.set(usd, (text = money(usd)));
  return text;
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
      return threshold(why.thresholdUsd as number);
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
  };
}

function rowFor({ req, rows }: Entry, decided: EvaluatedRequirement, texts: Texts): RequirementResult {
  let row = rows.get(decided);
  if (row) return row;
  row = rowOf(decided, req, texts);
  // The engine freezes the outcomes it shares (they mention no figure), so their rows can be shared as well.
  if (Object.isFrozen(decided)) rows.set(decided, row);
  return row;
}

function explainFee(fee: EvaluatedFee, edition: WordedEdition, lookup: Lookup, texts: Texts): FeeResult {
  let rates = lookup.fee.get(fee.rate);
  if (!rates) lookup.fee.set(fee.rate, (rates = { standard: percent(fee.standardRate), rate: percent(fee.rate) }));
  const reason = sentences(fee.why, texts, rates);
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
    caveats: edition.fee.caveats,
  };
}

/** Per benefit: its result when not eligible, eligible and not decided yet (they depend on nothing else). */
type Outcomes<R extends BenefitResult = BenefitResult> = { no: R; yes: R; open: R };
type CspResult = Assessment['cspIncentive'];
type BenefitResults = { badge: Outcomes; macc: Outcomes; cspIncentive: Outcomes<CspResult> };

const noneOpen: AnswerField[] = [];

function benefitResults(edition: WordedEdition, texts: Texts): BenefitResults {
  const outcomes = (benefit: Edition['benefits'][keyof Edition['benefits']]): Outcomes => {
    const vars = { condition: benefit.condition };
    const { sources, caveats } = benefit;
    const of = (eligible: boolean | null, phrase: 'notEligible' | 'eligible' | 'undecided'): BenefitResult => ({
      eligible,
      decidedBy: noneOpen,
      reason: fill(texts.phrases[phrase], vars),
      sources,
      caveats,
    });
    return { no: of(false, 'notEligible'), yes: of(true, 'eligible'), open: of(null, 'undecided') };
  };
  const csp = edition.benefits.cspIncentive;
  const { no, yes, open } = outcomes(csp);
  return {
    badge: outcomes(edition.benefits.badge),
    macc: outcomes(edition.benefits.macc),
    // The rate is paid only when eligible.
    cspIncentive: { no: { ...no, rate: null }, yes: { ...yes, rate: csp.rate }, open: { ...open, rate: null } },
  };
}

/** A benefit's result: the shared one when decided, with the open questions when not. */
function benefitOf<R extends BenefitResult>(
  outcomes: Outcomes<R>,
  verdict: { eligible: boolean | null; decidedBy: AnswerField[] },
): R {
  if (verdict.eligible === null) return { ...outcomes.open, decidedBy: verdict.decidedBy };
  return verdict.eligible ? outcomes.yes : outcomes.no;
}

export function explain(ev: Evaluation, edition: WordedEdition, texts: Texts, time: InTime): Assessment {
  const lookup = lookupOf(edition, texts);
  const caveats: Caveat[] = [];
  const requirements: RequirementResult[] = [];
  // The evaluation lists the requirements that apply, in the edition's order: one walk finds each entry.
  let i = 0;
  for (const decided of ev.requirements) {
    while (lookup.entries[i].req.id !== decided.req.id) i++;
    const entry = lookup.entries[i];
    for (const c of entry.req.caveats) caveats.push(c);
    requirements.push(rowFor(entry, decided, texts));
  }
  const reached = lookup.statuses.get(ev.status) as Edition['statuses'][number];
  const next = ev.nextStatus === null ? null : (lookup.statuses.get(ev.nextStatus) as Edition['statuses'][number]);
  for (const c of reached.caveats) caveats.push(c);
  if (next) for (const c of next.caveats) caveats.push(c);
  const { badge, macc, cspIncentive } = lookup.benefits;
  return {
    edition: ev.edition,
    status: ev.status,
    // "In market" presumes a live offer: an offer not live (or not answered) gets the edition's other name.
    statusName: ev.live !== true && reached.notLiveName ? reached.notLiveName : reached.name,
    nextStatus: ev.nextStatus,
    nextStatusName: next?.name ?? null,
    requirements,
    missing: ev.missing,
    fee: explainFee(ev.fee, edition, lookup, texts),
    badge: benefitOf(badge, ev.badge),
    macc: benefitOf(macc, ev.macc),
    cspIncentive: benefitOf(cspIncentive, ev.cspIncentive),
    period: time.period,
    superseded: time.superseded,
    caveats,
  };
}
