/**
 * The rules engine's pure core: one edition's rules in, a decision out (the public contract's fields),
 * each decision with a structured `why` that explain.ts turns into ja/en sentences.
 * No DOM, no Astro, no zod, no prose; it never throws (bad input becomes `{ ok: false, errors }`).
 */
import {
  answerFields,
  offerTypes,
  solutionTypes,
  validateAnswers,
  type AnswerField,
  type Answers,
  type Issue,
  type OfferType,
  type SolutionType,
  type Store,
} from './answers.ts';
import type { EditionRules, PhraseKey, RuleRequirement } from '../../build/edition-schema.ts';
import type { StatusId } from './ids.ts';
import { favourableAnswer } from './questions.ts';
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
  periodFrom?: string;
  periodUntil?: string;
  since?: string;
  published?: string;
};

export type EvaluatedRequirement = {
  /** The edition's requirement: its id, status, sources and ambiguities. */
  req: RuleRequirement;
  /** null = unanswered; never assumed met. */
  met: boolean | null;
  why: Why[];
};

/**
 * A verdict that may not be decided yet: `null` while some unanswered question could still change it, `false`
 * only when no answer to the open questions could make it true. `decidedBy`: the open questions it waits on.
 */
export type Verdict = { eligible: boolean | null; decidedBy: AnswerField[] };

export type EvaluatedFee = {
  applies: boolean | null;
  /** The open questions `applies` waits on ([] once decided). */
  decidedBy: AnswerField[];
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
  /** Whether the offer is live in a store (null: not answered); "In market" names only a live offer. */
  live: boolean | null;
  /** The offer type answered, if any: caveats limited to some offer types are shown only for those. */
  offerType: OfferType | undefined;
  fee: EvaluatedFee;
  badge: Verdict;
  macc: Verdict;
  cspIncentive: Verdict & { rate: number | null };
};

export type EvaluateResult = { ok: true; evaluation: Evaluation } | { ok: false; errors: Issue[] };

function decide(req: RuleRequirement, a: Answers, noTransactOption: boolean): EvaluatedRequirement {
  const rule = req.rule;
  const outcome = (met: boolean | null, why: Why): EvaluatedRequirement => ({ req, met, why: [why] });
  const offerType = a.offerType;
  switch (rule.kind) {
    case 'offer-type': {
      if (offerType === undefined) return outcome(null, { phrase: 'offerTypeMissing' });
      return rule.offerTypes.includes(offerType)
        ? outcome(true, { phrase: 'offerTypeIn', offerType })
        : outcome(false, { phrase: 'offerTypeOut', offerType, offerTypes: rule.offerTypes });
    }
    case 'yes': {
      if (a.transactable === true && rule.passWhenTransactable?.includes(offerType as OfferType)) {
        return outcome(true, { phrase: 'passByDefault', offerType });
      }
      const value = a[rule.field];
      if (value === undefined) return outcome(null, { phrase: 'notAnswered' });
      return outcome(value, { phrase: value ? 'answeredYes' : 'answeredNo' });
    }
    case 'listed': {
      const stores = a.listedIn;
      if (stores === undefined) return outcome(null, { phrase: 'listedMissing' });
      return stores.length ? outcome(true, { phrase: 'listedYes', stores }) : outcome(false, { phrase: 'listedNo' });
    }
    case 'revenue': {
      const t = rule.thresholdUsd;
      const acr = a.azureConsumedRevenueUsd;
      const billed = a.billedRevenueUsd;
      const acrMet = acr === undefined ? null : acr >= t;
      // Billed revenue counts only for a transactable offer.
      const billedMet =
        a.transactable === false || (billed !== undefined && billed < t)
          ? false
          : billed === undefined
            ? null
            : (a.transactable ?? null);
      // Either path meets it; it fails only when both fail (unanswered otherwise).
      const met = acrMet || billedMet ? true : acrMet === false && billedMet === false ? false : null;
      const phrase = met
        ? acrMet
          ? 'revenueAcr'
          : 'revenueBilled'
        : met === false
          ? 'revenueShort'
          : 'revenueMissing';
      const why: Why[] = [{ phrase, thresholdUsd: t, acrUsd: acr, billedUsd: billed }];
      if (!met && billed !== undefined && billed >= t) why.push({ phrase: 'billedNeedsTransact' });
      return { req, met, why };
    }
    case 'solution-type': {
      const solutionType = a.solutionType;
      const solutionTypes = rule.solutionTypes;
      if (solutionType === undefined) return outcome(null, { phrase: 'solutionTypeMissing', solutionTypes });
      return solutionTypes.includes(solutionType)
        ? outcome(true, { phrase: 'solutionTypeIn', solutionType })
        : outcome(false, { phrase: 'solutionTypeOut', solutionType, solutionTypes });
    }
    case 'transactable-since': {
      const { since, stores } = rule;
      const published = a.firstPublishedOn;
      const onStore = a.listedIn === undefined ? null : a.listedIn.some((s) => stores.includes(s));
      if (a.transactable === true && onStore) return { req, met: true, why: [{ phrase: 'transactSinceMet', stores }] };
      if (published !== undefined && published < since)
        return { req, met: true, why: [{ phrase: 'transactSinceOlder', since, published }] };
      // Published from `since` on, or not answered when: it must be transactable on one of the stores.
      const fails = a.transactable === false || onStore === false;
      const why: Why[] = [
        { phrase: fails && published !== undefined ? 'transactSinceUnmet' : 'transactSinceMissing', since, stores },
      ];
      // A type with no transact option can meet it only by having been published before `since`.
      if (noTransactOption) why.push({ phrase: 'transactSinceNoOption', offerType, since });
      return { req, met: fails && published !== undefined ? false : null, why };
    }
  }
}

