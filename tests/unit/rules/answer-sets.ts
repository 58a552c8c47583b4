import { answerFields, fieldKind, type Answers } from '../../../src/rules/index.ts';

/** The co-sell ready answers every offer type shares (partner, profile, listing, documents, contacts). */
export const partnerReady = {
  partnerIdAndAccount: true,
  businessProfileComplete: true,
  coSellListingComplete: true,
  onePager: true,
  pitchDeck: true,
  salesContactPerGeography: true,
} as const satisfies Answers;

/** A transactable SaaS offer that meets every requirement of every edition through Azure consumed revenue. */
export const qualifyingSaas = {
  offerType: 'saas',
  transactable: true,
  listedIn: ['azure-marketplace'],
  ...partnerReady,
  solutionType: 'ip',
  azureConsumedRevenueUsd: 100_000,
  technicalValidationPassed: true,
  referenceArchitectureDiagram: true,
  monthlySalesUsd: 100,
  qualifiesOn: '2021-03-24',
} as const satisfies Answers;

/** Every yes/no question answered yes: the base of the set below, so a question added later is answered too. */
const allYes = Object.fromEntries(
  answerFields.filter((field) => fieldKind(field).type === 'yes-no').map((field) => [field, true]),
);

/** Every question answered: the heaviest input the calculator sends (the benchmark times this one). */
export const everyQuestionAnswered = {
  ...allYes,
  ...qualifyingSaas,
  listedIn: ['azure-marketplace', 'appsource'],
  servicesCredential: false,
  isvConnectEnrolled: false,
  azureConsumedRevenueUsd: 120_000,
  billedRevenueUsd: 85_000.5,
  teamsOrM365Linked: false,
  monthlySalesUsd: 2_500,
  firstPublishedOn: '2023-09-04',
} as Required<Answers>;
