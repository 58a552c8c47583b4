// The editions browser-editions.ts serves to the islands' engine.
declare module 'virtual:browser-edition/*' {
  const edition: import('./browser-editions.ts').BrowserEdition;
  export default edition;
}
