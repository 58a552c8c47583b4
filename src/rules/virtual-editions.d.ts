// The modules browser-editions.ts serves to the islands' engine.
declare module 'virtual:browser-edition/*' {
  const edition: import('./browser-editions.ts').BrowserEdition;
  export default edition;
}
/** Imported for its effect: registers the engine's data in one language with browser.ts. */
declare module 'virtual:browser-locale/*';