/** The unanswered questions that could still change a requirement that is not met. */
function openFieldsOf(rule: RuleRequirement['rule'], a: Answers, into: Set<AnswerField>): void {
  const open = (field: AnswerField) => {
    if (a[field] === undefined) into.add(field);
  };
  switch (rule.kind) {
    case 'offer-type':
      return open('offerType');
    case 'yes':
      if (rule.passWhenTransactable?.includes(a.offerType as OfferType)) open('transactable');
      return open(rule.field);
    case 'listed':
      return open('listedIn');
    case 'revenue':
      open('azureConsumedRevenueUsd');
      if (a.transactable !== false) open('billedRevenueUsd');
      return open('transactable');
    case 'solution-type':
      return open('solutionType');
    case 'transactable-since':
      open('transactable');
      open('listedIn');
      return open('firstPublishedOn');
  }
}

type RuleStatus = EditionRules['statuses'][number];

/** Worked out once per edition: each status with every status it requires, and each requirement's outcomes. */
type Ladder = {
  chains: Map<StatusId, StatusId[]>;
  readsSolutionType: boolean;
  /** One offer type for each group the rules treat alike (in the same lists everywhere): the ones worth trying. */
  distinctTypes: OfferType[];
};

/** Offer types the edition's rules cannot tell apart give the same verdicts; one of each group is enough to try. */
function distinctOfferTypes(rules: EditionRules): OfferType[] {
  const { fee, benefits } = rules;
  const lists: (readonly OfferType[] | null | undefined)[] = [
    fee.transactableOfferTypes,
    fee.reducedForAzureIp,
    benefits.cspIncentive.offerTypes,
  ];
  for (const { rule, appliesTo } of rules.requirements) {
    lists.push(
      appliesTo,
      rule.kind === 'offer-type' ? rule.offerTypes : rule.kind === 'yes' ? rule.passWhenTransactable : undefined,
    );
  }
  const seen = new Set<string>();
  // SaaS is named in the rules themselves (the Teams / Microsoft 365 path), so it keeps a group of its own.
  return offerTypes.filter((type) => {
    const key = type === 'saas' ? type : lists.map((list) => (list?.includes(type) ? 1 : 0)).join('');
    return !seen.has(key) && !!seen.add(key);
  });
}
const ladders = new WeakMap<EditionRules, Ladder>();

