import type { Answers } from '../../rules/browser.ts';

export type Field = keyof Answers;

/** What an island on a guide page checks. */
export type GuideCheckKind = 'status' | 'fee' | 'benefits';

/** The questions each embedded check asks; the status check asks every relevant one (undefined). */
export const guideCheckQuestions: Readonly<Record<GuideCheckKind, readonly Field[] | undefined>> = {
  status: undefined,
  fee: ['offerType', 'transactable', 'teamsOrM365Linked', 'monthlySalesUsd', 'qualifiesOn'],
  benefits: ['offerType', 'transactable', 'listedIn', 'isvConnectEnrolled'],
};

export type GroupId = 'offer' | 'account' | 'listing' | 'revenue' | 'estimate';

/** The questions grouped the way Partner Center asks them. */
export const formGroups: readonly { id: GroupId; fields: readonly Field[] }[] = [
  { id: 'offer', fields: ['offerType', 'transactable', 'listedIn', 'firstPublishedOn'] },
  {
    id: 'account',
    fields: ['partnerIdAndAccount', 'businessProfileComplete', 'servicesCredential', 'isvConnectEnrolled'],
  },
  {
    id: 'listing',
    fields: [
      'coSellListingComplete',
      'solutionType',
      'onePager',
      'pitchDeck',
      'salesContactPerGeography',
      'referenceArchitectureDiagram',
      'teamsOrM365Linked',
    ],
  },
  { id: 'revenue', fields: ['azureConsumedRevenueUsd', 'billedRevenueUsd', 'technicalValidationPassed'] },
  { id: 'estimate', fields: ['monthlySalesUsd', 'qualifiesOn'] },
];
