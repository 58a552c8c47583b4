/**
 * The rules engine's pure core: one edition's rules in, a decision out (the public contract's fields),
 * each decision with a structured `why` that explain.ts turns into ja/en sentences.
 * No DOM, no Astro, no classic zod, no prose; it never throws (bad input becomes `{ ok: false, errors }`).
 */
import {
  validateAnswers,
  type AnswerField,
  type Answers,
  type Issue,
  type OfferType,
  type SolutionType,
  type Store,
} from './answers.ts';
import type { EditionRules, PhraseKey, RuleRequirement } from './edition-schema.ts';
import type { StatusId } from './ids.ts';
import { businessDaysToMonthEnd, firstOfMonthAfter } from './calendar.ts';

/** Why a decision came out as it did: a phrase of texts.json and the values it mentions. */
export type Why = {
  phrase: PhraseKey;
  offerType?: OfferType;
  offerTypes?: readonly OfferType[];
  stores?: readonly Store[];
  solutionType?: SolutionType;
  solutionTypes?: readonly SolutionType[];
  thresholdUsd?: number;
  acrUsd?: number;
  billedUsd?: number;
  salesUsd?: number;
  savingsUsd?: number;
  qualifiesOn?: string;
  businessDays?: number;
  businessDaysNeeded?: number;
  reducedFrom?: string;
};

export type EvaluatedRequirement = {
  /** The edition's requirement: its id, status, sources and ambiguities. */
  req: RuleRequirement;
  /** null = unanswered; never assumed met. */
  met: boolean | null;
  why: Why[];
};

export type EvaluatedFee = {
  applies: boolean;
  standardRate: number;
  rate: number;
  monthlySavingsUsd: number;
  annualSavingsUsd: number;
  reducedBecause: null | 'azure-ip-cosell' | 'teams-m365-saas';
  /** First day of the reduced rate (YYYY-MM-DD). */
  reducedFrom: string | null;
  /** First which fee applies and why (it mentions only the offer type and the rates), then the figures. */
  why: Why[];
};

export type Evaluation = {
  edition: EditionRules['id'];
  status: StatusId;
  nextStatus: StatusId | null;
  requirements: EvaluatedRequirement[];
  missing: string[];
  fee: EvaluatedFee;
  badge: { eligible: boolean };
  macc: { eligible: boolean };
  cspIncentive: { eligible: boolean; rate: number | null };
};

export type EvaluateResult = { ok: true; evaluation: Evaluation } | { ok: false; errors: Issue[] };

/**
 * An outcome that depends on no answer but the one from a short list named by `key` (yes, no, an offer type …):
 * built once per requirement and shared by every call that reaches it, frozen (explain.ts shares its row too).
 */
type Share = (key: string, met: boolean | null, why: Why) => EvaluatedRequirement;

function sharer(req: RuleRequirement): Share {
  const outcomes = new Map<string, EvaluatedRequirement>();
  return (key, met, why) => {
    let outcome = outcomes.get(key);
    if (!outcome) outcomes.set(key, (outcome = Object.freeze({ req, met, why: [why] })));
    return outcome;
  };
}

function decide(req: RuleRequirement, a: Answers, share: Share): EvaluatedRequirement {
  const rule = req.rule;
  const offerType = a.offerType;
  switch (rule.kind) {
    case 'offer-type': {
      if (offerType === undefined) return share('', null, { phrase: 'offerTypeMissing' });
      return rule.offerTypes.includes(offerType)
        ? share(offerType, true, { phrase: 'offerTypeIn', offerType })
        : share(offerType, false, { phrase: 'offerTypeOut', offerType, offerTypes: rule.offerTypes });
    }
    case 'yes': {
      if (a.transactable === true && rule.passWhenTransactable?.includes(offerType as OfferType)) {
        return share(offerType as OfferType, true, { phrase: 'passByDefault', offerType });
      }
      const value = a[rule.field];
      if (value === undefined) return share('', null, { phrase: 'notAnswered' });
      return share(String(value), value, { phrase: value ? 'answeredYes' : 'answeredNo' });
    }
    case 'listed': {
      const stores = a.listedIn;
      if (stores === undefined) return share('', null, { phrase: 'listedMissing' });
      return stores.length
        ? share(stores.join(), true, { phrase: 'listedYes', stores })
        : share('none', false, { phrase: 'listedNo' });
    }
    case 'revenue': {
      const t = rule.thresholdUsd;
      const acr = a.azureConsumedRevenueUsd;
      const billed = a.billedRevenueUsd;
      const acrMet = acr === undefined ? null : acr >= t;
      // Billed revenue counts only for a transactable offer.
      const billedMet =
        a.transactable === false || (billed !== undefined && billed < t) ? false : billed === undefined ? null : (a.transactable ?? null);
      // Either path meets it; it fails only when both fail (unanswered otherwise).
      const met = acrMet || billedMet ? true : acrMet === false && billedMet === false ? false : null;
      const phrase = met ? (acrMet ? 'revenueAcr' : 'revenueBilled') : met === false ? 'revenueShort' : 'revenueMissing';
      const why: Why[] = [{ phrase, thresholdUsd: t, acrUsd: acr, billedUsd: billed }];
      if (!met && billed !== undefined && billed >= t) why.push({ phrase: 'billedNeedsTransact' });
      return { req, met, why };
    }
    case 'solution-type': {
      const solutionType = a.solutionType;
      const solutionTypes = rule.solutionTypes;
      if (solutionType === undefined) return share('', null, { phrase: 'solutionTypeMissing', solutionTypes });
      return solutionTypes.includes(solutionType)
        ? share(solutionType, true, { phrase: 'solutionTypeIn', solutionType })
        : share(solutionType, false, { phrase: 'solutionTypeOut', solutionType, solutionTypes });
    }
  }
}

