/**
 * Every calculator question, declared once, in the order the form asks them (Partner Center's). The answers'
 * schemas and types (answers.ts), the share code (codec.ts), the field list a `yes` rule may read
 * (edition-schema.ts), the form's groups and the guide pages' checks (islands/lib/fields.ts) and the tests'
 * answer generators all derive from this list. The question's words are `calc.field.<id>` and `calc.help.<id>`
 * in src/i18n/{ja,en}.ts. A schema is plain data naming the kind of value an answer takes: answers.ts reads the
 * answers' types and their check from it, so the browser loads no validation library for five kinds of value.
 */

export const offerTypes = [
  'saas',
  'azure-application',
  'azure-container',
  'azure-virtual-machine',
  'iot-edge-module',
  'dynamics-365-customer-engagement-power-apps',
  'dynamics-365-operations',
  'dynamics-365-business-central',
  'consulting-service',
  'managed-service',
  'power-bi-app',
  'office-add-in',
] as const;
export const solutionTypes = ['ip', 'service', 'managed-service', 'device'] as const;
export const stores = ['azure-marketplace', 'appsource'] as const;

/** The form's sections, in order. */
export const groupIds = ['offer', 'account', 'listing', 'revenue', 'estimate'] as const;
/** The checks embedded in guide pages that ask only some questions (the status check asks every relevant one). */
export const guideCheckIds = ['fee', 'benefits'] as const;

export type GroupId = (typeof groupIds)[number];
export type GuideCheckId = (typeof guideCheckIds)[number];

/** Larger amounts are typing mistakes, not revenue; they get their own issue code. */
export const maxAmountUsd = 1e12;

/** What kind of value an answer takes (the share codec writes each kind its own way; answers.ts checks it). */
export type FieldKind =
  | { type: 'yes-no' }
  | { type: 'choice'; values: readonly string[] }
  | { type: 'stores' }
  | { type: 'amount' }
  | { type: 'date' };

type Question = {
  /** What the answer may be: yes/no, one of some values, a list of stores, an amount in dollars, a date. */
  schema: FieldKind;
  group: GroupId;
  /**
   * Where the answer sits in a share code (0, 1, …) and the first share-code version that wrote it. Links are
   * in the wild: a position never changes, a new question takes the next position and the next version.
   */
  share: { at: number; since: number };
  /** Guide-page checks that ask it too. */
  checks?: readonly GuideCheckId[];
  /** A date's favourable answer (see favourableAnswer), where it has one. */
  favourable?: string;
};

const yesNo = { type: 'yes-no' } as const;
const usd = { type: 'amount' } as const;
const date = { type: 'date' } as const;
const choice = <V extends readonly string[]>(values: V) => ({ type: 'choice', values }) as const;

export const questions = {
  offerType: { schema: choice(offerTypes), group: 'offer', share: { at: 0, since: 1 }, checks: ['fee', 'benefits'] },
  transactable: { schema: yesNo, group: 'offer', share: { at: 1, since: 1 }, checks: ['fee', 'benefits'] },
  listedIn: { schema: { type: 'stores' }, group: 'offer', share: { at: 2, since: 1 }, checks: ['benefits'] },
  /** The day the offer was first published live (2023-07 requirement 4 is for offers published from 2023-07-11). */
  firstPublishedOn: { schema: date, group: 'offer', share: { at: 19, since: 2 }, favourable: '1000-01-01' },

  partnerIdAndAccount: { schema: yesNo, group: 'account', share: { at: 3, since: 1 } },
  businessProfileComplete: { schema: yesNo, group: 'account', share: { at: 4, since: 1 } },
  servicesCredential: { schema: yesNo, group: 'account', share: { at: 10, since: 1 } },
  isvConnectEnrolled: { schema: yesNo, group: 'account', share: { at: 11, since: 1 }, checks: ['benefits'] },

  coSellListingComplete: { schema: yesNo, group: 'listing', share: { at: 5, since: 1 } },
  solutionType: { schema: choice(solutionTypes), group: 'listing', share: { at: 9, since: 1 } },
  onePager: { schema: yesNo, group: 'listing', share: { at: 6, since: 1 } },
  pitchDeck: { schema: yesNo, group: 'listing', share: { at: 7, since: 1 } },
  salesContactPerGeography: { schema: yesNo, group: 'listing', share: { at: 8, since: 1 } },
  referenceArchitectureDiagram: { schema: yesNo, group: 'listing', share: { at: 15, since: 1 } },
  teamsOrM365Linked: { schema: yesNo, group: 'listing', share: { at: 16, since: 1 }, checks: ['fee'] },

  azureConsumedRevenueUsd: { schema: usd, group: 'revenue', share: { at: 12, since: 1 } },
  billedRevenueUsd: { schema: usd, group: 'revenue', share: { at: 13, since: 1 } },
  technicalValidationPassed: { schema: yesNo, group: 'revenue', share: { at: 14, since: 1 } },

  monthlySalesUsd: { schema: usd, group: 'estimate', share: { at: 17, since: 1 }, checks: ['fee'] },
  qualifiesOn: { schema: date, group: 'estimate', share: { at: 18, since: 1 }, checks: ['fee'] },
} as const satisfies Record<string, Question>;

export type QuestionId = keyof typeof questions;

/** The question ids in the form's order. */
export const formOrder = Object.keys(questions) as QuestionId[];

/** What each kind of value favours: yes, the largest amount, live in both stores. */
const favourableByKind: Readonly<Partial<Record<FieldKind['type'], unknown>>> = {
  'yes-no': true,
  amount: maxAmountUsd,
  stores,
};

/**
 * The answer that favours every benefit, which the engine gives an open question to learn whether a benefit is
 * still within reach (evaluate.ts): every rule is monotone in it, so a benefit some answer earns is earned with
 * it. A choice has none (the engine tries its values), nor has the date asked about, which picks the edition
 * rather than deciding a benefit; the day first published favours every rule when long past.
 */
export function favourableAnswer(id: QuestionId): unknown {
  const question: Question = questions[id];
  return question.favourable ?? favourableByKind[question.schema.type];
}
