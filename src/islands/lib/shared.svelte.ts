import { onMount } from 'svelte';
import { fromStore } from 'svelte/store';
import { assess, defaultEditionId, type Answers, type AssessResult } from '../../rules/index.ts';
import { answersStore, editionStore } from '../../stores/answers.ts';
import { noticesStore, type Notice } from '../../stores/notices.ts';

/**
 * The shared answers as an island sees them. Until the island has hydrated it shows what the server
 * rendered (no answers): stored answers exist only in the browser, and a mismatch would break hydration.
 */
export function sharedCalculation() {
  const answers = fromStore(answersStore);
  const edition = fromStore(editionStore);
  const notices = fromStore(noticesStore);
  let hydrated = $state(false);
  onMount(() => {
    hydrated = true;
  });
  const current = $derived({
    answers: hydrated ? answers.current : ({} as Answers),
    edition: hydrated ? edition.current : defaultEditionId,
  });
  const result: AssessResult = $derived(assess(current.answers, current.edition));
  return {
    get answers() {
      return current.answers;
    },
    get edition() {
      return current.edition;
    },
    get result() {
      return result;
    },
    get notices(): readonly Notice[] {
      return hydrated ? notices.current : [];
    },
  };
}