const statusOf = (rules: EditionRules, id: StatusId | null) => rules.statuses.find((s) => s.id === id);

function ladderOf(rules: EditionRules): Ladder {
  let ladder = ladders.get(rules);
  if (!ladder) {
    const chains = new Map<StatusId, StatusId[]>();
    for (const s of rules.statuses) {
      const chain: StatusId[] = [];
      // edition-check.ts checks that `requires` leads down to the one base status.
      for (let t: RuleStatus | undefined = s; t; t = statusOf(rules, t.requires)) chain.push(t.id);
      chains.set(s.id, chain);
    }
    ladder = {
      chains,
      readsSolutionType: rules.requirements.some((r) => r.rule.kind === 'solution-type'),
      distinctTypes: distinctOfferTypes(rules),
    };
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

type Period = EditionRules['period'];

/** Whether an offer of this type could be sold through the marketplace at all in this edition (A1). */
const canTransact = (f: EditionRules['fee'], offerType: OfferType | undefined) =>
  offerType !== undefined && (!f.transactableOfferTypes || f.transactableOfferTypes.includes(offerType));

/** An offer type known to have no transact option in this edition (a consulting service, say). */
const hasNoTransactOption = (f: EditionRules['fee'], offerType: OfferType | undefined) =>
  offerType !== undefined && !canTransact(f, offerType);

/**
 * The answers as the rules read them: an offer of a type with no transact option is not transactable, whatever
 * was answered (the question is not asked for it), so no rule counts it as transactable (audit 1.6, 1.12).
 */
function asRead(f: EditionRules['fee'], a: Answers): Answers {
  return a.transactable !== false && hasNoTransactOption(f, a.offerType) ? { ...a, transactable: false } : a;
}

/** A verdict no open question can change. */
const settled = (eligible: boolean): Verdict => ({ eligible, decidedBy: [] });

function feeApplies(f: EditionRules['fee'], a: Answers): Pick<EvaluatedFee, 'applies' | 'decidedBy'> {
  const { transactable, offerType } = a;
  if (transactable === false || (offerType !== undefined && !canTransact(f, offerType)))
    return { applies: false, decidedBy: [] };
  // With no list of types that can transact, a transactable offer pays the fee whatever its type.
  const typeOpen = offerType === undefined && f.transactableOfferTypes !== null;
  if (transactable === true && !typeOpen) return { applies: true, decidedBy: [] };
  const decidedBy: AnswerField[] = [];
  if (transactable === undefined) decidedBy.push('transactable');
  if (typeOpen) decidedBy.push('offerType');
  return { applies: null, decidedBy: answerFields.filter((field) => decidedBy.includes(field)) };
}

function feeOf(rules: EditionRules, a: Answers, status: StatusId): EvaluatedFee {
  const f = rules.fee;
  const { offerType, monthlySalesUsd: sales, qualifiesOn: date } = a;
  const needed = f.businessDaysBeforeMonthEnd;
  const { applies, decidedBy } = feeApplies(f, a);
  let reducedBecause: EvaluatedFee['reducedBecause'] = null;
  let reducedFrom: string | null = null;
  const why: Why[] = [];
  if (applies && f.reducedRate !== null) {
    if (status === 'azure-ip-cosell' && f.reducedForAzureIp.includes(offerType as OfferType))
      reducedBecause = 'azure-ip-cosell';
    // Paid SaaS linked to Teams or Microsoft 365 add-ins, published on AppSource (fee.reduced.m365-saas).
    else if (
      f.reducedForTeamsM365Saas &&
      offerType === 'saas' &&
      a.teamsOrM365Linked === true &&
      a.listedIn?.includes('appsource')
    ) {
      reducedBecause = 'teams-m365-saas';
    }
    if (reducedBecause && date !== undefined && needed !== null) {
      // Met with `needed` business days left in the month: from the 1st of the next month, else the month after.
      const days = businessDaysToMonthEnd(date);
      const from = firstOfMonthAfter(date, days >= needed ? 1 : 2);
      const period: Period = rules.period;
      if (from < period.from || (period.until !== null && from > period.until)) {
        // The reduced rate existed only in this edition's period: never projected before or after it (A14, A13).
        why.push(
          { phrase: 'feeStandard' },
          {
            phrase: 'reducedOutsidePeriod',
            reducedFrom: from,
            periodFrom: period.from,
            periodUntil: period.until ?? '',
          },
        );
        reducedBecause = null;
      } else {
        reducedFrom = from;
        why.push({
          phrase: 'reducedFrom',
          qualifiesOn: date,
          businessDays: days,
          businessDaysNeeded: needed,
          reducedFrom,
        });
      }
    }
  }
  const rate = reducedBecause ? (f.reducedRate as number) : f.standardRate;
  const monthly = applies ? (f.standardRate - rate) * (sales ?? 0) : 0;
  // First which fee applies and why (it mentions only the offer type and the rates), then the figures.
  const first: Why[] = [];
  if (applies === null)
    first.push({ phrase: a.transactable === undefined ? 'feeTransactMissing' : 'feeOfferTypeMissing' });
  else if (!applies) {
    first.push(
      hasNoTransactOption(f, offerType)
        ? { phrase: 'feeNoTransactOption', offerType }
        : { phrase: 'feeNotTransactable' },
    );
  } else if (!reducedBecause) {
    if (!why.length) first.push({ phrase: 'feeStandard' });
  } else {
    first.push({ phrase: reducedBecause === 'azure-ip-cosell' ? 'feeReducedAzureIp' : 'feeReducedTeams', offerType });
    if (sales !== undefined) first.push({ phrase: 'feeSavings', salesUsd: sales, savingsUsd: monthly });
    if (date === undefined || needed === null) first.push({ phrase: 'reducedFromMissing' });
  }
  return {
    applies,
    decidedBy,
    standardRate: f.standardRate,
    rate,
    monthlySavingsUsd: monthly,
    annualSavingsUsd: monthly * 12,
    reducedBecause,
    reducedFrom,
    why: [...first, ...why],
  };
}

/** The decisions on the answers as they stand, an unanswered requirement counting as not met. */
type Core = {
  requirements: EvaluatedRequirement[];
  reached: RuleStatus;
  next: RuleStatus | undefined;
  missing: string[];
  badge: boolean;
  macc: boolean;
  csp: boolean;
};

function core(rules: EditionRules, answers: Answers, ladder: Ladder): Core {
  const a = asRead(rules.fee, answers);
  const noTransactOption = hasNoTransactOption(rules.fee, a.offerType);
  const requirements: EvaluatedRequirement[] = [];
  // Statuses with a requirement not met, and those whose offer-type requirement fails (short lists, repeats allowed).
  const blocked: StatusId[] = [];
  const failedOfferType: StatusId[] = [];
  for (let i = 0; i < rules.requirements.length; i++) {
    const req = rules.requirements[i];
    // A requirement limited to some offer types applies only once the offer type is known to be one of them.
    if (req.appliesTo?.includes(a.offerType as OfferType) === false) continue;
    const decided = decide(req, a, noTransactOption);
    const met = decided.met;
    if (met !== true) blocked.push(req.status);
    if (met === false && req.rule.kind === 'offer-type') failedOfferType.push(req.status);
    requirements.push(decided);
  }

  const reached = reachedStatus(rules, ladder, blocked);
  // One step up, among the statuses whose offer-type requirement this offer does not fail. An offer type that
  // can reach no status at all (an Office add-in) is not at the top: its next step is the first status up.
  let next: RuleStatus | undefined;
  for (const s of rules.statuses) if (s.requires === reached.id && !failedOfferType.includes(s.id)) next = next ?? s;
  if (!next && reached.requires === null) next = rules.statuses.find((s) => s.requires === reached.id);
  const missing: string[] = [];
  if (next) {
    const toward = ladder.chains.get(next.id) as StatusId[];
    for (const { req, met } of requirements) if (met !== true && toward.includes(req.status)) missing.push(req.id);
  }

  const { badge, macc, cspIncentive } = rules.benefits;
  const isvPath = badge.isvConnectWithAtLeast;
  const offerType = a.offerType;
  return {
    requirements,
    reached,
    next,
    missing,
    badge:
      badge.statuses.includes(reached.id) ||
      (isvPath !== null &&
        a.isvConnectEnrolled === true &&
        reached.order >= (statusOf(rules, isvPath) as RuleStatus).order),
    // MACC: only purchases billed by Microsoft through a store that counts (A7; 2023-07: either store, F13).
    macc:
      macc.statuses.includes(reached.id) &&
      a.transactable === true &&
      canTransact(rules.fee, offerType) &&
      a.listedIn?.some((store) => macc.stores.includes(store)) === true,
    // CSP: transactable offers of the types CSP partners could resell (fact base §1.6.3).
    csp:
      cspIncentive.rate !== null &&
      cspIncentive.statuses.includes(reached.id) &&
      a.transactable === true &&
      cspIncentive.offerTypes.includes(offerType as OfferType),
  };
}

/**
 * The answers with every open question given its favourable answer (questions.ts), one set per offer type and
 * solution type still open: a benefit some completion earns is earned by one of these.
 */
function favourableCompletions(a: Answers, { readsSolutionType, distinctTypes }: Ladder): Answers[] {
  const base: Record<string, unknown> = { ...a };
  for (const field of answerFields) base[field] ??= favourableAnswer(field);
  const types = a.offerType === undefined ? distinctTypes : [a.offerType];
  // The solution type is tried only where a rule reads it (2023-07); elsewhere any answer gives the same verdicts.
  const solutions = a.solutionType !== undefined || !readsSolutionType ? [a.solutionType] : solutionTypes;
  return types.flatMap((offerType) =>
    solutions.map((solutionType) => ({ ...(base as Answers), offerType, solutionType })),
  );
}

/** Decides answers that already passed validation. */
export function evaluateValid(rules: EditionRules, answers: Answers): Evaluation {
  const ladder = ladderOf(rules);
  const a = asRead(rules.fee, answers);
  const now = core(rules, a, ladder);
  const { badge, macc, cspIncentive } = rules.benefits;
  const isvPath = badge.isvConnectWithAtLeast;
  // A benefit not earned on the answers so far is undecided while some completion of them earns it. Benefits an
  // edition never grants are settled without trying any.
  let possible: { badge: boolean; macc: boolean; csp: boolean } | undefined;
  const never = {
    badge: !badge.statuses.length && isvPath === null,
    macc: !macc.statuses.length,
    csp: cspIncentive.rate === null || !cspIncentive.statuses.length,
  };
  const could = (benefit: 'badge' | 'macc' | 'csp') => {
    if (never[benefit]) return false;
    if (!possible) {
      possible = { badge: false, macc: false, csp: false };
      for (const completion of favourableCompletions(a, ladder)) {
        const c = core(rules, completion, ladder);
        possible = { badge: possible.badge || c.badge, macc: possible.macc || c.macc, csp: possible.csp || c.csp };
        if ((possible.badge || never.badge) && (possible.macc || never.macc) && (possible.csp || never.csp)) break;
      }
    }
    return possible[benefit];
  };
  const verdict = (benefit: 'badge' | 'macc' | 'csp', statuses: readonly StatusId[], extra: AnswerField[]): Verdict => {
    if (now[benefit]) return settled(true);
    // No open question on its way: settled as it stands, without trying completions.
    const decidedBy = never[benefit] ? [] : waitingOn(ladder, a, now.requirements, statuses, extra);
    if (!decidedBy.length || !could(benefit)) return settled(false);
    return { eligible: null, decidedBy };
  };
  const csp = verdict('csp', cspIncentive.statuses, ['transactable', 'offerType']);
  return {
    edition: rules.id,
    status: now.reached.id,
    nextStatus: now.next?.id ?? null,
    requirements: now.requirements,
    missing: now.missing,
    live: a.listedIn === undefined ? null : a.listedIn.length > 0,
    offerType: a.offerType,
    fee: feeOf(rules, a, now.reached.id),
    badge: verdict(
      'badge',
      isvPath ? [...badge.statuses, isvPath] : badge.statuses,
      isvPath ? ['isvConnectEnrolled'] : [],
    ),
    macc: verdict('macc', macc.statuses, ['transactable', 'listedIn', 'offerType']),
    cspIncentive: { ...csp, rate: csp.eligible ? cspIncentive.rate : null },
  };
}

/** The open questions a benefit waits on: those of the unmet requirements toward its statuses, and its own. */
function waitingOn(
  ladder: Ladder,
  a: Answers,
  requirements: EvaluatedRequirement[],
  statuses: readonly StatusId[],
  own: AnswerField[],
): AnswerField[] {
  const toward = new Set(statuses.flatMap((s) => ladder.chains.get(s) ?? []));
  const fields = new Set<AnswerField>();
  for (const { req, met } of requirements)
    if (met !== true && toward.has(req.status)) openFieldsOf(req.rule, a, fields);
  for (const field of own) if (a[field] === undefined) fields.add(field);
  return answerFields.filter((field) => fields.has(field));
}

/** Validates any input, then decides it under one edition's rules. Never throws. */
export function evaluate(rules: EditionRules, input: unknown): EvaluateResult {
  const validated = validateAnswers(input);
  return validated.ok ? { ok: true, evaluation: evaluateValid(rules, validated.answers) } : validated;
}

/** Which questions matter for this offer under these rules; with no offer type yet, every requirement's do. */
export function relevantFieldsOf(
  rules: EditionRules,
  answers: Answers,
  fieldOrder: readonly AnswerField[],
): AnswerField[] {
  const a = asRead(rules.fee, answers);
  // Whether the offer is transactable cannot matter for a type with no transact option in this edition.
  const fields = new Set<AnswerField>(
    hasNoTransactOption(rules.fee, a.offerType) ? ['offerType'] : ['offerType', 'transactable'],
  );
  for (const req of rules.requirements) {
    if (req.appliesTo && a.offerType !== undefined && !req.appliesTo.includes(a.offerType)) continue;
    const rule = req.rule;
    if (rule.kind === 'listed') fields.add('listedIn');
    if (rule.kind === 'solution-type') fields.add('solutionType');
    if (rule.kind === 'transactable-since') {
      fields.add('listedIn');
      const onStore = a.transactable === true && a.listedIn?.some((s) => rule.stores.includes(s));
      if (!onStore) fields.add('firstPublishedOn');
    }
    if (rule.kind === 'revenue') {
      fields.add('azureConsumedRevenueUsd');
      if (a.transactable !== false) fields.add('billedRevenueUsd');
    }
    if (rule.kind === 'yes') {
      const byDefault =
        a.transactable === true && a.offerType !== undefined && rule.passWhenTransactable?.includes(a.offerType);
      if (!byDefault) fields.add(rule.field);
    }
  }
  const f = rules.fee;
  const mayTransact = !a.offerType || canTransact(f, a.offerType);
  if (a.transactable !== false && mayTransact) {
    fields.add('monthlySalesUsd');
    if (f.reducedRate !== null) fields.add('qualifiesOn');
    if (f.reducedForTeamsM365Saas && (a.offerType === undefined || a.offerType === 'saas'))
      fields.add('teamsOrM365Linked');
  }
  if (rules.benefits.badge.isvConnectWithAtLeast !== null) fields.add('isvConnectEnrolled');
  return fieldOrder.filter((field) => fields.has(field));
}
