/** de-compromise 0.0.10 ships no types (its package.json names a types folder it does not contain). */
declare module 'de-compromise' {
  interface GermanDoc {
    json(options?: object): { terms: { text: string; post?: string; tags?: string[]; implicit?: string }[] }[];
  }
  const nlp: (text: string) => GermanDoc;
  export default nlp;
}