type RuleStatus = EditionRules['statuses'][number];

/** Worked out once per edition: each status with every status it requires, and each requirement's outcomes. */
type Ladder = { chains: Map<StatusId, StatusId[]>; share: Share[] };
const ladders = new WeakMap<EditionRules, Ladder>();

const statusOf = (rules: EditionRules, id: StatusId | null) => rules.statuses.find((s) => s.id === id);

function ladderOf(rules: EditionRules): Ladder {
  let ladder = ladders.get(rules);
  if (!ladder) {
    const chains = new Map<StatusId, StatusId[]>();
    for (const s of rules.statuses) {
      const chain: StatusId[] = [];
      // edition-files.ts checks that `requires` leads down to the one base status.
      for (let t: RuleStatus | undefined = s; t; t = statusOf(rules, t.requires)) chain.push(t.id);
      chains.set(s.id, chain);
    }
    ladder = { chains, share: rules.requirements.map(sharer) };
    ladders.set(rules, ladder);
  }
  return ladder;
}

/**
 * The best status whose requirements, and those of every status below it, are all met. The base status has
 * no requirements, so it is always reached.
 */
function reachedStatus(rules: EditionRules, ladder: Ladder, blocked: StatusId[]): RuleStatus {
  let best: RuleStatus | undefined;
  next: for (const s of rules.statuses) {
    if (best && s.order <= best.order) continue;
    for (const id of ladder.chains.get(s.id) as StatusId[]) if (blocked.includes(id)) continue next;
    best = s;
  }
  return best as RuleStatus;
}

function feeOf(rules: EditionRules, a: Answers, status: StatusId): EvaluatedFee {
  const f = rules.fee;
  const { offerType, monthlySalesUsd: sales, qualifiesOn: date } = a;
  const needed = f.businessDaysBeforeMonthEnd;
  const applies = a.transactable === true && !(offerType && f.transactableOfferTypes && !f.transactableOfferTypes.includes(offerType));
  let reducedBecause: EvaluatedFee['reducedBecause'] = null;
  let reducedFrom: string | null = null;
  if (applies && f.reducedRate !== null) {
    if (status === 'azure-ip-cosell' && f.reducedForAzureIp.includes(offerType as OfferType)) reducedBecause = 'azure-ip-cosell';
    else if (f.reducedForTeamsM365Saas && offerType === 'saas' && a.teamsOrM365Linked === true) reducedBecause = 'teams-m365-saas';
  }
  const rate = reducedBecause ? (f.reducedRate as number) : f.standardRate;
  const monthly = applies ? (f.standardRate - rate) * (sales ?? 0) : 0;
  const why: Why[] = [];
  if (!applies) {
    why.push(
      a.transactable === undefined
        ? { phrase: 'feeTransactMissing' }
        : a.transactable
          ? { phrase: 'feeNoTransactOption', offerType }
          : { phrase: 'feeNotTransactable' },
    );
  } else if (!reducedBecause) why.push({ phrase: 'feeStandard' });
  else {
    why.push({ phrase: reducedBecause === 'azure-ip-cosell' ? 'feeReducedAzureIp' : 'feeReducedTeams', offerType });
    if (sales !== undefined) why.push({ phrase: 'feeSavings', salesUsd: sales, savingsUsd: monthly });
    if (date === undefined || needed === null) why.push({ phrase: 'reducedFromMissing' });
    else {
      // Met with `needed` business days left in the month: from the 1st of the next month, else the month after.
      const days = businessDaysToMonthEnd(date);
      reducedFrom = firstOfMonthAfter(date, days >= needed ? 1 : 2);
      why.push({ phrase: 'reducedFrom', qualifiesOn: date, businessDays: days, businessDaysNeeded: needed, reducedFrom });
    }
  }
  return { applies, standardRate: f.standardRate, rate, monthlySavingsUsd: monthly, annualSavingsUsd: monthly * 12, reducedBecause, reducedFrom, why };
}

