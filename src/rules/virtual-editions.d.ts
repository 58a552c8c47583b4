// The modules src/build/browser-editions.ts serves to the islands' engine.
declare module 'virtual:browser-edition/*' {
  const edition: import('./core/resolve.ts').WordedEdition;
  export default edition;
}
/** Imported for its effect: registers the engine's data in one language with browser.ts. */
declare module 'virtual:browser-locale/*';
/** Every edition's period, without the editions' data. */
declare module 'virtual:edition-periods' {
  const periods: import('./core/periods.ts').EditionPeriods;
  export default periods;
}
