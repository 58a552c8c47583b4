import { atom } from 'nanostores';
import type { Recovery } from './recovery.ts';

/** Things the reader should know about where the answers came from; each has a localized text. */
export type Notice =
  | 'storage-reset'
  | 'storage-edition'
  | 'link-broken'
  | 'link-outdated'
  | 'link-edition'
  | 'link-opened'
  | 'answers-cleared';

export const noticesStore = atom<readonly Notice[]>([]);

export function addNotice(notice: Notice): void {
  if (!noticesStore.get().includes(notice)) noticesStore.set([...noticesStore.get(), notice]);
}

export function dismissNotice(notice: Notice): void {
  noticesStore.set(noticesStore.get().filter((n) => n !== notice));
}

/** The answer recoveries, loaded on first use (one import site: each adds its own preload list to the bundle). */
export const loadRecovery = () => import('./recovery.ts');

/** Runs one of the answer recoveries. */
export async function recover(action: Recovery): Promise<void> {
  (await loadRecovery())[action]();
}
