import { atom } from 'nanostores';

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
