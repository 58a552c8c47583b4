import { formOrder, groupIds, questions, type Answers, type GroupId, type GuideCheckId } from '../../rules/browser.ts';

export type Field = keyof Answers;
export type { GroupId };

/** What an island on a guide page checks. */
export type GuideCheckKind = 'status' | GuideCheckId;

const asks = (check: GuideCheckId) =>
  formOrder.filter((id) => (questions[id] as { checks?: readonly string[] }).checks?.includes(check));

/** The questions each embedded check asks (questions.ts); the status check asks every relevant one (undefined). */
export const guideCheckQuestions: Readonly<Record<GuideCheckKind, readonly Field[] | undefined>> = {
  status: undefined,
  fee: asks('fee'),
  benefits: asks('benefits'),
};

/** The questions grouped the way Partner Center asks them (questions.ts). */
export const formGroups: readonly { id: GroupId; fields: readonly Field[] }[] = groupIds.map((id) => ({
  id,
  fields: formOrder.filter((field) => questions[field].group === id),
}));