/** Decides answers that already passed validation. */
export function evaluateValid(rules: EditionRules, a: Answers): Evaluation {
  const requirements: EvaluatedRequirement[] = [];
  // Statuses with a requirement not met, and those whose offer-type requirement fails (short lists, repeats allowed).
  const blocked: StatusId[] = [];
  const failedOfferType: StatusId[] = [];
  const ladder = ladderOf(rules);
  for (let i = 0; i < rules.requirements.length; i++) {
    const req = rules.requirements[i];
    // A requirement limited to some offer types applies only once the offer type is known to be one of them.
    if (req.appliesTo?.includes(a.offerType as OfferType) === false) continue;
    const decided = decide(req, a, ladder.share[i]);
    const met = decided.met;
    if (met !== true) blocked.push(req.status);
    if (met === false && req.rule.kind === 'offer-type') failedOfferType.push(req.status);
    requirements.push(decided);
  }

  const reached = reachedStatus(rules, ladder, blocked);
  // One step up, among the statuses whose offer-type requirement this offer does not fail.
  let next: RuleStatus | undefined;
  for (const s of rules.statuses) if (s.requires === reached.id && !failedOfferType.includes(s.id)) next = next ?? s;
  const missing: string[] = [];
  if (next) {
    const toward = ladder.chains.get(next.id) as StatusId[];
    for (const { req, met } of requirements) if (met !== true && toward.includes(req.status)) missing.push(req.id);
  }

  const { badge, macc, cspIncentive } = rules.benefits;
  const isvPath = badge.isvConnectWithAtLeast;
  const badgeEligible =
    badge.statuses.includes(reached.id) ||
    (isvPath !== null && a.isvConnectEnrolled === true && reached.order >= (statusOf(rules, isvPath) as RuleStatus).order);
  // MACC (A7): only Microsoft-billed Azure Marketplace purchases can count toward a commitment.
  const maccEligible = macc.statuses.includes(reached.id) && a.transactable === true && a.listedIn?.includes('azure-marketplace') === true;
  const cspEligible = cspIncentive.rate !== null && cspIncentive.statuses.includes(reached.id);

  return {
    edition: rules.id,
    status: reached.id,
    nextStatus: next?.id ?? null,
    requirements,
    missing,
    fee: feeOf(rules, a, reached.id),
    badge: { eligible: badgeEligible },
    macc: { eligible: maccEligible },
    cspIncentive: { eligible: cspEligible, rate: cspEligible ? cspIncentive.rate : null },
  };
}

/** Validates any input, then decides it under one edition's rules. Never throws. */
export function evaluate(rules: EditionRules, input: unknown): EvaluateResult {
  const validated = validateAnswers(input);
  return validated.ok ? { ok: true, evaluation: evaluateValid(rules, validated.answers) } : validated;
}

/** Which questions matter for this offer under these rules; with no offer type yet, every requirement's do. */
export function relevantFieldsOf(rules: EditionRules, a: Answers, fieldOrder: readonly AnswerField[]): AnswerField[] {
  const fields = new Set<AnswerField>(['offerType', 'transactable']);
  for (const req of rules.requirements) {
    if (req.appliesTo && a.offerType !== undefined && !req.appliesTo.includes(a.offerType)) continue;
    const rule = req.rule;
    if (rule.kind === 'listed') fields.add('listedIn');
    if (rule.kind === 'solution-type') fields.add('solutionType');
    if (rule.kind === 'revenue') {
      fields.add('azureConsumedRevenueUsd');
      if (a.transactable !== false) fields.add('billedRevenueUsd');
    }
    if (rule.kind === 'yes') {
      const byDefault = a.transactable === true && a.offerType !== undefined && rule.passWhenTransactable?.includes(a.offerType);
      if (!byDefault) fields.add(rule.field);
    }
  }
  const f = rules.fee;
  const canTransact = !a.offerType || !f.transactableOfferTypes || f.transactableOfferTypes.includes(a.offerType);
  if (a.transactable !== false && canTransact) {
    fields.add('monthlySalesUsd');
    if (f.reducedRate !== null) fields.add('qualifiesOn');
    if (f.reducedForTeamsM365Saas && (a.offerType === undefined || a.offerType === 'saas')) fields.add('teamsOrM365Linked');
  }
  if (rules.benefits.badge.isvConnectWithAtLeast !== null) fields.add('isvConnectEnrolled');
  return fieldOrder.filter((field) => fields.has(field));
}
