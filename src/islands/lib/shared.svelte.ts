import { onMount } from 'svelte';
import {
  defaultEditionId,
  editionFor,
  engineFor,
  isEditionId,
  type Answers,
  type AssessResult,
  type EditionId,
} from '../../rules/browser.ts';
import { answersStore, editionStore } from '../../stores/answers.ts';
import { noticesStore, type Notice } from '../../stores/notices.ts';
import type { Locale } from '../../i18n/index.ts';

/** Fetches editions (the picker's choice, a share link's `&edition=`, the comparison); resolves once they are here. */
export async function ensureEditions(locale: Locale, ids: readonly EditionId[]): Promise<void> {
  await Promise.all(ids.map(engineFor(locale).loadEdition));
}

type Engine = ReturnType<typeof engineFor>;
let lastAssessed: { engine: Engine; answers: Answers; edition: string; result: AssessResult } | undefined;
/** The calculator's two islands assess the same answers (the store's one object): the second reads the first's. */
function assessOnce(engine: Engine, answers: Answers, edition: string): AssessResult {
  const last = lastAssessed;
  if (last?.engine === engine && last.answers === answers && last.edition === edition) return last.result;
  const result = engine.assess(answers, edition);
  lastAssessed = { engine, answers, edition, result };
  return result;
}

/** What every island shows until it has read the stored answers: one object, so they share its one assessment. */
const noAnswers: Answers = Object.freeze({});

/**
 * Assesses no answers under the newest edition in a task of its own, before the page's islands hydrate (their
 * entry modules call it as they load): each island's hydrating task then finds the result it draws, where the
 * first assessment, with the engine's code still cold, was a third of that task on a phone.
 */
export function assessAhead(locale: Locale): void {
  setTimeout(() => assessOnce(engineFor(locale), noAnswers, defaultEditionId));
}

/**
 * The shared answers as an island sees them. Until the island has hydrated it shows what the server
 * rendered (no answers): stored answers exist only in the browser, and a mismatch would break hydration.
 * Results wait for `hydrated`: the server cannot know them, and a verdict for no answers would be wrong.
 * The edition is the one the reader pinned, else the one in force on the answers' date, else the newest.
 * An edition that is still on its way leaves the last loaded one shown for those few milliseconds.
 * The stores are followed from mount on (svelte/store's fromStore would add its own runtime for the same).
 */
export function sharedCalculation(locale: Locale) {
  const engine = engineFor(locale);
  let answers: Answers = $state.raw(noAnswers);
  let resultAnswers: Answers = $state.raw(noAnswers);
  let pinned: string = $state('');
  let notices: readonly Notice[] = $state.raw([]);
  let hydrated = $state(false);
  let shownEdition: string = $state(defaultEditionId);
  onMount(() => {
    // The stored answers are read a task after hydrating: a phone spends one task on drawing the island and
    // another on what the reader answered before, never both in one.
    let stops: (() => void)[] = [];
    const start = setTimeout(() => {
      hydrated = true;
      // The form shows an answer in the task of the key press; the result follows in the next task, so a phone
      // draws the choice first and no single task does both (the stored answers at mount come at once).
      let later: ReturnType<typeof setTimeout> | undefined;
      let first = true;
      stops = [
        answersStore.subscribe((value) => {
          answers = value;
          clearTimeout(later);
          if (first) resultAnswers = value;
          else later = setTimeout(() => (resultAnswers = answers));
          first = false;
        }),
        noticesStore.subscribe((value) => (notices = value)),
        editionStore.subscribe((id) => (pinned = id)),
        () => clearTimeout(later),
      ];
    });
    return () => {
      clearTimeout(start);
      stops.forEach((stop) => stop());
    };
  });
  const wanted: string = $derived(
    isEditionId(pinned) ? pinned : answers.qualifiesOn ? editionFor(answers.qualifiesOn) : defaultEditionId,
  );
  $effect(() => {
    const id = wanted;
    if (!isEditionId(id)) return;
    if (engine.isEditionLoaded(id)) shownEdition = id;
    // A later choice may have overtaken this one while it loaded.
    else void ensureEditions(locale, [id]).then(() => wanted === id && (shownEdition = id));
  });
  const result: AssessResult = $derived(assessOnce(engine, resultAnswers, shownEdition));
  return {
    get hydrated() {
      return hydrated;
    },
    get answers() {
      return answers;
    },
    /** The edition the reader pinned, or '' (the date's, else the newest). */
    get pinned() {
      return pinned;
    },
    /** The edition the answers call for, even while its data is loading (what a copied link names). */
    get wanted() {
      return wanted;
    },
    /** The edition the results are computed under. */
    get edition() {
      return shownEdition;
    },
    /** The answers `result` was computed from: `answers` a task later. */
    get resultAnswers() {
      return resultAnswers;
    },
    get result() {
      return result;
    },
    get notices(): readonly Notice[] {
      return notices;
    },
  };
}
